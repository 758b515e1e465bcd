"""Personal details written into text: national identity numbers, e-mail addresses and phone numbers.

Everyone who can propose a change reads every group file and issue, so a text
must not hold a fødselsnummer or D-number (11 digits with valid check digits,
found by python-stdnum), nor a person's e-mail address or phone number (phones
found by Google's libphonenumber, as Norwegian numbers or with a country code).
The finder returns what kind of detail it saw, never the detail itself, so no
message can repeat it.
"""

from __future__ import annotations

import re
from enum import Enum

import phonenumbers
from stdnum.no import fodselsnummer

_ELEVEN_DIGITS = re.compile(r"(?<![0-9])([0-9]{6})[ .-]?([0-9]{5})(?![0-9])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_DIGIT = re.compile(r"[0-9]")
PHONE_DIGITS = 8   # a Norwegian number; shorter digit runs (years, times, counts) are never looked at


class Detail(str, Enum):
    IDENTITY_NUMBER = "fødselsnummer eller D-nummer"
    EMAIL = "e-postadresse"
    PHONE = "telefonnummer"


def identity_number_in(text: str) -> bool:
    return any(fodselsnummer.is_valid(a + b) for a, b in _ELEVEN_DIGITS.findall(text))


def contact_detail_in(text: str) -> Detail | None:
    if _EMAIL.search(text):
        return Detail.EMAIL
    if len(_DIGIT.findall(text)) >= PHONE_DIGITS and _has_phone_number(text):
        return Detail.PHONE
    return None


def personal_detail_in(text: str) -> Detail | None:
    """The first kind of personal detail in `text`, the identity number before the rest."""
    return Detail.IDENTITY_NUMBER if identity_number_in(text) else contact_detail_in(text)


def _has_phone_number(text: str) -> bool:
    matcher = phonenumbers.PhoneNumberMatcher(text, "NO", leniency=phonenumbers.Leniency.VALID)
    return matcher.has_next()


def advice(detail: Detail) -> str:
    """What to do instead, in the words the forms and messages share."""
    if detail is Detail.IDENTITY_NUMBER:
        return "Fjern fødselsnummeret eller D-nummeret: det skal aldri stå i registeret."
    return ("Skriv ikke kontaktinformasjon om personer her: medlemmenes kontaktinformasjon står i "
            "medlemsregisteret, og gruppas egen e-post og telefon i feltene email og phone under public.")
