"""The guidelines' criteria as findings: the validator's own checks, run for the status.

The checks come from `generator.checks.run`, those the registry marks for the status
(`generator.checks.registry`), so a criterion is defined in one place. Left out are
the checks that only make sense for the files as they stand today (no future dates):
a status for a past day sees later entries as not yet made.
"""

from __future__ import annotations

from collections import defaultdict

from generator.checks.run import GroupFiles, check_group_files
from generator.model.context import RunContext
from generator.model.loading import GroupFile
from generator.model.problems import Problem, Severity
from generator.status.model import CLOSURE_RULE, as_finding, found


def criteria_findings(groups: list[GroupFile], ctx: RunContext) -> dict[str, list[Problem]]:
    """Findings by group path, a closure candidate finding (§8.2) after any failed §2 criterion."""
    problems: dict[str, list[Problem]] = defaultdict(list)
    for problem in check_group_files(GroupFiles(groups=groups), ctx, for_status=True):
        problems[problem.file].append(problem)
    return {file: _findings(found) for file, found in problems.items() if found}


def _findings(problems: list[Problem]) -> list[Problem]:
    """Each problem where it stands; a closure candidate at the group's `status`, where closing it would go."""
    findings = [as_finding(p) for p in sorted(problems)]
    failed = sorted({p.rule for p in problems if p.is_error and p.rule and p.rule.is_criterion})
    if failed:
        findings.append(found(CLOSURE_RULE, Severity.ERROR, "Kandidat for nedleggelse: gruppa oppfyller ikke "
                                f"kriteriene for grupper ({', '.join(failed)}).", where=("status",)))
    return findings
