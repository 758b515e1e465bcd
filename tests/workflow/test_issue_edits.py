"""The issue-form workflow: who sent the form, or edited it, labels the pull request, and an edit after the pull
request exists is said on both and checked again (a GitHub App's token, or a dispatched check that reports as commit statuses).
The steps' scripts run here as GitHub runs them, with `gh` replaced by a recorder."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from .issue_bodies import form_body
from .test_workflow_commands import repo  # noqa: F401  (a fixture)

ISSUE_FORM = ROOT / ".github" / "workflows" / "issue-form.yml"
PULL_REQUEST = ROOT / ".github" / "workflows" / "pull-request.yml"
CLOSURE = {"group": "amnesty-nidaros", "closed_date": "2026-11-20", "reason": "For få medlemmer.",
           "confirm": ["Gruppa er enig i at den legges ned."]}
EDITED = "Skjemaet er endret etter at pull requesten ble laget"


def _workflow(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _steps() -> list[dict]:
    return _workflow(ISSUE_FORM)["jobs"]["from-issue"]["steps"]


def _step(name: str) -> dict:
    return next(step for step in _steps() if step.get("name") == name or step.get("id") == name)


@pytest.fixture
def gh(tmp_path) -> Path:
    """A `gh` on PATH that writes its arguments to gh.log, one call a line, and says the pull request is labelled
    ikke-gruppas-kontakt when asked."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "gh.log"
    script = bin_dir / "gh"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$*" >> "{log}"\n'
                      'case "$*" in "pr view"*) echo ikke-gruppas-kontakt ;; esac\n')
    script.chmod(0o755)
    return log


def _run(step: dict, cwd: Path, tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    """A step's script with its env as the workflow would fill it in (`env`), `gh` the recorder."""
    environment = {**os.environ, "PATH": f"{tmp_path / 'bin'}:{os.environ['PATH']}", "RUNNER_TEMP": str(tmp_path),
                   "GITHUB_OUTPUT": str(tmp_path / "output.txt"), "GITHUB_REPOSITORY": "amnesty-norge/grupper",
                   **env}
    assert set(env) <= set(step.get("env", {})) | {"GITHUB_SHA"}, "only what the step is given"
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=cwd,
                          env=environment, capture_output=True, text=True, timeout=120)


def test_the_workflow_runs_when_an_issue_is_opened_and_when_it_is_edited():
    assert _workflow(ISSUE_FORM)[True]["issues"]["types"] == ["opened", "edited"]


FORM = {"ISSUE_BODY": form_body("nedlegging", CLOSURE), "ISSUE_NUMBER": "12", "ISSUE_TITLE": "Legg ned Nidaros",
        "ISSUE_CREATED": "2026-11-24T09:30:00Z"}


def test_the_form_step_judges_the_events_sender_not_the_issues_author():
    """On `opened` the sender is the issue's author; on `edited` it is the account that edited the issue."""
    env = _step("convert")["env"]
    assert env["SENDER"] == "${{ github.event.sender.login }}"
    assert env["ISSUE_EVENT"] == "${{ github.event.action }}"
    assert not any("github.event.issue.user" in value for value in env.values())
    assert '--author "$SENDER" --event "$ISSUE_EVENT"' in _step("convert")["run"]


@pytest.mark.parametrize("event, said", [("opened", "sendt"), ("edited", "endret")])
def test_the_form_step_labels_the_pull_request_by_the_sender(repo, tmp_path, gh, event, said):
    """kari-nordmann maintains Nidaros; ola-hansen sent the form, or edited one kari-nordmann sent: the warning."""
    done = _run(_step("convert"), repo, tmp_path, **FORM, SENDER="ola-hansen", ISSUE_EVENT=event)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "output.txt").read_text() == "labels=skjema,ikke-gruppas-kontakt\n"
    assert f"Skjemaet er {said} av @ola-hansen, som ikke er en av gruppas GitHub-kontoer" in \
        (tmp_path / "answer.md").read_text()
    assert _step("pr")["with"]["labels"] == "${{ steps.convert.outputs.labels }}"


def test_a_configured_app_pushes_and_opens_the_pull_request_so_its_checks_run():
    app = _step("app-token")
    assert app["uses"].startswith("actions/create-github-app-token@")
    assert app["if"] == "${{ vars.GRUPPER_APP_ID != '' }}"
    assert app["with"]["client-id"] == "${{ vars.GRUPPER_APP_ID }}"
    assert app["with"]["private-key"] == "${{ secrets.GRUPPER_APP_PRIVATE_KEY }}"
    assert _steps().index(app) < _steps().index(_step("pr"))
    assert _step("pr")["with"]["token"] == "${{ steps.app-token.outputs.token || github.token }}"
    # the key is an environment's secret, and the README limits that environment to main
    assert _workflow(ISSUE_FORM)["jobs"]["from-issue"]["environment"] == "skjema"


def test_an_edit_after_the_pull_request_is_said_on_the_issue_and_the_pull_request(repo, tmp_path, gh):
    step = _step("Si fra at skjemaet er endret")
    assert step["if"] == "${{ steps.pr.outputs.pull-request-operation == 'updated' }}"
    done = _run(step, repo, tmp_path, ISSUE_NUMBER="12", PR_NUMBER="40", LABELS="skjema",
                PR_URL="https://github.com/amnesty-norge/grupper/pull/40")
    assert done.returncode == 0, done.stderr
    calls = gh.read_text().splitlines()
    assert calls[0].startswith("issue comment 12 ") and EDITED in calls[0] and "#40" in calls[0]
    assert calls[1].startswith("pr comment 40 ") and EDITED in calls[1] and "#12" in calls[1]


