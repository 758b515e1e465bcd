"""iCalendar feeds: RFC 5545 lines, escaping, folding, one event per activity, stable UIDs."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar

from generator.sites.public.calendar import calendar_feed, escape_text, event_uid, fold
from generator.sites.public.pages import CalendarEntry, calendar_months
from generator.text.wording import norwegian_month
from tests.conftest import PLACES
from generator.views.public_view import PublicActivity, PublicGroup, public_views
from tests.conftest import vocabularies

from .conftest import SAMPLE_GROUPS, load_groups


def feed(events: list[tuple[PublicGroup, PublicActivity]]) -> bytes:
    return calendar_feed("Test", events, vocab=vocabularies(), group_url=lambda group_id: group_id,
                         host="example.org", as_of=date(2026, 11, 24))


def read(feed: bytes) -> icalendar.Calendar:
    """The feed's one calendar, read by icalendar, which must find nothing wrong in any component."""
    calendar = icalendar.Calendar.from_ical(feed)
    assert [component.errors for component in calendar.walk() if component.errors] == []
    return calendar


def events_by_summary(feed: bytes) -> dict[str, icalendar.Event]:
    """The feed's events by their summary."""
    return {str(event["SUMMARY"]): event for event in read(feed).walk("VEVENT")}


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
    expected = sum(len(view.upcoming(as_of)) for view in public_views(load_groups(SAMPLE_GROUPS), PLACES))
    ics = (sample_site / "kalender.ics").read_bytes()
    assert expected > 0
    assert len(read(ics).walk("VEVENT")) == expected + 1  # and one of the hostile group
    assert ics.startswith(b"BEGIN:VCALENDAR\r\n") and ics.endswith(b"\r\nEND:VCALENDAR\r\n")


def test_events_are_all_day_and_stamped_with_the_as_of_date(sample_site):
    event = events_by_summary((sample_site / "groups" / "amnesty-nidaros" / "kalender.ics").read_bytes())[
        "Skriv for liv-kveld på Litteraturhuset"]
    assert (event.decoded("DTSTART"), event.decoded("DTEND")) == (date(2026, 12, 10), date(2026, 12, 11))
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event.decoded("DTSTAMP") == datetime(2026, 11, 24, tzinfo=timezone.utc)


def test_hostile_text_is_escaped_in_the_feed(sample_site):
    ics = (sample_site / "groups" / "hostile-skript" / "kalender.ics").read_bytes()
    assert '<svg onload=alert("tittel")>, {{ 7*7 }}; \\n a\\b' in events_by_summary(ics)   # read back as it was written


def test_a_uid_depends_only_on_group_date_type_and_title():
    activity = PublicActivity(date(2026, 12, 10), "stand", "Stand", "Torget")
    moved = PublicActivity(date(2026, 12, 10), "stand", "Stand", "Et annet sted")
    other_type = PublicActivity(date(2026, 12, 10), "letter-writing", "Stand", "Torget")
    assert event_uid("amnesty-nidaros", activity) == event_uid("amnesty-nidaros", moved)
    assert event_uid("amnesty-nidaros", activity) != event_uid("amnesty-nidaros", other_type)
    assert event_uid("amnesty-nidaros", activity) != event_uid("amnesty-bergen", activity)
    assert event_uid("amnesty-nidaros", activity).startswith("amnesty-nidaros-20261210-")


def test_activities_of_one_group_on_one_day_with_one_title_have_distinct_uids():
    group = public_views(load_groups(SAMPLE_GROUPS), PLACES)[0]
    day = date(2026, 11, 26)
    events = [(group, PublicActivity(day, kind, "Samme tittel", None)) for kind in ("stand", "open-event")]
    uids = [str(event["UID"]) for event in read(feed(events)).walk("VEVENT")]
    assert len(uids) == len(set(uids)) == 2


def test_a_feed_without_events_has_a_component_and_parses():
    calendar = read(feed([]))
    assert calendar.name == "VCALENDAR"
    assert [component.name for component in calendar.subcomponents] == ["VTIMEZONE"]
    [vtimezone] = calendar.subcomponents
    assert vtimezone["TZID"] == "Europe/Oslo" and vtimezone.subcomponents
    for observance in vtimezone.subcomponents:
        assert observance.name in ("STANDARD", "DAYLIGHT")
        assert set(observance) >= {"DTSTART", "TZOFFSETFROM", "TZOFFSETTO"}


def test_the_site_feed_parses_with_the_time_zone_before_the_events(sample_site):
    names = [component.name for component in read((sample_site / "kalender.ics").read_bytes()).subcomponents]
    assert names[0] == "VTIMEZONE" and set(names[1:]) == {"VEVENT"}


