"""A group's last sign of life ("sist bekreftet") and whether it may have stopped, as of a day.

Only from what the group itself did, as its file records it; never from who changed
the file or when (a Git commit, a secretariat note or a reformat confirms nothing),
so the answer is the same in a full clone, a shallow clone and a copy without Git.
The last sign of life is the latest of these days, none after `as_of`:
- the day its latest quarterly report was sent (`submitted`); a report without a
  valid date counts from the first day of its quarter, the earliest it can have
  been sent (§6.2);
- the day the group last confirmed that its details are right (`confirmed`: the
  quarterly report form and the member form set it);
- the day the group was registered (`registered`).

A group is possibly inactive when its last sign of life is before the first day of
the quarter four quarters before the current one: nothing in the four whole
quarters before the quarter of `as_of`, nor so far in that quarter. As of
2026-11-24 (2026-Q4) that is a last sign before 1 October 2025 (2025-Q4). A group
with no sign at all (a file without a valid registration date) is not marked.
"""

from __future__ import annotations

from datetime import date

from generator.model.quarters import Quarter, parse_date

INACTIVE_QUARTERS = 4   # whole quarters without a sign of life before a group is marked


def last_sign_of_life(data: dict, as_of: date | None = None) -> date | None:
    """The latest sign of life of the group in `data`; with `as_of`, none after it."""
    signs = [_report_day(report) for report in _reports(data)]
    signs += [parse_date(data.get(key)) for key in ("confirmed", "registered")]
    return max((day for day in signs if day is not None and (as_of is None or day <= as_of)), default=None)


def quiet_since(as_of: date) -> date:
    """The first day of the window a sign of life must fall in: the quarter four quarters before `as_of`'s."""
    return Quarter.of(as_of).and_earlier(INACTIVE_QUARTERS + 1)[0].first_day


def marked_inactive_from(last_sign: date) -> date:
    """The first day a group whose last sign of life is `last_sign` is possibly inactive: the first day of the
    fifth quarter after the sign's (a sign in 2025-Q3: from 1 October 2026)."""
    quarter = Quarter.of(last_sign)
    for _ in range(INACTIVE_QUARTERS + 1):
        quarter = quarter.next()
    return quarter.first_day


def possibly_inactive(last_sign: date | None, as_of: date) -> bool:
    """No sign of life in the four whole quarters before the quarter of `as_of`, nor in it so far."""
    return last_sign is not None and last_sign < quiet_since(as_of)


def _reports(data: dict) -> list[dict]:
    reports = data.get("reports")
    return [report for report in reports if isinstance(report, dict)] if isinstance(reports, list) else []


def _report_day(report: dict) -> date | None:
    submitted = parse_date(report.get("submitted"))
    if submitted is not None:
        return submitted
    quarter = Quarter.parse(report.get("quarter"))
    return quarter.first_day if quarter else None
