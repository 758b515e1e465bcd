"""Norwegian wording shared by messages and pages, by babel's bokmål (`nb`) locale data (CLDR): dates
("3. desember 2026", "tirsdag 26. januar", "januar 2027"), times of day ("18.00"), lists ("a, b og c",
"a, b eller c") and a number with its noun ("1 advarsel", "2 advarsler")."""

from __future__ import annotations

from datetime import date, time
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_time
from babel.lists import format_list

NB = Locale("nb")   # parsed once: babel looks its data up through the Locale object


@lru_cache(maxsize=4096)    # a register names the same few days again and again
def norwegian_date(day: date) -> str:
    """3. september 2024: bokmål's long date format ("d. MMMM y")."""
    return format_date(day, "long", locale=NB)


@lru_cache(maxsize=1440)
def norwegian_time(moment: time) -> str:
    """18.00: the Norwegian way of writing a time of day (Språkrådet); CLDR's short format for `nb` is 18:00."""
    return format_time(moment, "HH.mm", locale=NB)


def norwegian_list(items: list[str]) -> str:
    """The items as a Norwegian list: "a", "a og b", "a, b og c"."""
    return format_list(items, style="standard", locale=NB)


def norwegian_alternatives(items: list[str]) -> str:
    """The items as Norwegian alternatives: "a", "a eller b", "a, b eller c"."""
    return format_list(items, style="or", locale=NB)


def plural(number: int, one: str, other: str) -> str:
    """The form of a word for `number` of it, by bokmål's plural rule: `one` for 1, `other` for 0, 2, 3, ..."""
    return one if NB.plural_form(number) == "one" else other


def count(number: int, one: str, other: str) -> str:
    """A number and its noun: "1 advarsel", "2 advarsler"."""
    return f"{number} {plural(number, one, other)}"


@lru_cache(maxsize=4096)
def norwegian_day(day: date) -> str:
    """tirsdag 26. januar: the weekday and the day of the month, as a calendar lists a day under its month."""
    return format_date(day, "EEEE d. MMMM", locale=NB)


def norwegian_month(day: date) -> str:
    """januar 2027: the month and year of a day, a calendar's heading."""
    return format_date(day, "LLLL y", locale=NB)
