"""The membership register export is joined at run time, never committed: only fictional exports are in Git, and
`grupper validate` refuses any other tracked file that looks like one, whatever its name or form."""

from __future__ import annotations

import codecs
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

from generator.model.export_guard import FICTIONAL_EXPORTS, looks_like_export
from generator.model.membership import read_member_export

from tests.conftest import AS_OF, ROOT

EXPORT_LINES = ["Medlemsnummer;Fornavn;Mobil", "0130526;Camilla;+47 903 77 412"]
SPREADSHEETS = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls", ".ods", ".numbers")


def _git(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args], cwd=cwd,
                          capture_output=True, text=True, check=False)


def test_git_ignores_an_export_saved_anywhere_in_the_repository_in_any_form_and_case():
    for name in ("medlemmer.csv", "data/uttrekk-2026.csv", "groups/medlemmer.xlsx", "site/kontakter.csv",
                 "medlemmer.txt", "data/Liste.TSV", "Kontakter.ODS", "liste.xlsm", "KONTAKTER.CSV",
                 "Medlemsliste 2026.numbers", "groups/Uttrekk", "docs/export-2026"):
        assert _git("check-ignore", "-q", name).returncode == 0, name
    for name in (*FICTIONAL_EXPORTS, "generator/model/export_guard.py", "docs-internal/robots.txt"):
        assert _git("check-ignore", "-q", name).returncode == 1, name


def test_no_spreadsheet_but_the_fictional_ones_is_committed():
    tracked = _git("ls-files").stdout.splitlines()
    spreadsheets = [path for path in tracked if path.lower().endswith(SPREADSHEETS)]
    assert [path for path in spreadsheets if path not in FICTIONAL_EXPORTS] == ["docs-internal/robots.txt"]


@pytest.mark.parametrize("name", sorted(FICTIONAL_EXPORTS))
def test_the_allowed_exports_are_fictional_and_read_clean(name):
    register, problems = read_member_export(ROOT / name)
    assert not problems and looks_like_export((ROOT / name).read_bytes(), whole=True)
    emails = [m.email for m in register.members.values() if m.email]
    assert emails and all(re.search(r"@(?:[\w-]+\.)*example\.(?:org|com|net|no)$", e) for e in emails)


def _xlsx_bytes() -> bytes:
    book = Workbook()
    for row in ([], ["Medlemsliste"], ["Medlemsnr", "E-post"], [130526.0, "camilla.nygard@example.org"]):
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def repository(tmp_path) -> Path:
    """A scratch register in Git: one group file and the fictional example export, committed."""
    (tmp_path / "groups").mkdir()
    shutil.copy(ROOT / "groups" / "amnesty-nidaros.yaml", tmp_path / "groups")
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / "data" / "medlemsregister-eksempel.csv", tmp_path / "data")
    _git("init", "-q", cwd=tmp_path)
    _git("add", ".", cwd=tmp_path)
    _git("commit", "-q", "-m", "Register", cwd=tmp_path)
    return tmp_path


def _validate(cli, folder: Path):
    return cli("validate", "--as-of", AS_OF.isoformat(), cwd=folder)


def test_the_fictional_example_in_git_passes(cli, repository):
    code, out, _ = _validate(cli, repository)
    assert (code, out) == (0, "")


@pytest.mark.parametrize("name, content", [
    ("notater.txt", "\r\n".join(EXPORT_LINES).encode("utf-8")),
    ("docs/notater.md", codecs.BOM_UTF16_LE + "\r\n".join(line.replace(";", "\t") for line in EXPORT_LINES)
     .encode("utf-16-le")),
    ("docs/bilde.png", _xlsx_bytes()),
    ("data/kopi.yaml", "\r\n".join(["Eksportert 2026-11-24", *EXPORT_LINES]).encode("cp1252")),
])
def test_a_committed_export_is_refused_whatever_its_name_or_form(cli, repository, name, content):
    (repository / name).parent.mkdir(exist_ok=True)
    (repository / name).write_bytes(content)
    _git("add", "--force", name, cwd=repository)
    code, out, _ = _validate(cli, repository)
    assert code == 1
    assert out.startswith(f"{name}:1:1: feil: Fila ser ut som et uttrekk fra medlemsregisteret")
    assert not any(value in out for value in ("Camilla", "130526", "903", "camilla"))


def test_an_export_outside_git_is_not_looked_for(cli, tmp_path):
    (tmp_path / "groups").mkdir()
    shutil.copy(ROOT / "groups" / "amnesty-nidaros.yaml", tmp_path / "groups")
    (tmp_path / "notater.txt").write_text("\n".join(EXPORT_LINES), encoding="utf-8")
    assert _validate(cli, tmp_path)[:2] == (0, "")
