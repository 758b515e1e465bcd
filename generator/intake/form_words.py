"""A problem in the group file a form makes, said in the form's own words.

`validate` speaks of the file: its lines and keys (`municipality`, `planned`). The
volunteer who sent a form saw fields with labels («Kommune», «Planlagt aktivitet 2:
dato»), so `from-issue` names each problem by the field that asked for the value it is
about, found from the problem's place in the file's data; what no field asked for, by
the part of the form it belongs to. The message names fields by their labels and says
what to write; the few checks whose advice speaks of the file's keys or values have it
said again here, in the form's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.intake.answers import Answers
from generator.intake.convert import answered_slots
from generator.intake.issue_forms import Field, Form
from generator.model.access import text
from generator.model.problems import DataPath, Problem, Severity
from generator.model.rules import Rule
from generator.text.quoting import NAMED_FIELD

# The form field that asks for each field of the group file that has one place in it.
_ASKED = {
    ("name",): "name", ("category",): "category", ("region",): "region", ("municipality",): "municipality",
    ("institution",): "institution", ("theme",): "theme", ("student_council",): "student_council",
    ("priority_areas",): "priority_areas", ("endorses_guidelines",): "endorses", ("open_to_new_members",): "endorses",
    ("public", "description"): "description", ("public", "email"): "public_email",
    ("public", "phone"): "public_phone", ("public", "website"): "website", ("public", "instagram"): "instagram",
    ("public", "facebook"): "facebook", ("public", "meets"): "meets", ("members",): "members",
    ("closed", "date"): "closed_date", ("closed", "reason"): "reason",
}
# Which part of an activity's slot in the form asks for each field of an activity.
_ACTIVITY_PART = {"date": "date", "type": "type", "title": "title", "signatures": "signatures", "place": "place",
                  "start": "time", "end": "time", "public": "public"}
_SECTIONS = {("public",): "Offentlig informasjon"}      # the prefix the form's labels of that part begin with
_MISSING = re.compile(r"^Feltet «([^»]+)» mangler her\. Legg det til\.")


@dataclass(frozen=True)
class FormProblem:
    """A problem as the reply on a form says it: where in the form, and what is wrong and what to write."""
    place: str                  # a field's label, or the part of the form (a prefix of its labels, or its name)
    message: str
    severity: Severity
    rule: Rule | None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


@dataclass(frozen=True)
class Place:
    """Where in the form: a field, or a part of the form that holds several."""
    label: str                  # the field's label, or the prefix of the part's labels, or the form's name
    item: Field | None = None   # the field, when the place is one

    @classmethod
    def of(cls, item: Field) -> Place:
        return cls(item.label, item)


class FormWords:
    """The places of a form's answers in the group file they make, and the problems there in the form's words."""

    def __init__(self, form: Form, answers: Answers, data: dict):
        self.form = form
        self.vocab = answers.vocab
        self.data = data
        self.asked = self._asked_paths(answers)

    def problems(self, problems: list[Problem]) -> list[FormProblem]:
        """Each problem once in the form's words: two that say the same of one field (the one checkbox that gives
        two fields of the file) are one, under the first one's rule."""
        said = {}
        for problem in map(self._said, problems):
            said.setdefault((problem.place, problem.message, problem.severity), problem)
        return list(said.values())

    def _said(self, problem: Problem) -> FormProblem:
        place = self._place(problem.where, problem.message)
        message = NAMED_FIELD.sub(lambda match: self._label_of(problem.where, match), problem.message)
        for pattern, reworded in _REWORDED:
            message = pattern.sub(lambda match: reworded(match, self), message)
        message = message.replace(f" i «{place.label}»", "")    # the reply names the field before the message
        missing = _MISSING.match(message)
        if missing and place.item and missing[1] == place.label:
            message = f"Svaret mangler. {_how_to_answer(place.item)}{message[missing.end():]}".strip()
        return FormProblem(place.label, self._who(problem.where, message), problem.severity, problem.rule)

    def label(self, field_id: str) -> str:
        return self.form.field(field_id).label

    def _place(self, where: DataPath, message: str) -> Place:
        """The field that asked for what the problem is about (for a missing field: the one the message names), or
        else the part of the form it belongs to, or the form itself."""
        named = [where + (key,) for key, _ in NAMED_FIELD.findall(message)]
        paths = named + [where[:n] for n in range(len(where), 0, -1)]
        return next((self.asked[path] for path in paths if path in self.asked), Place(self.form.name))

    def _label_of(self, where: DataPath, match: re.Match) -> str:
        """«key» (title), a field of the file a message names, as the label of the form field that asked for it:
        a field the problem is about, one inside it (a missing one), or one at the top of the file."""
        key = match[1]
        paths = [where + (key,), (key,)] + ([where[:where.index(key) + 1]] if key in where else [])
        asked = next((self.asked[path] for path in paths if path in self.asked and self.asked[path].item), None)
        return f"«{asked.label}»" if asked else match[0]

    def _who(self, where: DataPath, message: str) -> str:
        """A problem with one of the other members begins with the member's number, the one thing the form and the
        reply both show of them."""
        if where[:1] != ("members",) or len(where) < 2 or not isinstance(where[1], int) or where[1] == 0:
            return message
        members = self.data.get("members")
        member = members[where[1]] if isinstance(members, list) and where[1] < len(members) else None
        number = text(member.get("member_number")) if isinstance(member, dict) else None
        if number is None or number in message:
            return message
        return f"Medlemsnummer {number}: {message}"

    def _asked_paths(self, answers: Answers) -> dict[DataPath, Place]:
        """Each place in the group file that a field of the form asked for, or that a part of the form stands for."""
        ids = {item.id for item in self.form.fields}
        asked = {path: Place.of(self.form.field(field_id)) for path, field_id in _ASKED.items() if field_id in ids}
        asked.update({path: Place(name) for path, name in _SECTIONS.items()
                      if any(item.label.startswith(f"{name}:") for item in self.form.fields)})
        members = self.data.get("members")
        if "contact_member_number" in ids and isinstance(members, list):
            for i in range(len(members)):     # the contact person first, then the others; roles have their fields
                asked[("members", i)] = Place.of(self.form.field("members" if i else "contact_member_number"))
                asked[("members", i, "roles")] = Place.of(self.form.field("role_leader"))
        asked.update(self._report_paths(answers, ids))
        return asked

    def _report_paths(self, answers: Answers, ids: set[str]) -> dict[DataPath, Place]:
        """The report a form adds is the last of the group's reports; its n-th activity of a kind came from the
        n-th slot of that kind the volunteer filled in."""
        reports = self.data.get("reports")
        if "quarter" not in ids or not isinstance(reports, list) or not reports:
            return {}
        last = len(reports) - 1
        quarter = Place.of(self.form.field("quarter"))
        asked = {("reports", last, "quarter"): quarter, ("reports", last, "submitted"): quarter,
                 ("reports", last, "recruited"): Place.of(self.form.field("recruited"))}
        for kind in ("completed", "planned"):
            for j, slot in enumerate(answered_slots(answers, kind)):
                parts = {item.id.removeprefix(f"{slot}_"): item for item in self.form.fields
                         if item.id.startswith(f"{slot}_")}
                asked[("reports", last, kind, j)] = Place(parts["type"].label.rsplit(": ", 1)[0])
                asked.update({("reports", last, kind, j, key): Place.of(parts[part])
                              for key, part in _ACTIVITY_PART.items() if part in parts})
        return asked


