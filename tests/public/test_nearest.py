"""The nearest groups: every municipality's own groups and the nearest others, by straight-line distance."""

from __future__ import annotations

import json

import pytest

from generator.model.municipalities import parse_municipalities
from generator.views.nearest import NEAREST, distance_km, neighbourhood, neighbourhoods, places_of
from generator.views.public_view import PublicGroup

from tests.conftest import ROOT

MUNICIPALITIES = parse_municipalities(json.loads((ROOT / "data" / "kommuner.json").read_text(encoding="utf-8")))
BY_NAME = {municipality.label: municipality for municipality in MUNICIPALITIES.municipalities}


def group(group_id: str, municipality: str | None, category: str = "local", institution: str | None = None,
          name: str | None = None) -> PublicGroup:
    return PublicGroup(id=group_id, name=name or group_id, category=category, region="midt",
                       municipality=municipality, institution=institution, theme=None, student_council=None,
                       priority_areas=("death-penalty",), description=None, email=None, phone=None, website=None,
                       instagram=None, facebook=None, meets=None, activities=())


TRONDHEIM = [group("amnesty-nidaros", "Trondheim", name="Amnesty Nidaros"),
             group("amnesty-studentgruppe-ntnu", "Trondheim", "student", "NTNU", name="Amnesty Studentgruppe NTNU")]
ELSEWHERE = [group("amnesty-molde", "Molde"), group("amnesty-bergen", "Bergen"), group("amnesty-oslo", "Oslo"),
             group("amnesty-tromso", "Tromsø"), group("amnesty-bodo", "Bodø"), group("amnesty-alta", "Alta")]


def test_malvik_sees_the_trondheim_groups_first_with_their_distance():
    around = neighbourhoods(TRONDHEIM + ELSEWHERE, MUNICIPALITIES.municipalities)[BY_NAME["Malvik"].number]
    assert around.here == ()
    first, second = around.nearest[:2]
    assert {first.group.id, second.group.id} == {"amnesty-nidaros", "amnesty-studentgruppe-ntnu"}
    assert first.km == second.km == 17            # 16.6 km between the two municipalities' points
    assert first.municipality.name == "Trondheim"
    assert [nearby.group.id for nearby in around.nearest[2:]] == ["amnesty-molde", "amnesty-oslo", "amnesty-bergen"]


def test_the_distance_is_the_great_circle_between_the_municipalities_points():
    assert distance_km(BY_NAME["Malvik"], BY_NAME["Trondheim"]) == pytest.approx(16.6, abs=0.1)
    assert distance_km(BY_NAME["Oslo"], BY_NAME["Bergen"]) == pytest.approx(305, abs=10)
    assert distance_km(BY_NAME["Oslo"], BY_NAME["Oslo"]) == 0


def test_a_municipality_lists_its_own_groups_by_name_and_only_others_as_nearest():
    around = neighbourhoods(TRONDHEIM + ELSEWHERE, MUNICIPALITIES.municipalities)[BY_NAME["Trondheim"].number]
    assert [g.id for g in around.here] == ["amnesty-nidaros", "amnesty-studentgruppe-ntnu"]
    assert all(nearby.municipality.name != "Trondheim" for nearby in around.nearest)
    assert [nearby.km for nearby in around.nearest] == sorted(nearby.km for nearby in around.nearest)


def test_every_municipality_gets_a_bounded_neighbourhood():
    many = [group(f"oslo-{number:03d}", "Oslo") for number in range(40)] + ELSEWHERE
    found = neighbourhoods(many, MUNICIPALITIES.municipalities)
    assert len(found) == len(MUNICIPALITIES.municipalities) == 357
    assert all(len(around.nearest) == NEAREST for around in found.values())
    assert len(found[BY_NAME["Oslo"].number].here) == 41
    assert [nearby.group.id for nearby in found[BY_NAME["Bærum"].number].nearest] == [
        "amnesty-oslo", "oslo-000", "oslo-001", "oslo-002", "oslo-003"]


def test_groups_without_a_known_municipality_have_no_place():
    places = places_of([group("nowhere", None), group("typo", "Trondhjem"), *TRONDHEIM], MUNICIPALITIES.municipalities)
    assert [municipality.name for municipality in places] == ["Trondheim"]
    assert neighbourhood(BY_NAME["Malvik"], places_of([], MUNICIPALITIES.municipalities)).nearest == ()


def test_a_shared_name_is_placed_by_its_label():
    places = places_of([group("heroy", "Herøy (Nordland)")], MUNICIPALITIES.municipalities)
    assert [municipality.number for municipality in places] == ["1818"]
