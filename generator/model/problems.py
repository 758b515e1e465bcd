"""The one value every check returns: a located problem, never an exception."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_WORD = {Severity.ERROR: "feil", Severity.WARNING: "advarsel", Severity.INFO: "info"}   # as users read it


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    col: int
    severity: Severity
    message: str
    rule: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "severity": self.severity.value,
            "rule": self.rule,
            "message": self.message,
        }


def sort_problems(problems) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.path, p.line, p.col, p.message))
