"""Checking the register: load every file, then schema, rules and cross-file rules.

Two depths: `intrinsic` problems make a file invalid in itself; the dated and
register rules (ages, future dates, the membership export) depend on the day and
the export. `validate` applies both, `build` both but without the export; the
status site uses the intrinsic ones for its criteria and shows the rest as findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from generator.checks.context import CheckContext
from generator.checks.cross_file_rules import CROSS_FILE_RULES
from generator.checks.dated_rules import DATED_RULES
from generator.checks.group_rules import FILE_RULES
from generator.checks.maintainer_rules import MAINTAINER_RULES
from generator.checks.municipality_rules import MUNICIPALITY_RULES
from generator.checks.privacy_rules import PRIVACY_RULES
from generator.checks.register_rules import REGISTER_RULES
from generator.checks.schema_check import SchemaChecker
from generator.model.loading import GroupFile, read_group_file
from generator.model.problems import Problem, sort_problems
from generator.model.schema import build_schema
from generator.model.vocabulary import Vocabularies


@dataclass
class Register:
    """Every group file that could be read, and the problems of those that could not."""

    groups: list[GroupFile] = field(default_factory=list)
    unreadable: list[Problem] = field(default_factory=list)

    @property
    def paths(self) -> set[str]:
        """Every file read, whether or not it could be parsed."""
        return {g.path for g in self.groups} | {p.path for p in self.unreadable}


def load_register(paths: list[Path], display=str) -> Register:
    register = Register()
    by_file = {path.resolve(): path for path in paths}  # a file given twice, or by two names, is read once
    for path in sorted(by_file.values()):
        loaded = read_group_file(path, display(path))
        if isinstance(loaded, GroupFile):
            register.groups.append(loaded)
        else:
            register.unreadable.extend(loaded)
    return register


@cache
def _schema_checker(vocab: Vocabularies) -> SchemaChecker:
    return SchemaChecker(build_schema(vocab))


def check_register(register: Register, ctx: CheckContext, *, targets: set[str] | None = None,
                   intrinsic_only: bool = False) -> list[Problem]:
    """All problems in the files named by `targets` (all files if None), sorted by path and line."""
    def wanted(path: str) -> bool:
        return targets is None or path in targets

    intrinsic = FILE_RULES + MAINTAINER_RULES + MUNICIPALITY_RULES + PRIVACY_RULES
    rules = intrinsic if intrinsic_only else intrinsic + DATED_RULES + REGISTER_RULES
    checker = _schema_checker(ctx.vocab)
    problems = [p for p in register.unreadable if wanted(p.path)]
    for group in register.groups:
        if wanted(group.path):
            problems.extend(checker.check(group))
            for rule in rules:
                problems.extend(rule(group, ctx))
    for rule in CROSS_FILE_RULES:
        problems.extend(p for p in rule(register.groups) if wanted(p.path))
    return sort_problems(problems)


def has_errors(problems: list[Problem]) -> bool:
    return any(p.is_error for p in problems)
