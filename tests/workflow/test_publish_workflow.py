"""«Publiser»: a push that changes data alone goes live after the build and the check of the built site; one that
changes code waits for the tests too; a failed or cancelled test job stops the publishing."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

PUBLISH = yaml.safe_load((ROOT / ".github" / "workflows" / "main.yml").read_text(encoding="utf-8"))
JOBS = PUBLISH["jobs"]
ZEROS = "0" * 40


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=repo,
                          check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture
def pushed(tmp_path):
    """A repository with one commit; `pushed(*files)` commits those files and returns what the changes step prints
    for a push of that commit."""
    _git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "groups").mkdir()
    (tmp_path / "groups" / "amnesty-nidaros.yaml").write_text("name: A\n")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "base")

    def push(*files: str, before: str | None = None, event: str = "push") -> str:
        base = _git(tmp_path, "rev-parse", "HEAD")
        for name in files:
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_text(f"{name}\n")
        _git(tmp_path, "add", ".")
        _git(tmp_path, "commit", "-q", "--allow-empty", "-m", "change")
        return _changes_step(tmp_path, event, base if before is None else before, _git(tmp_path, "rev-parse", "HEAD"))
    return push


def _changes_step(repo: Path, event: str, before: str, after: str) -> str:
    """Runs the step that decides whether the tests run, as GitHub would, and returns its output."""
    [step] = [step for step in JOBS["changes"]["steps"] if step.get("id") == "changes"]
    output = repo / "output.txt"
    env = {**os.environ, "EVENT": event, "BEFORE": before, "AFTER": after, "GITHUB_OUTPUT": str(output)}
    assert set(step["env"]) == {"EVENT", "BEFORE", "AFTER"}
    run = step["run"].replace("./scripts/", f"{ROOT}/scripts/")
    subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", run], cwd=repo, env=env, check=True)
    return output.read_text().strip()


@pytest.mark.parametrize("files", [("groups/amnesty-nidaros.yaml",), ("groups/amnesty-ny.yaml", "data/regions.yaml"),
                                   ("data/settings.yaml",), ("docs/start-en-gruppe.md",),
                                   ("docs/veiledning/redigere-gruppefil.md",)])
def test_a_push_of_data_alone_runs_no_tests(pushed, files):
    assert pushed(*files) == "code=false"


@pytest.mark.parametrize("files", [("generator/cli/build.py",), ("groups/amnesty-ny.yaml", "schema/group.schema.json"),
                                   ("mkdocs.yml",), ("overrides/main.html",), ("docs/assets/extra.css",),
                                   ("data/kommuner.json",), ("scripts/install",), ("requirements.lock",),
                                   ("pyproject.toml",), ("tests/conftest.py",), (".github/workflows/main.yml",)])
def test_a_push_that_changes_code_runs_the_tests(pushed, files):
    assert pushed(*files) == "code=true"


@pytest.mark.parametrize("before", [ZEROS, "1234567890abcdef1234567890abcdef12345678", ""])
def test_a_push_whose_first_commit_is_unknown_counts_as_code(pushed, before):
    assert pushed("groups/amnesty-nidaros.yaml", before=before) == "code=true"


@pytest.mark.parametrize("event", ["schedule", "workflow_dispatch"])
def test_the_daily_and_dispatched_runs_publish_main_without_testing_it_again(pushed, event):
    assert pushed(before=ZEROS, event=event) == "code=false"


def test_the_tests_run_only_when_code_changed():
    assert JOBS["tests"]["needs"] == "changes"
    assert JOBS["tests"]["if"] == "needs.changes.outputs.code == 'true'"
    assert JOBS["changes"]["outputs"]["code"] == "${{ steps.changes.outputs.code }}"
    assert "run" in JOBS["tests"]["steps"][-1] and "./scripts/test" in JOBS["tests"]["steps"][-1]["run"]


def test_a_code_change_runs_the_code_tests_and_the_browser_tests_side_by_side_and_together_all_of_them():
    tests = JOBS["tests"]
    assert tests["strategy"]["matrix"]["part"] == ["--no-browser", "tests/browser"]   # all but the browser, and it
    assert tests["steps"][-1]["env"]["PART"] == "${{ matrix.part }}"
    assert tests["steps"][-1]["run"] == './scripts/test "$PART"'
    assert tests["strategy"].get("fail-fast", True)   # one part failing fails the job, and so stops the deploy


def test_the_build_job_checks_the_built_site_before_uploading_it():
    steps = JOBS["build"]["steps"]
    names = [step.get("run", step.get("uses", "")) for step in steps]
    [build] = [i for i, run in enumerate(names) if "grupper build" in run]
    [check] = [i for i, run in enumerate(names) if "grupper check-site site/public" in run]
    [upload] = [i for i, run in enumerate(names) if run.startswith("actions/upload-pages-artifact@")]
    assert build < check < upload
    assert '--as-of "$BUILD_DATE"' in steps[check]["run"] and "GITHUB_ENV" in steps[build]["run"]
    assert "if" not in steps[check]


def _deploys(build: str, tests: str, changes: str = "success") -> bool:
    """Whether the deploy job's condition holds for these results of the jobs it needs, on main."""
    condition = " ".join(JOBS["deploy"]["if"].split())
    results = {"build": build, "tests": tests, "changes": changes}
    expression = condition.replace("always() && ", "").replace("github.ref == 'refs/heads/main'", "True")
    for job, result in results.items():
        expression = expression.replace(f"needs.{job}.result", repr(result))
    return eval(expression.replace("&&", " and ").replace("||", " or "))   # the condition holds only these


def test_the_deploy_needs_the_build_and_the_tests_only_when_they_ran():
    assert set(JOBS["deploy"]["needs"]) == {"changes", "tests", "build"}
    assert JOBS["deploy"]["if"].startswith("always() && github.ref == 'refs/heads/main'")
    assert _deploys("success", "success")
    assert _deploys("success", "skipped")


@pytest.mark.parametrize(("build", "tests", "changes"), [
    ("success", "failure", "success"), ("success", "cancelled", "success"), ("failure", "success", "success"),
    ("failure", "skipped", "success"), ("cancelled", "skipped", "success"), ("skipped", "skipped", "success"),
    ("success", "skipped", "failure"), ("success", "skipped", "cancelled")])
def test_a_failed_or_cancelled_job_stops_the_publishing(build, tests, changes):
    assert not _deploys(build, tests, changes)
