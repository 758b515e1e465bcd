"""Every install is from the lock files, and the locks still match pyproject.toml.

The locks cannot be made again here (that needs the package index), so the test
checks what matters: every dependency in pyproject.toml (the program's, the test
extra's and the build backend) is pinned to one version with its hashes, and the
pinned version is one the specifier allows. `scripts/lock` writes them again.
"""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT
from .conftest import WORKFLOWS

RUNTIME_LOCK = ROOT / "requirements.lock"
TEST_LOCK = ROOT / "requirements-test.lock"
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}$")


def parse_lock(text: str) -> list[tuple[Requirement, list[str]]]:
    """Each pin of a pip requirements file with hashes: the requirement and its hashes."""
    entries = []
    for entry in re.sub(r"\\\n", " ", text).splitlines():
        entry = entry.strip()
        if not entry or entry.startswith("#"):
            continue
        words = entry.split(" --hash=")
        entries.append((Requirement(words[0]), [f"--hash={word.strip()}" for word in words[1:]]))
    return entries


def lock_problems(pyproject: dict, lock_text: str, extras: tuple[str, ...] = ()) -> list[str]:
    """What is wrong with a lock for pyproject.toml's dependencies (and those of the given extras)."""
    pins = parse_lock(lock_text)
    problems = []
    for requirement, hashes in pins:
        versions = [spec for spec in requirement.specifier if spec.operator == "=="]
        if len(versions) != 1 or len(requirement.specifier) != 1:
            problems.append(f"{requirement} is not pinned to one version with ==")
        if not hashes or not all(HASH.match(value) for value in hashes):
            problems.append(f"{requirement.name} has no sha256 hash")
    by_name: dict[str, list[Requirement]] = {}
    for requirement, _ in pins:
        by_name.setdefault(canonicalize_name(requirement.name), []).append(requirement)
    wanted = [*pyproject["build-system"]["requires"], *pyproject["project"]["dependencies"]]
    for extra in extras:
        wanted += pyproject["project"]["optional-dependencies"][extra]
    for dependency in map(Requirement, wanted):
        locked = by_name.get(canonicalize_name(dependency.name))
        if not locked:
            problems.append(f"{dependency} is in pyproject.toml but not in the lock: run scripts/lock")
            continue
        for pin in locked:
            version = next(iter(pin.specifier)).version
            if not dependency.specifier.contains(version, prereleases=True):
                problems.append(f"{pin.name} {version} is locked, but pyproject.toml asks for {dependency}: "
                                "run scripts/lock")
    return problems


PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_runtime_lock_pins_every_dependency_of_pyproject_with_hashes():
    assert lock_problems(PYPROJECT, RUNTIME_LOCK.read_text(encoding="utf-8")) == []


def test_the_test_lock_pins_every_dependency_and_the_test_extra_with_hashes():
    assert lock_problems(PYPROJECT, TEST_LOCK.read_text(encoding="utf-8"), extras=("test",)) == []


def test_the_runtime_lock_pins_the_same_versions_as_the_test_lock():
    test_pins = {str(requirement) for requirement, _ in parse_lock(TEST_LOCK.read_text(encoding="utf-8"))}
    runtime_pins = {str(requirement) for requirement, _ in parse_lock(RUNTIME_LOCK.read_text(encoding="utf-8"))}
    assert runtime_pins - test_pins == set()


def _with_dependency(dependency: str, extra: str | None = None) -> dict:
    project = {**PYPROJECT["project"], "optional-dependencies": dict(PYPROJECT["project"]["optional-dependencies"])}
    if extra:
        project["optional-dependencies"][extra] = [*project["optional-dependencies"][extra], dependency]
    else:
        project["dependencies"] = [*project["dependencies"], dependency]
    return {**PYPROJECT, "project": project}


def test_a_dependency_added_to_pyproject_but_not_locked_fails():
    problems = lock_problems(_with_dependency("humanize>=4"), RUNTIME_LOCK.read_text(encoding="utf-8"))
    assert problems == ["humanize>=4 is in pyproject.toml but not in the lock: run scripts/lock"]


def test_a_test_dependency_added_to_pyproject_but_not_locked_fails():
    problems = lock_problems(_with_dependency("pytest-timeout>=2", "test"), TEST_LOCK.read_text(encoding="utf-8"),
                             extras=("test",))
    assert problems == ["pytest-timeout>=2 is in pyproject.toml but not in the lock: run scripts/lock"]


