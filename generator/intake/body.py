"""The Markdown GitHub writes for a submitted issue form, split into answers.

GitHub writes each field as `### Label`, a blank line and the answer; an empty
optional answer as `_No response_`; checkboxes as `- [X] option` / `- [ ] option`.
Only headings that are labels of the form start a section, so a volunteer's own
`###` inside an answer stays part of it.
"""

from __future__ import annotations

import re

from generator.intake.issue_forms import Form

NO_RESPONSE = "_No response_"
SIGNATURE_LINES = 5
_CHECKBOX = re.compile(r"^\s*[-*]\s*\[([ xX])\]\s*(.*?)\s*$")
_SIGN_OFF = re.compile(
    r"^(?:(?:med\s+)?vennlig\s+hilsen\b.*|mvh[,.]?(?:\s+.*)?|beste\s+hilsen\b.*|hilsen,?|"
    r"(?:sendt\s+fra|sent\s+from)\s+min?\s+.*)$",
    re.IGNORECASE)
_SEPARATOR = re.compile(r"^(?:--|_{3,})$")


def split_answers(body: str, form: Form) -> dict[str, str]:
    """Each field id of `form` and its answer, '' where left empty or missing."""
    return {field_id: _clean("\n".join(lines)) for field_id, lines in _sections(body, form).items()}


def repeated_fields(body: str, form: Form) -> list[str]:
    """The ids of the fields whose heading stands more than once: GitHub writes each once, so a second one was
    typed into an answer, and which of them is meant cannot be known."""
    return [field_id for field_id, count in _sections(body, form, count=True).items() if count > 1]


def written_sections(body: str, form: Form) -> list[tuple[str | None, str]]:
    """Every stretch of the body as written, signatures and repeated headings included, each with the id of the
    field whose heading stands above it (None for text above the first): what the volunteer made public."""
    by_label = {item.label.casefold(): item.id for item in form.fields}
    stretches: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in normalise(body).split("\n"):
        heading = line[4:].strip().casefold() if line.startswith("### ") else None
        if heading in by_label:
            stretches.append((by_label[heading], []))
        else:
            stretches[-1][1].append(line)
    return [(field_id, "\n".join(lines)) for field_id, lines in stretches if "".join(lines).strip()]


def _sections(body: str, form: Form, count: bool = False) -> dict:
    """Each field id and the lines of its answer (or, with `count`, how many times its heading stands)."""
    by_label = {item.label.casefold(): item.id for item in form.fields}
    answers: dict[str, list[str]] = {item.id: [] for item in form.fields}
    seen = dict.fromkeys(answers, 0)
    current = None
    for line in normalise(body).split("\n"):
        heading = line[4:].strip().casefold() if line.startswith("### ") else None
        if heading in by_label:
            current = by_label[heading]
            answers[current], seen[current] = [], seen[current] + 1
        elif current is not None:
            answers[current].append(line)
    return seen if count else answers


def headings(body: str) -> set[str]:
    return {line[4:].strip().casefold() for line in normalise(body).split("\n") if line.startswith("### ")}


def normalise(body: str) -> str:
    return body.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")


def _clean(answer: str) -> str:
    text = answer.strip()
    if text == NO_RESPONSE:
        return ""
    return without_signature(text)


def without_signature(text: str) -> str:
    """The answer without a pasted e-mail signature ("Med vennlig hilsen" and a name, "Sendt fra min iPhone")."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i and _starts_signature(line.strip(), lines[i + 1:]):
            lines = lines[:i]
            break
    return "\n".join(line.rstrip() for line in lines).strip()


def _starts_signature(marker: str, rest: list[str]) -> bool:
    """Only what reads as a signature is cut, never a volunteer's own text: a sign-off followed by a few short
    lines that are no sentences (a name, a title, a phone), or a separator ("--") followed by a sign-off."""
    written = [line.strip() for line in rest if line.strip()]
    if len(written) > SIGNATURE_LINES:
        return False
    if _SIGN_OFF.match(marker):
        return all(len(line) <= 60 and not line.endswith((".", "!", "?", ":")) for line in written)
    return bool(_SEPARATOR.match(marker)) and any(_SIGN_OFF.match(line) for line in written)


def checked(answer: str) -> list[str]:
    """The options ticked in a checkbox answer."""
    return [match[2] for match in map(_CHECKBOX.match, answer.split("\n")) if match and match[1] in "xX"]
