"""Findings under a waiver: while the secretariat has exempted a group from a duty (`waivers`), the duty's
finding is information only, with the waiver's reason and last day; the day after, it is as before."""

from __future__ import annotations

from dataclasses import replace

from generator.model.problems import Problem, Severity
from generator.model.rules import Rule
from generator.model.waivers import Waiver
from generator.text.personal_data import personal_detail_in
from generator.text.wording import norwegian_date


def under_waivers(findings: list[Problem], waived: dict[Rule, Waiver]) -> list[Problem]:
    """Each finding of a waived duty as information that says so; the rest as they are."""
    return [_waived(f, waived[f.rule]) if f.rule in waived else f for f in findings]


def _waived(finding: Problem, waiver: Waiver) -> Problem:
    message = (f"Fritatt til og med {norwegian_date(waiver.until)} ({_reason(waiver.reason)}). "
               f"Uten fritaket: {finding.message}")
    return replace(finding, severity=Severity.INFO, message=message)


def _reason(reason: str) -> str:
    """The reason as written, unless it holds what looks like a personal detail (the validator refuses that)."""
    if personal_detail_in(reason) is not None:
        return "begrunnelsen står i gruppefila"
    return f"«{' '.join(reason.split())}»"
