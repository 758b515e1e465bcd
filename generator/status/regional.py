"""§7.4: each region holds a regional meeting every calendar year, with the board represented; and a national
meeting is held every year (the national assembly counts in the years it meets)."""

from __future__ import annotations

from datetime import date

from generator.model.problems import Problem, Severity
from generator.model.regions import Meeting, Region
from generator.text.wording import norwegian_date
from generator.model.vocabulary import Vocabularies
from generator.status.model import found
from generator.model.rules import Rule

RULE = Rule.MEETING_PLACES


def regional_meeting(region: Region, as_of: date, vocab: Vocabularies) -> Problem | None:
    finding = _regional_meeting_this_year(region, as_of, vocab)
    if finding is None or not _early_in_year(as_of):
        return finding
    last_year = [m for m in region.meetings if m.date.year == as_of.year - 1]
    if any(m.board_present is not False for m in last_year):   # met, or the board's presence not recorded
        return finding
    name = vocab.label("regions", region.id)
    held = "holdt regionmøte uten styret til stede" if last_year else "holdt ikke regionmøte"
    return found(RULE, Severity.WARNING, f"Region {name} {held} i {as_of.year - 1}.")


def _regional_meeting_this_year(region: Region, as_of: date, vocab: Vocabularies) -> Problem | None:
    this_year = [m for m in region.meetings if m.date.year == as_of.year]
    held = [m for m in this_year if m.date <= as_of]
    if any(m.board_present for m in held):
        return None
    name = vocab.label("regions", region.id)
    planned = [m.date for m in this_year if m.date > as_of]
    if planned:
        return found(RULE, Severity.INFO, f"Region {name} har planlagt regionmøte {norwegian_date(planned[0])}, "
                                            f"men har ikke holdt noe med styret til stede ennå i {as_of.year}.")
    if any(m.board_present is None for m in held):
        return found(RULE, Severity.INFO, f"Region {name} har holdt regionmøte i {as_of.year}, men det er ikke "
                                            "ført om styret var representert (board_present i data/regions.yaml).")
    if held:
        return found(RULE, _yearly(as_of), f"Region {name} har holdt regionmøte i {as_of.year} "
                                               f"({norwegian_date(held[-1].date)}), men styret var ikke representert.")
    earlier = [m.date for m in region.meetings if m.date <= as_of]
    last = f" Sist: {norwegian_date(earlier[-1])}." if earlier else ""
    return found(RULE, _yearly(as_of), f"Region {name} har ikke holdt regionmøte i {as_of.year}.{last}")


def national_meeting(meetings: tuple[Meeting, ...], as_of: date) -> Problem | None:
    this_year = [m.date for m in meetings if m.date.year == as_of.year]
    if any(day <= as_of for day in this_year):
        return None
    if _early_in_year(as_of) and not any(m.date.year == as_of.year - 1 for m in meetings):
        return found(RULE, Severity.WARNING, f"Det ble ikke holdt nasjonalt møte (eller landsmøte) i "
                                               f"{as_of.year - 1}.")
    if this_year:
        return found(RULE, Severity.INFO, f"Nasjonalt møte er planlagt {norwegian_date(this_year[0])}, men er "
                                            f"ikke holdt ennå i {as_of.year}.")
    earlier = [m.date for m in meetings if m.date <= as_of]
    last = f" Sist: {norwegian_date(earlier[-1])}." if earlier else ""
    return found(RULE, _yearly(as_of),
                   f"Det er ikke holdt nasjonalt møte (eller landsmøte) i {as_of.year}.{last}")


def _early_in_year(as_of: date) -> bool:
    """In the first quarter, last year's unmet duty is still shown: it must not vanish on 1 January."""
    return as_of.month <= 3


def _yearly(as_of: date) -> Severity:
    """A yearly duty is due by 31 December: a reminder until the last quarter, then a warning."""
    return Severity.WARNING if as_of.month >= 10 else Severity.INFO
