"""Norwegian wording by babel's bokmål data: dates, times of day, lists and plural forms."""

from __future__ import annotations

from datetime import date, time

import pytest

from generator.text.wording import count, norwegian_alternatives, norwegian_date, norwegian_list, norwegian_time


def test_dates_are_written_day_month_year_with_the_month_in_lower_case():
    assert norwegian_date(date(2026, 12, 3)) == "3. desember 2026"
    assert norwegian_date(date(1900, 1, 1)) == "1. januar 1900"
    assert norwegian_date(date(2099, 5, 17)) == "17. mai 2099"


def test_times_of_day_are_written_with_a_full_stop():
    assert (norwegian_time(time(18)), norwegian_time(time(9, 5))) == ("18.00", "09.05")


def test_lists_and_alternatives_end_with_og_and_eller():
    assert [norwegian_list(["a", "b", "c"][:n]) for n in (1, 2, 3)] == ["a", "a og b", "a, b og c"]
    assert [norwegian_alternatives(["a", "b", "c"][:n]) for n in (1, 2, 3)] == ["a", "a eller b", "a, b eller c"]


@pytest.mark.parametrize(("number", "said"), [(0, "0 grupper"), (1, "1 gruppe"), (2, "2 grupper"), (21, "21 grupper")])
def test_a_count_takes_the_singular_for_one_alone(number, said):
    assert count(number, "gruppe", "grupper") == said
