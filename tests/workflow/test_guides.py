"""The error-message guide has a section for every rule the validator cites, and the volunteers' guides follow
the forms: members by membership number, no personal details anywhere."""

from __future__ import annotations

import re

import pytest
import yaml

from generator.text.personal_data import personal_detail_in
from generator.checks.registry import cited_rules

from tests.conftest import ROOT


def test_every_rule_the_validator_cites_has_a_section_with_its_anchor():
    guide = (ROOT / "docs" / "feilmeldinger.md").read_text()
    for rule in cited_rules():
        assert re.search(rf"^## {re.escape(rule)} .+ \{{#{rule.anchor}\}}$", guide, re.M), rule


def test_no_module_of_the_checks_writes_a_rule_id_of_its_own():
    """Rule ids are named once (generator/model/rules.py): a check cites `Rule.CONTACT_PERSON`, never "§2.4"."""
    sources = [*(ROOT / "generator" / "checks").glob("*.py"), *(ROOT / "generator" / "status").glob("*.py"),
               *(ROOT / "generator" / "model" / name for name in ("loading.py", "marked_yaml.py", "syntax_hints.py"))]
    for path in sources:
        assert not re.findall(r'(?<!")"§[0-9.]+"', path.read_text()), path.name


GUIDES = [*sorted((ROOT / "docs" / "veiledning").glob("*.md")), ROOT / "docs" / "start-en-gruppe.md"]


def _yaml_blocks(text: str) -> list[str]:
    return re.findall(r"^```yaml\n(.*?)^```$", text, re.M | re.S)


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_each_guide_says_never_to_write_phone_email_or_identity_numbers(guide):
    text = " ".join(guide.read_text().split())
    assert re.search(r"aldri telefonnumre, e-postadresser eller fødselsnumre", text), guide.name


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_no_guide_shows_a_member_with_a_name_or_contact_details(guide):
    text = guide.read_text()
    assert "; medlemsnummer" not in text and "fødselsåret:" not in text
    for block in _yaml_blocks(text):
        for member in yaml.safe_load(block).get("members") or []:
            assert set(member) <= {"member_number", "roles"}, member
        assert personal_detail_in(block) is None


def test_the_guides_say_where_names_and_contact_details_come_from():
    for name in ("registrere-gruppe.md", "redigere-gruppefil.md"):
        assert "medlemsregister" in (ROOT / "docs" / "veiledning" / name).read_text()
    assert "medlemsregisteret" in (ROOT / "docs" / "start-en-gruppe.md").read_text()


def test_the_flags_the_registration_guide_names_are_flags_of_grupper_new():
    from generator.cli.main import build_parser

    text = (ROOT / "docs" / "veiledning" / "registrere-gruppe.md").read_text()
    named = re.findall(r"`(--[a-z-]+)(?: ([^`]*))?`", text)
    assert {"--contact-number", "--member", "--role"} <= {flag for flag, _ in named}
    for flag, value in named:
        build_parser().parse_args(["new", flag, *([value] if value else [])])
