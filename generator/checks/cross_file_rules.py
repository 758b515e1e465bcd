"""Rules across all group files of the register."""

from __future__ import annotations

from collections import defaultdict

from generator.model.loading import GroupFile
from generator.text.names import name_key
from generator.text.quoting import quoted
from generator.model.rules import Rule

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
            yield group.problem(("name",), f"Navnet {quoted(group.data['name'], 'her')} er for likt navnet på en "
                                           f"annen gruppe ({others}). Velg et navn som skiller gruppene.", Rule.REGISTRATION)
