"""A group without a sign of life for four quarters is listed for the secretariat as possibly inactive (§6.2),
at its reports' line; a later report or confirmation is a sign of life, a commit never."""

from __future__ import annotations

import json
from datetime import date

from generator.model.context import RunContext
from generator.cli.main import main
from generator.model.git_history import Commit, FileHistory, Histories
from generator.model.loading import parse_group
from generator.model.problems import Severity
from generator.model.regions import RegionData
from generator.status import compute_status
from generator.status.duties import POSSIBLY_INACTIVE

from tests.conftest import AS_OF, PLACES, SAMPLE_GROUPS, load_groups, vocabularies
from tests.public.test_last_confirmed import STALE
from .conftest import make_group, report

PATH = "groups/amnesty-tromso.yaml"


def inactive_findings(group, as_of: date = AS_OF, commits: tuple[Commit, ...] = ()):
    ctx = RunContext(vocabularies(), as_of, PLACES, histories=Histories({group.path: FileHistory(commits)}, True))
    [status] = compute_status([group], RegionData(), ctx).groups
    return [f for f in status.findings if f.message.startswith(POSSIBLY_INACTIVE)]


def commit(day: str) -> Commit:
    return Commit("2" * 40, date.fromisoformat(day), "Ola Hansen", "Oppdater gruppa")


def test_a_group_without_a_sign_for_four_quarters_is_a_warning_at_its_reports():
    group, _ = parse_group(PATH, STALE.encode("utf-8"))
    [finding] = inactive_findings(group)
    assert (finding.rule, finding.severity) == ("§6.2", Severity.WARNING)
    assert "siden 20. januar 2025" in finding.message and "(siden 1. oktober 2025)" in finding.message
    line = STALE.splitlines().index("reports:") + 1
    assert (finding.file, finding.line, finding.col) == (PATH, line, 1)


def test_a_recent_commit_to_the_file_is_no_sign_of_life():
    group, _ = parse_group(PATH, STALE.encode("utf-8"))
    assert len(inactive_findings(group, commits=(commit("2026-11-20"), commit("2025-10-01")))) == 1


def test_a_confirmation_in_the_window_is_a_sign_of_life_and_one_after_the_day_is_not_seen():
    assert inactive_findings(make_group(confirmed="2025-10-01")) == []
    assert len(inactive_findings(make_group(confirmed="2025-09-30"))) == 1
    assert len(inactive_findings(make_group(confirmed="2026-12-01"))) == 1


def test_a_report_in_the_window_is_a_sign_of_life_and_a_past_day_sees_the_group_as_it_was():
    assert inactive_findings(make_group(reports=[report("2025-Q3", "2025-10-10", "stand")])) == []
    assert len(inactive_findings(make_group(reports=[report("2025-Q2", "2025-07-10", "stand")]))) == 1
    assert inactive_findings(make_group(reports=[report("2025-Q2", "2025-07-10", "stand")]), date(2026, 6, 30)) == []


def test_a_new_group_and_a_closed_group_are_not_possibly_inactive():
    assert inactive_findings(make_group(registered="2026-02-02")) == []
    closed = make_group(status="closed", closed={"date": "2026-01-10", "reason": "For få medlemmer."})
    assert inactive_findings(closed) == []


def test_grupper_status_lists_it(tmp_path, monkeypatch, capsys):
    groups = tmp_path / "groups"
    groups.mkdir()
    (groups / "amnesty-tromso.yaml").write_text(STALE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["status", "--groups-dir", "groups", "--as-of", AS_OF.isoformat(), "--format", "json"]) == 0
    [group] = json.loads(capsys.readouterr().out)["groups"]
    assert any(f["rule"] == "§6.2" and f["message"].startswith(POSSIBLY_INACTIVE) for f in group["findings"])
    assert main(["status", "--groups-dir", "groups", "--as-of", AS_OF.isoformat(), "--format", "github"]) == 0
    line = STALE.splitlines().index("reports:") + 1
    assert f"file=groups/amnesty-tromso.yaml,line={line}" in capsys.readouterr().out


def test_the_sample_groups_are_not_possibly_inactive_on_the_tests_day():
    status = compute_status(load_groups(SAMPLE_GROUPS), RegionData(), RunContext(vocabularies(), AS_OF, PLACES))
    assert not [g.id for g in status.groups for f in g.findings if f.message.startswith(POSSIBLY_INACTIVE)]
