"""The municipalities and counties (data/kommuner.json) and the county outlines for the map
(data/fylker-omriss.json): counts, numbers, names, points, source and size, from the
committed files alone (scripts/refresh-municipalities makes them; data/KILDER.md)."""

from __future__ import annotations

import json
import math
import re

import pytest

from tests.conftest import ROOT

DATA = ROOT / "data"
MUNICIPALITY_FILE = DATA / "kommuner.json"
OUTLINE_FILE = DATA / "fylker-omriss.json"
MUNICIPALITY_DATA = json.loads(MUNICIPALITY_FILE.read_text(encoding="utf-8"))
OUTLINES = json.loads(OUTLINE_FILE.read_text(encoding="utf-8"))
MUNICIPALITIES = MUNICIPALITY_DATA["municipalities"]
COUNTIES = MUNICIPALITY_DATA["counties"]
BY_NUMBER = {m["number"]: m for m in MUNICIPALITIES}

OUTLINE_BUDGET = 60_000  # bytes, all 15 counties, inlined on the front page and region pages
# Mainland Norway with its islands: Utsira-Solund in the west, Grense Jakobselv in the
# east, Lindesnes in the south, Knivskjellodden in the north (Svalbard is no county).
LAT_RANGE, LON_RANGE = (57.9, 71.2), (4.5, 31.2)

# The municipalities in the administrative area for Sámi language (samelovens
# forvaltningsområde) in 2024, by number, with the Sámi name their official name holds.
SAMI_ADMINISTRATIVE = {
    "5610": ("sme", "Kárášjohka"),      # Karasjok
    "5612": ("sme", "Guovdageaidnu"),   # Kautokeino
    "5622": ("sme", "Porsáŋgu"),        # Porsanger
    "5628": ("sme", "Deatnu"),          # Tana
    "5636": ("sme", "Unjárga"),         # Nesseby
    "5540": ("sme", "Gáivuotna"),       # Kåfjord
    "5518": ("sme", "Loabák"),          # Lavangen
    "5512": ("sme", "Dielddanuorri"),   # Tjeldsund
    "1875": ("smj", "Hábmer"),          # Hamarøy
    "1826": ("sma", "Aarborte"),        # Hattfjelldal
    "5041": ("sma", "Snåase"),          # Snåsa
    "5043": ("sma", "Raarvihke"),       # Røyrvik
    "5025": ("sma", "Rosse"),           # Røros
}
KVEN = {"5622": "Porsanki", "5538": "Omasvuono", "5540": "Kaivuono", "5544": "Raisi"}
COUNTY_NAMES = {
    "55": "Troms - Romsa - Tromssa",
    "56": "Finnmark - Finnmárku - Finmarkku",
    "18": "Nordland - Nordlánnda",
    "50": "Trøndelag - Trööndelage",
}


def test_the_2024_structure_has_357_municipalities_and_15_counties():
    assert MUNICIPALITY_DATA["structure"] == "2024-01-01"
    assert len(MUNICIPALITIES) == 357
    assert len(COUNTIES) == 15
    assert len(OUTLINES["counties"]) == 15


@pytest.mark.parametrize("units, digits", [(MUNICIPALITIES, 4), (COUNTIES, 2)], ids=["kommuner", "fylker"])
def test_numbers_are_unique_well_formed_and_in_order(units, digits):
    numbers = [u["number"] for u in units]
    assert all(re.fullmatch(rf"[0-9]{{{digits}}}", n) for n in numbers)
    assert numbers == sorted(set(numbers))


def test_the_counties_are_those_after_the_2024_split():
    assert [c["number"] for c in COUNTIES] == [
        "03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56"]
    assert [c["number"] for c in OUTLINES["counties"]] == [c["number"] for c in COUNTIES]
    assert [c["name"] for c in OUTLINES["counties"]] == [c["name"] for c in COUNTIES]


def test_every_municipality_lies_in_an_existing_county_given_by_its_number():
    counties = {c["number"] for c in COUNTIES}
    for m in MUNICIPALITIES:
        assert m["county"] == m["number"][:2] and m["county"] in counties, m["number"]
    assert {m["county"] for m in MUNICIPALITIES} == counties


def test_names_split_the_official_name_by_language():
    languages = set(MUNICIPALITY_DATA["languages"])
    for unit in (*COUNTIES, *MUNICIPALITIES):
        names = unit["names"]
        assert set(names) <= languages and names["nor"] == unit["name"], unit["number"]
        assert unit["official_name"] == " - ".join(names.values()), unit["number"]
        assert all(n == n.strip() and n for n in names.values()), unit["number"]


