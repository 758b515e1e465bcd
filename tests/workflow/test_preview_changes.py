"""The public preview of a pull request: `grupper preview-changes` lists the public group pages a
branch adds, removes and changes (from the public views of the base and the head, read from a
real Git repository), `grupper build --public-only` builds the public site alone, and the
pull-request workflow wires the two into an artifact and the job summary."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import fields
from datetime import date

import pytest
import yaml

from generator.views.public_changes import FIELD_WORDS
from generator.views.public_view import PublicGroup

from tests.conftest import ROOT

PULL_REQUEST = ROOT / ".github" / "workflows" / "pull-request.yml"
CLOSURE = "closed:\n  date: 2026-11-01\n  reason: For få aktive medlemmer etter sommeren.\n"


def _git(repo, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=repo,
                          check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture
def repo(project):
    """The scratch project as a Git repository whose only commit, on main, is the pull request's base."""
    _git(project, "init", "-q", "-b", "main")
    _git(project, "add", "groups")
    _git(project, "commit", "-q", "-m", "base")
    return project


def _edit(repo, name: str, old: str, new: str) -> None:
    path = repo / "groups" / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _commit_head(repo) -> None:
    _git(repo, "checkout", "-q", "-b", "change")
    _git(repo, "add", "-A", "groups")
    _git(repo, "commit", "-q", "-m", "head")


def _close(repo, name: str) -> None:
    _edit(repo, name, "\nstatus: active", "\nstatus: closed")
    with (repo / "groups" / name).open("a", encoding="utf-8") as file:
        file.write(CLOSURE)


def test_a_pull_request_lists_the_added_closed_unlisted_and_changed_pages_by_name(repo, grupper):
    shutil.copy(ROOT / "groups" / "amnesty-bergen.yaml", repo / "groups" / "amnesty-bergen.yaml")
    _close(repo, "amnesty-nidaros.yaml")
    _edit(repo, "amnesty-ungdom-molde.yaml", "\nstatus: active\n", "\nstatus: active\nlisted: false\n")
    _edit(repo, "amnesty-studentgruppe-ntnu.yaml", "Alle studenter er", "Alle studenter, også nye, er")
    _commit_head(repo)
    assert grupper("validate").returncode == 0
    result = grupper("preview-changes", "--base", "main")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Amnesty Bergen: ny side",
        "Amnesty Nidaros: fjernet (nedlagt)",
        "Amnesty Ungdom Molde: skjult (listed: false)",
        "Amnesty Studentgruppe NTNU: endret (beskrivelse)",
    ]


def test_a_change_to_private_fields_changes_no_public_page(repo, grupper):
    _edit(repo, "amnesty-nidaros.yaml", "welcome_package_sent: 2024-09-20", "welcome_package_sent: 2024-09-21")
    _edit(repo, "amnesty-nidaros.yaml", "roles: []", "roles: [social-media]")
    _commit_head(repo)
    assert grupper("validate").returncode == 0
    result = grupper("preview-changes", "--base", "main")
    assert result.stdout.strip() == ("Endringen legger ikke til, fjerner eller endrer noen gruppeside i den "
                                     "offentlige gruppeoversikten.")


def test_the_working_tree_is_the_head_and_the_merge_base_the_base(repo, grupper):
    _git(repo, "checkout", "-q", "-b", "change")
    _git(repo, "checkout", "-q", "main")
    _close(repo, "amnesty-ungdom-molde.yaml")     # main moves on after the branch was made
    _git(repo, "commit", "-q", "-am", "main moves on")
    _git(repo, "checkout", "-q", "change")
    _edit(repo, "amnesty-studentgruppe-ntnu.yaml", "name: Amnesty Studentgruppe NTNU", "name: Amnesty NTNU")
    result = grupper("preview-changes", "--base", "main")   # uncommitted: what the build would publish
    assert result.stdout.splitlines() == ["Amnesty NTNU (før: Amnesty Studentgruppe NTNU): endret (navn)"]


def test_a_deleted_file_and_a_file_with_errors_are_named_with_why_their_page_goes(repo, grupper):
    (repo / "groups" / "amnesty-ungdom-molde.yaml").unlink()
    _edit(repo, "amnesty-nidaros.yaml", "\nregion: midt", "\nregion: atlantis")
    _commit_head(repo)
    result = grupper("preview-changes", "--base", "main")
    assert result.stdout.splitlines() == [
        "Amnesty Nidaros: kan ikke bygges (gruppefila har feil)",
        "Amnesty Ungdom Molde: fjernet (gruppefila er slettet)",
    ]


