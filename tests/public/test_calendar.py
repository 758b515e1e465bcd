"""iCalendar feeds: RFC 5545 lines, escaping, folding, one event per activity, stable UIDs."""

from __future__ import annotations

from datetime import date

from generator.sites.public_calendar import calendar_feed, escape_text, event_uid, fold
from generator.views.public_view import PublicActivity, public_views
from generator.vocabulary import vocabularies

from .conftest import SAMPLE_GROUPS, load_groups


def unfold(feed: bytes) -> list[str]:
    return feed.decode("utf-8").replace("\r\n ", "").split("\r\n")


def test_text_values_escape_backslash_semicolon_comma_and_newlines():
    assert escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf"


def test_long_lines_fold_at_75_octets_without_splitting_a_character():
    line = "SUMMARY:" + "ø" * 100
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert "".join(part[1:] if number else part for number, part in enumerate(parts)) == line


def test_every_line_ends_with_crlf_and_no_line_is_longer_than_75_octets(sample_site):
    feed = (sample_site / "kalender.ics").read_bytes()
    assert feed.endswith(b"\r\n")
    lines = feed.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and len(line) <= 75 for line in lines)


def test_the_site_feed_has_one_event_per_upcoming_public_activity(sample_site):
    as_of = date(2026, 11, 24)
    expected = sum(len(view.upcoming(as_of)) for view in public_views(load_groups(SAMPLE_GROUPS)))
    lines = unfold((sample_site / "kalender.ics").read_bytes())
    assert expected > 0
    assert lines.count("BEGIN:VEVENT") == expected + 1  # and one of the hostile group
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"


def test_events_are_all_day_and_stamped_with_the_as_of_date(sample_site):
    lines = unfold((sample_site / "groups" / "amnesty-nidaros" / "kalender.ics").read_bytes())
    assert "DTSTART;VALUE=DATE:20261210" in lines
    assert "DTEND;VALUE=DATE:20261211" in lines
    assert "DTSTAMP:20261124T000000Z" in lines
    assert "SUMMARY:Skriv for liv-kveld på Litteraturhuset" in lines


def test_hostile_text_is_escaped_in_the_feed(sample_site):
    lines = unfold((sample_site / "groups" / "hostile-skript" / "kalender.ics").read_bytes())
    assert 'SUMMARY:<svg onload=alert("tittel")>\\, {{ 7*7 }}\\; \\\\n a\\\\b' in lines


def test_a_uid_depends_only_on_group_date_and_title():
    activity = PublicActivity(date(2026, 12, 10), "stand", "Stand", "Torget")
    moved = PublicActivity(date(2026, 12, 10), "letter-writing", "Stand", "Et annet sted")
    assert event_uid("amnesty-nidaros", activity) == event_uid("amnesty-nidaros", moved)
    assert event_uid("amnesty-nidaros", activity) != event_uid("amnesty-bergen", activity)
    assert event_uid("amnesty-nidaros", activity).startswith("amnesty-nidaros-20261210-")


def test_a_feed_is_the_same_when_rebuilt():
    views = public_views(load_groups(SAMPLE_GROUPS))
    events = [(view, activity) for view in views for activity in view.activities]

    def feed():
        return calendar_feed("Test", events, vocab=vocabularies(), group_url=lambda group_id: group_id,
                             host="example.org", as_of=date(2026, 11, 24))

    assert feed() == feed()
