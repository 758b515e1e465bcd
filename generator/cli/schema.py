"""`grupper schema`: write the schemas and the issue forms again from the vocabularies, and
`.github/CODEOWNERS` from the group files' maintainers and the secretariat's team.

`--check` writes nothing and exits 1 if a committed file differs from what its
sources make, so CI and the tests catch a vocabulary or a `maintainers` list edited
without this run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.checks.run import load_group_files
from generator.intake.issue_forms import FORMS_DIR, rendered_forms
from generator.intake.ownership import CODEOWNERS_FILE, render_codeowners
from generator.model.data_schemas import render_data_schemas
from generator.model.schema import SCHEMA_FILE, render_schema
from generator.model.settings import SETTINGS_FILE
from generator.cli.common import PROJECT_ROOT, UsageError, display_path, group_paths, usable_settings, vocabularies


def add_arguments(parser) -> None:
    parser.add_argument("--check", action="store_true",
                        help="skriv ingenting; avslutt med 1 hvis en fil ikke stemmer med vokabularene")
    parser.add_argument("--root", type=Path, default=PROJECT_ROOT, metavar="MAPPE",
                        help="prosjektmappen filene skrives i, med gruppefilene (--groups-dir regnes fra "
                             "den) og data/settings.yaml (standard: dette prosjektet)")


def generated_files(root: Path, groups_dir: str = "groups") -> dict[Path, str]:
    """Every generated file, by its path under `root`, and its text."""
    vocab = vocabularies()
    files = {root / SCHEMA_FILE: render_schema(vocab)}
    files.update({root / name: text for name, text in render_data_schemas(vocab).items()})
    files.update({root / FORMS_DIR / name: text for name, text in rendered_forms(vocab).items()})
    files[root / CODEOWNERS_FILE] = _codeowners(root, root / groups_dir)
    return files


def _codeowners(root: Path, groups_dir: Path) -> str:
    settings_file = root / SETTINGS_FILE
    team = usable_settings(settings_file).secretariat_team
    if team is None:
        raise UsageError(f"{display_path(settings_file)} mangler secretariat_team (sekretariatets team på GitHub, "
                         "for eksempel @amnesty-norge/sekretariatet), som eier alt i .github/CODEOWNERS")
    paths = group_paths(str(groups_dir))
    try:
        where = {path: path.resolve().relative_to(root.resolve()).as_posix() for path in paths}
    except ValueError:
        raise UsageError(f"gruppefilene i {display_path(groups_dir)} ligger utenfor {display_path(root)}") from None
    group_files = load_group_files(paths, display=lambda path: where[path])
    return render_codeowners(((group.path, group.data) for group in group_files.groups), team)


def _current(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None


def run(options) -> int:
    generated = generated_files(options.root, options.groups_dir)
    stale = {path: text for path, text in generated.items() if _current(path) != text}
    for path in stale:
        shown = path.relative_to(options.root)
        if options.check:
            print(f"{shown} er utdatert: kjør `grupper schema`.", file=sys.stderr)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(stale[path], encoding="utf-8")
            print(f"Skrev {shown}.", file=sys.stderr)
    return 1 if options.check and stale else 0
