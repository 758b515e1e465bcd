"""An unlisted group (`listed: false`) is in no public output, whatever the output."""

from __future__ import annotations

from tests.conftest import SAMPLE_GROUPS, load_groups

UNLISTED = [g for g in load_groups(SAMPLE_GROUPS) if g.data.get("listed") is False]


def test_the_sample_register_has_an_unlisted_active_group():
    assert any(g.data["status"] == "active" for g in UNLISTED)


def test_an_unlisted_group_appears_in_no_public_file(sample_site):
    words = {word for g in UNLISTED for word in (g.id, g.data["name"], g.data["theme"])}
    words |= {a["title"] for g in UNLISTED for r in g.data.get("reports", []) for a in r.get("planned", [])}
    for path in sample_site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml", ".ics", ".js", ".txt"):
            text = path.read_text(encoding="utf-8", errors="replace")
            assert not [word for word in words if word in text], path
