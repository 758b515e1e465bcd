"""Municipalities as the register compares them: one place, however each group file writes it.

Volunteers write "Bergen", "bergen" or "Bergen " for one municipality. The public
site shows the groups of a place together (§6.7), and the validator asks for one
spelling, so both use the comparison and the spelling chosen here.
"""

from __future__ import annotations

from collections import Counter


def spaced(name: str) -> str:
    """The name with single spaces and none around it."""
    return " ".join(name.split())


def municipality_key(name: str) -> str:
    """A municipality as compared: case and spacing ignored."""
    return spaced(name).casefold()


def usual_spelling(spellings: list[str]) -> str:
    """The spelling to show: capitalised ("Bergen") before lowercase or all capitals, then the one most files
    use, then alphabetical."""
    counts = Counter(spaced(s) for s in spellings)
    return min(counts, key=lambda s: (not s[:1].isupper(), len(s) > 1 and s.isupper(), -counts[s], s))


def usual_spellings(spellings: list[str]) -> dict[str, str]:
    """Each spelling written (as written) -> the usual spelling of its municipality."""
    by_key: dict[str, list[str]] = {}
    for spelling in spellings:
        by_key.setdefault(municipality_key(spelling), []).append(spelling)
    return {spelling: usual_spelling(same) for same in by_key.values() for spelling in same}