def _how_to_answer(item: Field) -> str:
    """What to do with a field left empty."""
    if item.kind == "checkboxes":
        one = len(item.options) == 1
        return f"Kryss av for «{item.options[0]}»." if one else "Kryss av for minst ett av valgene."
    if item.kind == "dropdown":
        return "Velg et av valgene."
    return f"Fyll ut feltet: {item.description}" if item.description else "Fyll ut feltet."


def _region_advice(match: re.Match, words: FormWords) -> str:
    region = words.vocab.label("regions", match[1])
    return f"Velg {region} under «{words.label('region')}», eller rett «{words.label('municipality')}»."


# What a check advises in the file's words, and the same advice in the form's. Each names the check it answers.
_REWORDED: tuple[tuple[re.Pattern, Callable[[re.Match, FormWords], str]], ...] = (
    # municipality_rules._other_region: the region is chosen from the form's list, by its label
    (re.compile(r"Rett region til «([a-z]+)», eller rett kommunen\."), _region_advice),
    # group_rules.report_dates
    (re.compile(r"flytt aktiviteten til planned\."), lambda m, w: "skriv den som planlagt aktivitet i stedet."),
    # group_rules.activity_times
    (re.compile(r"Rett end eller start, eller fjern end hvis aktiviteten varer over midnatt\."),
     lambda m, w: "Rett klokkeslettet, eller skriv bare når aktiviteten begynner hvis den varer over midnatt."),
    # group_rules.reachable
    (re.compile(r"den har verken e-post \(email\), telefon \(phone\), nettside \(website\), Instagram eller "
                r"Facebook under public"),
     lambda m, w: "skjemaet har ingen e-post, telefon, nettside, Instagram eller Facebook for gruppa"),
    # group_rules.category_fields
    (re.compile(r"institution brukes for studentgrupper \(lærested\) og ungdomsgrupper \(skole\)\. Fjern feltet, "
                r"eller velg riktig kategori\."),
     lambda m, w: f"Feltet gjelder bare studentgrupper (lærested) og ungdomsgrupper (skole). La det stå tomt, eller "
                  f"velg riktig «{w.label('category')}»."),
    # export_rules: a member's own address among the public details
    (re.compile(r"Alt under public vises offentlig"),
     lambda m, w: "Alt under «Offentlig informasjon» vises offentlig"),
    # schema_check: an empty list (no priority area ticked)
    (re.compile(r"Lista «[^»]+» kan ikke være tom\. Legg til minst ett element\."),
     lambda m, w: "Kryss av for minst ett av valgene."),
)
