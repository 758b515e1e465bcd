"""The nearest groups: every municipality's own groups, the others within 50 km by straight-line distance, and where
none is that near, the nearest groups of its region."""

from __future__ import annotations

import json

import pytest

from generator.model.municipalities import parse_municipalities
from generator.views.nearest import (MAX_WITHIN, NEAREST, WITHIN_KM, distance_km, neighbourhood, neighbourhoods,
                                     places_of)
from generator.views.public_view import PublicGroup

from tests.conftest import ROOT

MUNICIPALITIES = parse_municipalities(json.loads((ROOT / "data" / "kommuner.json").read_text(encoding="utf-8")))
BY_NAME = {municipality.label: municipality for municipality in MUNICIPALITIES.municipalities}


REGION_OF_COUNTY = {"Trøndelag": "midt", "Møre og Romsdal": "midt", "Vestland": "vest", "Rogaland": "vest",
                    "Oslo": "ost", "Akershus": "ost", "Nordland": "nord", "Troms": "nord", "Finnmark": "nord"}


def group(group_id: str, municipality: str | None, category: str = "local", institution: str | None = None,
          name: str | None = None) -> PublicGroup:
    county = BY_NAME[municipality].county if municipality in BY_NAME else "Trøndelag"
    return PublicGroup(id=group_id, name=name or group_id, category=category, region=REGION_OF_COUNTY[county],
                       municipality=municipality, institution=institution, theme=None, student_council=None,
                       priority_areas=("death-penalty",), description=None, email=None, phone=None, website=None,
                       instagram=None, facebook=None, meets=None, activities=())


TRONDHEIM = [group("amnesty-nidaros", "Trondheim", name="Amnesty Nidaros"),
             group("amnesty-studentgruppe-ntnu", "Trondheim", "student", "NTNU", name="Amnesty Studentgruppe NTNU")]
OSLO_THEMES = [group("amnesty-jusgruppa-oslo", "Oslo", "theme"), group("amnesty-kvinnegruppa-oslo", "Oslo", "theme")]
ELSEWHERE = [group("amnesty-molde", "Molde"), group("amnesty-bergen", "Bergen"), group("amnesty-oslo", "Oslo"),
             group("amnesty-tromso", "Tromsø"), group("amnesty-bodo", "Bodø"), group("amnesty-alta", "Alta")]


def around(municipality: str, groups=TRONDHEIM + ELSEWHERE + OSLO_THEMES):
    return neighbourhoods(groups, MUNICIPALITIES.municipalities, REGION_OF_COUNTY)[BY_NAME[municipality].number]


def test_malvik_sees_the_trondheim_groups_within_50_km_with_their_distance_and_nothing_far():
    malvik = around("Malvik")
    assert malvik.here == () and WITHIN_KM == 50
    first, second = malvik.within
    assert {first.group.id, second.group.id} == {"amnesty-nidaros", "amnesty-studentgruppe-ntnu"}
    assert first.km == second.km == 17            # 16.6 km between the two municipalities' points
    assert first.municipality.name == "Trondheim"
    assert malvik.region == "midt" and malvik.in_region == ()      # some are near, so no fall-back to the region


def test_a_group_just_beyond_50_km_is_not_near_and_one_within_is():
    assert distance_km(BY_NAME["Malvik"], BY_NAME["Orkland"]) > 50 > distance_km(BY_NAME["Malvik"], BY_NAME["Stjørdal"])
    malvik = around("Malvik", [group("far", "Orkland"), group("near", "Stjørdal")])
    assert [nearby.group.id for nearby in malvik.within] == ["near"]


def test_with_none_within_50_km_a_municipality_lists_the_nearest_groups_of_its_region_never_another_regions():
    roros = around("Røros")
    assert roros.within == ()
    assert [nearby.group.id for nearby in roros.in_region] == [
        "amnesty-nidaros", "amnesty-studentgruppe-ntnu", "amnesty-molde"]
    assert [nearby.km for nearby in roros.in_region] == sorted(nearby.km for nearby in roros.in_region)
    assert all(nearby.group.region == "midt" for nearby in roros.in_region)    # never the Oslo theme groups


def test_the_distance_is_the_great_circle_between_the_municipalities_points():
    assert distance_km(BY_NAME["Malvik"], BY_NAME["Trondheim"]) == pytest.approx(16.6, abs=0.1)
    assert distance_km(BY_NAME["Oslo"], BY_NAME["Bergen"]) == pytest.approx(305, abs=10)
    assert distance_km(BY_NAME["Oslo"], BY_NAME["Oslo"]) == 0


def test_a_municipality_lists_its_own_groups_by_name_and_only_others_as_nearest():
    trondheim = around("Trondheim", TRONDHEIM + ELSEWHERE + [group("malvik", "Malvik"), group("melhus", "Melhus")])
    assert [g.id for g in trondheim.here] == ["amnesty-nidaros", "amnesty-studentgruppe-ntnu"]
    assert [nearby.group.id for nearby in trondheim.within] == ["malvik", "melhus"]        # 17 and 22 km
    assert [nearby.km for nearby in trondheim.within] == sorted(nearby.km for nearby in trondheim.within)


def test_every_municipality_gets_a_bounded_neighbourhood():
    many = [group(f"oslo-{number:03d}", "Oslo") for number in range(40)] + ELSEWHERE
    found = neighbourhoods(many, MUNICIPALITIES.municipalities, REGION_OF_COUNTY)
    assert len(found) == len(MUNICIPALITIES.municipalities) == 357
    assert all(len(around.within) <= MAX_WITHIN and len(around.in_region) <= NEAREST for around in found.values())
    assert len(found[BY_NAME["Oslo"].number].here) == 41
    assert [nearby.group.id for nearby in found[BY_NAME["Bærum"].number].within] == [
        "amnesty-oslo", *(f"oslo-{number:03d}" for number in range(MAX_WITHIN - 1))]


def test_groups_without_a_known_municipality_have_no_place():
    places = places_of([group("nowhere", None), group("typo", "Trondhjem"), *TRONDHEIM], MUNICIPALITIES.municipalities)
    assert [municipality.name for municipality in places] == ["Trondheim"]
    alone = neighbourhood(BY_NAME["Malvik"], places_of([], MUNICIPALITIES.municipalities), "midt")
    assert alone.within == alone.in_region == ()


def test_a_shared_name_is_placed_by_its_label():
    places = places_of([group("heroy", "Herøy (Nordland)")], MUNICIPALITIES.municipalities)
    assert [municipality.number for municipality in places] == ["1818"]
