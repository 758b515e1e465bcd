"""The live preview's staging: an edit in groups/ rewrites only the pages it changes."""

from __future__ import annotations

import shutil

from generator.sites.internal_serve import page_refresher

from .conftest import ROOT, sample_context


def test_an_edit_rewrites_the_changed_pages_and_a_deleted_group_disappears(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    groups, staging = tmp_path / "groups", tmp_path / "staging"
    groups.mkdir()
    for name in ("amnesty-nidaros.yaml", "amnesty-bodo.yaml"):
        shutil.copy(ROOT / "groups" / name, groups / name)
    refresh = page_refresher(groups, sample_context(), staging)
    refresh()
    bodo_page = staging / "grupper" / "amnesty-bodo.md"
    unchanged_before = (staging / "eksport.md").stat().st_mtime_ns
    assert "Amnesty Bodø" in bodo_page.read_text(encoding="utf-8")

    nidaros = groups / "amnesty-nidaros.yaml"
    nidaros.write_text(nidaros.read_text(encoding="utf-8").replace("Ola Hansen", "Ola Nyhansen"), encoding="utf-8")
    (groups / "amnesty-bodo.yaml").unlink()
    refresh()
    assert "Ola Nyhansen" in (staging / "grupper" / "amnesty-nidaros.md").read_text(encoding="utf-8")
    assert not bodo_page.exists()
    assert (staging / "eksport.md").stat().st_mtime_ns == unchanged_before
