"""Publishing all or nothing: each site is built into a fresh folder beside its target and swapped in only
when every build succeeded.

`staged_sites(targets)` hands out one staging folder a target (`.public.new-1a2b3c4d` beside `site/public`:
the same parent folder, so the swap is a rename on one file system). When the block ends without an exception,
each target is renamed aside (`.public.old-…`), its staging folder renamed into its place, and the old one
removed. When anything fails first (a full disk, a crash in a build, Ctrl+C), no target is touched. Either
way no staging or old folder is left behind.

Two folders cannot be swapped in one atomic step: each rename is atomic, both sites' renames happen only
after both builds succeeded, and a rename that fails puts every target swapped so far back as it was. What
MkDocs keeps in a folder it builds into (hidden entries such as `.git`) is copied into the staging folder
first, so the swapped-in site keeps it too.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def staged_sites(targets: Sequence[Path]) -> Iterator[list[Path]]:
    """A fresh staging folder for each target, in the same order; swapped in if the block succeeds."""
    targets = [target.resolve() for target in targets]
    staging: list[Path] = []
    try:
        for target in targets:
            staging.append(_fresh_folder(target))
            _carry_hidden_entries(target, staging[-1])
        yield staging
        _swap_in(staging, targets)
    finally:
        for folder in staging:
            _remove(folder)


def _fresh_folder(target: Path) -> Path:
    """An empty folder beside `target` that no other build uses (made with the target's permissions)."""
    if target.parent.exists() and not target.parent.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(target.parent))
    target.parent.mkdir(parents=True, exist_ok=True)
    while True:
        folder = _beside(target, "new", secrets.token_hex(4))
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        if target.is_dir():
            shutil.copymode(target, folder)
        return folder


def _carry_hidden_entries(target: Path, folder: Path) -> None:
    """What MkDocs keeps in a folder it builds into: its hidden entries (a .git, the site marker)."""
    if target.is_dir():
        for entry in target.iterdir():
            if entry.name.startswith("."):
                _copy(entry, folder / entry.name)


def _beside(target: Path, role: str, token: str) -> Path:
    return target.with_name(f".{target.name}.{role}-{token}")


def _copy(source: Path, destination: Path) -> None:
    if source.is_dir() and not source.is_symlink():
        shutil.copytree(source, destination, symlinks=True)
    else:
        shutil.copy2(source, destination, follow_symlinks=False)


def _swap_in(staging: list[Path], targets: list[Path]) -> None:
    """Every staged folder into its target's place; on a failed rename, every target back as it was."""
    swapped: list[tuple[Path, Path, Path | None]] = []
    try:
        for new, target in zip(staging, targets):
            old = _set_aside(target, new)
            swapped.append((new, target, old))
            os.rename(new, target)
    except BaseException:
        for new, target, old in reversed(swapped):
            _put_back(new, target, old)
        raise
    for _, _, old in swapped:
        if old is not None:
            _remove(old)


def _set_aside(target: Path, new: Path) -> Path | None:
    """The target renamed to an old-folder name beside it, or None if there was none."""
    if not target.exists():
        return None
    old = _beside(target, "old", new.name.rpartition("-")[2])
    os.rename(target, old)
    return old


def _put_back(new: Path, target: Path, old: Path | None) -> None:
    """Undo one swap, whichever of its two renames happened."""
    if target.exists() and not new.exists():   # the staged site went in: out again, to be removed
        os.rename(target, new)
    if old is not None:
        os.rename(old, target)


def _remove(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=True)
