"""Waivers that expire: while the secretariat has exempted a group from a duty, its finding is information with
the waiver's reason; the day after `until` it is back as before. Only duties can be waived, a waiver runs a year
at most, one that has ended is a warning, and its reason is under the personal-data guard."""

from __future__ import annotations

import json
from datetime import date

import pytest
import yaml

from generator.model.problems import Severity
from generator.model.quarters import Quarter
from generator.status.summary import summarise
from tests.conftest import ROOT

from .conftest import make_group, report, status_of

UNTIL = date(2027, 1, 15)
AS_OF = date(2026, 12, 6)
REASON = "Gruppa er på utveksling høsten 2026"
# 2026-Q3 was due 30 October 2026: without a waiver the report is overdue as of 6 December.


def sent(quarter: str, submitted: str) -> dict:
    """A report of `quarter` sent on `submitted`, with a stand in the quarter's second week."""
    first = Quarter.parse(quarter).first_day.replace(day=8).isoformat()
    return {**report(quarter, submitted), "completed": [{"date": first, "type": "stand", "title": "Stand"}]}


REPORTS = [sent(q, s) for q, s in (("2025-Q4", "2026-01-10"), ("2026-Q1", "2026-04-10"), ("2026-Q2", "2026-07-10"))]


def waiver(rule: str = "§6.2", granted: str = "2026-09-01", until: str = UNTIL.isoformat(),
           reason: str = REASON) -> dict:
    return {"rule": rule, "granted": granted, "until": until, "reason": reason}


def report_findings(as_of: date, *waivers: dict):
    group = make_group(reports=REPORTS, followups=[{"date": "2026-10-02", "channel": "email"}],
                       meetings=[{"date": "2026-03-14", "kind": "regional"}], waivers=list(waivers) or None)
    [status] = status_of([group], as_of).groups
    return status, [f for f in status.findings if f.rule == "§6.2"]


def test_without_a_waiver_the_overdue_report_is_a_warning():
    _, [finding] = report_findings(AS_OF)
    assert finding.severity is Severity.WARNING and "2026-Q3 er på overtid" in finding.message


@pytest.mark.parametrize("as_of", [AS_OF, UNTIL], ids=["before-until", "on-until"])
def test_while_a_waiver_holds_the_finding_is_information_with_its_reason(as_of):
    status, [finding] = report_findings(as_of, waiver())
    assert finding.severity is Severity.INFO
    assert finding.message.startswith(f"Fritatt til og med 15. januar 2027 («{REASON}»). Uten fritaket: ")
    assert "er på overtid" in finding.message
    assert summarise("midt", [status]).overdue == 0          # not counted as overdue while it holds


def test_the_day_after_until_the_finding_is_back_as_before():
    day_after = date(2027, 1, 16)
    _, [waived] = report_findings(day_after, waiver())
    _, [plain] = report_findings(day_after)
    assert waived == plain and waived.severity is Severity.WARNING


def test_a_waiver_counts_from_the_day_it_was_granted():
    _, [finding] = report_findings(AS_OF, waiver(granted="2026-12-07"))
    assert finding.severity is Severity.WARNING


def test_a_waiver_of_another_duty_leaves_the_report_as_it_is():
    _, [finding] = report_findings(AS_OF, waiver(rule="§6.3"))
    assert finding.severity is Severity.WARNING


# The command line: validate for the waiver itself, status for what it does.

