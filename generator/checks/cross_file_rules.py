"""Rules across all group files of the register."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict

from ..loading import GroupFile
from ..problems import Severity

_FOLD = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "ð": "d", "þ": "th", "ß": "ss", "ł": "l", "đ": "d"})
# Cyrillic and Greek letters drawn like Latin ones (after casefold): "Аmnesty" with a Cyrillic А is "amnesty".
_LOOK_ALIKES = str.maketrans("авеіјкмнорѕтсухαβεικμνορτυχ", "abeijkmhopstcyxabeikmvoptux")


def name_key(name: str) -> str:
    """The name as compared: case, accents, spacing and look-alike letters ignored ("Amnesty Ås" = "amnesty as")."""
    folded = name.casefold().translate(_FOLD).translate(_LOOK_ALIKES)
    stripped = "".join(c for c in unicodedata.normalize("NFKD", folded)
                       if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")  # Cf: zero-width marks
    return " ".join(stripped.split())


def unique_names(groups: list[GroupFile]):
    """§6.1: a group is known by a name no other group has."""
    by_name = defaultdict(list)
    for group in groups:
        name = group.data.get("name")
        if isinstance(name, str) and name.strip():
            by_name[name_key(name)].append(group)
    for clashing in by_name.values():
        if len(clashing) < 2:
            continue
        for group in clashing:
            others = ", ".join(g.path for g in clashing if g is not group)
            yield group.problem(("name",), f"Navnet «{group.data['name']}» er for likt navnet på en annen gruppe "
                                           f"({others}). Velg et navn som skiller gruppene.", "§6.1")


def municipality_key(name: str) -> str:
    """A municipality as compared: case and spacing ignored ("bergen" and "Bergen " are one place)."""
    return " ".join(name.split()).casefold()


def usual_spelling(spellings: list[str]) -> str:
    """The spelling most files use; on a tie, a capitalised one, then the first in alphabetical order."""
    counts = Counter(" ".join(s.split()) for s in spellings)
    return min(counts, key=lambda s: (-counts[s], not s[:1].isupper(), s))


def one_spelling_per_municipality(groups: list[GroupFile]):
    """§6.7: groups in one municipality are shown together, so every file writes it the same way."""
    by_key = defaultdict(list)
    for group in groups:
        municipality = group.data.get("municipality")
        if isinstance(municipality, str) and municipality.strip():
            by_key[municipality_key(municipality)].append((group, municipality))
    for written in by_key.values():
        usual = usual_spelling([municipality for _, municipality in written])
        for group, municipality in written:
            if municipality != usual:
                yield group.problem(("municipality",), f"Kommunen er skrevet «{municipality}» her, men «{usual}» i "
                                    "andre gruppefiler. Skriv den likt, så vises gruppene i kommunen sammen.",
                                    "§6.7", Severity.WARNING)


CROSS_FILE_RULES = (unique_names, one_spelling_per_municipality)
