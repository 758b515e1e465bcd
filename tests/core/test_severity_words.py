"""What people read says feil, advarsel and info; the JSON other tools read keeps error, warning and info."""

from __future__ import annotations

import json
import re

import pytest

from generator.checks.reporters import format_text
from generator.model.problems import Problem, Severity
from tests.conftest import ROOT, SAMPLE_EXPORT

ENGLISH = re.compile(r"\b(error|warning|notice)\b", re.IGNORECASE)


@pytest.mark.parametrize("severity, word", [(Severity.ERROR, "feil"), (Severity.WARNING, "advarsel"),
                                            (Severity.INFO, "info")])
def test_a_problem_in_text_says_its_severity_in_norwegian_and_in_json_in_english(severity, word):
    problem = Problem("groups/x.yaml", 3, 5, severity, "Melding.", "§6.1")
    assert format_text(problem) == f"groups/x.yaml:3:5: {word}: Melding. (§6.1)"
    assert problem.as_dict()["severity"] == severity.value


@pytest.fixture
def broken_register(tmp_path):
    groups = tmp_path / "groups"
    groups.mkdir()
    example = (ROOT / "groups" / "amnesty-nidaros.yaml").read_text(encoding="utf-8")
    broken = example.replace("region: midt", "region: midgard").replace("roles: [social-media]", "roles: []")
    (groups / "amnesty-nidaros.yaml").write_text(broken, encoding="utf-8")
    return groups


@pytest.mark.parametrize("command", [["validate"], ["build", "--public-only", "--public", "site-x"]])
def test_validate_and_build_say_feil_and_advarsel(run_grupper, broken_register, command):
    done = run_grupper(*command, "--groups-dir", str(broken_register), "--as-of", "2026-11-24",
                       cwd=broken_register.parent)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert any(": feil: " in line for line in lines) and any(": advarsel: " in line for line in lines), lines
    assert not ENGLISH.search(done.stdout + done.stderr)
    as_json = run_grupper(*command, "--groups-dir", str(broken_register), "--as-of", "2026-11-24", "--format",
                          "json", cwd=broken_register.parent)
    assert {p["severity"] for p in json.loads(as_json.stdout)["problems"]} == {"error", "warning"}


def test_status_says_feil_advarsel_and_info(run_grupper):
    done = run_grupper("status", "--as-of", "2026-11-24", "--members", str(SAMPLE_EXPORT), cwd=ROOT)
    words = {match for match in re.findall(r"^ +(?:region: )?(\w+) §", done.stdout, re.MULTILINE)}
    assert words == {"feil", "advarsel", "info"} and not ENGLISH.search(done.stdout + done.stderr)
