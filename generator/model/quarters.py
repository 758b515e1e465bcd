"""Calendar quarters ("2026-Q3"), strict dates and times of day. Dates as Norwegian text: `text.wording`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta

_QUARTER = re.compile(r"^((?:19|20)[0-9]{2})-Q([1-4])\Z")
YEARS = range(1900, 2100)  # as the schema: a register's dates, safe to compute with


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def parse(cls, text) -> Quarter | None:
        match = _QUARTER.match(text) if isinstance(text, str) else None
        return cls(int(match[1]), int(match[2])) if match else None

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)

    def previous(self) -> Quarter:
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)

    def and_earlier(self, count: int) -> tuple[Quarter, ...]:
        """This quarter and the `count - 1` before it, oldest first."""
        quarters = [self]
        while len(quarters) < count:
            quarters.append(quarters[-1].previous())
        return tuple(reversed(quarters))

    def __str__(self) -> str:
        return f"{self.year}-Q{self.number}"


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_date(value) -> date | None:
    """A real calendar date written YYYY-MM-DD, else None (the schema reports why)."""
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):   # not 20260101 or 2026-W48-4
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    return day if day.year in YEARS else None


_CLOCK = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")


def parse_time(value) -> time | None:
    """A time of day written HH:MM (00:00-23:59), else None (the schema reports why)."""
    match = _CLOCK.fullmatch(value) if isinstance(value, str) else None
    return time(int(match[1]), int(match[2])) if match else None

