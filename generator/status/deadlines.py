"""Date arithmetic for deadlines: due dates of quarterly reports, the quarters that are due."""

from __future__ import annotations

from datetime import date, timedelta

from generator.model.quarters import Quarter
from generator.status.facts import GroupFacts

RECENT_DUE_QUARTERS = 4   # §6.2: the window in which missing reports are a pattern, and the group page lists them


def report_due(quarter: Quarter, grace_days: int) -> date:
    return quarter.last_day + timedelta(days=grace_days)


def last_due_quarter(as_of: date, grace_days: int) -> Quarter:
    """The latest quarter whose report was due before `as_of` (due on the day itself is not late yet)."""
    quarter = Quarter.of(as_of).previous()
    while report_due(quarter, grace_days) >= as_of:
        quarter = quarter.previous()
    return quarter


def missing_reports(facts: GroupFacts, as_of: date, grace_days: int,
                    count: int = RECENT_DUE_QUARTERS) -> list[Quarter]:
    """Of the last `count` quarters whose report is due, those the group existed in and has not reported."""
    return [q for q in last_due_quarter(as_of, grace_days).and_earlier(count)
            if facts.existed_by(q.last_day) and not facts.report_for(q)]
