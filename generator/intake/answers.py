"""A submitted form's answers, read as the values a group file holds.

Reading collects what cannot be understood as Norwegian messages naming the
field, so the volunteer sees every mistake in one comment.
"""

from __future__ import annotations

import re

from generator.intake.issue_forms import Form
from generator.model.quarters import parse_date
from generator.model.vocabulary import Vocabularies
from generator.text.quoting import quoted
from generator.intake.body import checked, repeated_fields, split_answers

_NUMBER = re.compile(r"^[0-9]+$")
_CLOCK = r"(?:kl\.?\s*)?([0-9]{1,2})(?:[:.]([0-9]{2}))?"
_TIMES = re.compile(rf"^{_CLOCK}(?:\s*(?:-|–|—|til)\s*{_CLOCK})?$", re.IGNORECASE)


def said(answer: str) -> str:
    """An answer repeated in a message: quoted when that is safe, else «svaret» (the reply names the field)."""
    return quoted(answer, "svaret")


class Answers:
    def __init__(self, body: str, form: Form, vocab: Vocabularies):
        self.form = form
        self.vocab = vocab
        self.raw = split_answers(body, form)
        self.errors: list[str] = []
        self.notes: list[str] = []      # how an answer was read, where that is worth saying («Kvartal»)
        for field_id in repeated_fields(body, form):
            self.error(field_id, "overskriften står flere ganger i saken. Fjern den som er skrevet inn i et svar.")

    def error(self, field_id: str, message: str) -> None:
        self.errors.append(f"«{self.form.field(field_id).label}»: {message}")

    def note(self, field_id: str, message: str) -> None:
        self.notes.append(f"«{self.form.field(field_id).label}»: {message}")

    def text(self, field_id: str) -> str | None:
        """A one-line answer with its spacing tidied, None if empty."""
        return " ".join(self.raw[field_id].split()) or None

    def lines(self, field_id: str) -> list[str]:
        return [line.strip() for line in self.raw[field_id].split("\n") if line.strip()]

    def paragraphs(self, field_id: str) -> str | None:
        """A multi-line answer as written, with a final newline (a YAML literal block)."""
        text = self.raw[field_id].strip()
        return text + "\n" if "\n" in text else text or None

    def choice(self, field_id: str) -> str | None:
        """The vocabulary key of a dropdown answer, None if empty."""
        label = self.text(field_id)
        if label is None:
            return None
        keys = self._keys_by_label(field_id)
        if label.casefold() not in keys:
            self.error(field_id, f"{said(label)} er ikke et av valgene.")
        return keys.get(label.casefold())

    def choices(self, field_id: str) -> list[str]:
        """The vocabulary keys of the ticked checkboxes, in the vocabulary's order."""
        keys = self._keys_by_label(field_id)
        ticked = {label.casefold() for label in checked(self.raw[field_id])}
        for label in ticked - set(keys):
            self.error(field_id, f"{said(label)} er ikke et av valgene.")
        return [key for label, key in keys.items() if label in ticked]

    def confirmed(self, field_id: str) -> bool:
        return bool(checked(self.raw[field_id]))

    def yes_no(self, field_id: str) -> bool | None:
        answer = self.text(field_id)
        if answer is None:
            return None
        if answer.casefold() not in ("ja", "nei"):
            self.error(field_id, f"{said(answer)} er ikke et av valgene (Ja eller Nei).")
        return answer.casefold() == "ja"

    def date(self, field_id: str) -> str | None:
        answer = self.text(field_id)
        if answer is not None and parse_date(answer) is None:
            self.error(field_id, f"{said(answer)} er ikke en dato. Skriv ÅÅÅÅ-MM-DD, for eksempel 2026-09-03.")
            return None
        return answer

    def integer(self, field_id: str) -> int | None:
        answer = self.text(field_id)
        if answer is None:
            return None
        digits = answer.replace(" ", "")
        if not _NUMBER.match(digits):
            self.error(field_id, f"{said(answer)} er ikke et tall.")
            return None
        return int(digits)

    def times(self, field_id: str) -> tuple[str | None, str | None]:
        """A start and an optional end time written "18:00", "18.00-20.00" or "kl. 18 til 20", as HH:MM."""
        answer = self.text(field_id)
        if answer is None:
            return None, None
        match = _TIMES.match(answer)
        hours_minutes = [(int(match[n]), int(match[n + 1] or 0)) for n in (1, 3) if match[n]] if match else []
        if not hours_minutes or any(hours > 23 or minutes > 59 for hours, minutes in hours_minutes):
            self.error(field_id, f"{said(answer)} er ikke et klokkeslett. Skriv når aktiviteten begynner, og gjerne "
                                 "når den slutter, for eksempel 18:00 eller 18:00-20:00.")
            return None, None
        clock = [f"{hours:02d}:{minutes:02d}" for hours, minutes in hours_minutes]
        return clock[0], (clock[1] if len(clock) > 1 else None)

    def _keys_by_label(self, field_id: str) -> dict[str, str]:
        vocabulary = getattr(self.vocab, self.form.field(field_id).vocabulary)
        return {term.label.casefold(): key for key, term in vocabulary.items()}