def _write(folder, *waivers: dict, name: str = "amnesty-provegruppa") -> str:
    data = make_group(name, reports=REPORTS, waivers=list(waivers), public={"email": "gruppa@example.org"}).data
    (folder / f"{name}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return str(folder)


def _validate(run_grupper, folder, as_of: date = AS_OF):
    done = run_grupper("validate", "--groups-dir", folder, "--as-of", as_of.isoformat(), "--format", "json",
                       cwd=ROOT)
    return done.returncode, json.loads(done.stdout)["problems"]


def test_a_sample_group_holds_a_waiver_that_validates_clean(run_grupper):
    done = run_grupper("validate", "--as-of", "2026-11-24", cwd=ROOT)
    assert done.returncode == 0, done.stdout
    assert "waivers:" in (ROOT / "groups" / "amnesty-ungdom-molde.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("rule", ["§2.4", "§2.2", "§8.2", "§6.1", "personvern"])
def test_a_criterion_or_a_rule_that_is_no_duty_cannot_be_waived(run_grupper, tmp_path, rule):
    code, problems = _validate(run_grupper, _write(tmp_path, waiver(rule=rule)))
    assert code == 1
    [problem] = [p for p in problems if p["severity"] == "error"]
    assert "«rule»" in problem["message"] and "§6.2" in problem["message"]     # says which can be


def test_a_waiver_that_has_ended_is_a_warning_and_no_longer_counts(run_grupper, tmp_path):
    folder = _write(tmp_path, waiver(until="2026-11-30"))
    code, problems = _validate(run_grupper, folder)
    assert code == 0
    [problem] = problems
    assert (problem["severity"], problem["rule"]) == ("warning", "§6.1")
    assert "gikk ut 30. november 2026" in problem["message"]
    done = run_grupper("status", "--groups-dir", folder, "--as-of", AS_OF.isoformat(), "--format", "json", cwd=ROOT)
    [group] = json.loads(done.stdout)["groups"]
    severities = {(f["rule"], f["severity"]) for f in group["findings"]}
    assert ("§6.2", "warning") in severities and ("§6.1", "warning") in severities


def test_a_waiver_on_its_last_day_is_no_warning(run_grupper, tmp_path):
    code, problems = _validate(run_grupper, _write(tmp_path, waiver(until=AS_OF.isoformat())))
    assert (code, problems) == (0, [])


def test_a_waiver_longer_than_a_year_is_a_warning(run_grupper, tmp_path):
    code, problems = _validate(run_grupper, _write(tmp_path, waiver(granted="2026-09-01", until="2027-09-02")))
    [problem] = problems
    assert (code, problem["severity"]) == (0, "warning") and "366 dager, mer enn et år" in problem["message"]
    assert _validate(run_grupper, _write(tmp_path, waiver(granted="2026-09-01", until="2027-09-01")))[1] == []


def test_a_waiver_that_ends_before_it_was_granted_is_an_error(run_grupper, tmp_path):
    folder = _write(tmp_path, waiver(granted="2026-09-01", until="2026-08-31"))
    code, [problem] = _validate(run_grupper, folder, as_of=date(2026, 8, 31))
    assert (code, problem["severity"]) == (1, "error") and "før det ble innvilget" in problem["message"]


@pytest.mark.parametrize("planted", ["ring 412 34 567", "kari.nordmann@gmail.com", "født 15073050186"])
def test_the_reason_is_under_the_personal_data_guard(run_grupper, tmp_path, planted):
    code, problems = _validate(run_grupper, _write(tmp_path, waiver(reason=f"Avtalt med gruppa, {planted}")))
    assert code == 1
    assert any(p["severity"] == "error" and "reason" in p["message"] for p in problems)
    assert planted not in json.dumps(problems, ensure_ascii=False)


def test_status_shows_the_waived_finding_as_information_in_text_and_json(run_grupper, tmp_path):
    folder = _write(tmp_path, waiver())
    done = run_grupper("status", "--groups-dir", folder, "--as-of", AS_OF.isoformat(), "--format", "json", cwd=ROOT)
    [group] = json.loads(done.stdout)["groups"]
    [finding] = [f for f in group["findings"] if f["rule"] == "§6.2"]
    assert set(finding) == {"rule", "severity", "message"}
    assert finding["severity"] == "info" and REASON in finding["message"]
    text = run_grupper("status", "--groups-dir", folder, "--as-of", AS_OF.isoformat(), cwd=ROOT).stdout
    assert f"info §6.2: Fritatt til og med 15. januar 2027 («{REASON}»)" in text
    assert "0 med rapport på overtid" in text
