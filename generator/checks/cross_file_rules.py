"""Rules across all group files of the register."""

from __future__ import annotations

from collections import defaultdict

from ..loading import GroupFile
from ..municipalities import spaced, usual_spellings
from ..names import name_key
from ..problems import Severity
from .access import is_closed

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


def one_spelling_per_municipality(groups: list[GroupFile]):
    """§6.7: the active groups of a municipality are shown together, so every file writes it the same way."""
    written = [(group, m) for group in groups if not is_closed(group.data)
               if isinstance(m := group.data.get("municipality"), str) and m.strip()]
    usual = usual_spellings([municipality for _, municipality in written])
    for group, municipality in written:
        spelling = usual[municipality]
        if spaced(municipality) != spelling:
            others = sum(1 for _, other in written if spaced(other) == spelling)
            where = "en annen gruppefil" if others == 1 else "andre gruppefiler"
            yield group.problem(("municipality",), f"Kommunen er skrevet «{municipality}» her, men «{spelling}» i "
                                f"{where}. Skriv den likt, så vises gruppene i kommunen sammen.", "§6.7",
                                Severity.WARNING)


CROSS_FILE_RULES = (unique_names, one_spelling_per_municipality)
