"""Each group file's history from Git: every commit that touched it, renames followed.

One `git log --name-status -M` over the whole folder instead of one `git log
--follow` per file: the same answer (a rename carries the older commits over to
the new name) in one process, so ten thousand files cost one call. Outside a Git
repository, or without git, every history is empty.
"""

from __future__ import annotations

import subprocess
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

_FIELD = "\x1f"
_COMMIT = "\x1e"
_FORMAT = f"{_COMMIT}%H{_FIELD}%aI{_FIELD}%an{_FIELD}%s"


@dataclass(frozen=True)
class Commit:
    sha: str
    date: date
    author: str
    message: str


def file_histories(directory: Path) -> dict[Path, list[Commit]]:
    """Each file's commits, newest first, by the file's absolute path."""
    base = directory.resolve()
    return {base / name: commits for name, commits in _parse_log(_git_log(base)).items()}


def _git_log(directory: Path) -> str:
    command = ["git", "log", "-M", "--relative", "--name-status", f"--format={_FORMAT}", "--", "."]
    try:
        result = subprocess.run(command, cwd=directory, capture_output=True, text=True, encoding="utf-8",
                                check=False)
    except (OSError, ValueError):
        return ""
    return result.stdout if result.returncode == 0 else ""


def _parse_log(output: str) -> dict[str, list[Commit]]:
    histories: dict[str, list[Commit]] = defaultdict(list)
    later_name: dict[str, str] = {}      # an older name -> the file's name today
    for block in output.split(_COMMIT)[1:]:
        header, _, changes = block.partition("\n")
        sha, when, author, message = header.split(_FIELD, 3)
        commit = Commit(sha, date.fromisoformat(when[:10]), author, message)
        for line in changes.splitlines():
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            current = later_name.get(parts[-1], parts[-1])
            histories[current].append(commit)
            if parts[0].startswith(("R", "C")) and len(parts) == 3:
                later_name[parts[1]] = current
    return dict(histories)
