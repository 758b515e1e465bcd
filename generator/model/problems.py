"""The one value every check returns: a located problem, never an exception."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TypeVar

from generator.model.rules import Rule


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_WORD = {Severity.ERROR: "feil", Severity.WARNING: "advarsel", Severity.INFO: "info"}   # as users read it

DataPath = tuple   # where in a file's data: keys and list indexes, ("members", 0, "roles"); () is the whole file


@dataclass(frozen=True, order=True)
class Problem:
    file: str                       # the file as users see it: groups/amnesty-nidaros.yaml
    line: int                       # 1-based, of the offending key or value (a missing key: the mapping for it)
    col: int
    severity: Severity
    message: str
    rule: Rule | None = None
    where: DataPath = field(default=(), compare=False)   # what it is about in the file's data, when it is data

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def as_dict(self) -> dict:
        """The agreed JSON shape (CONTRACT.md), where `path` is the file."""
        return {
            "path": self.file,
            "line": self.line,
            "col": self.col,
            "severity": self.severity.value,
            "rule": self.rule,
            "message": self.message,
        }


T = TypeVar("T")
# What every reader of an input file returns: its value (None when it cannot be used) and its problems; the command
# line decides what they mean for the exit.
Reading = tuple[T | None, list[Problem]]


def sort_problems(problems) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.file, p.line, p.col, p.message))
