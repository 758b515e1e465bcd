"""The commands the workflows and hooks run are commands the CLI accepts, and they do
what the workflow needs: the pull-request job's own scripts run here on a scratch
git repository."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.cli.main import build_parser

from tests.conftest import AS_OF, ROOT
from .conftest import WORKFLOWS

SHELL_OPERATORS = {">", ">>", "|", "&&", "||", ";", "2>", "<"}
SAMPLE_ENV = {"ISSUE_NUMBER": "12", "BASE_SHA": "0" * 40, "ISSUE_CREATED": "2026-11-24T09:30:00Z",
              "ISSUE_EVENT": "edited", "BUILD_DATE": "2026-11-24"}
PULL_REQUEST = ROOT / ".github" / "workflows" / "pull-request.yml"


def _expanded(word: str) -> str:
    """Shell variables as a workflow would have them: $NAME, and ${NAME%%T*} (a timestamp's date)."""
    word = re.sub(r"\$\{(\w+)%%T\*\}", lambda m: SAMPLE_ENV[m[1]].split("T")[0], word)
    return re.sub(r"\$(\w+)", lambda m: SAMPLE_ENV.get(m[1], m[1]), word)


def _grupper_calls(script: str) -> list[list[str]]:
    """The arguments of each `grupper` call in a shell script, files added where xargs or pre-commit add them."""
    calls = []
    for line in script.splitlines():
        words = shlex.split(line, comments=True)
        for i, word in enumerate(words):
            if word.endswith("grupper") and i + 1 < len(words):
                rest = words[i + 1:]
                end = next((j for j, w in enumerate(rest) if w in SHELL_OPERATORS), len(rest))
                appended = ["groups/amnesty-nidaros.yaml"] if words[0] == "xargs" else []
                calls.append([_expanded(w) for w in rest[:end]] + appended)
    return calls


def _workflow_scripts() -> list[str]:
    return [step["run"] for path in WORKFLOWS for job in yaml.safe_load(path.read_text())["jobs"].values()
            for step in job["steps"] if "run" in step]


def _hook_entries() -> list[str]:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    hooks += yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    return [hook["entry"] + " groups/amnesty-nidaros.yaml" for hook in hooks]


CALLS = [call for script in _workflow_scripts() + _hook_entries() for call in _grupper_calls(script)]


def test_the_workflows_run_grupper():
    assert {call[0] for call in CALLS} >= {"changed-files", "validate", "build", "status", "from-issue"}


@pytest.mark.parametrize("call", CALLS, ids=" ".join)
def test_each_grupper_call_is_accepted_by_the_cli(call):
    build_parser().parse_args(call)


def test_the_public_site_is_published_every_day_for_the_day_of_the_build():
    publish = yaml.safe_load((ROOT / ".github" / "workflows" / "main.yml").read_text())
    triggers = publish[True]     # YAML 1.1 reads the key `on` as true
    [daily] = triggers["schedule"]
    minute, hour, *every_day = daily["cron"].split()
    assert minute.isdigit() and hour.isdigit() and every_day == ["*", "*", "*"]
    assert "push" in triggers
    [build] = [step["run"] for step in _job_steps(ROOT / ".github" / "workflows" / "main.yml", "build")
               if "grupper build" in step.get("run", "")]
    assert "BUILD_DATE=$(TZ=Europe/Oslo date +%F)" in build and '--as-of "$BUILD_DATE"' in build


def _job_steps(workflow: Path, job: str) -> list[dict]:
    return yaml.safe_load(workflow.read_text())["jobs"][job]["steps"]


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture
def repo(project) -> Path:
    """The scratch project as a git repository whose first commit is the pull request's base,
    with `.venv/bin/grupper` running this checkout's CLI on the fixed date."""
    _git(project, "init", "-q", "-b", "main")
    _git(project, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", "groups")
    _git(project, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "base")
    launcher = project / ".venv" / "bin" / "grupper"
    launcher.parent.mkdir(parents=True)
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m generator "$@" --as-of {AS_OF.isoformat()}\n')
    launcher.chmod(0o755)
    return project


def _run_pull_request_job(repo: Path, tmp_path: Path, author: str = "kari-nordmann", pusher: str = "",
                          commit_authors: tuple[str, ...] = ()) -> tuple[dict[str, int], str, str]:
    """Each step after the install, as GitHub runs it on a pull_request event (a dispatched run's own steps are
    skipped), with a `gh` that answers the pull request's commits by `commit_authors`: (exit code by step name,
    stdout, job summary)."""
    base = _git(repo, "rev-list", "--max-parents=0", "HEAD")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-am", "change")
    summary = tmp_path / "summary.md"
    env = {**os.environ, "BASE_SHA": base, "AUTHOR": author, "PUSHER": pusher, "PR_NUMBER": "40",
           "RUNNER_TEMP": str(tmp_path), "GITHUB_STEP_SUMMARY": str(summary),
           "GITHUB_OUTPUT": str(tmp_path / "output.txt"), "GITHUB_REPOSITORY": "amnesty-norge/grupper",
           "PATH": f"{_fake_gh(tmp_path, commit_authors)}:{os.environ['PATH']}"}
    codes, out = {}, ""
    for step in _job_steps(PULL_REQUEST, "group-files"):
        if "workflow_dispatch" in step.get("if", ""):
            continue
        if "run" in step and step["run"] != "./scripts/install":
            done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                                  cwd=repo, env=env, capture_output=True, text=True, timeout=120)
            codes[step["name"]], out = done.returncode, out + done.stdout
    return codes, out, summary.read_text() if summary.exists() else ""


def _fake_gh(tmp_path: Path, commit_authors: tuple[str, ...]) -> Path:
    """A folder with a `gh` that prints `commit_authors` one a line, as `gh api .../commits --jq` does."""
    bin_dir = tmp_path / "gh-bin"
    bin_dir.mkdir(exist_ok=True)
    script = bin_dir / "gh"
    script.write_text("#!/bin/sh\n" + "".join(f"echo {shlex.quote(login)}\n" for login in commit_authors))
    script.chmod(0o755)
    return bin_dir


def test_pull_request_job_annotates_the_changed_file_on_the_right_line(repo, tmp_path):
    group = repo / "groups" / "amnesty-nidaros.yaml"
    group.write_text(group.read_text().replace("roles: [contact, leader]", "roles: [leader]"))
    line = group.read_text().splitlines().index('  - member_number: "100234"') + 1    # the member without the role
    codes, out, summary = _run_pull_request_job(repo, tmp_path)
    assert codes["Finn endrede gruppefiler"] == 0
    assert codes["Sjekk endrede gruppefiler"] != 0
    assert f"::error file=groups/amnesty-nidaros.yaml,line={line},col=3,title=§2.4::" in out
    assert "amnesty-ungdom-molde" not in out
    assert "`groups/amnesty-nidaros.yaml`" in summary and "§2.4" in summary


def test_pull_request_job_ignores_a_dated_problem_in_a_group_it_did_not_touch(repo, tmp_path):
    untouched = repo / "groups" / "amnesty-ungdom-molde.yaml"
    untouched.write_text(untouched.read_text().replace("welcome_package_sent: 2024-01-29",
                                                       "welcome_package_sent: 2099-01-29"))
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "--amend", "-am", "base")
    touched = repo / "groups" / "amnesty-studentgruppe-ntnu.yaml"
    touched.write_text(touched.read_text().replace("meets: Onsdager", "meets: Torsdager"))
    codes, out, summary = _run_pull_request_job(repo, tmp_path)
    assert set(codes.values()) == {0}, out
    assert "ntnu" not in out
    assert "Ingen feil" in summary