def test_an_edit_by_one_of_the_groups_own_keeps_the_label_and_says_why(repo, tmp_path, gh):
    """The pull request was labelled before (the `gh` here says so); an edit by a maintainer does not make what an
    earlier version said theirs, so the label stays for the secretariat to remove."""
    done = _run(_step("Si fra at skjemaet er endret"), repo, tmp_path, ISSUE_NUMBER="12", PR_NUMBER="40",
                LABELS="skjema", PR_URL="https://github.com/amnesty-norge/grupper/pull/40")
    assert done.returncode == 0, done.stderr
    calls = gh.read_text().splitlines()
    assert not any(call.startswith("pr edit") for call in calls)
    assert calls[-1].startswith("pr comment 40 ") and "ikke-gruppas-kontakt blir stående" in calls[-1]


def test_an_edit_that_still_warns_keeps_the_label(repo, tmp_path, gh):
    done = _run(_step("Si fra at skjemaet er endret"), repo, tmp_path, ISSUE_NUMBER="12", PR_NUMBER="40",
                LABELS="skjema,ikke-gruppas-kontakt", PR_URL="https://github.com/amnesty-norge/grupper/pull/40")
    assert done.returncode == 0, done.stderr
    assert not any(call.startswith("pr edit") for call in gh.read_text().splitlines())


def test_an_edit_that_makes_the_form_invalid_is_said_on_the_pull_request_which_stays_as_it_was():
    step = _step("Si fra at et endret skjema ikke kunne brukes")
    assert "failure()" in step["if"] and "steps.convert.outcome == 'failure'" in step["if"]
    assert "github.event.action == 'edited'" in step["if"]
    assert EDITED in step["run"] and "gh pr comment" in step["run"]


def test_without_an_app_the_workflow_starts_the_check_of_the_pull_request_itself(repo, tmp_path, gh):
    step = _step("Start sjekken av pull requesten")
    assert "steps.app-token.outcome != 'success'" in step["if"]
    assert "'created'" in step["if"] and "'updated'" in step["if"]
    assert _workflow(ISSUE_FORM)["jobs"]["from-issue"]["permissions"]["actions"] == "write"
    done = _run(step, repo, tmp_path, BRANCH="skjema/sak-12", PR_NUMBER="40")
    assert done.returncode == 0, done.stderr
    assert shlex.split(gh.read_text()) == ["workflow", "run", "pull-request.yml", "--repo", "amnesty-norge/grupper",
                                           "--ref", "skjema/sak-12", "-f", "pull-request=40"]


def test_the_pull_request_check_can_be_dispatched_for_a_pull_request():
    workflow = _workflow(PULL_REQUEST)
    assert set(workflow[True]) == {"pull_request", "workflow_dispatch"}
    assert workflow[True]["workflow_dispatch"]["inputs"]["pull-request"]["required"] is True
    assert "inputs.pull-request" in workflow["concurrency"]["group"]   # dispatched checks never cancel each other
    steps = workflow["jobs"]["group-files"]["steps"]
    lookup = next(step for step in steps if step.get("id") == "dispatched")
    assert lookup["if"] == "${{ github.event_name == 'workflow_dispatch' }}"
    for step in steps + workflow["jobs"]["label"]["steps"]:
        for name, value in step.get("env", {}).items():
            if "github.event.pull_request" in value:
                assert "steps.dispatched.outputs." in value or "|| inputs.pull-request" in value, \
                    f"{step['name']}: {name} is empty when dispatched"


def test_a_dispatched_check_reports_each_jobs_result_as_a_commit_status_named_like_the_job(repo, tmp_path, gh):
    workflow = _workflow(PULL_REQUEST)
    job = workflow["jobs"]["commit-status"]
    assert job["if"] == "${{ always() && github.event_name == 'workflow_dispatch' }}"
    assert job["needs"] == ["group-files", "tests"]
    assert job["permissions"] == {"statuses": "write"}
    [step] = job["steps"]
    done = _run(step, repo, tmp_path, GROUP_FILES="success", TESTS="failure", GITHUB_SHA="a" * 40,
                RUN_URL="https://github.com/amnesty-norge/grupper/actions/runs/1")
    assert done.returncode == 0, done.stderr
    calls = [shlex.split(call) for call in gh.read_text().splitlines()]
    assert all(f"repos/amnesty-norge/grupper/statuses/{'a' * 40}" in call for call in calls)
    fields = [dict(call[i + 1].split("=", 1) for i, word in enumerate(call) if word == "-f") for call in calls]
    state = {field["context"]: field["state"] for field in fields}
    assert set(state) == {workflow["jobs"][key]["name"] for key in ("group-files", "tests")}
    assert state == {"Gruppefiler": "success", "Tester": "failure"}


@pytest.mark.parametrize(("code", "browser", "passes"), [
    ("success", "success", True), ("failure", "success", False), ("success", "failure", False),
    ("success", "cancelled", False), ("skipped", "success", False),
])
def test_the_required_check_tester_passes_only_when_the_code_and_the_browser_tests_both_passed(tmp_path, code,
                                                                                             browser, passes):
    jobs = _workflow(PULL_REQUEST)["jobs"]
    tests = jobs["tests"]
    assert tests["name"] == "Tester" and tests["needs"] == ["code-tests", "browser-tests"]
    assert tests["if"] == "${{ !cancelled() }}"      # runs after a failure too: a skipped required check passes
    assert "--no-browser" in jobs["code-tests"]["steps"][-1]["run"]
    assert jobs["browser-tests"]["steps"][-1]["run"] == "./scripts/test tests/browser"
    [step] = tests["steps"]
    done = _run(step, tmp_path, tmp_path, CODE_TESTS=code, BROWSER_TESTS=browser)
    assert (done.returncode == 0) is passes, done.stdout + done.stderr
