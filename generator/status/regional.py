"""§7.4: each region holds a regional meeting at least once a calendar year."""

from __future__ import annotations

from datetime import date

from ..problems import Severity
from ..regions import Region
from ..quarters import norwegian_date
from ..vocabulary import Vocabularies
from .model import Finding


def regional_meeting(region: Region, as_of: date, vocab: Vocabularies) -> Finding | None:
    this_year = [m.date for m in region.meetings if m.date.year == as_of.year]
    if any(day <= as_of for day in this_year):
        return None
    name = vocab.label("regions", region.id)
    planned = [day for day in this_year if day > as_of]
    if planned:
        return Finding("§7.4", Severity.INFO, f"Region {name} har planlagt regionmøte {norwegian_date(planned[0])}, "
                                              f"men har ikke holdt noe ennå i {as_of.year}.")
    held = [m.date for m in region.meetings if m.date <= as_of]
    last = f" Sist: {norwegian_date(held[-1])}." if held else ""
    return Finding("§7.4", Severity.WARNING, f"Region {name} har ikke holdt regionmøte i {as_of.year}.{last}")
