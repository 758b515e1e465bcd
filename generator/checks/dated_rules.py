"""Rules that depend on the date the check is made for (`--as-of`)."""

from __future__ import annotations

import math

from ..loading import GroupFile
from ..quarters import Quarter, parse_date
from .access import closing_date, entries, text
from .context import CheckContext

YOUTH_AGES = range(13, 20)


def youth_ages(group: GroupFile, ctx: CheckContext):
    """§4.1: members of a youth group are 13-19 in the year checked (a closed group: the year it closed)."""
    if group.data.get("category") != "youth":
        return
    year = _year_of_record(group.data, ctx)
    for i, member in entries(group.data, "members"):
        born = _whole_number(member.get("birth_year"))
        if born is not None and year - born not in YOUTH_AGES:
            who = text(member.get("name")) or "Medlemmet"
            yield group.problem(("members", i, "birth_year"), f"{who} er {year - born} år i {year}. "
                                "Ungdomsgrupper er for medlemmer fra 13 til 19 år.", "§4.1")


def _whole_number(value) -> int | None:
    """An integer as JSON Schema counts one: 2009, and also 2009.0 or 2009e0."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
        return None
    return int(value)


def _year_of_record(data: dict, ctx: CheckContext) -> int:
    """A closed group's members are as they were when it closed; they are not expected to stay young."""
    closing = closing_date(data)
    return min(closing, ctx.as_of).year if closing else ctx.as_of.year


def _past_dates(data: dict):
    """(path, value, rule) for every date that records something already done."""
    for key, rule in (("registered", "§6.1"), ("endorses_guidelines", "§2.1"), ("welcome_package_sent", "§7.5")):
        yield (key,), data.get(key), rule
    closed = data.get("closed")
    if isinstance(closed, dict):
        yield ("closed", "date"), closed.get("date"), "§6.1"
    for i, report in entries(data, "reports"):
        yield ("reports", i, "submitted"), report.get("submitted"), "§6.2"
        for j, activity in entries(report, "completed"):
            yield ("reports", i, "completed", j, "date"), activity.get("date"), "§6.2"
    for key, rule in (("followups", "§7.1"), ("meetings", "§6.5")):
        for i, entry in entries(data, key):
            yield (key, i, "date"), entry.get("date"), rule


def no_future_dates(group: GroupFile, ctx: CheckContext):
    """What is recorded as done cannot be dated after the day of the check."""
    for path, value, rule in _past_dates(group.data):
        day = parse_date(value)
        if day and day > ctx.as_of:
            yield group.problem(path, f"Datoen {value} er etter i dag ({ctx.as_of.isoformat()}), men feltet "
                                      "gjelder noe som allerede har skjedd. Rett datoen.", rule)


def no_future_reports(group: GroupFile, ctx: CheckContext):
    """§6.2: a report covers a quarter that has begun."""
    current = Quarter.of(ctx.as_of)
    for i, report in entries(group.data, "reports"):
        quarter = Quarter.parse(report.get("quarter"))
        if quarter and quarter > current:
            yield group.problem(("reports", i, "quarter"), f"Kvartalet {quarter} har ikke begynt ennå. "
                                "Rapporter for et kvartal som er i gang eller ferdig.", "§6.2")


DATED_RULES = (youth_ages, no_future_dates, no_future_reports)
