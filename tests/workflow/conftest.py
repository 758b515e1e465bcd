"""Workflow tests: a scratch project with a few real group files, and the CLI run in it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import AS_OF, ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
SAMPLE_GROUPS = ("amnesty-nidaros.yaml", "amnesty-ungdom-molde.yaml", "amnesty-studentgruppe-ntnu.yaml")


@pytest.fixture
def project(tmp_path) -> Path:
    """A scratch project: groups/ with three sample groups."""
    groups = tmp_path / "groups"
    groups.mkdir()
    for name in SAMPLE_GROUPS:
        shutil.copy(ROOT / "groups" / name, groups / name)
    return tmp_path


def _dated(args: tuple[str, ...], as_of: date | None) -> list[str]:
    return [*args, "--as-of", as_of.isoformat()] if as_of else list(args)


@pytest.fixture
def grupper(project, run_grupper):
    """Run `grupper ...` in the scratch project, in this process; returns what the finished process would."""
    def run(*args: str, stdin: str = "", as_of: date | None = AS_OF) -> subprocess.CompletedProcess:
        return run_grupper(*_dated(args, as_of), cwd=project, stdin=stdin)
    return run


@pytest.fixture
def grupper_process(project):
    """Run `python -m generator ...` in the scratch project as a real process: for tests whose subject is the
    process (its exit code as a shell sees it)."""
    def run(*args: str, stdin: str = "", as_of: date | None = AS_OF) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "generator", *_dated(args, as_of)], cwd=project, input=stdin,
                              capture_output=True, text=True, timeout=120)
    return run
