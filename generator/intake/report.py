"""What `grupper from-issue` tells the volunteer: a comment on the issue, or terminal lines.

Everything is said in the form's words (`form_words.py`): each problem names the
field by its label, never a line or a key of the group file, which the volunteer
never saw. A valid form's reply says what the public directory will show.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.checks.reporters import rule_link
from generator.intake.form_words import FormProblem
from generator.intake.ownership import Authorship
from generator.model.problems import SEVERITY_WORD
from generator.text.markdown import inline, readable_inline

GUIDE_LINE = "Hva hver regel betyr, står på siden {where} i gruppeoversikten."


@dataclass
class Outcome:
    path: str
    form_errors: list[str] = field(default_factory=list)
    personal_details: list[str] = field(default_factory=list)   # what must go before the form is read at all
    problems: list[FormProblem] = field(default_factory=list)   # the group file's problems, in the form's words
    notes: list[str] = field(default_factory=list)              # how an answer was read («Kvartal»)
    public: list[str] = field(default_factory=list)             # Markdown lines: what the public directory will show
    authorship: Authorship | None = None                        # who sent it, and whether they maintain the group

    @property
    def valid(self) -> bool:
        return not self.personal_details and not self.form_errors and not any(p.is_error for p in self.problems)


def render_text(outcome: Outcome) -> str:
    if outcome.personal_details:
        lines = [f"skjema: feil: {message}" for message in outcome.personal_details]
        return "\n".join(lines + ["Skrev ingen fil: saken har personopplysninger. Fjern dem først."])
    lines = [f"skjema: feil: {message}" for message in outcome.form_errors]
    lines += [f"skjema: {SEVERITY_WORD[p.severity]}: {_one_line(p)}" for p in outcome.problems]
    lines += [f"skjema: {note}" for note in outcome.notes]
    lines += [sentence] if outcome.valid and (sentence := _who_sent_it(outcome)) else []
    lines.append(f"Skrev {outcome.path}." if outcome.valid else f"Skrev ikke {outcome.path}: rett feilene over.")
    return "\n".join(lines)


def _one_line(problem: FormProblem) -> str:
    rule = f" ({problem.rule})" if problem.rule else ""
    return f"«{problem.place}»: {' '.join(problem.message.split())}{rule}"


def _who_sent_it(outcome: Outcome) -> str | None:
    return outcome.authorship.sentence() if outcome.authorship else None


def _problem_lines(problems: list[FormProblem], guide: str | None) -> list[str]:
    lines = []
    for problem in problems:
        link = rule_link(guide, problem.rule)
        rule = f" ([{problem.rule}]({link}))" if link else f" ({problem.rule})" if problem.rule else ""
        lines.append(f"- «{readable_inline(problem.place)}»: {readable_inline(problem.message)}{rule}")
    return lines


def _problems(outcome: Outcome, guide: str | None) -> list[str]:
    """The form's mistakes and the file's errors as one list of what to correct, then the warnings apart."""
    errors = [f"- {readable_inline(message)}" for message in outcome.form_errors]
    errors += _problem_lines([p for p in outcome.problems if p.is_error], guide)
    warnings = _problem_lines([p for p in outcome.problems if not p.is_error], guide)
    lines = errors
    if warnings:
        lines += ["", "### Verdt å se på", "", "Dette stopper ikke endringen, men bør rettes når dere kan:", "",
                  *warnings]
    if outcome.problems:
        where = f"[Feilmeldinger]({guide})" if guide else "«Feilmeldinger»"
        lines += ["", GUIDE_LINE.format(where=where)]
    return lines


def render_markdown(outcome: Outcome, issue: str, guide: str | None = None) -> str:
    if outcome.personal_details:
        return "\n".join([
            "## Fjern personopplysningene fra saken", "",
            f"Alle som kan foreslå endringer i registeret, kan lese {issue}. Vi lager ingen gruppefil før dette "
            "er fjernet:", "",
            *(f"- {inline(message)}" for message in outcome.personal_details), "",
            "Skriv bare medlemsnumre: navn, e-post og telefon henter sekretariatet fra medlemsregisteret. "
            "Rediger saken (… → Edit) og fjern opplysningene, så prøver vi igjen automatisk.", "",
            "Det som sto der før, kan fortsatt leses i sakens historikk (under «edited» øverst i saken). "
            "Slett de gamle versjonene der («Delete revision from history»), eller be sekretariatet slette saken.",
        ]) + "\n"
    if not outcome.valid:
        body = ["## Skjemaet må rettes", "", f"Slik {issue} er fylt ut, kan vi ikke lage `{outcome.path}`. Rett dette "
                "i skjemaet:", "", *_problems(outcome, guide)]
    else:
        body = ["## Takk! Gruppefila er klar", "", f"`{outcome.path}` er laget fra {issue} og er gyldig. "
                "Sekretariatet ser over endringen i en pull request og tar kontakt ved behov."]
        body += ["", sentence] if (sentence := _who_sent_it(outcome)) else []
        body += ["", "### Dette blir offentlig", "", *outcome.public] if outcome.public else []
        if outcome.problems:
            body += ["", *_problems(outcome, guide)]
    if outcome.notes:
        body += ["", "### Slik leste vi svarene", "", *(f"- {readable_inline(note)}" for note in outcome.notes)]
    if not outcome.valid:
        body += ["", "Rediger saken (… → Edit) og rett svarene, så prøver vi igjen automatisk."]
    return "\n".join(body) + "\n"
