"""Members written as text: one membership number a line.

Volunteers write members one a line in an issue form and as `--member` to
`grupper new`, and name who holds a role by membership number. A member is only
a number: a name, an e-mail address, a phone number or a birth year belongs in
the membership register, so a line holding anything else is refused, and the
message never repeats what the line holds (it may be a person's details).
"""

from __future__ import annotations

import re

from generator.model.schema import MEMBER_NUMBER_PATTERN

_BULLET = re.compile(r"^(?:[-*•]|[0-9]+[.)])\s+")
ONLY_NUMBERS = ("skriv bare medlemsnummeret, med sifre. Navn, e-post, telefon og fødselsår skal ikke stå her: "
                "sekretariatet henter dem fra medlemsregisteret.")


class MemberLineError(ValueError):
    """A member line that is no membership number; the message is Norwegian and quotes nothing of the line."""


def member_number(text: str) -> str | None:
    """The membership number `text` is (a list bullet and spaces allowed), None if it is anything else."""
    number = "".join(_BULLET.sub("", text.strip()).split())
    return number if re.match(MEMBER_NUMBER_PATTERN, number) else None


def bare_member_number(text: str) -> bool:
    """A membership number written as one run of digits (after a list bullet): the forms ask for exactly that, so
    it is never taken for a phone number, however long; digits written in groups may be one."""
    return bool(re.match(MEMBER_NUMBER_PATTERN, _BULLET.sub("", text.strip())))


def parse_member_line(line: str) -> dict:
    """One member from a line of text: its membership number, or MemberLineError."""
    number = member_number(line)
    if number is None:
        raise MemberLineError(ONLY_NUMBERS)
    return {"member_number": number}


def find_member(members: list[dict], reference: str) -> dict | None:
    """The member a role answer points at, by membership number only."""
    wanted = member_number(reference)
    return next((member for member in members if wanted and member.get("member_number") == wanted), None)
