"""Checking the group files: load every file, then schema, rules and cross-file rules.

The checks and what each needs are listed once, in `generator.checks.registry`.
Two depths: `intrinsic` problems make a file invalid in itself; the dated and
export rules (ages, future dates, the membership export) depend on the day and
the export. `validate` applies both, `build` both but without the export; the
status site uses those the registry marks for it as its criteria.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.model.context import RunContext
from generator.checks.registry import checks
from generator.model.loading import GroupFile, read_group_file
from generator.model.problems import Problem, Reading, sort_problems


@dataclass
class GroupFiles:
    """Every group file that could be read, and the problems of those that could not."""

    groups: list[GroupFile] = field(default_factory=list)
    unreadable: list[Problem] = field(default_factory=list)

    @property
    def paths(self) -> set[str]:
        """Every file read, whether or not it could be parsed."""
        return {g.path for g in self.groups} | {p.file for p in self.unreadable}

    def add(self, reading: Reading[GroupFile]) -> None:
        """A file as read: its group, or its problems among those of the files that could not be read."""
        group, problems = reading
        if group is None:
            self.unreadable.extend(problems)
        else:
            self.groups.append(group)


def load_group_files(paths: list[Path], display=str) -> GroupFiles:
    group_files = GroupFiles()
    by_file = {path.resolve(): path for path in paths}  # a file given twice, or by two names, is read once
    for path in sorted(by_file.values()):
        group_files.add(read_group_file(path, display(path)))
    return group_files


def check_group_files(group_files: GroupFiles, ctx: RunContext, *, targets: set[str] | None = None,
                      intrinsic_only: bool = False, for_status: bool = False) -> list[Problem]:
    """All problems in the files named by `targets` (all files if None), sorted by file and line: of every check
    in the registry, or only of those that need nothing (`intrinsic_only`) or that the status site shows."""
    def wanted(file: str) -> bool:
        return targets is None or file in targets

    chosen = checks(intrinsic_only=intrinsic_only, for_status=for_status)
    problems = [p for p in group_files.unreadable if wanted(p.file)]
    for group in group_files.groups:
        if wanted(group.path):
            for check in chosen:
                if not check.across_files:
                    problems.extend(check.function(group, ctx))
    for check in chosen:
        if check.across_files:
            problems.extend(p for p in check.function(group_files.groups) if wanted(p.file))
    return sort_problems(problems)


def has_errors(problems: list[Problem]) -> bool:
    return any(p.is_error for p in problems)
