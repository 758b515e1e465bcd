"""The guidelines' criteria as findings: the validator's own checks, run for the status.

The checks come from `generator.checks.run` (schema, file and cross-file rules) and
`generator.checks`, so a criterion is defined in one place. Left out are the checks
that only make sense for the files as they stand today (no future dates): a status
for a past day sees later entries as not yet made.
"""

from __future__ import annotations

from collections import defaultdict

from generator.checks.run import Register, check_register
from generator.checks.context import CheckContext
from generator.checks.register_rules import REGISTER_RULES
from generator.model.loading import GroupFile
from generator.model.problems import Problem, Severity
from generator.status.model import CLOSURE_RULE, Finding


def criteria_findings(groups: list[GroupFile], ctx: CheckContext) -> dict[str, list[Finding]]:
    """Findings by group path, a closure candidate finding (§8.2) after any failed §2 criterion."""
    problems: dict[str, list[Problem]] = defaultdict(list)
    for problem in check_register(Register(groups=groups), ctx, intrinsic_only=True):
        problems[problem.path].append(problem)
    for group in groups:
        for rule in REGISTER_RULES:
            problems[group.path].extend(rule(group, ctx))
    return {path: _findings(found) for path, found in problems.items() if found}


def _findings(problems: list[Problem]) -> list[Finding]:
    findings = [Finding(p.rule or "§6.1", p.severity, p.message) for p in sorted(problems)]   # §6.1: the file
    failed = sorted({p.rule for p in problems if p.is_error and _is_criterion(p.rule)})
    if failed:
        findings.append(Finding(CLOSURE_RULE, Severity.ERROR, "Kandidat for nedleggelse: gruppa oppfyller ikke "
                                f"kriteriene for grupper ({', '.join(failed)})."))
    return findings


def _is_criterion(rule: str | None) -> bool:
    return bool(rule) and rule.startswith("§2.")
