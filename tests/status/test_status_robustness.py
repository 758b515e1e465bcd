"""`grupper status` shows every group, valid or not, and never fails on what a file holds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

EXAMPLE = (ROOT / "groups" / "amnesty-nidaros.yaml").read_text(encoding="utf-8")


STATUS = ("status", "--as-of", "2026-11-24")


@pytest.fixture
def status(run_grupper):
    """`grupper status` of the groups in a folder, run in this process."""
    def run(groups: Path, *args: str) -> subprocess.CompletedProcess:
        return run_grupper(*STATUS, "--groups-dir", str(groups), *args, cwd=ROOT)
    return run


def test_dates_outside_the_calendar_the_register_uses_do_not_break_status(tmp_path, status):
    groups = tmp_path / "groups"
    groups.mkdir()
    (groups / "amnesty-nidaros.yaml").write_text(
        EXAMPLE.replace("quarter: 2026-Q3", "quarter: 0000-Q1").replace("- date: 2026-12-10", "- date: 9999-12-31"),
        encoding="utf-8")
    result = status(groups, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert [g["id"] for g in json.loads(result.stdout)["groups"]] == ["amnesty-nidaros"]


def test_a_group_that_fails_the_schema_is_listed_with_its_criteria_and_as_a_closure_candidate(tmp_path, status):
    groups = tmp_path / "groups"
    groups.mkdir()
    broken = (EXAMPLE.replace("region: midt", "region: Midt")
              .replace("open_to_new_members: true", "open_to_new_members: false")
              .replace("endorses_guidelines: 2024-09-01", ""))
    (groups / "amnesty-nidaros.yaml").write_text(broken, encoding="utf-8")
    result = status(groups, "--format", "json")
    assert result.returncode == 0, result.stderr
    [group] = json.loads(result.stdout)["groups"]
    rules = {f["rule"] for f in group["findings"]}
    assert {"§2.1", "§2.5", "§8.2"} <= rules
    assert "Midt" in status(groups).stdout


def test_csv_cells_that_excel_would_run_as_formulas_are_kept_as_text():
    import csv
    import io

    from generator.status.spreadsheet import excel_csv

    text = excel_csv(["navn", "telefon", "antall"], [["=HYPERLINK(\"https://x\")", "+47 912 34 567", 3]])
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows[1] == ["'=HYPERLINK(\"https://x\")", "'+47 912 34 567", "3"]


def test_a_file_that_cannot_be_read_stays_in_the_status_by_its_file_name(tmp_path, status):
    groups = tmp_path / "groups"
    groups.mkdir()
    (groups / "amnesty-nidaros.yaml").write_text(EXAMPLE, encoding="utf-8")
    (groups / "amnesty-dobbel.yaml").write_text(EXAMPLE.replace("region: midt", "region: midt\nregion: vest"),
                                                encoding="utf-8")
    result = status(groups, "--format", "json")
    assert result.returncode == 0, result.stderr
    dobbel = next(g for g in json.loads(result.stdout)["groups"] if g["id"] == "amnesty-dobbel")
    assert [(f["rule"], f["severity"]) for f in dobbel["findings"]] == [("§6.1", "error")]
    assert "«region» står to ganger" in dobbel["findings"][0]["message"]


def test_a_group_without_members_has_no_contact_person_and_is_a_closure_candidate(tmp_path, status):
    groups = tmp_path / "groups"
    groups.mkdir()
    start, end = EXAMPLE.index("\nmembers:"), EXAMPLE.index("\npublic:")
    (groups / "amnesty-nidaros.yaml").write_text(EXAMPLE[:start] + "\nmembers: []" + EXAMPLE[end:], encoding="utf-8")
    result = status(groups, "--format", "json")
    [group] = json.loads(result.stdout)["groups"]
    assert {"§2.4", "§8.2"} <= {f["rule"] for f in group["findings"]}


def test_a_regions_file_named_but_missing_is_a_usage_error_not_a_year_without_meetings(tmp_path):
    missing = str(tmp_path / "regioner.yaml")
    result = subprocess.run([sys.executable, "-m", "generator", *STATUS, "--regions-file", missing], cwd=ROOT,
                            capture_output=True, text=True)   # the real process: exit 2 as a shell sees it
    assert (result.returncode, result.stdout) == (2, "")
    assert "finner ikke regionfila" in result.stderr


def _many_groups(folder: Path, count: int) -> Path:
    """`count` copies of the example under names of their own: a register whose status is far beyond any buffer."""
    folder.mkdir()
    for number in range(count):
        (folder / f"amnesty-gruppe-{number}.yaml").write_text(
            EXAMPLE.replace("Amnesty Nidaros", f"Amnesty Gruppe {number}"), encoding="utf-8")
    return folder


@pytest.mark.parametrize("size", ["small", "large"])
def test_a_reader_that_stops_early_gets_no_error_message(tmp_path, size):
    """Whatever the output's size, and with Python's own buffering (as on a fresh machine: no PYTHONUNBUFFERED), the
    reader's going away is met before the note that membership is not checked could be written."""
    shown = ["--region", "vest"] if size == "small" else ["--groups-dir", str(_many_groups(tmp_path / "groups", 150))]
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    whole = subprocess.run([sys.executable, "-m", "generator", "status", "--as-of", "2027-04-02", *shown], cwd=ROOT,
                           env=environment, capture_output=True, timeout=120)
    assert (len(whole.stdout) < 8192) == (size == "small") and len(whole.stdout) > 1000
    assert whole.stderr, "the note that a reader gone away must not get"
    process = subprocess.Popen([sys.executable, "-m", "generator", "status", "--as-of", "2027-04-02", *shown],
                               cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()              # as `grupper status | head -0` does
    assert process.wait(timeout=120) == 141
    assert process.stderr.read() == b""
