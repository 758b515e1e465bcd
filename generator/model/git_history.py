"""Each group file's history from Git: every commit that touched it, renames followed, and how much of it this
checkout holds.

One `git log --name-status -M` over the whole folder instead of one `git log
--follow` per file: the same answer (a rename carries the older commits over to
the new name) in one process, so ten thousand files cost one call. Outside a Git
repository, or without git, there is no history at all (`Histories.read` is
false); in a shallow clone a file the clone's boundary commit (a graft) holds
lacks the older ones (`FileHistory.cut`), and the boundary itself is left out: without
its parent Git lists every file there as added, changed or not. The history is shown, never
used to decide anything: nothing the register says may depend on how much of it
a checkout has.
"""

from __future__ import annotations

import subprocess
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

_FIELD = "\x1f"
_COMMIT = "\x1e"
# %D with every ref left out names only a shallow clone's boundary commit: "grafted".
_FORMAT = f"{_COMMIT}%H{_FIELD}%aI{_FIELD}%an{_FIELD}%D{_FIELD}%s"
_NO_REFS = "--decorate-refs=refs/grupper/none"
_GRAFTED = "grafted"


@dataclass(frozen=True)
class Commit:
    sha: str
    date: date
    author: str
    message: str


@dataclass(frozen=True)
class FileHistory:
    commits: tuple[Commit, ...] = ()   # newest first
    cut: bool = False                  # a shallow clone: the file's older commits are not in it


@dataclass(frozen=True)
class Histories:
    """Each file's history by its key (a path), and whether any Git history could be read at all."""

    files: Mapping = field(default_factory=dict)
    read: bool = False                 # false: no repository, or no git; every file's history is missing

    def of(self, key) -> FileHistory:
        return self.files.get(key, FileHistory())

    def rekeyed(self, keys: Mapping) -> Histories:
        """The histories under new keys: `keys` maps each new key to the key it has now."""
        return Histories({new: self.files[old] for new, old in keys.items() if old in self.files}, self.read)


def file_histories(directory: Path) -> Histories:
    """Each file's history, commits newest first, by the file's absolute path."""
    base = directory.resolve()
    output = _git_log(base)
    if output is None:
        return Histories()
    return Histories({base / name: history for name, history in _parse_log(output).items()}, read=True)


def merged(histories: list[Histories]) -> Histories:
    """The histories of several folders as one; read only if every folder's was."""
    files = {key: history for part in histories for key, history in part.files.items()}
    return Histories(files, read=bool(histories) and all(part.read for part in histories))


def _git_log(directory: Path) -> str | None:
    command = ["git", "log", "-M", "--relative", "--name-status", _NO_REFS, f"--format={_FORMAT}", "--", "."]
    try:
        result = subprocess.run(command, cwd=directory, capture_output=True, text=True, encoding="utf-8",
                                check=False)
    except (OSError, ValueError):
        return None
    return result.stdout if result.returncode == 0 else None


def _parse_log(output: str) -> dict[str, FileHistory]:
    histories: dict[str, list[Commit]] = defaultdict(list)
    cut: set[str] = set()
    later_name: dict[str, str] = {}      # an older name -> the file's name today
    for block in output.split(_COMMIT)[1:]:
        header, _, changes = block.partition("\n")
        sha, when, author, decoration, message = header.split(_FIELD, 4)
        commit = Commit(sha, date.fromisoformat(when[:10]), author, message)
        for line in changes.splitlines():
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            current = later_name.get(parts[-1], parts[-1])
            if decoration == _GRAFTED:
                cut.add(current)
            else:
                histories[current].append(commit)
            if parts[0].startswith(("R", "C")) and len(parts) == 3:
                later_name[parts[1]] = current
    return {name: FileHistory(tuple(histories[name]), name in cut) for name in [*histories, *cut]}
