"""Names as the register compares them, and the ASCII slugs made from them (ids, anchors).

"Amnesty Ås" and "amnesty as" are the same name; both give the id amnesty-as.
"""

from __future__ import annotations

import re
import unicodedata

import regex

_FOLD = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "ð": "d", "þ": "th", "ß": "ss", "ł": "l", "đ": "d",
                       "ŧ": "t", "ŋ": "n"})   # the last two: Sámi letters with no accent to strip
# Cyrillic and Greek letters drawn like Latin ones (after casefold): "Аmnesty" with a Cyrillic А is "amnesty".
_LOOK_ALIKES = str.maketrans("авеіјкмнорѕтсухαβεικμνορτυχ", "abeijkmhopstcyxabeikmvoptux")
# What a reader cannot see, as the body of a character class for the `regex` module: Unicode's
# Default_Ignorable_Code_Point (DerivedCoreProperties.txt: soft hyphen, combining grapheme joiner, zero-width spaces
# and joiners, direction marks, Hangul fillers, variation selectors, tag characters) and the braille blank U+2800,
# drawn as nothing though not default-ignorable.
INVISIBLE = r"\p{Default_Ignorable_Code_Point}\u2800"
_BLANKS = regex.compile(r"[\u115f\u1160\u2800]")   # drawn as a space: the Hangul fillers (after NFKD) and U+2800
_INVISIBLE = regex.compile(f"[{INVISIBLE}]+")


def name_key(name: str) -> str:
    """The name as compared: case, accents, spacing, look-alike letters and invisible characters ignored
    ("Amnesty Ås" = "amnesty as" = "Amnesty Ås" with a U+034F after the y, or U+3164 for the space)."""
    folded = name.casefold().translate(_FOLD).translate(_LOOK_ALIKES)
    visible = _INVISIBLE.sub("", _BLANKS.sub(" ", unicodedata.normalize("NFKD", folded)))
    stripped = "".join(c for c in visible if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    return " ".join(stripped.split())


def slug(name: str) -> str:
    """The name as lowercase ASCII letters and digits joined by hyphens: "Amnesty Ås" is amnesty-as."""
    return re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-")
