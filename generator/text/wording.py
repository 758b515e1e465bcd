"""Norwegian wording shared by messages: counts with the right noun, lists read "a, b og c"."""

from __future__ import annotations


def norwegian_list(items: list[str]) -> str:
    """The items as a Norwegian list: "a", "a og b", "a, b og c"."""
    return _joined(items, "og")


def norwegian_alternatives(items: list[str]) -> str:
    """The items as Norwegian alternatives: "a", "a eller b", "a, b eller c"."""
    return _joined(items, "eller")


def _joined(items: list[str], last: str) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {last} {items[-1]}"


def count(number: int, one: str, many: str) -> str:
    """A number and its noun: "1 advarsel", "2 advarsler"."""
    return f"{number} {one if number == 1 else many}"
