"""`grupper serve`: saving a group file updates the served page."""

from __future__ import annotations

import html
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from mkdocs.config import load_config

from generator.sites.public.preview import PublicPreview

from tests.conftest import PROJECT, ROOT, SAMPLE_GROUPS, context

NEW_MEETING = "Hver onsdag kl. 19 på Biblioteket"
OLD_MEETING = "Annenhver tirsdag kl. 18 på Litteraturhuset"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return html.unescape(response.read().decode("utf-8"))
    except OSError:
        return ""


def seconds_until(condition: Callable[[], bool], seconds: float) -> float | None:
    """Seconds until `condition` held, or None if it never did."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if condition():
            return time.monotonic() - start
        time.sleep(0.1)
    return None


def wait_for(url: str, text: str, seconds: float) -> float | None:
    """Seconds until the page at `url` contains `text`, or None if it never did."""
    return seconds_until(lambda: text in fetch(url), seconds)


def copy_groups(tmp_path: Path) -> Path:
    groups = tmp_path / "groups"
    shutil.copytree(SAMPLE_GROUPS, groups)
    return groups


@contextmanager
def serving(groups: Path) -> Iterator[str]:
    """`grupper serve` of `groups` in a subprocess, as the address it answers on."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--groups-dir", str(groups), "--addr", f"127.0.0.1:{port}",
         "--as-of", "2026-11-24"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)


def status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def close_group(path: Path) -> None:
    text = path.read_text(encoding="utf-8").replace("status: active", "status: closed")
    path.write_text(text + "closed:\n  date: 2026-11-20\n  reason: Medlemmene flyttet.\n", encoding="utf-8")


def test_saving_a_group_file_updates_the_served_page(tmp_path):
    groups = copy_groups(tmp_path)
    with serving(groups) as address:
        page = f"{address}/groups/amnesty-nidaros/"
        assert wait_for(page, OLD_MEETING, 60) is not None
        target = groups / "amnesty-nidaros.yaml"
        target.write_text(target.read_text(encoding="utf-8").replace(OLD_MEETING, NEW_MEETING), encoding="utf-8")
        assert wait_for(page, NEW_MEETING, 20) is not None


def test_closing_a_group_removes_its_served_page(tmp_path):
    groups = copy_groups(tmp_path)
    with serving(groups) as address:
        page = f"{address}/groups/amnesty-nidaros/"
        assert wait_for(page, OLD_MEETING, 60) is not None
        close_group(groups / "amnesty-nidaros.yaml")
        assert seconds_until(lambda: status(page) == 404, 20) is not None
        assert status(f"{address}/groups/amnesty-nidaros/kalender.ics") == 404
        assert seconds_until(lambda: "amnesty-nidaros" not in fetch(f"{address}/groups.json"), 20) is not None


@pytest.mark.parametrize("change", [close_group, Path.unlink], ids=["closed", "deleted"])
def test_a_group_gone_from_the_preview_takes_its_built_files_along(tmp_path, change):
    groups = copy_groups(tmp_path)
    staging = tmp_path / "staging"
    staging.mkdir()
    config = load_config(str(PROJECT.public_site.config), docs_dir=str(staging), site_dir=str(tmp_path / "site"))
    preview = PublicPreview(groups, context(), PROJECT, staging, site_config=config)
    preview.start()
    built = tmp_path / "site" / "groups" / "amnesty-nidaros"
    built.mkdir(parents=True)
    for name in ("index.html", "kalender.ics"):
        (built / name).write_text("bygget", encoding="utf-8")
    target = groups / "amnesty-nidaros.yaml"
    change(target)
    preview.saved({target.resolve()})
    assert not built.exists()
    assert not (staging / "groups" / "amnesty-nidaros" / "index.md").exists()
    assert (tmp_path / "site" / "groups").is_dir()


def test_an_invalid_save_keeps_the_last_valid_version(tmp_path, capsys):
    groups = copy_groups(tmp_path)
    staging = tmp_path / "staging"
    preview = PublicPreview(groups, context(), PROJECT, staging)
    preview.start()
    page = staging / "groups" / "amnesty-nidaros" / "index.md"
    assert "Litteraturhuset" in page.read_text(encoding="utf-8")
    target = groups / "amnesty-nidaros.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("category: local", "category: ukjent"),
                      encoding="utf-8")
    preview.saved({target.resolve()})
    assert "Litteraturhuset" in page.read_text(encoding="utf-8")
    assert "ukjent" in capsys.readouterr().err


def test_a_save_rewrites_only_the_files_whose_content_changed(tmp_path):
    groups = copy_groups(tmp_path)
    preview = PublicPreview(groups, context(), PROJECT, tmp_path / "staging")
    preview.start()
    target = groups / "amnesty-nidaros.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace(OLD_MEETING, NEW_MEETING), encoding="utf-8")
    assert 1 <= preview.saved({target.resolve()}) <= 3  # the group page, groups.json, and nothing else
    private = target.read_text(encoding="utf-8").replace("avtalte besøk i november", "avtalte nytt besøk")
    target.write_text(private, encoding="utf-8")   # a follow-up note: private, so no public file changes
    assert preview.saved({target.resolve()}) == 0
