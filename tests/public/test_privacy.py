"""Privacy by construction: no private value of any group, and nothing of a closed group, reaches the site, as
either engine builds it."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from generator.text.wording import norwegian_date
from generator.model.sign_of_life import last_sign_of_life

from tests.conftest import AS_OF, SAMPLE_EXPORT, SAMPLE_GROUPS, load_groups
from tests.planted_register import site_files
from .conftest import FIXTURES, PLANTED_EXPORT

PUBLIC_KEYS = {"name", "category", "region", "municipality", "institution", "theme", "student_council",
               "priority_areas", "public"}
PUBLIC_ACTIVITY_KEYS = {"date", "type", "title", "place", "start", "end"}
# Enumerations and flags cannot hold a unique planted value; what they hold is no secret.
VOCABULARY_KEYS = {"status", "category", "region", "priority_areas", "roles", "type", "channel", "kind",
                   "open_to_new_members", "public", "student_council"}


def private_leaves(data: dict, active: bool) -> Iterator[tuple[tuple, object]]:
    """Every scalar of a group file that the public site must not show, with its path."""
    for key, value in data.items():
        if active and key in PUBLIC_KEYS:
            continue
        if active and key == "reports":
            yield from _private_report_leaves(value)
        else:
            yield from _leaves((key,), value)


def _private_report_leaves(reports: list) -> Iterator[tuple[tuple, object]]:
    for index, report in enumerate(reports):
        for key, value in report.items():
            if key != "planned":
                yield from _leaves(("reports", index, key), value)
                continue
            for number, activity in enumerate(value):
                path = ("reports", index, "planned", number)
                for field, item in activity.items():
                    if activity.get("public") is not True or field not in PUBLIC_ACTIVITY_KEYS:
                        yield from _leaves(path + (field,), item)


def _leaves(path: tuple, value) -> Iterator[tuple[tuple, object]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(path + (key,), item)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(path + (index,), item)
    elif [part for part in path if isinstance(part, str)][-1] not in VOCABULARY_KEYS:
        yield path, value


def needles(value) -> list[re.Pattern]:
    """What a planted value may look like on the site: as written, and as a date or number may be rewritten."""
    if isinstance(value, int):
        return [re.compile(rf"(?<![0-9]){value}(?![0-9])")]
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        day = date.fromisoformat(value)
        return [re.compile(re.escape(text)) for text in (value, f"{day:%Y%m%d}", norwegian_date(day))]
    if re.fullmatch(r"[+0-9 ]+", value):
        return [re.compile(re.escape(form)) for form in number_forms(value)]
    if re.fullmatch(r"[0-9]{4}-Q[1-4]", value):
        return [re.compile(re.escape(value))]
    planted = re.findall(r"planted[a-z]+", value, flags=re.IGNORECASE)
    assert planted, f"the fixture must plant a unique value here, not {value!r}"
    return [re.compile(re.escape(word), re.IGNORECASE) for word in planted]


def number_forms(value: str) -> list[str]:
    """A phone or member number as written (without +47) and as bare digits."""
    return [value.removeprefix("+47 "), value.replace(" ", "").removeprefix("+47")]


def planted_values() -> list[tuple[str, tuple, object]]:
    """The private values; an active group's last sign of life (its latest report's date, its confirmation or its
    registration) is public by design, as «Sist bekreftet» on its page."""
    found = []
    for group in load_groups(FIXTURES / "planted"):
        active = group.data["status"] == "active"
        shown = last_sign_of_life(group.data, AS_OF) if active else None
        found.extend((group.id, path, value) for path, value in private_leaves(group.data, active)
                     if not (shown and value == shown.isoformat() and path[-1] in ("submitted", "confirmed", "registered")))
    return found


def export_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter=";"))


def planted_register_values() -> list[tuple[str, str, object]]:
    """(member number, column, value) of every personal value in the planted groups' register export."""
    return [(row["member_number"], column, int(value) if column == "birth_year" else value)
            for row in export_rows(PLANTED_EXPORT) for column, value in row.items()
            if column != "member_number" and value]


