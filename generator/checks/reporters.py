"""Problems out: the agreed formats (text, github, json), and a Markdown summary.

Where the public site's error guide is known (`guide`, the address of its page
«Feilmeldinger»), the summary links each rule to its section; annotations keep the
exact message.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from generator.text.markdown import readable_inline
from generator.model.problems import SEVERITY_WORD, Problem, Severity
from generator.text.wording import count

_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def format_text(problem: Problem) -> str:
    """One line, always: a message never spans lines, whatever a file's text put in it."""
    rule = f" ({problem.rule})" if problem.rule else ""
    message = " ".join(problem.message.splitlines())
    return f"{problem.file}:{problem.line}:{problem.col}: {SEVERITY_WORD[problem.severity]}: {message}{rule}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def rule_link(guide: str | None, rule: str | None) -> str | None:
    """The section of the error guide that explains `rule` (§2.4 is #regel-2-4)."""
    if not (guide and rule):
        return None
    return f"{guide}#regel-{rule.lstrip('§').replace('.', '-')}"


def format_github(problem: Problem) -> str:
    props = [f"file={_escape_property(problem.file)}", f"line={problem.line}", f"col={problem.col}"]
    if problem.rule:
        props.append(f"title={_escape_property(problem.rule)}")
    return f"::{_GITHUB_LEVEL[problem.severity]} {','.join(props)}::{_escape_data(problem.message)}"


def format_markdown(problems: list[Problem], guide: str | None = None) -> str:
    """A summary for a pull request's job summary: problems by file, with the rule and what to do."""
    if not problems:
        return "## Gruppefilene er i orden\n\nIngen feil eller advarsler."
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    lines = [f"## {errors} feil og {count(warnings, 'advarsel', 'advarsler')} i gruppefilene", ""]
    for file in sorted({p.file for p in problems}):
        lines += [f"### {_file_name(file)}", "", "| Linje | Alvor | Regel | Hva må gjøres |", "|---:|---|---|---|"]
        for p in (p for p in problems if p.file == file):
            link = rule_link(guide, p.rule)
            rule = f"[{p.rule}]({link})" if link else (p.rule or "")
            lines.append(f"| {p.line} | {SEVERITY_WORD[p.severity]} | {rule} | {readable_inline(p.message)} |")
        lines.append("")
    where = f"[Feilmeldinger]({guide})" if guide else "«Feilmeldinger» (`docs/feilmeldinger.md`)"
    lines.append(f"Hva hver regel betyr og hvordan du retter feilen: se siden {where} i gruppeoversikten.")
    return "\n".join(lines)


def _file_name(file: str) -> str:
    """As code, which Markdown shows as written, unless a backtick would end it early."""
    return f"`{file}`" if "`" not in file else readable_inline(file)


def format_json(problems: list[Problem], guide: str | None = None) -> str:
    return json.dumps({"problems": [p.as_dict() for p in problems]}, ensure_ascii=False, indent=2)


def _one_a_line(line: Callable[[Problem], str]) -> Callable[[list[Problem], str | None], str]:
    return lambda problems, guide=None: "\n".join(line(p) for p in problems)


# Every format problems go out in, by its `--format` name: the commands take their choices from here.
REPORTERS: dict[str, Callable[[list[Problem], str | None], str]] = {
    "text": _one_a_line(format_text),
    "github": _one_a_line(format_github),
    "json": format_json,
    "markdown": format_markdown,
}


def render_problems(problems: list[Problem], fmt: str, guide: str | None = None) -> str:
    return REPORTERS[fmt](problems, guide)


def summary_line(problems: list[Problem], files: int) -> str:
    errors = sum(p.is_error for p in problems)
    warnings = sum(p.severity is Severity.WARNING for p in problems)
    checked = count(files, "gruppefil", "gruppefiler")
    return f"{checked} sjekket: {errors} feil, {count(warnings, 'advarsel', 'advarsler')}."
