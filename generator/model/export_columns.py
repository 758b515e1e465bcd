"""The columns of a membership register export: every heading an office may write, Norwegian or English.

Headings are compared as `heading_key` makes them: without regard to case,
accents, spaces, hyphens, underscores and dots, so «Fødselsår», «fodselsar» and
«Birth_Year» are one column. A heading is not personal data and may be named in
a message; a cell under it never is.
"""

from __future__ import annotations

import re
import unicodedata

MEMBER_NUMBER = "member_number"
NAME = "name"
FIRST_NAME = "first_name"
LAST_NAME = "last_name"
EMAIL = "email"
PHONE = "phone"
BIRTH_YEAR = "birth_year"
BIRTH_DATE = "birth_date"

HEADINGS: dict[str, tuple[str, ...]] = {   # each column's headings, the first as the guide names it
    MEMBER_NUMBER: ("Medlemsnummer", "Medlemsnr", "Medlnr", "Medlemnr", "Medlems-ID", "member_number",
                    "Member number", "Member no", "Membership number", "Membership no", "Member ID"),
    NAME: ("Navn", "Fullt navn", "Fullstendig navn", "name", "Full name"),
    FIRST_NAME: ("Fornavn", "First name", "Given name"),
    LAST_NAME: ("Etternavn", "Last name", "Surname", "Family name"),
    EMAIL: ("E-post", "E-postadresse", "Epost", "email", "E-mail", "E-mail address", "Mail"),
    PHONE: ("Telefon", "Telefonnummer", "Tlf", "Tlf.nr", "Mobil", "Mobilnummer", "Mobiltelefon", "Mobilnr",
            "phone", "Phone number", "Mobile", "Mobile phone", "Mobile number", "Cell phone"),
    BIRTH_YEAR: ("Fødselsår", "Født år", "birth_year", "Birth year", "Year of birth"),
    BIRTH_DATE: ("Fødselsdato", "Født", "Født dato", "Birth date", "Date of birth", "Birthday", "DOB"),
}

PERSONAL = frozenset(HEADINGS) - {MEMBER_NUMBER}   # what a member number beside makes a list of people
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "ð": "d", "þ": "th", "ß": "ss", "đ": "d", "ł": "l"})
_IGNORED = re.compile(r"[\s\-_.]+")


def heading_key(heading: str) -> str:
    """A heading as compared: folded case, no accents, no spaces, hyphens, underscores or dots."""
    folded = _IGNORED.sub("", heading.casefold())
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded.translate(_LETTERS))
                   if not unicodedata.combining(c))


_COLUMN_OF = {heading_key(heading): column for column, headings in HEADINGS.items() for heading in headings}
_LONGEST = 2 * max(len(heading) for headings in HEADINGS.values() for heading in headings)


def column_of(heading: str) -> str | None:
    """The column a heading names, or None for one the register does not use."""
    return _COLUMN_OF.get(heading_key(heading)) if len(heading) <= _LONGEST else None


def accepted_headings(column: str) -> str:
    """The headings of a column as a message lists them."""
    return ", ".join(f"«{heading}»" for heading in HEADINGS[column])
