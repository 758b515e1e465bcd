"""The dated facts of one group file as they stood on a given day.

Whatever is dated after that day had not happened yet, so a past day's status
comes out as it was: a report submitted later was still missing then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from generator.model.access import closing_date, entries, is_closed
from generator.model.loading import GroupFile
from generator.model.quarters import Quarter, parse_date
from generator.model.sign_of_life import last_sign_of_life


@dataclass(frozen=True)
class Report:
    quarter: Quarter
    activity_types: tuple[str, ...]     # of the completed activities
    submitted: date | None = None       # None: no valid date written
    recruited: int = 0                  # new members the group says it recruited in the quarter


@dataclass(frozen=True)
class GroupFacts:
    registered: date | None
    closed_on: date | None              # set only if the group was closed on or before the day
    reports: tuple[Report, ...]         # received by the day, oldest quarter first
    followups: tuple[date, ...]         # sorted
    visits: tuple[date, ...]            # follow-ups by visit, sorted
    meetings: tuple[date, ...]          # sorted
    trainings: tuple[date, ...]         # meetings that were trainings, sorted
    welcome_package_sent: date | None
    last_sign: date | None = None       # its last sign of life by the day: a report, a confirmation

    def existed_by(self, day: date) -> bool:
        """Registered on or before `day` (a file without a valid registration date is taken as always there)."""
        return self.registered is None or self.registered <= day

    def followups_between(self, first: date, last: date) -> bool:
        return any(first <= day <= last for day in self.followups)

    def report_for(self, quarter: Quarter) -> Report | None:
        return next((r for r in self.reports if r.quarter == quarter), None)


def facts_of(group: GroupFile, as_of: date) -> GroupFacts:
    data = group.data
    return GroupFacts(
        registered=parse_date(data.get("registered")),
        closed_on=_closed_on(data, as_of),
        reports=_received_reports(data, as_of),
        followups=_dates_until(data, "followups", as_of),
        visits=_dates_until(data, "followups", as_of, ("channel", "visit")),
        meetings=_dates_until(data, "meetings", as_of),
        trainings=_dates_until(data, "meetings", as_of, ("kind", "training")),
        welcome_package_sent=_until(parse_date(data.get("welcome_package_sent")), as_of),
        last_sign=last_sign_of_life(data, as_of),
    )


def _until(day: date | None, as_of: date) -> date | None:
    return day if day and day <= as_of else None


def _closed_on(data: dict, as_of: date) -> date | None:
    """The closing day if it had come by `as_of`; a closed group without a valid date counts as closed."""
    if not is_closed(data):
        return None
    day = closing_date(data)
    return _until(day, as_of) if day else as_of


def _dates_until(data: dict, key: str, as_of: date, only: tuple[str, str] | None = None) -> tuple[date, ...]:
    """The dates of the entries under `key` up to `as_of`; `only` (field, value) keeps the entries of one kind."""
    days = (_until(parse_date(entry.get("date")), as_of) for _, entry in entries(data, key)
            if only is None or entry.get(only[0]) == only[1])
    return tuple(sorted(day for day in days if day))


def _received_reports(data: dict, as_of: date) -> tuple[Report, ...]:
    reports = []
    for _, report in entries(data, "reports"):
        quarter = Quarter.parse(report.get("quarter"))
        submitted = parse_date(report.get("submitted"))
        if quarter and quarter.first_day <= as_of and (submitted is None or submitted <= as_of):
            types = tuple(a.get("type") for _, a in entries(report, "completed") if isinstance(a.get("type"), str))
            reports.append(Report(quarter, types, submitted, _count(report.get("recruited"))))
    return tuple(sorted(reports, key=lambda r: r.quarter))


def _count(value) -> int:
    """A whole number of at least 0 as written; anything else (which the schema rejects) as 0."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0
