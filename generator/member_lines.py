"""Members written as text: "navn; medlemsnummer; e-post; telefon; fødselsår".

Volunteers write members one a line in an issue form and as `--member` to
`grupper new`. After the name and the membership number, the other parts may
come in any order: each is told by its shape.
"""

from __future__ import annotations

import re

from .schema import EMAIL_PATTERN, PHONE_PATTERN

_SEPARATOR = re.compile(r"\s*[;\t,]\s*")
_NUMBER = re.compile(r"^[0-9][0-9 ]*$")
_YEAR = re.compile(r"^(19|20)[0-9]{2}$")
_BULLET = re.compile(r"^(?:[-*•]|[0-9]+[.)])\s+")


class MemberLineError(ValueError):
    """A member line that cannot be read; the message is Norwegian."""


def parse_member_line(line: str) -> dict:
    """One member's fields from a line of text."""
    parts = [part for part in _SEPARATOR.split(_BULLET.sub("", line.strip())) if part]
    if len(parts) < 2 or not _NUMBER.match(parts[1]):
        raise MemberLineError(f"«{line.strip()}»: skriv navn; medlemsnummer (og eventuelt e-post, telefon, fødselsår).")
    member = {"name": " ".join(parts[0].split()), "member_number": parts[1].replace(" ", "")}
    for part in parts[2:]:
        key, value = _classify(part)
        if key is None or key in member:
            raise MemberLineError(f"«{line.strip()}»: skjønner ikke «{part}». Skriv e-post, telefon eller fødselsår.")
        member[key] = value
    return member


def _classify(part: str) -> tuple[str | None, object]:
    if re.match(EMAIL_PATTERN, part):
        return "email", part
    if _YEAR.match(part):
        return "birth_year", int(part)
    if re.match(PHONE_PATTERN, part):
        return "phone", part
    return None, part


def find_member(members: list[dict], reference: str) -> dict | None:
    """The member a role answer points at, by membership number or by name (case ignored)."""
    wanted = reference.replace(" ", "") if _NUMBER.match(reference) else reference.casefold()
    for member in members:
        if wanted in (member.get("member_number"), " ".join((member.get("name") or "").split()).casefold()):
            return member
    return None