def test_the_fixture_plants_a_value_in_every_kind_of_private_field():
    paths = {tuple(part for part in path if isinstance(part, str)) for _, path, _ in planted_values()}
    for expected in [("members", "member_number"), ("followups", "note"), ("followups", "by"), ("followups", "date"),
                     ("reports", "completed", "title"), ("reports", "completed", "signatures"),
                     ("reports", "planned", "title"), ("reports", "submitted"), ("reports", "quarter"),
                     ("closed", "reason"), ("welcome_package_sent",), ("meetings", "date"), ("registered",),
                     ("endorses_guidelines",), ("name",), ("public", "description")]:
        assert expected in paths


def test_the_planted_export_holds_every_personal_value_of_the_planted_members():
    members = {str(m["member_number"]) for group in load_groups(FIXTURES / "planted") for m in group.data["members"]}
    assert {number for number, _, _ in planted_register_values()} == members
    assert {column for _, column, _ in planted_register_values()} == {"name", "email", "phone", "birth_year"}


@pytest.mark.parametrize(("number", "column", "value"), planted_register_values(),
                         ids=lambda item: str(item))
def test_no_personal_value_from_the_register_export_appears_in_any_file_of_the_site(planted_site, number, column,
                                                                                    value):
    hits = [(name, pattern.pattern) for name, content in site_files(planted_site)
            for pattern in needles(value) if pattern.search(content)]
    assert hits == []


@pytest.mark.parametrize(("group_id", "path", "value"), planted_values(),
                         ids=lambda item: "/".join(map(str, item)) if isinstance(item, tuple) else str(item))
def test_no_private_value_appears_in_any_file_of_the_site(planted_site, group_id, path, value):
    hits = [(name, pattern.pattern) for name, content in site_files(planted_site)
            for pattern in needles(value) if pattern.search(content)]
    assert hits == []


def test_the_leak_search_finds_what_is_public(planted_site):
    files = dict(site_files(planted_site))
    for public_value in ("AllowedPublicDescription", "AllowedPublicActivityTitle", "AllowedMeetingTime",
                         "allowedgroupemail"):
        assert any(public_value in content for content in files.values())
    assert "AllowedPublicActivityTitle" in files["kalender.ics"]
    assert "AllowedPublicDescription" in files["groups.json"]
    assert any("AllowedPublicDescription" in content for name, content in files.items() if name.endswith(".pf_fragment"))


def test_a_closed_group_has_no_page(planted_site):
    assert not (planted_site / "groups" / "planted-nedlagt").exists()
    assert (planted_site / "groups" / "planted-ungdom" / "index.html").exists()


MEMBER_FIELDS = ("name", "email", "phone")


def sample_member_values() -> list[tuple[str, str, str]]:
    """Every member's number in the sample groups/, and their name, e-mail and phone in the sample export."""
    numbers = [(group.id, "member_number", str(member["member_number"])) for group in load_groups(SAMPLE_GROUPS)
               for member in group.data.get("members") or () if member.get("member_number")]
    people = [("medlemsregister-eksempel.csv", field, row[field]) for row in export_rows(SAMPLE_EXPORT)
              for field in MEMBER_FIELDS if row.get(field)]
    return numbers + people


def member_needles(value: str) -> list[str]:
    """In lower case, to be looked for in a lowered text: a number as written and as bare digits; a name or an
    address as written, so found in any case."""
    if re.fullmatch(r"[+0-9 ]+", value):
        return number_forms(value)
    return [value.lower()]


def test_no_member_of_the_sample_groups_appears_in_any_file_of_the_site(sample_site_of_each_engine):
    files = [(name, content.lower()) for name, content in site_files(sample_site_of_each_engine)]
    hits = [(group_id, field, value, name) for group_id, field, value in sample_member_values()
            for name, content in files if any(needle in content for needle in member_needles(value))]
    assert hits == []
