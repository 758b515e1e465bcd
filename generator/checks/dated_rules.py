"""Rules that depend on the date the check is made for (`--as-of`)."""

from __future__ import annotations

from generator.model.loading import GroupFile
from generator.model.quarters import Quarter, parse_date
from generator.model.access import entries
from generator.model.context import RunContext
from generator.model.rules import Rule


def _past_dates(data: dict):
    """(path, value, rule) for every date that records something already done."""
    for key, rule in (("registered", Rule.REGISTRATION), ("confirmed", Rule.QUARTERLY_REPORT),
                      ("endorses_guidelines", Rule.ENDORSEMENT), ("welcome_package_sent", Rule.WELCOME_PACKAGE)):
        yield (key,), data.get(key), rule
    closed = data.get("closed")
    if isinstance(closed, dict):
        yield ("closed", "date"), closed.get("date"), Rule.REGISTRATION
    for i, report in entries(data, "reports"):
        yield ("reports", i, "submitted"), report.get("submitted"), Rule.QUARTERLY_REPORT
        if parse_date(report.get("submitted")) is not None:
            continue    # its completed activities are judged against the day it was sent, which is judged here
        for j, activity in entries(report, "completed"):
            yield ("reports", i, "completed", j, "date"), activity.get("date"), Rule.QUARTERLY_REPORT
    for key, rule in (("followups", Rule.FOLLOW_UP), ("meetings", Rule.MEETINGS)):
        for i, entry in entries(data, key):
            yield (key, i, "date"), entry.get("date"), rule


def no_future_dates(group: GroupFile, ctx: RunContext):
    """What is recorded as done cannot be dated after the day of the check."""
    for path, value, rule in _past_dates(group.data):
        day = parse_date(value)
        if day and day > ctx.as_of:
            yield group.problem(path, f"Datoen {value} er etter i dag ({ctx.as_of.isoformat()}), men feltet "
                                      "gjelder noe som allerede har skjedd. Rett datoen.", rule)


def no_future_reports(group: GroupFile, ctx: RunContext):
    """§6.2: a report covers a quarter that has begun."""
    current = Quarter.of(ctx.as_of)
    for i, report in entries(group.data, "reports"):
        quarter = Quarter.parse(report.get("quarter"))
        if quarter and quarter > current:
            yield group.problem(("reports", i, "quarter"), f"Kvartalet {quarter} har ikke begynt ennå. "
                                "Rapporter for et kvartal som er i gang eller ferdig.", Rule.QUARTERLY_REPORT)