def test_norwegian_names_repeat_only_across_counties():
    seen: dict[str, list[str]] = {}
    for m in MUNICIPALITIES:
        seen.setdefault(m["name"], []).append(m["county"])
    repeated = {name: counties for name, counties in seen.items() if len(counties) > 1}
    assert repeated == {"Herøy": ["15", "18"], "Våler": ["31", "34"]}


@pytest.mark.parametrize("number, sami", SAMI_ADMINISTRATIVE.items())
def test_sami_administrative_municipalities_have_their_sami_name(number, sami):
    language, name = sami
    assert BY_NUMBER[number]["names"].get(language) == name


def test_kven_names_and_parallel_county_names():
    assert {n: m["names"]["fkv"] for n, m in BY_NUMBER.items() if "fkv" in m["names"]} == KVEN
    assert BY_NUMBER["5622"]["official_name"] == "Porsanger - Porsáŋgu - Porsanki"
    assert BY_NUMBER["5612"]["official_name"] == "Guovdageaidnu - Kautokeino"
    counties = {c["number"]: c["official_name"] for c in COUNTIES}
    assert {n: counties[n] for n in COUNTY_NAMES} == COUNTY_NAMES


def test_every_point_lies_within_norways_bounding_box():
    for unit in (*COUNTIES, *MUNICIPALITIES):
        assert LAT_RANGE[0] < unit["lat"] < LAT_RANGE[1], unit["number"]
        assert LON_RANGE[0] < unit["lon"] < LON_RANGE[1], unit["number"]


def rings(path: str) -> list[list[tuple[float, float]]]:
    """The closed rings of an SVG path made of M (absolute), l (relative) and z only."""
    tokens = re.findall(r"[A-Za-z]|-?[0-9]+(?:\.[0-9]+)?", path)
    assert set(t for t in tokens if t.isalpha()) <= {"M", "l", "z"}
    result, ring, command, numbers = [], [], "", []
    for token in tokens:
        if token.isalpha():
            command = token
            if command == "z":
                result.append(ring)
                ring = []
            continue
        numbers.append(float(token))
        if len(numbers) == 2:
            x, y = numbers
            numbers = []
            if command == "M":
                ring = [(x, y)]
            else:
                ring.append((ring[-1][0] + x, ring[-1][1] + y))
    assert not ring and not numbers, "path ends inside a ring"
    return result


OUTLINE_RINGS = {c["number"]: rings(c["path"]) for c in OUTLINES["counties"]}


def inside(point: tuple[float, float], county_rings) -> bool:
    """Even-odd rule, as the map fills the paths."""
    x, y = point
    crossings = 0
    for ring in county_rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                crossings += 1
    return crossings % 2 == 1


def distance(point: tuple[float, float], county_rings) -> float:
    px, py = point
    best = math.inf
    for ring in county_rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            dx, dy = x2 - x1, y2 - y1
            t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)))
            best = min(best, math.hypot(px - x1 - t * dx, py - y1 - t * dy))
    return best


def test_the_outline_file_says_how_to_place_a_point_and_fits_its_viewbox():
    projection = OUTLINES["projection"]
    assert projection["crs"] == "EPSG:25833" and projection["unit"] == "km"
    assert OUTLINES["viewBox"].startswith("0 0 ")
    width, height = map(float, OUTLINES["viewBox"].split()[2:])
    for county_rings in OUTLINE_RINGS.values():
        assert county_rings and all(len(ring) >= 3 for ring in county_rings)
        assert all(0 <= x <= width and 0 <= y <= height for ring in county_rings for x, y in ring)
    assert set(OUTLINES["points"]) == set(BY_NUMBER)


def test_every_municipality_is_placed_in_its_county_on_the_map():
    # A point may fall just outside where the simplification cut a corner or an islet;
    # never more than a couple of map units (km) away.
    near = {}
    for number, point in OUTLINES["points"].items():
        county_rings = OUTLINE_RINGS[number[:2]]
        if not inside(point, county_rings):
            near[number] = round(distance(point, county_rings), 1)
    assert all(d <= 2.0 for d in near.values()), near
    for county in OUTLINES["counties"]:
        assert inside(county["label"], OUTLINE_RINGS[county["number"]]), county["number"]


def test_the_outline_file_stays_within_its_budget():
    assert OUTLINE_FILE.stat().st_size < OUTLINE_BUDGET


def test_source_and_licence_are_stated():
    for data in (MUNICIPALITY_DATA, OUTLINES):
        source = data["source"]
        assert source["provider"] == "Kartverket" and source["licence"] == "CC BY 4.0"
        assert source["attribution"] == "Inneholder data under CC BY 4.0 fra Kartverket"
        assert source["commit"] and source["files"]
    notes = (DATA / "KILDER.md").read_text(encoding="utf-8")
    assert "Inneholder data under CC BY 4.0 fra Kartverket" in notes
    assert MUNICIPALITY_DATA["source"]["commit"] in notes
