"""Volunteers' text on the internal site is shown as the text it is, never run as markup."""

from __future__ import annotations

from generator.checking import load_register
from generator.sites.internal import build_internal_site

from .conftest import ROOT, page, sample_context

HOSTILE_NAME = "Amnesty </title><script>alert(1)</script> | [x](javascript:alert(1))"
HOSTILE_NOTE = "{{ 7*7 }} <img src=x onerror=alert(2)> **fet**"


def test_hostile_names_and_notes_are_shown_as_text(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    groups = tmp_path / "groups"
    groups.mkdir()
    text = (ROOT / "groups" / "amnesty-nidaros.yaml").read_text(encoding="utf-8")
    text = text.replace("name: Amnesty Nidaros", f"name: '{HOSTILE_NAME}'")
    text = text.replace("note: Mottok kvartalsrapport, avtalte besøk i november.", f"note: '{HOSTILE_NOTE}'")
    (groups / "amnesty-nidaros.yaml").write_text(text, encoding="utf-8")
    register = load_register(sorted(groups.glob("*.yaml")))
    build_internal_site(register.groups, sample_context(), tmp_path / "site")

    for markup in (page(tmp_path / "site", "grupper/amnesty-nidaros"), page(tmp_path / "site", "")):
        assert "<script>alert" not in markup and "</title><script" not in markup and "href=\"javascript:" not in markup
        assert "<img src=x" not in markup and "<strong>fet</strong>" not in markup
    group_page = page(tmp_path / "site", "grupper/amnesty-nidaros")
    assert "&lt;script&gt;" in group_page or "&#60;script&#62;" in group_page
    assert "{{ 7*7 }}" in group_page.replace("&#123;", "{").replace("&#125;", "}").replace("&#42;", "*")
