"""iCalendar feeds (RFC 5545) of the groups' public planned activities: one VEVENT each.

An activity with a start time is an event at that local time (`DTSTART;TZID=Europe/Oslo:
20261210T180000`, and DTEND when it gives an end; without one it ends as it starts, 3.6.1);
one without is an all-day event (DATE values). UIDs are derived from the group id, the
date, the type and the title (what tells one public activity of a group from another), so a
feed rebuilt tomorrow describes the same events with the same UIDs, and a time set later
changes the event rather than adding one; DTSTAMP is the build's as-of date, never the
clock. Every feed describes the Europe/Oslo time zone its times and days are local to, so
it has a component (3.6) even when no activity is upcoming.

Written by hand rather than with the `icalendar` library: the output is byte-for-byte the
same on every machine (the time zone is fixed here, not taken from the machine's tz
database), and the site build needs no dependency for it; the tests read the feeds back
with `icalendar`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from generator.views.public_view import PublicActivity, PublicGroup
from generator.model.vocabulary import Vocabularies

MAX_LINE_OCTETS = 75
PRODUCT_ID = "-//Amnesty International Norge//Grupperegister//NO"
TIMEZONE_ID = "Europe/Oslo"
# Central European Time with EU summer time, as observed in Norway since 1996.
OSLO_TIMEZONE = (
    "BEGIN:VTIMEZONE", f"TZID:{TIMEZONE_ID}",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19960331T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
)


def calendar_feed(name: str, events: Iterable[tuple[PublicGroup, PublicActivity]], *, vocab: Vocabularies,
                  group_url, host: str, as_of: date) -> bytes:
    """A VCALENDAR of the given (group, activity) pairs, as CRLF-terminated, folded UTF-8."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT_ID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape_text(name)}", *OSLO_TIMEZONE]
    for group, activity in events:
        lines.extend(_event(group, activity, vocab, group_url(group.id), host, as_of))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")


def _event(group: PublicGroup, activity: PublicActivity, vocab: Vocabularies, url: str, host: str,
           as_of: date) -> list[str]:
    description = f"{vocab.label('activity_types', activity.type)} med {group.name}.\n{url}"
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event_uid(group.id, activity)}@{host}",
        f"DTSTAMP:{as_of:%Y%m%d}T000000Z",
        *_span(activity),
        f"SUMMARY:{escape_text(activity.title)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"URL:{url}",
    ]
    if activity.place:
        lines.append(f"LOCATION:{escape_text(activity.place)}")
    return lines + ["END:VEVENT"]


def _span(activity: PublicActivity) -> list[str]:
    """DTSTART and DTEND: local times in Oslo, or the whole day (DTEND is the day after, 3.6.1)."""
    if activity.start is None:
        return [f"DTSTART;VALUE=DATE:{activity.date:%Y%m%d}",
                f"DTEND;VALUE=DATE:{activity.date + timedelta(days=1):%Y%m%d}"]
    lines = [f"DTSTART;TZID={TIMEZONE_ID}:{_local(activity.date, activity.start)}"]
    if activity.end is not None and activity.end > activity.start:
        lines.append(f"DTEND;TZID={TIMEZONE_ID}:{_local(activity.date, activity.end)}")
    return lines


def _local(day: date, moment: time) -> str:
    return f"{datetime.combine(day, moment):%Y%m%dT%H%M%S}"


def event_uid(group_id: str, activity: PublicActivity) -> str:
    identity = "\n".join((group_id, activity.date.isoformat(), activity.type, activity.title))
    digest = hashlib.sha256(identity.encode()).hexdigest()
    return f"{group_id}-{activity.date:%Y%m%d}-{digest[:16]}"


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped."""
    escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return escaped.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, never inside a UTF-8 character (3.1)."""
    if len(line.encode("utf-8")) <= MAX_LINE_OCTETS:
        return line
    parts, current, size, limit = [], [], 0, MAX_LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, MAX_LINE_OCTETS - 1
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts)
