"""What `grupper from-issue` tells the volunteer: a comment on the issue, or terminal lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from generator.checks.run import has_errors
from generator.model.access import text
from generator.model.loading import parse_group
from generator.text.markdown import inline
from generator.intake.ownership import Authorship
from generator.model.problems import Problem
from generator.checks.reporters import format_markdown, format_text


# Fields of the group file that a form asks for under another name.
_ASKED_AS = {"endorses_guidelines": "endorses"}
_NAMED_FIELD = re.compile(r"«([a-z_]+)»(?: \(([^)]*)\))?")


@dataclass
class Outcome:
    path: str
    form_errors: list[str] = field(default_factory=list)
    personal_details: list[str] = field(default_factory=list)   # what must go before the form is read at all
    problems: list[Problem] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)   # form field id -> the label the volunteer saw
    text: str = ""                                          # the group file the answers make
    authorship: Authorship | None = None                    # who sent it, and whether they maintain the group

    @property
    def valid(self) -> bool:
        return not self.personal_details and not self.form_errors and not has_errors(self.problems)

    @cached_property
    def data(self) -> dict:
        """What the group file the answers make holds (nothing if it cannot be read)."""
        draft, _ = parse_group(self.path, self.text.encode("utf-8")) if self.text else (None, [])
        return {} if draft is None else draft.data


def render_text(outcome: Outcome) -> str:
    if outcome.personal_details:
        lines = [f"skjema: feil: {message}" for message in outcome.personal_details]
        return "\n".join(lines + ["Skrev ingen fil: saken har personopplysninger. Fjern dem først."])
    lines = [f"skjema: feil: {message}" for message in outcome.form_errors]
    lines += [format_text(problem) for problem in outcome.problems]
    lines += [sentence] if outcome.valid and (sentence := _who_sent_it(outcome)) else []
    lines.append(f"Skrev {outcome.path}." if outcome.valid else f"Skrev ikke {outcome.path}: rett feilene over.")
    return "\n".join(lines)


def _who_sent_it(outcome: Outcome) -> str | None:
    return outcome.authorship.sentence() if outcome.authorship else None


def in_form_words(outcome: Outcome) -> list[Problem]:
    """The problems with each field of the group file named as the form asked for it («Prioriterte områder»), and
    a problem with one of the other members prefixed by who it is («Andre medlemmer», medlemsnummer 100871)."""
    return [_reworded(p, outcome) for p in outcome.problems]


def _reworded(problem: Problem, outcome: Outcome) -> Problem:
    where, labels = problem.where, outcome.labels
    if where[:1] == ("members",) and len(where) > 1 and where[1] != 0:
        members = outcome.data.get("members")
        member = members[where[1]] if isinstance(members, list) and where[1] < len(members) else None
        number = text(member.get("member_number")) if isinstance(member, dict) else None
        named = number or f"medlem nummer {where[1] + 1}"
        who = "" if named in problem.message else f", medlemsnummer {number}" if number else f", {named}"
        return replace(problem, message=f"«{labels.get('members', 'Andre medlemmer')}»{who}: {problem.message}")

    def label(match: re.Match) -> str:
        asked = labels.get(_form_field(where, match[1]))
        return f"«{asked}»" if asked else match[0]
    return replace(problem, message=_NAMED_FIELD.sub(label, problem.message))


def _form_field(where: tuple, key: str) -> str:
    """The id of the form field that asks for the file's field `key` at `where`."""
    if where[:1] == ("members",):
        return "contact_member_number"   # the other members were handled before; this is the contact person
    if where[:1] == ("public",) and key in ("email", "phone"):
        return f"public_{key}"
    return _ASKED_AS.get(key, key)


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
    if outcome.form_errors:
        body = ["## Skjemaet må rettes", "", f"Vi kunne ikke lage `{outcome.path}` fra {issue}:", ""]
        body += [f"- {inline(message)}" for message in outcome.form_errors]
    elif not outcome.valid:
        body = ["## Gruppefila blir ikke gyldig", "", f"Slik {issue} er fylt ut, har `{outcome.path}` feil:", "",
                format_markdown(in_form_words(outcome), guide)]
    else:
        body = ["## Takk! Gruppefila er klar", "", f"`{outcome.path}` er laget fra {issue} og er gyldig. "
                "Sekretariatet ser over endringen i en pull request og tar kontakt ved behov."]
        body += ["", sentence] if (sentence := _who_sent_it(outcome)) else []
        if outcome.problems:
            body += ["", format_markdown(in_form_words(outcome), guide)]
    if not outcome.valid:
        body += ["", "Rediger saken (… → Edit) og rett svarene, så prøver vi igjen automatisk."]
    return "\n".join(body) + "\n"
