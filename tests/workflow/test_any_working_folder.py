"""Every command says the same from any working folder: the project is read from where the code lives, the files
a user names from where they point, never from the folder the command happens to run in."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import AS_OF, ROOT

from .issue_bodies import form_body, registration_answers

NEW_GROUP = ["--non-interactive", "--name", "Amnesty Ås", "--category", "local", "--region", "ost",
             "--municipality", "Ås", "--priority-area", "womens-rights", "--contact-number", "130001"]
REGISTRATION = form_body("ny-gruppe", registration_answers({
    "name": "Amnesty Nesodden", "category": "local", "region": "ost", "municipality": "Nesodden",
    "priority_areas": ["womens-rights"], "members": [{"member_number": "130001", "roles": ["contact"]}],
    "public": {"email": "nesodden@example.org"}}))


def _scratch(folder: Path) -> Path:
    """A copy of the sample groups, for the commands that write a group file."""
    groups = folder / "groups"
    shutil.copytree(ROOT / "groups", groups)
    return groups


def _said(cwd: Path, arguments: list[str], stdin: str = "") -> str:
    done = subprocess.run([sys.executable, "-m", "generator", *arguments, "--as-of", AS_OF.isoformat()], cwd=cwd,
                          input=stdin, capture_output=True, text=True, timeout=300)
    return f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"


def _commands(groups: Path, output: Path) -> dict[str, list[str]]:
    sample = str(ROOT / "groups")
    return {
        "validate": ["validate", "--groups-dir", sample],
        "validate a file": ["validate", str(ROOT / "groups" / "amnesty-nidaros.yaml"), "--groups-dir", sample],
        "validate markdown": ["validate", "--groups-dir", sample, "--format", "markdown"],
        "status": ["status", "--groups-dir", sample],
        "status json": ["status", "--groups-dir", sample, "--format", "json"],
        "remind json": ["remind", "--groups-dir", sample, "--format", "json"],
        "build": ["build", "--groups-dir", sample, "--public", str(output / "public"),
                  "--internal", str(output / "internal")],
        "schema --check": ["schema", "--check"],
        "new": ["new", "--groups-dir", str(groups), *NEW_GROUP],
        "from-issue": ["from-issue", "-", "--groups-dir", str(groups), "--format", "markdown"],
        "changed-files": ["changed-files", "--base", "HEAD", "--groups-dir", "groups"],
        "preview-changes": ["preview-changes", "--base", "HEAD", "--groups-dir", "groups"],
        "maintainers": ["maintainers", "--base", "HEAD", "--author", "kari-nordmann", "--groups-dir", "groups"],
    }


GIT_COMMANDS = {"changed-files", "preview-changes", "maintainers"}   # read the repository they run in


@pytest.mark.parametrize("name", list(_commands(Path(), Path())))
def test_a_command_says_the_same_from_another_folder_as_from_the_project(name, tmp_path):
    if name in GIT_COMMANDS and not (ROOT / ".git").exists():
        pytest.skip("needs the project's Git repository")
    runs = {}
    (tmp_path / "somewhere").mkdir()
    for where in ("project", "elsewhere"):
        scratch = tmp_path / where
        groups, output = _scratch(scratch), scratch / "site"
        cwd = ROOT if where == "project" else tmp_path / "somewhere"   # beside the scratch copy, not above it
        command = _commands(groups, output)[name]
        if name in GIT_COMMANDS and where == "elsewhere":
            command = [str(ROOT / "groups") if part == "groups" else part for part in command]
            cwd = ROOT / "data"        # inside the repository, outside the project root
        said = _said(cwd, command, REGISTRATION if name == "from-issue" else "")
        runs[where] = said.replace(f"{scratch}/", "SCRATCH/").replace(f"{ROOT}/", "")
    assert runs["elsewhere"] == runs["project"]
    assert "intern feil" not in runs["project"]
