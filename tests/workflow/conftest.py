"""Workflow tests: a scratch project with a few real group files, and the real CLI as a subprocess."""

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


@pytest.fixture
def grupper(project):
    """Run `python -m generator ...` in the scratch project; returns the finished process."""
    def run(*args: str, stdin: str = "", as_of: date | None = AS_OF) -> subprocess.CompletedProcess:
        dated = ("--as-of", as_of.isoformat()) if as_of else ()
        return subprocess.run([sys.executable, "-m", "generator", *args, *dated], cwd=project, input=stdin,
                              capture_output=True, text=True, timeout=120)
    return run
