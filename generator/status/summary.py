"""Counts per region for overviews: groups, overdue reports, groups not contacted, closure candidates."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model.problems import Severity
from generator.text.wording import count
from generator.status.model import GroupStatus, StatusReport
from generator.model.rules import Rule

OVERDUE_RULES = (Rule.QUARTERLY_REPORT,)
CONTACT_RULES = (Rule.FOLLOW_UP,)   # not contacted this quarter (a new group never contacted is too)


@dataclass(frozen=True)
class RegionSummary:
    region: str
    active: int
    closed: int
    overdue: int
    not_contacted: int
    closure_candidates: int

    @property
    def groups(self) -> int:
        return self.active + self.closed


def summarise(region: str, groups: list[GroupStatus]) -> RegionSummary:
    return RegionSummary(
        region=region,
        active=sum(not g.is_closed for g in groups),
        closed=sum(g.is_closed for g in groups),
        overdue=sum(g.has_rule(*OVERDUE_RULES) for g in groups),
        not_contacted=sum(g.has_rule(*CONTACT_RULES) for g in groups),
        closure_candidates=sum(g.is_closure_candidate for g in groups),
    )


def region_summaries(report: StatusReport) -> list[RegionSummary]:
    return [summarise(r.id, report.groups_in(r.id)) for r in report.regions]


def counts_line(summary: RegionSummary) -> str:
    return (f"{count(summary.groups, 'gruppe', 'grupper')} ({count(summary.active, 'aktiv', 'aktive')}, "
            f"{summary.closed} nedlagt), "
            f"{summary.overdue} med rapport på overtid, {summary.not_contacted} ikke kontaktet, "
            f"{count(summary.closure_candidates, 'kandidat', 'kandidater')} for nedleggelse")


def errors_and_warnings(report: StatusReport) -> tuple[int, int]:
    """How many errors and warnings the whole status holds: the groups', the regions' and the organisation's."""
    findings = ([f for g in report.groups for f in g.findings] + [f for r in report.regions for f in r.findings]
                + report.national)
    return (sum(f.severity is Severity.ERROR for f in findings), sum(f.severity is Severity.WARNING for f in findings))
