"""The membership register export is joined at run time, never committed: only fictional exports are in Git."""

from __future__ import annotations

import re
import subprocess

from generator.model.membership import read_member_export

from tests.conftest import ROOT

EXAMPLE_EXPORT = ROOT / "data" / "medlemsregister-eksempel.csv"
FICTIONAL_CSV = re.compile(r"^(?:data/medlemsregister-eksempel\.csv|tests/fixtures/.+\.csv)$")


def _git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_git_ignores_an_export_saved_anywhere_in_the_repository():
    for name in ("medlemmer.csv", "data/uttrekk-2026.csv", "groups/medlemmer.xlsx", "site/kontakter.csv"):
        assert _git("check-ignore", "-q", name).returncode == 0, name
    assert _git("check-ignore", "-q", "data/medlemsregister-eksempel.csv").returncode == 1


def test_no_spreadsheet_but_the_fictional_ones_is_committed():
    tracked = _git("ls-files").stdout.splitlines()
    spreadsheets = [path for path in tracked if path.lower().endswith((".csv", ".xlsx", ".xls", ".ods"))]
    assert [path for path in spreadsheets if not FICTIONAL_CSV.match(path)] == []


def test_the_example_export_is_fictional_and_reads_clean():
    register = read_member_export(EXAMPLE_EXPORT)
    assert not register.problems
    emails = [m.email for m in register.members.values() if m.email]
    assert emails and all(re.search(r"@(?:[\w-]+\.)*example\.(?:org|com|net|no)$", e) for e in emails)
