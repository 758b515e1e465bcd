"""Volunteers' text on the internal site is shown as the text it is, never run as markup."""

from __future__ import annotations

from dataclasses import replace

import html
import re

from generator.checks.run import load_group_files
from generator.model.context import RunContext
from generator.model.membership import read_member_export
from generator.model.settings import ProjectSettings
from generator.sites.internal.site import build_internal_site

from tests.conftest import AS_OF, PLACES, PROJECT, ROOT, vocabularies
from .conftest import page

HOSTILE_NAME = "Amnesty </title><script>alert(1)</script> | [x](javascript:alert(1))"
HOSTILE_NOTE = "{{ 7*7 }} <img src=x onerror=alert(2)> **fet**"
HOSTILE_MEMBER = "<script>alert(3)</script> | [y](javascript:alert(4)) _kursiv_"   # a name from the export


def test_hostile_names_and_notes_are_shown_as_text(tmp_path):
    groups = tmp_path / "groups"
    groups.mkdir()
    text = (ROOT / "groups" / "amnesty-nidaros.yaml").read_text(encoding="utf-8")
    text = text.replace("name: Amnesty Nidaros", f"name: '{HOSTILE_NAME}'")
    text = text.replace("note: Mottok kvartalsrapport, avtalte besøk i november.", f"note: '{HOSTILE_NOTE}'")
    (groups / "amnesty-nidaros.yaml").write_text(text, encoding="utf-8")
    export = tmp_path / "uttrekk.csv"
    export.write_text(f"member_number;name;email\n100234;{HOSTILE_MEMBER};kari@example.org\n", encoding="utf-8")
    group_files = load_group_files(sorted(groups.glob("*.yaml")))
    context = RunContext(vocabularies(), AS_OF, PLACES, read_member_export(export)[0])
    hostile_link = ProjectSettings('https://medlem.example.org/"><script>alert(5)</script>/{member_number}')
    build_internal_site(group_files.groups, context, replace(PROJECT, settings=hostile_link), tmp_path / "site")

    for markup in (page(tmp_path / "site", "grupper/amnesty-nidaros"), page(tmp_path / "site", "")):
        assert "<script>alert" not in markup and "</title><script" not in markup and "href=\"javascript:" not in markup
        assert "<img src=x" not in markup and "<strong>fet</strong>" not in markup and "<em>kursiv</em>" not in markup
    group_page = page(tmp_path / "site", "grupper/amnesty-nidaros")
    assert "&lt;script&gt;" in group_page or "&#60;script&#62;" in group_page
    assert "{{ 7*7 }}" in group_page.replace("&#123;", "{").replace("&#125;", "}").replace("&#42;", "*")
    assert html.unescape(HOSTILE_MEMBER) in html.unescape(re.sub(r"<[^>]+>", "", group_page))
    assert 'href="https://medlem.example.org/&#34;&#62;&#60;script&#62;alert&#40;5&#41;&#60;/script&#62;/100234"' in (
        group_page)
