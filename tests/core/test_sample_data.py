"""The sample register covers what the organisation has, and stays fictional."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT, SAMPLE_GROUPS, load_groups, vocabularies

GROUPS = [g.data for g in load_groups(SAMPLE_GROUPS)]
SPEC_EXAMPLE = ROOT.parent / "shared" / "spec" / "group.example.yaml"   # beside the checkout, not in it


def test_the_example_is_in_the_register_unchanged():
    if not SPEC_EXAMPLE.exists():
        pytest.skip(f"{SPEC_EXAMPLE} is absent: the shared specification is not checked out beside the project")
    assert (SAMPLE_GROUPS / "amnesty-nidaros.yaml").read_bytes() == SPEC_EXAMPLE.read_bytes()


def test_every_category_and_region_is_present():
    vocab = vocabularies()
    assert {g["category"] for g in GROUPS} == set(vocab.categories)
    assert {g["region"] for g in GROUPS} == set(vocab.regions)


def test_the_register_has_the_cases_the_guidelines_describe():
    assert len(GROUPS) >= 13
    assert any(g["status"] == "closed" for g in GROUPS)
    assert any(g["category"] == "student" and g.get("student_council") for g in GROUPS)
    assert any(g["category"] == "youth" and g.get("institution") for g in GROUPS)
    municipalities = [g.get("municipality") for g in GROUPS if g.get("municipality")]
    assert len(municipalities) > len(set(municipalities))
    quarters = {r["quarter"] for g in GROUPS for r in g.get("reports", [])}
    assert len(quarters) >= 3


def test_every_e_mail_address_is_on_a_reserved_example_domain():
    text = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "groups").glob("*.yaml"))
    addresses = re.findall(r"[\w.+-]+@[\w.-]+\.[a-z]{2,}", text)
    assert addresses and all(re.search(r"@(?:[\w-]+\.)*example\.(?:org|com|net|no)$", a) for a in addresses)
