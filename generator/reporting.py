"""Problems out: the three formats of the contract (text, github, json)."""

from __future__ import annotations

import json

from .problems import Problem, Severity

_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def format_text(problem: Problem) -> str:
    rule = f" ({problem.rule})" if problem.rule else ""
    return f"{problem.path}:{problem.line}:{problem.col}: {problem.severity.value}: {problem.message}{rule}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(problem: Problem) -> str:
    props = [f"file={_escape_property(problem.path)}", f"line={problem.line}", f"col={problem.col}"]
    if problem.rule:
        props.append(f"title={_escape_property(problem.rule)}")
    return f"::{_GITHUB_LEVEL[problem.severity]} {','.join(props)}::{_escape_data(problem.message)}"


def render_problems(problems: list[Problem], fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"problems": [p.as_dict() for p in problems]}, ensure_ascii=False, indent=2)
    line = format_github if fmt == "github" else format_text
    return "\n".join(line(p) for p in problems)


def summary_line(problems: list[Problem], files: int) -> str:
    errors = sum(p.is_error for p in problems)
    warnings = sum(p.severity is Severity.WARNING for p in problems)
    return f"{files} gruppefiler sjekket: {errors} feil, {warnings} advarsler."
