"""scripts/purge-history: personal data committed by mistake is gone from the whole history afterwards.

Each test builds a scratch repository with the real `git` and runs the real script
(which runs the real git-filter-repo from the project's venv). No network.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "purge-history"

PHONE = "+47 912 34 567"
EMAIL = "kari.testesen@eksempel.no"
IN_MESSAGE = "Ola Testesen Nordmann"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


def purge(repo: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], cwd=repo, capture_output=True, text=True,
                          timeout=120, env=env, stdin=subprocess.DEVNULL)


def commit(repo: Path, message: str, **files: str) -> None:
    for name, text in files.items():
        (repo / name).write_text(text, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def everything(repo: Path) -> str:
    """All a reader of the repository sees: every patch on every ref, and every commit message."""
    return git(repo, "log", "-p", "--all") + git(repo, "log", "--all", "--format=%B")


@pytest.fixture
def leaky_repo(tmp_path) -> Path:
    """A repository where a phone number and an e-mail sat in a group file for two commits before being
    removed, and a name was written in a later commit message."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "Test Testesen")
    git(repo, "config", "user.email", "test@example.org")
    git(repo, "config", "commit.gpgsign", "false")
    commit(repo, "New group", **{"amnesty-test.yaml": "name: Amnesty Test\nregion: midt\n"})
    commit(repo, "Add contact", **{"amnesty-test.yaml":
           f"name: Amnesty Test\nregion: midt\n# kontakt: {PHONE}, {EMAIL}\n"})
    commit(repo, "Add members", **{"amnesty-test.yaml":
           f"name: Amnesty Test\nregion: midt\n# kontakt: {PHONE}, {EMAIL}\nmembers: []\n"})
    commit(repo, "Remove personal details", **{"amnesty-test.yaml":
           "name: Amnesty Test\nregion: midt\nmembers: []\n"})
    commit(repo, f"Report from {IN_MESSAGE}", **{"rapport.txt": "Stand på Torvet\n"})
    return repo


def test_values_are_gone_from_every_commit_and_message_and_the_rest_survives(leaky_repo, tmp_path):
    assert PHONE in everything(leaky_repo) and EMAIL in everything(leaky_repo)
    values = tmp_path / "verdier.txt"
    values.write_text(f"{PHONE}\n\n{EMAIL}\n", encoding="utf-8")

    done = purge(leaky_repo, "--fra-fil", str(values), IN_MESSAGE)

    assert done.returncode == 0, done.stdout + done.stderr
    history = everything(leaky_repo)
    for value in (PHONE, EMAIL, IN_MESSAGE):
        assert value not in history
    assert "***FJERNET***" in history
    assert "Report from ***FJERNET***" in git(leaky_repo, "log", "--all", "--format=%B")
    # The rest of the content and history survives.
    assert "name: Amnesty Test" in history and "Stand på Torvet" in history
    assert len(git(leaky_repo, "rev-list", "--all").split()) == 5
    assert (leaky_repo / "amnesty-test.yaml").read_text() == "name: Amnesty Test\nregion: midt\nmembers: []\n"
    # The output names no value, and tells the next steps.
    for value in (PHONE, EMAIL, IN_MESSAGE):
        assert value not in done.stdout + done.stderr
    assert "git push --force --all" in done.stdout and "git push --force --tags" in done.stdout
    assert "klones på nytt" in done.stdout and "https://support.github.com/" in done.stdout
    assert "Fant 3 av 3 verdier" in done.stdout


def test_no_object_in_the_repository_holds_a_value_afterwards(leaky_repo):
    purge(leaky_repo, PHONE, EMAIL, IN_MESSAGE)

    objects = subprocess.run(["git", "cat-file", "--batch-all-objects", "--batch"], cwd=leaky_repo,
                             check=True, capture_output=True).stdout
    for value in (PHONE, EMAIL, IN_MESSAGE):
        assert value.encode() not in objects


def test_the_removed_origin_remote_is_reported_with_how_to_add_it_again(leaky_repo):
    git(leaky_repo, "remote", "add", "origin", "https://example.invalid/grupperegister.git")

    done = purge(leaky_repo, PHONE)

    assert done.returncode == 0, done.stdout + done.stderr
    assert "fjernet remoten «origin»" in done.stdout
    assert "git remote add origin https://example.invalid/grupperegister.git" in done.stdout


