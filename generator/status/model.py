"""What the status says: findings per group and per region, as of one day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from generator.model.problems import Severity

SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
CLOSURE_RULE = "§8.2"


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str

    def as_dict(self) -> dict:
        return {"rule": self.rule, "severity": self.severity.value, "message": self.message}


def by_urgency(findings) -> list[Finding]:
    """Errors first, then warnings, then information; otherwise in the order found."""
    return sorted(findings, key=lambda f: SEVERITY_RANK[f.severity])


@dataclass(frozen=True)
class GroupStatus:
    id: str
    name: str
    region: str
    category: str
    status: str                      # "active" or "closed" on the day of the status
    findings: list[Finding] = field(default_factory=list)
    path: str = ""                   # the group file, for annotations
    listed: bool = True              # False: kept out of the public directory (`listed: false`)

    @property
    def is_closed(self) -> bool:
        return self.status == "closed"

    @property
    def is_closure_candidate(self) -> bool:
        return any(f.rule == CLOSURE_RULE for f in self.findings)

    @property
    def reminders(self) -> list[Finding]:
        """The findings that are information only: nothing is due yet."""
        return [f for f in self.findings if f.severity is Severity.INFO]

    def has_rule(self, *rules: str) -> bool:
        return any(f.rule in rules for f in self.findings)


@dataclass(frozen=True)
class RegionStatus:
    id: str
    findings: list[Finding] = field(default_factory=list)


@dataclass(frozen=True)
class StatusReport:
    as_of: date
    groups: list[GroupStatus]
    regions: list[RegionStatus]
    national: list[Finding] = field(default_factory=list)    # duties of the whole organisation

    def groups_in(self, region: str) -> list[GroupStatus]:
        return [g for g in self.groups if g.region == region]

    def region(self, region: str) -> RegionStatus:
        return next(r for r in self.regions if r.id == region)

    def for_region(self, region: str) -> StatusReport:
        return StatusReport(self.as_of, self.groups_in(region), [r for r in self.regions if r.id == region],
                            self.national)
