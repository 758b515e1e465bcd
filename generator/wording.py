"""Norwegian wording shared by messages: lists read "a, b og c"."""

from __future__ import annotations


def norwegian_list(items: list[str]) -> str:
    """The items as a Norwegian list: "a", "a og b", "a, b og c"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} og {items[-1]}"
