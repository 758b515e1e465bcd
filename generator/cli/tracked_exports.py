"""Tracked files that look like a membership register export: listed by Git, their heads read here, judged by
`model/export_guard.py`. Outside a Git repository (or without Git) there is nothing tracked to look at."""

from __future__ import annotations

import subprocess
from pathlib import Path

from generator.cli.common import display_path
from generator.model.export_guard import (FICTIONAL_EXPORTS, HEAD_BYTES, WORKBOOK_BYTES, looks_like_export,
                                          needs_whole_file)
from generator.model.problems import Problem, Severity
from generator.model.rules import Rule

COMMITTED_EXPORT = ("Fila ser ut som et uttrekk fra medlemsregisteret (medlemsnumre ved siden av navn, e-post, "
                    "telefon eller fødselsår). Slike opplysninger skal aldri ligge i Git: fjern fila med "
                    "«git rm --cached», og si fra til sekretariatet hvis den allerede er sendt til GitHub.")


def tracked_exports(folder: Path) -> list[Problem]:
    """A problem at line 1 of each tracked file of the repository holding `folder` that looks like an export."""
    top = _git(folder, "rev-parse", "--show-toplevel")
    if top is None:
        return []
    root = Path(top.strip())
    listed = _git(root, "ls-files", "-z") or ""
    return [Problem(display_path(root / name), 1, 1, Severity.ERROR, COMMITTED_EXPORT, Rule.MEMBERSHIP)
            for name in listed.split("\0") if name and name not in FICTIONAL_EXPORTS and is_export(root / name)]


def _git(folder: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, encoding="utf-8",
                              check=False)
    except OSError:
        return None
    return done.stdout if done.returncode == 0 else None


def is_export(path: Path) -> bool:
    if path.is_symlink():
        return False
    try:
        with path.open("rb") as file:
            head = file.read(HEAD_BYTES)
            whole = len(head) < HEAD_BYTES
            if needs_whole_file(head) and path.stat().st_size <= WORKBOOK_BYTES:
                head, whole = head + file.read(), True
    except OSError:
        return False
    return looks_like_export(head, whole=whole)
