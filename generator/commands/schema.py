"""`grupper schema`: write the schema and the issue forms again from the vocabularies.

`--check` writes nothing and exits 1 if a committed file differs from what the
vocabularies make, so CI and the tests catch a vocabulary edited without this run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..issue_forms import FORMS_DIR, rendered_forms
from ..schema import SCHEMA_FILE, render_schema
from ..vocabulary import PROJECT_ROOT, vocabularies


def add_arguments(parser) -> None:
    parser.add_argument("--check", action="store_true",
                        help="skriv ingenting; avslutt med 1 hvis en fil ikke stemmer med vokabularene")
    parser.add_argument("--root", type=Path, default=PROJECT_ROOT, metavar="MAPPE",
                        help="prosjektmappen filene skrives i (standard: dette prosjektet)")


def generated_files(root: Path) -> dict[Path, str]:
    """Every file made from the vocabularies, by its path under `root`, and its text."""
    vocab = vocabularies()
    files = {root / SCHEMA_FILE.relative_to(PROJECT_ROOT): render_schema(vocab)}
    forms_dir = root / FORMS_DIR.relative_to(PROJECT_ROOT)
    files.update({forms_dir / name: text for name, text in rendered_forms(vocab).items()})
    return files


def _current(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None


def run(options) -> int:
    stale = {path: text for path, text in generated_files(options.root).items() if _current(path) != text}
    for path in stale:
        shown = path.relative_to(options.root)
        if options.check:
            print(f"{shown} er utdatert: kjør `grupper schema`.", file=sys.stderr)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(stale[path], encoding="utf-8")
            print(f"Skrev {shown}.", file=sys.stderr)
    return 1 if options.check and stale else 0