def test_the_markdown_summary_shows_names_as_text_and_links_the_preview(repo, grupper):
    _edit(repo, "amnesty-nidaros.yaml", "name: Amnesty Nidaros", "name: Amnesty <b>Nidaros</b>")
    _commit_head(repo)
    url = "https://github.com/amnesty/grupper/actions/runs/1/artifacts/2"
    result = grupper("preview-changes", "--base", "main", "--format", "markdown", "--preview-url", url)
    lines = result.stdout.splitlines()
    assert lines[0] == "## Forhåndsvisning av den offentlige gruppeoversikten"
    assert lines[2].startswith("- Amnesty &#60;b&#62;Nidaros&#60;&#47;b&#62; (før: Amnesty Nidaros): endret (navn)")
    assert lines[2].endswith("(`groups/amnesty-nidaros/`)")
    assert f"[Last ned forhåndsvisningen]({url})" in result.stdout
    unsafe = grupper("preview-changes", "--base", "main", "--format", "markdown",
                     "--preview-url", "javascript:alert(1)")
    assert "Last ned" not in unsafe.stdout


def test_the_json_output_names_the_change_the_reason_and_the_fields(repo, grupper):
    _close(repo, "amnesty-nidaros.yaml")
    _commit_head(repo)
    changes = json.loads(grupper("preview-changes", "--base", "main", "--format", "json").stdout)["changes"]
    assert changes == [{"id": "amnesty-nidaros", "name": "Amnesty Nidaros", "change": "removed", "reason": "closed",
                        "fields": [], "old_name": None, "page": "groups/amnesty-nidaros/"}]


def test_an_unknown_base_is_a_usage_error(repo, grupper_process):
    result = grupper_process("preview-changes", "--base", "no-such-branch")   # exit 2 as a shell sees it
    assert result.returncode == 2 and "no-such-branch" in result.stderr


def test_every_field_of_the_public_view_has_a_word_for_what_changed():
    assert {f.name for f in fields(PublicGroup)} - {"id"} == set(FIELD_WORDS)


def test_build_public_only_builds_the_public_site_and_no_internal_one(project, grupper):
    result = grupper("build", "--public-only", "--public", "site/preview")
    assert result.returncode == 0, result.stderr
    assert (project / "site" / "preview" / "groups" / "amnesty-nidaros" / "index.html").is_file()
    assert not (project / "site" / "internal").exists()


def _preview_job() -> dict:
    return yaml.safe_load(PULL_REQUEST.read_text(encoding="utf-8"))["jobs"]["preview"]


def test_the_pull_request_preview_uploads_the_public_only_build_and_summarises_the_changes(repo, tmp_path):
    """The preview job's own scripts, run as GitHub runs them: the artifact's folder holds the public site,
    and the summary names the changed page."""
    base = _git(repo, "rev-parse", "HEAD")
    _close(repo, "amnesty-nidaros.yaml")
    _commit_head(repo)
    launcher = repo / ".venv" / "bin" / "grupper"
    launcher.parent.mkdir(parents=True)
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m generator "$@" --as-of 2026-11-24\n')
    launcher.chmod(0o755)
    summary = tmp_path / "summary.md"
    env = {**os.environ, "BASE_REF": base, "GITHUB_STEP_SUMMARY": str(summary),
           "ARTIFACT_URL": "https://github.com/amnesty/grupper/actions/runs/1/artifacts/2"}
    steps = _preview_job()["steps"]
    [upload] = [step for step in steps if step.get("uses", "").startswith("actions/upload-artifact@")]
    for step in steps:
        if "run" in step and step["run"] != "./scripts/install":
            done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=repo,
                                  env=env, capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, (step["name"], done.stderr)
    site = repo / upload["with"]["path"]
    assert (site / "groups" / "amnesty-ungdom-molde" / "index.html").is_file()
    assert not (site / "groups" / "amnesty-nidaros").exists()
    assert "- Amnesty Nidaros: fjernet (nedlagt) (`groups/amnesty-nidaros/`)" in summary.read_text(encoding="utf-8")
    assert "[Last ned forhåndsvisningen](https://github.com/amnesty/grupper/actions/runs/1/artifacts/2)" in \
        summary.read_text(encoding="utf-8")


def test_the_preview_artifact_holds_only_the_public_site():
    steps = _preview_job()["steps"]
    builds = [step["run"] for step in steps if "grupper build" in step.get("run", "")]
    assert builds and all("--public-only" in run and "--internal" not in run for run in builds)
    [upload] = [step for step in steps if step.get("uses", "").startswith("actions/upload-artifact@")]
    assert all(upload["with"]["path"] in run for run in builds)
    assert upload["with"]["if-no-files-found"] == "error"


def test_a_confirmation_is_named_as_of_the_day_and_a_later_one_is_not_seen_yet(repo, grupper):
    _edit(repo, "amnesty-ungdom-molde.yaml", "\nregistered: 2024-01-15\n", "\nregistered: 2024-01-15\nconfirmed: 2026-11-20\n")
    _commit_head(repo)
    assert grupper("preview-changes", "--base", "main").stdout.splitlines() == [
        "Amnesty Ungdom Molde: endret (sist bekreftet)"]
    assert grupper("preview-changes", "--base", "main", as_of=date(2026, 11, 19)).stdout.splitlines() == [
        "Endringen legger ikke til, fjerner eller endrer noen gruppeside i den offentlige gruppeoversikten."]
