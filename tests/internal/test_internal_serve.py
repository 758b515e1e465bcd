"""The live preview's staging: an edit in groups/ rewrites only the pages it changes."""

from __future__ import annotations

from dataclasses import replace

import shutil
import signal
import subprocess
import sys

from generator.model.settings import ProjectSettings
from generator.sites.internal.preview import page_refresher

from tests.conftest import PROJECT, ROOT, sample_context


def test_an_edit_rewrites_the_changed_pages_and_a_deleted_group_disappears(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    groups, staging = tmp_path / "groups", tmp_path / "staging"
    groups.mkdir()
    for name in ("amnesty-nidaros.yaml", "amnesty-bodo.yaml"):
        shutil.copy(ROOT / "groups" / name, groups / name)
    refresh = page_refresher(groups, sample_context(), PROJECT, staging)
    refresh()
    bodo_page = staging / "grupper" / "amnesty-bodo.md"
    unchanged_before = (staging / "eksport.md").stat().st_mtime_ns
    assert "Amnesty Bodø" in bodo_page.read_text(encoding="utf-8")

    nidaros = groups / "amnesty-nidaros.yaml"
    nidaros.write_text(nidaros.read_text(encoding="utf-8").replace("roles: [social-media]", "roles: [treasurer]"),
                       encoding="utf-8")
    (groups / "amnesty-bodo.yaml").unlink()
    refresh()
    assert "| Kasserer |" in (staging / "grupper" / "amnesty-nidaros.md").read_text(encoding="utf-8")
    assert not bodo_page.exists()
    assert (staging / "eksport.md").stat().st_mtime_ns == unchanged_before


def test_the_preview_links_each_number_to_the_register_when_settings_name_a_page(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    groups, staging = tmp_path / "groups", tmp_path / "staging"
    groups.mkdir()
    shutil.copy(ROOT / "groups" / "amnesty-nidaros.yaml", groups)
    settings = ProjectSettings("https://medlem.example.org/m/{member_number}")
    page_refresher(groups, sample_context(), replace(PROJECT, settings=settings), staging)()
    assert '<a href="https://medlem.example.org/m/100234">100234</a>' in (
        staging / "grupper" / "amnesty-nidaros.md").read_text(encoding="utf-8")


def test_grupper_serve_internal_serves_the_internal_site_and_updates_it_on_save(tmp_path):
    from tests.public.test_serve import copy_groups, fetch, free_port, wait_for

    groups = copy_groups(tmp_path)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--internal", "--groups-dir", str(groups),
         "--addr", f"127.0.0.1:{port}", "--as-of", "2026-11-24"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    page = f"http://127.0.0.1:{port}/grupper/amnesty-nidaros/"
    try:   # without --members: numbers linked to the register's page (data/settings.yaml), no names
        assert wait_for(page, "https://medlem.example.org/100234", 60) is not None
        assert "Kari Nordmann" not in fetch(page)
        target = groups / "amnesty-nidaros.yaml"
        text = target.read_text(encoding="utf-8")
        target.write_text(text.replace("avtalte besøk i november", "avtalte nytt besøk"), encoding="utf-8")
        assert wait_for(page, "avtalte nytt besøk", 20) is not None
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)
