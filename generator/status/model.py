"""What the status says: findings per group and per region, as of one day.

A finding is a `Problem`: an unmet duty or a failed criterion, with the rule it answers to, and where it stands
(its file, and the line and column of what it is about: `where` in the file's data; a missing key: the mapping
that should hold it). A duty's finding is made before its file is known (`found`) and placed later."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from generator.model.loading import GroupFile
from generator.model.problems import DataPath, Problem, Severity
from generator.model.rules import Rule

SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
CLOSURE_RULE = Rule.CLOSURE


def found(rule: Rule, severity: Severity, message: str, where: DataPath = ()) -> Problem:
    """A finding not yet placed: no file ("", the group file or the region data once placed), line 1, column 1."""
    return Problem("", 1, 1, severity, message, rule, where)


def as_finding(problem: Problem, message: str | None = None) -> Problem:
    """A check's problem as a finding, where the problem stands; one without a rule of its own answers to what the
    file holds (registration)."""
    return replace(problem, rule=problem.rule or Rule.REGISTRATION,
                   message=problem.message if message is None else message)


def placed_in(finding: Problem, group: GroupFile) -> Problem:
    """In the group's file, at the key it is about (or the nearest mapping above a missing one)."""
    if finding.file:
        return finding
    line, col = group.positions.of_key(finding.where)
    return replace(finding, file=group.path, line=line, col=col)


def by_urgency(findings) -> list[Problem]:
    """Errors first, then warnings, then information; otherwise in the order found."""
    return sorted(findings, key=lambda f: SEVERITY_RANK[f.severity])


@dataclass(frozen=True)
class GroupStatus:
    id: str
    name: str
    region: str
    category: str
    status: str                      # "active" or "closed" on the day of the status
    findings: list[Problem] = field(default_factory=list)
    file: str = ""                   # the group file
    listed: bool = True              # False: kept out of the public directory (`listed: false`)
    waived: frozenset[Rule] = frozenset()   # the duties the secretariat has exempted the group from that day

    @property
    def is_closed(self) -> bool:
        return self.status == "closed"

    @property
    def is_closure_candidate(self) -> bool:
        return any(f.rule == CLOSURE_RULE for f in self.findings)

    @property
    def reminders(self) -> list[Problem]:
        """The findings that are information only: nothing is due yet."""
        return [f for f in self.findings if f.severity is Severity.INFO]

    def has_rule(self, *rules: Rule) -> bool:
        """A finding of any of `rules` that is not waived."""
        return any(f.rule in rules and f.rule not in self.waived for f in self.findings)


@dataclass(frozen=True)
class RegionStatus:
    id: str
    findings: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class StatusReport:
    as_of: date
    groups: list[GroupStatus]
    regions: list[RegionStatus]
    national: list[Problem] = field(default_factory=list)    # duties of the whole organisation

    def groups_in(self, region: str) -> list[GroupStatus]:
        return [g for g in self.groups if g.region == region]

    def region(self, region: str) -> RegionStatus:
        return next(r for r in self.regions if r.id == region)

    def for_region(self, region: str) -> StatusReport:
        return StatusReport(self.as_of, self.groups_in(region), [r for r in self.regions if r.id == region],
                            self.national)
