"""Names as the register compares them, and the ASCII slugs made from them (ids, anchors).

"Amnesty Ås" and "amnesty as" are the same name; both give the id amnesty-as.
"""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "ð": "d", "þ": "th", "ß": "ss", "ł": "l", "đ": "d",
                       "ŧ": "t", "ŋ": "n"})   # the last two: Sámi letters with no accent to strip
# Cyrillic and Greek letters drawn like Latin ones (after casefold): "Аmnesty" with a Cyrillic А is "amnesty".
_LOOK_ALIKES = str.maketrans("авеіјкмнорѕтсухαβεικμνορτυχ", "abeijkmhopstcyxabeikmvoptux")


def name_key(name: str) -> str:
    """The name as compared: case, accents, spacing and look-alike letters ignored ("Amnesty Ås" = "amnesty as")."""
    folded = name.casefold().translate(_FOLD).translate(_LOOK_ALIKES)
    stripped = "".join(c for c in unicodedata.normalize("NFKD", folded)
                       if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")  # Cf: zero-width marks
    return " ".join(stripped.split())


def slug(name: str) -> str:
    """The name as lowercase ASCII letters and digits joined by hyphens: "Amnesty Ås" is amnesty-as."""
    return re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-")
