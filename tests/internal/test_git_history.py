"""A group file's history from Git for the internal site's «Historikk», in a temporary repository with real `git`:
the commits, and whether the checkout holds all of them (none without Git, cut in a shallow clone)."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date

import pytest

from generator.model.git_history import FileHistory, Histories, file_histories

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo, *args, when="2024-02-29T12:00:00+01:00", author="Kari Nordmann"):
    env = {**os.environ, "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": "kari@example.org",
           "GIT_COMMITTER_NAME": author, "GIT_COMMITTER_EMAIL": "kari@example.org",
           "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when, "GIT_CONFIG_GLOBAL": os.devnull}
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "groups").mkdir()
    return tmp_path


def test_every_commit_that_touched_a_file_newest_first_across_a_rename(repo):
    groups = repo / "groups"
    (groups / "amnesty-as.yaml").write_text("name: Amnesty Ås\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Registrer Amnesty Ås", when="2024-02-29T10:00:00+01:00")
    (groups / "amnesty-as.yaml").write_text("name: Amnesty Ås\nregion: ost\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Legg til region", author="Ola Hansen", when="2024-03-01T09:00:00+01:00")
    git(repo, "mv", "groups/amnesty-as.yaml", "groups/amnesty-aas.yaml")
    git(repo, "commit", "-q", "-m", "Gi gruppa ny id", when="2024-03-02T09:00:00+01:00")
    (groups / "amnesty-other.yaml").write_text("name: Annen\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "En annen gruppe", when="2024-03-03T09:00:00+01:00")

    histories = file_histories(groups)
    history = histories.of((groups / "amnesty-aas.yaml").resolve())
    assert histories.read and not history.cut
    assert [(c.date, c.author, c.message) for c in history.commits] == [
        (date(2024, 3, 2), "Kari Nordmann", "Gi gruppa ny id"),
        (date(2024, 3, 1), "Ola Hansen", "Legg til region"),
        (date(2024, 2, 29), "Kari Nordmann", "Registrer Amnesty Ås"),
    ]
    assert [c.message for c in histories.of((groups / "amnesty-other.yaml").resolve()).commits] == ["En annen gruppe"]


def test_a_file_never_committed_has_no_history(repo):
    (repo / "groups" / "amnesty-other.yaml").write_text("name: Annen\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "En annen gruppe")
    (repo / "groups" / "amnesty-ny.yaml").write_text("name: Ny\n", encoding="utf-8")
    histories = file_histories(repo / "groups")
    assert histories.read and histories.of((repo / "groups" / "amnesty-ny.yaml").resolve()) == FileHistory()


def test_outside_a_git_repository_no_history_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    folder = tmp_path / "groups"
    folder.mkdir()
    assert file_histories(folder) == Histories()


def test_without_git_no_history_is_read(repo, monkeypatch):
    monkeypatch.setenv("PATH", "")
    assert file_histories(repo / "groups") == Histories()


def test_in_a_shallow_clone_a_file_older_than_the_boundary_is_cut_and_a_newer_one_is_whole(repo, tmp_path_factory):
    groups = repo / "groups"
    (groups / "amnesty-gammel.yaml").write_text("name: Gammel\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Registrer Gammel", when="2024-01-10T10:00:00+01:00")
    (groups / "amnesty-gammel.yaml").write_text("name: Gammel\nregion: ost\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Legg til region", when="2024-02-10T10:00:00+01:00")
    (groups / "amnesty-ny.yaml").write_text("name: Ny\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Registrer Ny", when="2024-03-10T10:00:00+01:00")
    (groups / "amnesty-ny.yaml").write_text("name: Ny\nregion: vest\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Legg til region for Ny", when="2024-04-10T10:00:00+01:00")
    clone = tmp_path_factory.mktemp("grunn") / "kopi"
    git(repo, "clone", "-q", "--depth", "3", f"file://{repo}", str(clone))

    histories = file_histories(clone / "groups")
    old, new = (histories.of((clone / "groups" / name).resolve()) for name in ("amnesty-gammel.yaml", "amnesty-ny.yaml"))
    assert histories.read and old.cut and not new.cut
    assert old.commits == ()     # the boundary lists every file as added: left out, with the registration before it
    assert [c.message for c in new.commits] == ["Legg til region for Ny", "Registrer Ny"]
    assert not any(history.cut for history in file_histories(groups).files.values())
