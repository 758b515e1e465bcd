"""What `grupper from-issue` tells the volunteer: a comment on the issue, or terminal lines."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..checking import has_errors
from ..problems import Problem
from ..reporting import format_markdown, format_text


@dataclass
class Outcome:
    path: str
    form_errors: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.form_errors and not has_errors(self.problems)


def render_text(outcome: Outcome) -> str:
    lines = [f"skjema: feil: {message}" for message in outcome.form_errors]
    lines += [format_text(problem) for problem in outcome.problems]
    lines.append(f"Skrev {outcome.path}." if outcome.valid else f"Skrev ikke {outcome.path}: rett feilene over.")
    return "\n".join(lines)


def render_markdown(outcome: Outcome, issue: str) -> str:
    if outcome.form_errors:
        body = ["## Skjemaet må rettes", "", f"Vi kunne ikke lage `{outcome.path}` fra {issue}:", ""]
        body += [f"- {message}" for message in outcome.form_errors]
    elif not outcome.valid:
        body = ["## Gruppefila blir ikke gyldig", "", f"Slik {issue} er fylt ut, har `{outcome.path}` feil:", "",
                format_markdown(outcome.problems)]
    else:
        body = ["## Takk! Gruppefila er klar", "", f"`{outcome.path}` er laget fra {issue} og er gyldig. "
                "Sekretariatet ser over endringen i en pull request og tar kontakt ved behov."]
        if outcome.problems:
            body += ["", format_markdown(outcome.problems)]
    if not outcome.valid:
        body += ["", "Rediger saken (… → Edit) og rett svarene, så prøver vi igjen automatisk."]
    return "\n".join(body) + "\n"
