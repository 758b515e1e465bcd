"""Reading the internal site built once from the sample data (`internal_site`, tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path


def page(site: Path, relative: str) -> str:
    return (site / relative / "index.html").read_text(encoding="utf-8")
