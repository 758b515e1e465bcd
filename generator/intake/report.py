"""What `grupper from-issue` tells the volunteer: a comment on the issue, or terminal lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..checking import has_errors
from ..problems import Problem
from ..reporting import format_markdown, format_text


# Fields of the group file that a form asks for under another name.
_ASKED_AS = {"endorses_guidelines": "endorses"}


@dataclass
class Outcome:
    path: str
    form_errors: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)   # form field id -> the label the volunteer saw

    @property
    def valid(self) -> bool:
        return not self.form_errors and not has_errors(self.problems)


def render_text(outcome: Outcome) -> str:
    lines = [f"skjema: feil: {message}" for message in outcome.form_errors]
    lines += [format_text(problem) for problem in outcome.problems]
    lines.append(f"Skrev {outcome.path}." if outcome.valid else f"Skrev ikke {outcome.path}: rett feilene over.")
    return "\n".join(lines)


def in_form_words(outcome: Outcome) -> list[Problem]:
    """The problems with each field of the group file named as the form asked for it («Prioriterte områder»)."""
    def reworded(message: str) -> str:
        for key in {*outcome.labels, *_ASKED_AS}:
            label = outcome.labels.get(_ASKED_AS.get(key, key))
            if label:   # «municipality» (kommune) reads «Kommune»
                message = re.sub(f"«{re.escape(key)}»(?: \\([^)]*\\))?", lambda _, label=label: f"«{label}»", message)
        return message

    return [replace(p, message=reworded(p.message)) for p in outcome.problems]


def render_markdown(outcome: Outcome, issue: str, guide: str | None = None) -> str:
    if outcome.form_errors:
        body = ["## Skjemaet må rettes", "", f"Vi kunne ikke lage `{outcome.path}` fra {issue}:", ""]
        body += [f"- {message}" for message in outcome.form_errors]
    elif not outcome.valid:
        body = ["## Gruppefila blir ikke gyldig", "", f"Slik {issue} er fylt ut, har `{outcome.path}` feil:", "",
                format_markdown(in_form_words(outcome), guide)]
    else:
        body = ["## Takk! Gruppefila er klar", "", f"`{outcome.path}` er laget fra {issue} og er gyldig. "
                "Sekretariatet ser over endringen i en pull request og tar kontakt ved behov."]
        if outcome.problems:
            body += ["", format_markdown(in_form_words(outcome), guide)]
    if not outcome.valid:
        body += ["", "Rediger saken (… → Edit) og rett svarene, så prøver vi igjen automatisk."]
    return "\n".join(body) + "\n"
