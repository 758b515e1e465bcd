"""Which site a folder holds: `grupper build` empties only a folder it built before, as the same site."""

from __future__ import annotations

from pathlib import Path

MARKER = ".grupper-site"


def mark_site(site_dir: Path, kind: str) -> None:
    (site_dir / MARKER).write_text(kind + "\n", encoding="utf-8")


def site_kind(folder: Path) -> str | None:
    """"public" or "internal" for a folder `grupper build` built, else None."""
    marker = folder / MARKER
    return marker.read_text(encoding="utf-8").strip() if marker.is_file() else None