def test_every_feed_is_byte_identical_when_built_on_two_different_days(tmp_path):
    """`grupper build --public-only --as-of 2026-11-24`, run in two processes whose clocks say 1 January and
    24 December 2026, writes the same bytes into every calendar feed: nothing in a feed comes from the clock.

    The clocks are faked with libfaketime (Debian's `faketime`, which scripts/test installs). Preloaded into
    the process, it answers every way of asking the time, Python's datetime and time modules, C extensions and
    the processes the build starts, so no road to the clock is left open. A sitecustomize.py replacing
    `datetime.date.today` would catch only the calls it knows of (not `time.time()`, nor a module that kept
    the real class), so libfaketime is the sturdier of the two. The two builds run side by side."""
    import shutil
    import subprocess
    import sys

    import pytest

    from tests.conftest import ROOT

    if shutil.which("faketime") is None:
        pytest.fail("faketime is missing: scripts/test installs Debian's faketime with apt-get")
    days = {"new-year": "2026-01-01 12:00:00", "christmas-eve": "2026-12-24 23:30:00"}
    for day, clock in days.items():   # the fake clock reaches Python, or the test would prove nothing
        today = subprocess.run(["faketime", clock, sys.executable, "-c",
                                "import datetime; print(datetime.date.today())"],
                               capture_output=True, text=True, check=True).stdout.strip()
        assert today == clock.split()[0], day
    builds = {day: subprocess.Popen(["faketime", clock, sys.executable, "-m", "generator", "build", "--public-only",
                                     "--as-of", "2026-11-24", "--groups-dir", str(ROOT / "groups"),
                                     "--public", str(tmp_path / day)],
                                    cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
              for day, clock in days.items()}
    for day, build in builds.items():
        output = build.communicate(timeout=300)[0]
        assert build.returncode == 0, f"{day}:\n{output}"
    feeds = {day: {path.relative_to(tmp_path / day).as_posix(): path.read_bytes()
                   for path in sorted((tmp_path / day).rglob("*.ics"))} for day in days}
    assert len(feeds["new-year"]) > 1 and "kalender.ics" in feeds["new-year"]
    assert feeds["new-year"] == feeds["christmas-eve"]


def some_group() -> PublicGroup:
    return public_views(load_groups(SAMPLE_GROUPS), PLACES)[0]


def test_a_timed_activity_starts_and_ends_at_local_times_in_oslo():
    group = some_group()
    winter = PublicActivity(date(2026, 12, 10), "open-event", "Fagkveld", "Litteraturhuset", time(18), time(20))
    summer = PublicActivity(date(2027, 6, 10), "stand", "Stand", "Torget", time(11, 30), time(14))
    events = read(feed([(group, winter), (group, summer)])).walk("VEVENT")
    assert {event[moment].params["TZID"] for event in events for moment in ("DTSTART", "DTEND")} == {"Europe/Oslo"}
    assert events[0].decoded("DTSTART") == datetime(2026, 12, 10, 18, tzinfo=ZoneInfo("Europe/Oslo"))
    starts = [event.decoded("DTSTART") for event in events]
    assert [start.astimezone(timezone.utc) for start in starts] == [
        datetime(2026, 12, 10, 17, tzinfo=timezone.utc), datetime(2027, 6, 10, 9, 30, tzinfo=timezone.utc)]
    assert [event.decoded("DTEND") - event.decoded("DTSTART") for event in events] == [
        timedelta(hours=2), timedelta(hours=2, minutes=30)]


def test_an_activity_with_only_a_start_has_no_end_and_one_without_a_time_lasts_the_whole_day():
    group = some_group()
    evening = PublicActivity(date(2026, 12, 10), "open-event", "Fagkveld", None, time(18))
    whole_day = PublicActivity(date(2026, 12, 11), "stand", "Stand", None)
    timed, day = read(feed([(group, evening), (group, whole_day)])).walk("VEVENT")
    assert timed.decoded("DTSTART") == datetime(2026, 12, 10, 18, tzinfo=ZoneInfo("Europe/Oslo"))
    assert "DTEND" not in timed and "DURATION" not in timed      # RFC 5545 3.6.1: it ends as it starts
    assert (day.decoded("DTSTART"), day.decoded("DTEND")) == (date(2026, 12, 11), date(2026, 12, 12))
    assert day["DTSTART"].params["VALUE"] == "DATE"


def test_the_feeds_own_time_zone_agrees_with_the_tz_database_for_oslo_every_half_hour():
    vtimezone = read(feed([])).walk("VTIMEZONE")[0]
    ours, oslo = vtimezone.to_tz(lookup_tzid=False), ZoneInfo("Europe/Oslo")   # read from the feed, not looked up
    moment = datetime(2026, 1, 1, tzinfo=timezone.utc)
    while moment.year < 2031:
        assert moment.astimezone(ours).utcoffset() == moment.astimezone(oslo).utcoffset(), moment
        moment += timedelta(minutes=30)


def test_every_feed_of_the_site_reads_with_a_real_parser_and_times_are_in_oslo(sample_site):
    feeds = [sample_site / "kalender.ics", *sorted((sample_site / "groups").glob("*/kalender.ics"))]
    timed = {}
    for path in feeds:
        calendar = read(path.read_bytes())
        assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Oslo"]
        for event in calendar.walk("VEVENT"):
            start = event.decoded("DTSTART")
            if isinstance(start, datetime):
                assert event["DTSTART"].params["TZID"] == "Europe/Oslo"
                timed[str(event["SUMMARY"])] = (start, event.decoded("DTEND") if "DTEND" in event else None)
            else:
                assert event.decoded("DTEND") == start + timedelta(days=1)
    oslo = ZoneInfo("Europe/Oslo")
    assert timed["Fagkveld om ytringsfrihet og overvåking"] == (datetime(2027, 2, 11, 19, tzinfo=oslo),
                                                                datetime(2027, 2, 11, 21, tzinfo=oslo))
    assert timed["Fagkveld om ytringsfrihet og straffeloven"] == (datetime(2027, 1, 26, 18, tzinfo=oslo), None)



def test_the_calendar_page_groups_its_entries_under_their_months_in_order():
    group = public_views(load_groups(SAMPLE_GROUPS), PLACES)[0]
    days = (date(2026, 12, 31), date(2027, 1, 1), date(2027, 1, 30))
    months = calendar_months([CalendarEntry(PublicActivity(day, "stand", "Stand", None), group) for day in days])
    assert [(month.first_day, [entry.activity.date for entry in month.entries]) for month in months] == [
        (date(2026, 12, 1), [date(2026, 12, 31)]), (date(2027, 1, 1), [date(2027, 1, 1), date(2027, 1, 30)])]
    assert norwegian_month(date(2027, 1, 30)) == "januar 2027"