def test_pull_request_summary_tells_of_a_renamed_group_file(repo, tmp_path):
    _git(repo, "mv", "groups/amnesty-ungdom-molde.yaml", "groups/amnesty-molde.yaml")
    codes, _, summary = _run_pull_request_job(repo, tmp_path)
    assert codes["Finn endrede gruppefiler"] != 0
    assert summary.startswith("## Gruppefiler er slettet eller har fått nytt navn")


def test_changed_files_lists_added_and_changed_group_files_and_refuses_deleted_ones(repo, grupper):
    base = _git(repo, "rev-parse", "HEAD")
    (repo / "groups" / "amnesty-ungdom-molde.yaml").unlink()
    (repo / "groups" / "amnesty-ny.yaml").write_text("name: Ny\n")
    nidaros = repo / "groups" / "amnesty-nidaros.yaml"
    nidaros.write_text(nidaros.read_text() + "\n")
    (repo / "README.txt").write_text("not a group\n")
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "change")
    result = grupper("changed-files", "--base", base)
    assert result.returncode == 1
    assert result.stdout.split() == ["groups/amnesty-nidaros.yaml", "groups/amnesty-ny.yaml"]
    assert result.stderr.startswith("groups/amnesty-ungdom-molde.yaml:1:1: feil: Gruppefila er slettet")


def test_pull_request_job_refuses_a_register_export_though_it_touches_no_group_file(repo, tmp_path):
    export = repo / "docs" / "notater.md"       # an innocent name: only its content gives it away
    export.parent.mkdir(exist_ok=True)
    export.write_text("Medlemsnummer;Navn;E-post\n100234;Kari Testesen;kari.testesen@example.org\n", encoding="utf-8")
    _git(repo, "add", "docs/notater.md")
    codes, out, _ = _run_pull_request_job(repo, tmp_path)
    assert codes["Finn endrede gruppefiler"] != 0
    assert "Kari" not in out and "kari.testesen" not in out


def test_changed_files_names_a_changed_register_export_without_its_contents(repo, grupper):
    base = _git(repo, "rev-parse", "HEAD")
    (repo / "bilde.txt").write_text("medlemsnr,fornavn,etternavn,mobil\n0100234,Kari,Testesen,91234567\n")
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "change")
    result = grupper("changed-files", "--base", base)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.startswith("bilde.txt:1:1: ")
    assert "uttrekk fra medlemsregisteret" in result.stderr
    assert "Testesen" not in result.stderr and "91234567" not in result.stderr


def test_changed_files_with_an_unknown_base_is_a_usage_error(repo, grupper_process):
    result = grupper_process("changed-files", "--base", "no-such-branch")   # exit 2 as a shell sees it
    assert result.returncode == 2
    assert "no-such-branch" in result.stderr


def test_the_issue_is_closed_with_a_link_to_its_pull_request_only_when_one_was_opened():
    steps = _job_steps(ROOT / ".github" / "workflows" / "issue-form.yml", "from-issue")
    [pr] = [step for step in steps if step.get("id") == "pr"]
    assert pr["uses"].startswith("peter-evans/create-pull-request@")
    [close] = [step for step in steps if "gh issue close" in step.get("run", "")]
    assert steps.index(close) > steps.index(pr)
    assert "steps.pr.outputs.pull-request-operation == 'created'" in close["if"]
    assert close["env"]["GH_TOKEN"] == "${{ github.token }}"
    assert close["env"]["PR_URL"] == "${{ steps.pr.outputs.pull-request-url }}"
    command = shlex.split(close["run"])
    assert command[:4] == ["gh", "issue", "close", "$ISSUE_NUMBER"]
    assert "$PR_URL" in command[command.index("--comment") + 1]
