"""`grupper build` publishes all or nothing: on a full disk, a crash in a build or invalid data the sites
built before stay byte-identical, no staging folder is left behind, and the command says why in one line."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest

from generator.cli.main import main
from tests.conftest import SAMPLE_GROUPS

MIB = 1024 * 1024


def build_args(groups: Path, sites: Path, *extra: str) -> list[str]:
    return ["build", "--groups-dir", str(groups), "--public", str(sites / "public"),
            "--internal", str(sites / "internal"), "--as-of", "2026-11-24", *extra]


@pytest.fixture(scope="module")
def first_build(tmp_path_factory) -> Path:
    """Both sites as a first `grupper build` of the sample register left them."""
    sites = tmp_path_factory.mktemp("first") / "site"
    assert main(build_args(SAMPLE_GROUPS, sites)) == 0
    return sites


def fingerprint(folder: Path) -> dict[str, str]:
    """Every entry below `folder`, hidden ones too: a file by the hash of its bytes, a folder by its name."""
    return {str(path.relative_to(folder)): "mappe" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*"))}


def copy_of(sites: Path, into: Path) -> Path:
    shutil.copytree(sites, into / "site", symlinks=True)
    return into / "site"


def changed_groups(tmp_path: Path, old: str, new: str) -> Path:
    """The sample register with one edit of the Nidaros group."""
    groups = tmp_path / "groups"
    shutil.copytree(SAMPLE_GROUPS, groups)
    nidaros = groups / "amnesty-nidaros.yaml"
    text = nidaros.read_text(encoding="utf-8")
    assert text.count(old) == 1
    nidaros.write_text(text.replace(old, new), encoding="utf-8")
    return groups


def renamed_groups(tmp_path: Path) -> Path:
    return changed_groups(tmp_path, "name: Amnesty Nidaros\n", "name: Amnesty Nidaros og omegn\n")


@contextmanager
def tmpfs(mount_point: Path, size: int):
    """A tmpfs of `size` bytes (rounded up to MiB) mounted at `mount_point` while the block runs."""
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size // MIB + 1}M", "tmpfs", str(mount_point)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"kan ikke montere en liten tmpfs her: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "--lazy", str(mount_point)], check=False)


@pytest.fixture
def small_disk(tmp_path, first_build):
    """A tmpfs holding a copy of the first build and room for little more than 2 MiB."""
    size = sum(path.stat().st_size for path in first_build.rglob("*") if path.is_file()) + 2 * MIB
    with tmpfs(tmp_path / "disk", size) as disk:
        yield copy_of(first_build, disk)


def test_a_mount_point_is_refused_as_an_output_folder_before_anything_is_built(cli, tmp_path):
    with tmpfs(tmp_path / "public", MIB) as mounted:
        code, _, err = cli(*build_args(SAMPLE_GROUPS, tmp_path))
        assert code == 2 and "monteringspunkt" in err
        assert not any(mounted.iterdir()) and sorted(entry.name for entry in tmp_path.iterdir()) == ["public"]


def test_a_full_disk_leaves_both_sites_as_they_were(cli, tmp_path, small_disk):
    before = fingerprint(small_disk)
    code, out, err = cli(*build_args(renamed_groups(tmp_path), small_disk))
    assert code == 2, err
    assert "disken er full" in err and "Ingenting er publisert" in err and "Traceback" not in out + err
    assert fingerprint(small_disk) == before
    assert sorted(entry.name for entry in small_disk.parent.iterdir()) == ["site"]


def test_a_rebuild_swaps_in_the_new_site_and_keeps_its_hidden_entries(cli, tmp_path, first_build):
    sites = copy_of(first_build, tmp_path)
    (sites / "public" / ".git").write_text("gitdir: ../publisering", encoding="utf-8")
    code, _, err = cli(*build_args(renamed_groups(tmp_path), sites, "--public-only"))
    assert code == 0, err
    page = (sites / "public" / "groups" / "amnesty-nidaros" / "index.html").read_text(encoding="utf-8")
    assert "Amnesty Nidaros og omegn" in page
    assert (sites / "public" / ".git").read_text(encoding="utf-8") == "gitdir: ../publisering"
    assert sorted(entry.name for entry in sites.iterdir()) == ["internal", "public"]


def crash(*args, **kwargs):
    raise RuntimeError("krasj midt i bygget")


def half_built(site_dir: Path) -> None:
    (site_dir / "index.html").write_text("halvferdig", encoding="utf-8")


def public_crash(groups, ctx, project, site_dir, engine):
    half_built(site_dir)
    crash()


def public_built(groups, ctx, project, site_dir, engine):
    half_built(site_dir)


def internal_built(config, staging, site_dir, kind, *args, **overrides):
    half_built(site_dir)


@pytest.mark.parametrize("failing, succeeding", [
    (("generator.sites.public.site.build_public_site", public_crash),
     ("generator.sites.internal.site.build_site", internal_built)),
    (("generator.sites.internal.site.internal_pages", crash),   # in the second process
     ("generator.sites.public.site.build_public_site", public_built)),
])
def test_a_crash_in_a_build_leaves_both_sites_as_they_were(cli, tmp_path, first_build, monkeypatch, failing,
                                                           succeeding):
    sites = copy_of(first_build, tmp_path)
    before = fingerprint(sites)
    for where, replacement in (failing, succeeding):   # the other site's build succeeds, quickly
        monkeypatch.setattr(where, replacement)
    code, out, err = cli(*build_args(renamed_groups(tmp_path), sites))
    assert code == 2
    assert "krasj midt i bygget" in err and "Traceback" not in out + err
    assert fingerprint(sites) == before
    assert sorted(entry.name for entry in sites.iterdir()) == ["internal", "public"]


def test_a_crash_in_the_preview_build_leaves_the_public_site_as_it_was(cli, tmp_path, first_build, monkeypatch):
    sites = copy_of(first_build, tmp_path)
    before = fingerprint(sites)
    monkeypatch.setattr("generator.sites.public.site.build_public_site", public_crash)
    code, _, err = cli(*build_args(renamed_groups(tmp_path), sites, "--public-only"))
    assert code == 2 and "Traceback" not in err
    assert fingerprint(sites) == before


def test_a_hex_integer_of_5000_digits_is_refused_by_validate_and_build_alike_and_nothing_is_written(
        cli, tmp_path, first_build):
    sites = copy_of(first_build, tmp_path)
    before = fingerprint(sites)
    groups = changed_groups(tmp_path, "signatures: 214", "signatures: 0x" + "f" * 5000)
    lines = (groups / "amnesty-nidaros.yaml").read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(lines, 1) if "signatures: 0x" in text)
    where = f"amnesty-nidaros.yaml:{line}:{lines[line - 1].index('0x') + 1}:"
    code, out, _ = cli("validate", "--groups-dir", str(groups), "--as-of", "2026-11-24")
    assert code == 1 and where in out and "for langt" in out
    code, out, err = cli(*build_args(groups, sites))
    assert code == 1 and where in out and "Bygger ikke" in err
    assert fingerprint(sites) == before
    assert sorted(entry.name for entry in sites.iterdir()) == ["internal", "public"]
