"""A group's own phone (`public.phone`) is shown as a number a phone can call, and exported."""

from __future__ import annotations

import json

from .site_reading import page_of


def test_a_groups_own_phone_is_a_tel_link_on_its_page_and_in_the_export(sample_site):
    html = page_of(sample_site, "amnesty-tromso").read_text(encoding="utf-8")
    assert '<a href="tel:+4791200111">&#43;47 912 00 111</a>' in html   # + escaped, as Markdown would read it
    exported = {g["id"]: g for g in json.loads((sample_site / "groups.json").read_text(encoding="utf-8"))["groups"]}
    assert exported["amnesty-tromso"]["phone"] == "+47 912 00 111"
    assert exported["amnesty-nidaros"]["phone"] is None