def test_a_locked_version_the_specifier_no_longer_allows_fails():
    pyproject = _with_dependency("mkdocs>=99")
    problems = lock_problems(pyproject, RUNTIME_LOCK.read_text(encoding="utf-8"))
    assert len(problems) == 1 and problems[0].startswith("mkdocs ") and "mkdocs>=99" in problems[0]


def test_a_pin_without_a_hash_or_a_range_instead_of_a_pin_fails():
    lock = "mkdocs==1.6.1\nmkdocs-material>=9.5 \\\n    --hash=sha256:" + "0" * 64 + "\n"
    problems = lock_problems({"build-system": {"requires": []}, "project": {"dependencies": []}}, lock)
    assert problems == ["mkdocs has no sha256 hash", "mkdocs-material>=9.5 is not pinned to one version with =="]


def test_pyproject_bounds_the_majors_announced_to_break_the_sites():
    dependencies = {Requirement(text).name: Requirement(text).specifier for text in PYPROJECT["project"]["dependencies"]}
    assert not dependencies["mkdocs"].contains("2.0") and dependencies["mkdocs"].contains("1.6.1")
    assert not dependencies["mkdocs-material"].contains("10.0") and dependencies["mkdocs-material"].contains("9.7")


# Every install goes through scripts/install, which installs only from a lock.

def _workflow_jobs() -> list[tuple[str, dict]]:
    return [(f"{path.name}:{name}", job) for path in WORKFLOWS
            for name, job in yaml.safe_load(path.read_text(encoding="utf-8"))["jobs"].items()]


@pytest.mark.parametrize("name, job", _workflow_jobs(), ids=[name for name, _ in _workflow_jobs()])
def test_every_workflow_job_that_runs_the_project_installs_it_from_the_lock(name, job):
    scripts = [step["run"] for step in job["steps"] if "run" in step]
    assert not any("pip install" in script or "-m venv" in script for script in scripts), name
    if any(".venv/bin/" in script for script in scripts):
        assert "./scripts/install" in scripts, name


def test_the_readme_and_the_test_script_install_from_the_lock():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(.*?)\n```", readme, re.S)
    first_command = re.search(r"```sh\n(.*?)\n```", readme.split("## Kom i gang", 1)[1], re.S)[1]
    assert first_command.startswith("./scripts/install && ")
    assert not any("pip install" in command for command in commands)
    test_script = (ROOT / "scripts" / "test").read_text(encoding="utf-8")
    assert "./scripts/install --test" in test_script and "pip " not in test_script
    assert "./scripts/test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_install_script_installs_only_hashed_pins_and_the_project_without_dependencies():
    script = (ROOT / "scripts" / "install").read_text(encoding="utf-8")
    installs = [line.strip() for line in script.splitlines() if re.match(r'"\$\{(pip|uv)\[@\]\}"', line.strip())]
    assert installs == [
        '"${pip[@]}" install --require-hashes --only-binary=:all: --requirement "$installer"',
        '"${uv[@]}" --require-hashes --only-binary=:all: --requirement "$lock"',
        '"${uv[@]}" --no-deps --no-build-isolation --editable .',
    ]
    assert 'uv=(.venv/bin/uv pip install --quiet --python .venv/bin/python)' in script


def test_the_installer_is_locked_with_its_hashes_at_the_version_scripts_lock_uses():
    version = re.search(r"^UV_VERSION=(\S+)$", (ROOT / "scripts" / "lock").read_text(encoding="utf-8"), re.M)[1]
    script = (ROOT / "scripts" / "install").read_text(encoding="utf-8")
    awk = re.search(r"^(awk .*) \"\$lock\" > \"\$installer\"$", script, re.M)[1]
    for lock in (RUNTIME_LOCK, TEST_LOCK):
        [locked] = [(pin, hashes) for pin, hashes in parse_lock(lock.read_text(encoding="utf-8")) if pin.name == "uv"]
        assert str(locked[0].specifier) == f"=={version}" and locked[1], lock.name
        picked = subprocess.run(["bash", "-c", f'{awk} "$0"', str(lock)], capture_output=True, text=True, check=True)
        assert parse_lock(picked.stdout) == [locked]    # what pip installs first: uv alone, with every hash
