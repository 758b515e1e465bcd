"""Every workflow passes actionlint and zizmor (offline), and keeps the security rules."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from .conftest import WORKFLOWS

BIN = Path(sys.executable).parent
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$")


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_there_are_workflows():
    assert {p.name for p in WORKFLOWS} >= {"pull-request.yml", "main.yml", "weekly-status.yml", "issue-form.yml"}


def test_actionlint_passes():
    result = _run(str(BIN / "actionlint"), "-no-color", *map(str, WORKFLOWS))
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_passes_offline():
    result = _run(str(BIN / "zizmor"), "--offline", "--no-progress", *map(str, WORKFLOWS))
    assert result.returncode == 0, result.stdout + result.stderr


def _jobs(path: Path) -> dict:
    return yaml.safe_load(path.read_text())["jobs"]


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_least_privilege_pinned_actions_and_no_persisted_credentials(workflow):
    document = yaml.safe_load(workflow.read_text())
    assert document["permissions"] == {}
    for job in document["jobs"].values():
        assert "permissions" in job
        for step in job["steps"]:
            if "uses" in step:
                assert PINNED.match(step["uses"]), step["uses"]
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False
            assert "${{" not in step.get("run", ""), f"pass expressions through env: {step['run']}"
    assert "pull_request_target" not in document[True]


def test_pinned_actions_say_their_version():
    for workflow in WORKFLOWS:
        for line in workflow.read_text().splitlines():
            if re.match(r"\s*(?:- )?uses:", line):     # not `statuses:` in a permissions block
                assert re.search(r"@[0-9a-f]{40} # v[0-9]+\.[0-9]+\.[0-9]+$", line), line


def test_only_the_public_site_goes_to_pages():
    build = _jobs(ROOT / ".github" / "workflows" / "main.yml")["build"]["steps"]
    pages = [s for s in build if s.get("uses", "").startswith("actions/upload-pages-artifact@")]
    artifacts = [s for s in build if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert [s["with"]["path"] for s in pages] == ["site/public"]
    assert [s["with"]["path"] for s in artifacts] == ["site/internal"]