def test_a_fresh_mirror_clone_is_rewritten(leaky_repo, tmp_path):
    mirror = tmp_path / "mirror.git"
    subprocess.run(["git", "clone", "-q", "--mirror", str(leaky_repo), str(mirror)], check=True)

    done = purge(mirror, PHONE, EMAIL)

    assert done.returncode == 0, done.stdout + done.stderr
    history = git(mirror, "log", "-p", "--all")
    assert PHONE not in history and EMAIL not in history and "name: Amnesty Test" in history
    assert "speilklone" not in done.stdout  # no advice to use the mirror clone it already is


def test_a_whole_file_is_removed_from_history(leaky_repo):
    commit(leaky_repo, "Oops", **{"uttrekk.csv": "medlemsnummer;navn\n100234;Kari\n"})
    git(leaky_repo, "rm", "-q", "uttrekk.csv")
    git(leaky_repo, "commit", "-q", "-m", "Remove export")

    done = purge(leaky_repo, "--fjern-fil", "uttrekk.csv")

    assert done.returncode == 0, done.stdout + done.stderr
    assert "uttrekk.csv" not in git(leaky_repo, "log", "--all", "--name-only", "--format=")
    assert "100234;Kari" not in everything(leaky_repo)


def test_a_value_not_found_is_named_by_where_it_was_given_and_nothing_is_rewritten(leaky_repo):
    before = git(leaky_repo, "rev-parse", "HEAD")

    done = purge(leaky_repo, "+47 000 00 000")

    assert done.returncode == 0
    assert "Ikke funnet: verdien nr. 1 på kommandolinjen" in done.stdout
    assert "Ingenting å fjerne" in done.stdout
    assert "+47 000 00 000" not in done.stdout + done.stderr
    assert git(leaky_repo, "rev-parse", "HEAD") == before


def test_refuses_without_values(leaky_repo):
    before = git(leaky_repo, "rev-parse", "HEAD")

    done = purge(leaky_repo)

    assert done.returncode == 2
    assert "Oppgi minst én verdi" in done.stderr and "Ingenting er endret" in done.stderr
    assert git(leaky_repo, "rev-parse", "HEAD") == before


def test_refuses_an_empty_values_file(leaky_repo, tmp_path):
    empty = tmp_path / "tom.txt"
    empty.write_text("\n  \n", encoding="utf-8")

    done = purge(leaky_repo, "--fra-fil", str(empty))

    assert done.returncode == 2 and "Oppgi minst én verdi" in done.stderr


def test_refuses_outside_a_git_repository(tmp_path):
    outside = tmp_path / "ikke-git"
    outside.mkdir()
    env = {**os.environ, "GIT_CEILING_DIRECTORIES": str(tmp_path)}

    done = purge(outside, PHONE, env=env)

    assert done.returncode == 2
    assert "ikke et Git-repositorium" in done.stderr
    assert PHONE not in done.stdout + done.stderr


def test_refuses_a_value_so_short_it_would_hit_everything(leaky_repo):
    done = purge(leaky_repo, "Ola")

    assert done.returncode == 2 and "kortere enn 4 tegn" in done.stderr
    assert "Ola" not in done.stderr


def test_refuses_a_working_tree_with_uncommitted_changes(leaky_repo):
    (leaky_repo / "amnesty-test.yaml").write_text("changed\n", encoding="utf-8")

    done = purge(leaky_repo, PHONE)

    assert done.returncode == 2 and "ikke er committet" in done.stderr
    assert (leaky_repo / "amnesty-test.yaml").read_text() == "changed\n"


def test_says_in_norwegian_when_git_filter_repo_is_missing(leaky_repo, tmp_path):
    alone = tmp_path / "scripts" / "purge-history"  # no .venv beside this copy
    alone.parent.mkdir()
    shutil.copy(SCRIPT, alone)
    python = os.path.realpath(sys.executable)  # the base interpreter, outside the venv
    git_dir = os.path.dirname(shutil.which("git"))
    path = os.pathsep.join([git_dir, os.path.dirname(python)])
    if shutil.which("git-filter-repo", path=path) or Path(python).with_name("git-filter-repo").exists():
        pytest.skip("git-filter-repo is installed outside the venv too")

    done = subprocess.run([python, str(alone), PHONE], cwd=leaky_repo, capture_output=True, text=True,
                          env={**os.environ, "PATH": path}, timeout=60)

    assert done.returncode == 2 and "Fant ikke git-filter-repo" in done.stderr
