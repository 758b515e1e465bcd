"""Publishing all or nothing (generator/sites/publishing.py): staged folders are swapped in only when the block
succeeds, a failed swap puts every target back, and no staging or old folder is ever left behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.sites.publishing import staged_sites


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every entry below `folder` (hidden ones too) with its content; None for a folder."""
    return {str(path.relative_to(folder)): None if path.is_dir() else path.read_bytes()
            for path in sorted(folder.rglob("*"))}


@pytest.fixture
def sites(tmp_path) -> Path:
    """Two earlier sites under tmp_path/site, each with a hidden entry MkDocs would keep."""
    for kind in ("public", "internal"):
        folder = tmp_path / "site" / kind
        (folder / "groups").mkdir(parents=True)
        (folder / "index.html").write_text(f"gammel {kind}", encoding="utf-8")
        (folder / "groups" / "side.html").write_text("gammel side", encoding="utf-8")
        (folder / ".git").write_text("gitdir: et annet sted", encoding="utf-8")
    return tmp_path / "site"


def targets(sites: Path) -> list[Path]:
    return [sites / "public", sites / "internal"]


def fill(staging: list[Path]) -> None:
    for folder in staging:
        (folder / "index.html").write_text("ny", encoding="utf-8")


def test_both_staged_sites_are_swapped_in_and_keep_the_hidden_entries(sites):
    with staged_sites(targets(sites)) as staging:
        assert [folder.parent for folder in staging] == [sites, sites]
        assert all(folder.name.startswith(".") and ".new-" in folder.name for folder in staging)
        fill(staging)
    assert sorted(entry.name for entry in sites.iterdir()) == ["internal", "public"]
    for target in targets(sites):
        assert tree(target) == {".git": b"gitdir: et annet sted", "index.html": b"ny"}


def test_a_first_build_makes_the_folders(tmp_path):
    with staged_sites([tmp_path / "ny" / "public"]) as staging:
        fill(staging)
    assert tree(tmp_path / "ny") == {"public": None, "public/index.html": b"ny"}


@pytest.mark.parametrize("failure", [RuntimeError("krasj"), OSError(28, "No space left on device"),
                                     KeyboardInterrupt()])
def test_a_failure_in_the_block_leaves_the_sites_as_they_were_and_no_folder_behind(sites, failure):
    before = tree(sites)
    with pytest.raises(type(failure)):
        with staged_sites(targets(sites)) as staging:
            fill(staging)
            raise failure
    assert tree(sites) == before


def test_a_failed_rename_puts_every_site_back(sites, monkeypatch):
    before = tree(sites)
    rename, refused = os.rename, []

    def refuse_the_internal_site_once(source, destination):
        if Path(destination) == sites / "internal" and not refused:
            refused.append(source)
            raise OSError(28, "No space left on device")
        rename(source, destination)
    monkeypatch.setattr("generator.sites.publishing.os.rename", refuse_the_internal_site_once)
    with pytest.raises(OSError):
        with staged_sites(targets(sites)) as staging:
            fill(staging)
    assert ".internal.new-" in Path(refused[0]).name and tree(sites) == before


def test_a_failure_while_staging_removes_what_was_made(sites, monkeypatch):
    before = tree(sites)

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("generator.sites.publishing.shutil.copy2", full_disk)
    with pytest.raises(OSError):
        with staged_sites(targets(sites)):
            pass
    assert tree(sites) == before
