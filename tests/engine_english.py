"""The English lines MkDocs, its live-reload server, Zensical and Pagefind print by themselves, to be sought in our
output."""

from __future__ import annotations

import re

ENGLISH_ENGINE_LINE = re.compile("|".join((
    r"A 'dirty' build", r"Documentation built in", r"Building documentation", r"Cleaning site directory",
    r"Serving on ", r"Watching paths", r"Detected file changes", r"Reloading browsers", r"Browser connected",
    r"stale files", r"An error happened during the rebuild", r'" code \d{3}', r"^(INFO|WARNING|ERROR)\b",
    r"^Traceback", r"^(Warning|Error):", r"issues? found", r"Build (started|finished)", r"^Serving \S+ on ",
    r"^Reloading\.\.\.",
)), re.M)


def english_engine_lines(printed: str) -> list[str]:
    """The lines of `printed` that are an engine's English message."""
    return [line for line in printed.splitlines() if ENGLISH_ENGINE_LINE.search(line)]
