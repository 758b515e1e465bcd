"""No personal details in a submitted form, looked for before any answer is read.

Everyone who can propose a change reads every issue, so a form's answers must
hold no identity number anywhere, and no e-mail address or phone number outside
the fields made for the group's own. Every stretch of the body is searched as
written (a pasted signature, a repeated heading, text above the first field),
and so is the issue's title. A refusal names the field by its label and the kind
of detail, never the detail itself, so the reply cannot repeat it.
"""

from __future__ import annotations

import re

from generator.intake.issue_forms import Field, Form
from generator.intake.member_lines import bare_member_number
from generator.text.personal_data import (Detail, advice, contact_detail_in, identity_number_in, kind,
                                          personal_detail_in)
from generator.intake.body import NO_RESPONSE, written_sections

_PARTS = re.compile(r"[,;\n]")
_PRONOUN = {Detail.IDENTITY_NUMBER: "det", Detail.EMAIL: "den", Detail.PHONE: "det"}
_OWN = {"public_email": "egen e-postadresse", "public_phone": "eget telefonnummer"}


def personal_details(body: str, form: Form, title: str = "") -> list[str]:
    """What must be removed before the form is read: one Norwegian message a field (or the title) holding it."""
    messages = []
    if title and (detail := personal_detail_in(title)):
        messages.append(f"Tittelen på saken: den ser ut til å ha {kind(detail)}. Rediger tittelen og fjern "
                        f"{_pronoun(detail)}.")
    found: dict[str | None, Detail] = {}
    for field_id, text in written_sections(body, form):
        item = form.field(field_id) if field_id else None
        detail = detail_in(text, member_numbers=item is not None and item.member_numbers,
                           contact_pattern=item.contact_pattern if item else None)
        if detail is not None and found.get(field_id) is not Detail.IDENTITY_NUMBER:
            found[field_id] = detail
    return messages + [_message(form, form.field(field_id) if field_id else None, detail)
                       for field_id, detail in found.items()]


def detail_in(text: str, *, member_numbers: bool = False, contact_pattern: str | None = None) -> Detail | None:
    """The kind of personal detail in an answer. An identity number is never allowed. A field made for the group's
    own e-mail or phone may hold it, shaped as `contact_pattern`, and nothing else; in a field of membership
    numbers, a number written as one run of digits is a membership number, never a phone."""
    if identity_number_in(text):
        return Detail.IDENTITY_NUMBER
    if contact_pattern:
        answer = " ".join(text.split())
        shaped = answer in ("", NO_RESPONSE) or re.match(contact_pattern, answer)
        return None if shaped else contact_detail_in(text)
    if member_numbers:
        text = "\n".join(part for part in _PARTS.split(text) if not bare_member_number(part))
    return contact_detail_in(text)


def _pronoun(detail: Detail) -> str:
    return _PRONOUN[detail]


def what_to_do(detail: Detail, *, member_numbers: bool = False, own_fields: str = "") -> str:
    """What to remove and where the details belong instead; `own_fields` names the group's own e-mail and phone
    fields, where there are some."""
    if detail is Detail.IDENTITY_NUMBER:
        return advice(detail)
    remove = f"Fjern {_pronoun(detail)}"
    if member_numbers:
        return (f"{remove}, og skriv bare medlemsnumre: navn og kontaktinformasjon henter sekretariatet fra "
                "medlemsregisteret.")
    where_own = f", og gruppas egen e-post og telefon har egne felt ({own_fields})" if own_fields else ""
    return f"{remove}: medlemmenes kontaktinformasjon står i medlemsregisteret{where_own}."


def _message(form: Form, item: Field | None, detail: Detail) -> str:
    where = f"«{item.label}»" if item else "Teksten over det første spørsmålet"
    if item and item.contact_pattern and detail is not Detail.IDENTITY_NUMBER:
        own = _OWN.get(item.id, "egen kontaktinformasjon")
        return (f"{where}: svaret har mer enn gruppas {own}. Skriv bare gruppas {own} her, og ingenting annet: "
                "ingen personers kontaktinformasjon.")
    own_fields = ", ".join(f"«{f.label}»" for f in form.fields if f.contact_pattern)
    todo = what_to_do(detail, member_numbers=item is not None and item.member_numbers, own_fields=own_fields)
    return f"{where}: svaret ser ut til å ha {kind(detail)}. {todo}"
