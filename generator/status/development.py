"""The register's development quarter by quarter, for the whole country and each region.

Every figure comes from what the group files record (registration and closing dates, reports and the day each was
sent, the secretariat's follow-ups), never from Git, so it is the same in any copy of the register. A quarter is
counted as it stood on its last day, or on `as_of` for the quarter still running:
- active: registered by that day and not closed by it; new: registered in the quarter; closed: closed in it;
- reports on time, late: the quarter's reports sent by its deadline (`report_due`), or after it; missing: the
  active groups' reports not in and past their deadline; awaited: not in, the deadline still ahead (§6.2);
- contacted: groups the secretariat followed up in the quarter (§7.1);
- outward: the completed outward activities the quarter's reports tell of (§6.3); recruited: the new members
  they say the groups recruited (§3.2);
- possibly inactive: active groups with no sign of life for four whole quarters on that day (`sign_of_life`).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from generator.model.access import text
from generator.model.loading import GroupFile
from generator.model.quarters import Quarter
from generator.model.sign_of_life import last_sign_of_life, possibly_inactive
from generator.model.vocabulary import Vocabularies
from generator.status.deadlines import report_due
from generator.status.facts import GroupFacts, facts_of

QUARTERS_SHOWN = 8     # the ended quarters the development covers
TASK_QUARTERS = 4      # the ended quarters whose reports tell which of the mandate's tasks a group covered
RECRUITING = "recruiting"   # the mandate task a report's new members serve, whatever the activities


@dataclass(frozen=True)
class QuarterFigures:
    quarter: Quarter
    active: int = 0
    new: int = 0
    closed: int = 0
    on_time: int = 0
    late: int = 0
    missing: int = 0
    awaited: int = 0
    contacted: int = 0
    outward: int = 0
    recruited: int = 0
    possibly_inactive: int = 0

    def plus(self, other: QuarterFigures) -> QuarterFigures:
        return QuarterFigures(self.quarter, *(getattr(self, f.name) + getattr(other, f.name) for f in COUNTS))


COUNTS = fields(QuarterFigures)[1:]
# Each figure's name as the page, its charts and utvikling.csv say it, in the order they show them.
FIGURE_LABELS = {"active": "Aktive grupper", "new": "Nye grupper", "closed": "Nedlagte grupper",
                 "on_time": "Rapporter i tide", "late": "Rapporter for sent", "missing": "Rapporter som mangler",
                 "awaited": "Rapporter ikke inne før fristen", "contacted": "Grupper kontaktet (§7.1)",
                 "outward": "Utadrettede aktiviteter", "recruited": "Nye medlemmer vervet",
                 "possibly_inactive": "Mulig inaktive grupper"}


@dataclass(frozen=True)
class Development:
    region: str                               # a region's key; "" for the whole country
    quarters: tuple[QuarterFigures, ...]      # oldest first


def shown_quarters(as_of: date, count: int = QUARTERS_SHOWN) -> tuple[Quarter, ...]:
    """The `count` quarters ended by `as_of`, oldest first."""
    return Quarter.of(as_of).previous().and_earlier(count)


def development(groups: list[GroupFile], quarters: tuple[Quarter, ...], as_of: date, vocab: Vocabularies,
                grace_days: int) -> tuple[Development, ...]:
    """The figures of `quarters` for the whole country (groups of any region) and then each region of the
    vocabularies, in its order."""
    totals = {region: [QuarterFigures(q) for q in quarters] for region in ("", *vocab.regions)}
    for group in groups:
        facts = facts_of(group, as_of)
        region = text(group.data.get("region")) if isinstance(group.data, dict) else None
        counted = [_group_figures(group, facts, q, as_of, vocab, grace_days) for q in quarters]
        for key in {"", region} & set(totals):
            totals[key] = [total.plus(figures) for total, figures in zip(totals[key], counted)]
    return tuple(Development(region, tuple(figures)) for region, figures in totals.items())


def _group_figures(group: GroupFile, facts: GroupFacts, quarter: Quarter, as_of: date, vocab: Vocabularies,
                   grace_days: int) -> QuarterFigures:
    """One group's part of a quarter's figures: each 0 or 1, but the activities and members it reported."""
    day = min(quarter.last_day, as_of)
    active = _active_on(facts, day)
    report = facts.report_for(quarter)
    due = report_due(quarter, grace_days)
    sent_on_time = report is not None and (report.submitted is None or report.submitted <= due)
    return QuarterFigures(
        quarter,
        active=active,
        new=facts.registered is not None and quarter.first_day <= facts.registered <= day,
        closed=facts.closed_on is not None and quarter.first_day <= facts.closed_on <= day,
        on_time=sent_on_time,
        late=report is not None and not sent_on_time,
        missing=active and report is None and due < as_of,
        awaited=active and report is None and due >= as_of,
        contacted=facts.followups_between(quarter.first_day, day),
        outward=sum(t in vocab.outward_types for t in report.activity_types) if report else 0,
        recruited=report.recruited if report else 0,
        possibly_inactive=active and possibly_inactive(last_sign_of_life(group.data, day), day),
    )


def _active_on(facts: GroupFacts, day: date) -> bool:
    return facts.existed_by(day) and (facts.closed_on is None or facts.closed_on > day)


def tasks_covered(facts: GroupFacts, quarters: tuple[Quarter, ...], vocab: Vocabularies) -> tuple[str, ...]:
    """The mandate's tasks (§3.2) the group's completed activities served in the reports of `quarters`, in the
    vocabulary's order; recruiting also when a report says the group recruited new members."""
    reports = [r for r in facts.reports if r.quarter in quarters]
    served = vocab.tasks_served(t for r in reports for t in r.activity_types)
    if any(r.recruited for r in reports):
        served |= {RECRUITING}
    return tuple(task for task in vocab.mandate_tasks if task in served)
