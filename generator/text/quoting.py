"""What a volunteer wrote, repeated in a message only when that is safe.

A message travels further than the file or form it is about (a reply on an
issue, a CI log, a status page), so it may quote a value only when the value is
short and holds nothing personal; otherwise it names the field instead. Every
message that quotes a written value goes through `quoted`.
"""

from __future__ import annotations

import re

from generator.text.personal_data import personal_detail_in

MAX_QUOTED_LENGTH = 100   # about a line of a message
# More digits than a date has: a phone number with its country code, an identity number split by spaces.
MAX_QUOTED_DIGITS = 8
# How a message names a field of the file: «key», perhaps followed by its title in brackets, «email» (e-post).
# `new` and the form replies find these to name the question or the form field instead.
NAMED_FIELD = re.compile(r"«([a-z_]+)»(?: \(([^)]*)\))?")


def quoted(value: object, instead: str = "verdien") -> str:
    """«value», its invisible characters shown as codes; `instead` when it is long or may hold a personal detail."""
    text = str(value)
    if (len(text) > MAX_QUOTED_LENGTH or sum(c.isdigit() for c in text) > MAX_QUOTED_DIGITS
            or personal_detail_in(text) is not None):
        return instead
    return f"«{visible(text)}»"


def nearest_field(path: tuple) -> str | None:
    """The name of the field nearest a value at `path` (keys and list indexes) that a message may repeat: a key
    may hold anything a value can."""
    return next((part for part in reversed(path) if isinstance(part, str) and quoted(part, "")), None)


def visible(text: str) -> str:
    """`text` with every character that prints as nothing (a line break, a zero-width space) written as its code."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
