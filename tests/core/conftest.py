"""Core fixtures: the example group as text, a scratch register, and the real CLI run in this process."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from generator.checks.run import check_group_files, load_group_files
from generator.model.context import RunContext
from generator.model.membership import MemberExport, parse_member_export
from tests.conftest import AS_OF, PLACES, ROOT, SAMPLE_GROUPS, vocabularies

EXAMPLE = (SAMPLE_GROUPS / "amnesty-nidaros.yaml").read_text(encoding="utf-8")


def edited(old: str, new: str, text: str = EXAMPLE) -> str:
    """The example with one exact edit; fails loudly if the edit does not apply."""
    assert text.count(old) == 1, f"edit target not unique: {old!r}"
    return text.replace(old, new)


EXPORT = """member_number;name;email;phone;birth_year
100234;Kari Nordmann;kari.nordmann@example.org;+47 912 34 567;1990
100871;Ola Hansen;;;1985
101552;Ingrid Berg;ingrid.berg@example.org;;1999
"""


def export(text: str = EXPORT, *, without: tuple[str, ...] = ()) -> MemberExport:
    """A register export from CSV text, less the rows of the numbers in `without`."""
    rows = [row for row in text.splitlines(keepends=True) if row.split(";")[0] not in without]
    return parse_member_export("".join(rows).encode("utf-8"), "medlemmer.csv")[0]


@pytest.fixture
def register_dir(tmp_path) -> Path:
    directory = tmp_path / "groups"
    directory.mkdir()
    return directory


@pytest.fixture
def check(register_dir):
    """Write files into a scratch register and return every problem found in them."""
    def run(files: dict[str, str | bytes], as_of: date = AS_OF, members: MemberExport | None = None):
        for name, content in files.items():
            target = register_dir / name
            target.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        group_files = load_group_files(sorted(register_dir.iterdir()), display=lambda p: p.name)
        return check_group_files(group_files, RunContext(vocabularies(), as_of, PLACES, members))
    return run


@pytest.fixture
def cli(run_grupper):
    """Run `grupper ...` in-process; returns (exit code, stdout, stderr)."""
    def run(*args: str, cwd: Path | None = None):
        done = run_grupper(*args, cwd=cwd)
        return done.returncode, done.stdout, done.stderr
    return run


def problems_json(out: str) -> list[dict]:
    return json.loads(out)["problems"]
