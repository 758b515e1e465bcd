"""A group's last sign of life ("sist bekreftet") and when it is possibly inactive: from what its file says the
group did (reports, confirmation, registration), as of a day."""

from __future__ import annotations

from datetime import date

import pytest

from generator.model.sign_of_life import last_sign_of_life, possibly_inactive, quiet_since

from tests.conftest import AS_OF


def group(registered: str | None = "2019-02-11", *reports: dict, confirmed: str | None = None) -> dict:
    data = {"name": "Amnesty Prøvegruppa", "reports": list(reports)}
    if registered:
        data["registered"] = registered
    if confirmed:
        data["confirmed"] = confirmed
    return data


def report(quarter: str, submitted: str | None = None) -> dict:
    return {"quarter": quarter, **({"submitted": submitted} if submitted else {})}


def test_a_report_later_than_the_confirmation_is_the_last_sign():
    data = group("2019-02-11", report("2026-Q2", "2026-07-14"), report("2026-Q3", "2026-10-09"), confirmed="2026-08-01")
    assert last_sign_of_life(data, AS_OF) == date(2026, 10, 9)


def test_a_confirmation_later_than_the_last_report_is_the_last_sign():
    data = group("2019-02-11", report("2026-Q2", "2026-07-14"), confirmed="2026-11-03")
    assert last_sign_of_life(data, AS_OF) == date(2026, 11, 3)


def test_a_confirmation_that_is_no_date_is_no_sign():
    assert last_sign_of_life(group("2019-02-11", confirmed="i går"), AS_OF) == date(2019, 2, 11)
    assert last_sign_of_life({"registered": "2019-02-11", "confirmed": 20261103}, AS_OF) == date(2019, 2, 11)


def test_the_latest_report_by_its_date_not_its_place_in_the_file():
    data = group("2019-02-11", report("2026-Q3", "2026-10-09"), report("2026-Q1", "2026-04-08"))
    assert last_sign_of_life(data, AS_OF) == date(2026, 10, 9)


def test_without_reports_or_confirmation_the_registration_is_the_last_sign():
    assert last_sign_of_life(group("2024-09-03"), AS_OF) == date(2024, 9, 3)


def test_nothing_at_all_is_no_sign_and_not_possibly_inactive():
    assert last_sign_of_life(group(None), AS_OF) is None
    assert last_sign_of_life({"reports": "ikke en liste", "registered": 20190211}, AS_OF) is None
    assert not possibly_inactive(None, AS_OF)


def test_a_report_without_a_valid_date_counts_from_the_first_day_of_its_quarter():
    data = group(None, report("2025-Q3"), {"quarter": "2025-Q2", "submitted": "2025-13-01"})
    assert last_sign_of_life(data, AS_OF) == date(2025, 7, 1)


def test_nothing_after_the_day_counts():
    data = group("2019-02-11", report("2025-Q2", "2025-07-10"), report("2026-Q4", "2027-01-10"), confirmed="2026-12-02")
    assert last_sign_of_life(data, AS_OF) == date(2025, 7, 10)
    assert last_sign_of_life(data) == date(2027, 1, 10)   # no day given: everything


@pytest.mark.parametrize("as_of, start", [
    (date(2026, 11, 24), date(2025, 10, 1)),    # 2026-Q4: the four whole quarters before are 2025-Q4 to 2026-Q3
    (date(2026, 10, 1), date(2025, 10, 1)),
    (date(2026, 9, 30), date(2025, 7, 1)),
    (date(2026, 2, 28), date(2025, 1, 1)),
])
def test_the_window_starts_with_the_quarter_four_quarters_before_the_days(as_of, start):
    assert quiet_since(as_of) == start


def test_possibly_inactive_exactly_at_four_quarters():
    assert not possibly_inactive(date(2025, 10, 1), AS_OF)     # on the window's first day: a sign in it
    assert possibly_inactive(date(2025, 9, 30), AS_OF)         # the day before: four whole quarters and more
    assert not possibly_inactive(date(2026, 11, 24), AS_OF)
    assert possibly_inactive(date(2025, 9, 30), date(2026, 10, 1))        # just over a year
    assert not possibly_inactive(date(2025, 9, 30), date(2026, 9, 30))    # 2026-Q3: the window begins 2025-Q3


def test_sign_and_mark_together_from_a_stale_file_and_a_recent_confirmation():
    data = group("2015-03-02", report("2024-Q4", "2025-01-20"))
    assert possibly_inactive(last_sign_of_life(data, AS_OF), AS_OF)
    assert not possibly_inactive(last_sign_of_life({**data, "confirmed": "2026-01-05"}, AS_OF), AS_OF)
