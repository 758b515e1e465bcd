"""The map of the groups' places: inline SVG from the county outlines, a named link for every point."""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ElementTree
from collections import Counter

from generator.model.county_outlines import coarser, path_box, path_rings
from generator.sites.public.map import MapPoint, map_figure, map_svg

from tests.conftest import PROJECT

OUTLINES = PROJECT.outlines
SVG = "{http://www.w3.org/2000/svg}"
TRONDHEIM, MOLDE, OSLO = "5001", "1506", "0301"
HOSTILE = 'Amnesty <script>alert("x")</script> & \'co\' ]]> {{ x }}'


def parsed(svg: str) -> ElementTree.Element:
    """The map as XML: it must be well-formed, whatever the names in it."""
    return ElementTree.fromstring(svg)


def links(svg: str) -> list[tuple[str, str, str]]:
    return [(a.get("href"), a.get("aria-label"), a.find(f"{SVG}title").text) for a in parsed(svg).iter(f"{SVG}a")]


def test_every_point_is_a_link_with_an_accessible_name_in_the_order_given():
    points = [MapPoint(TRONDHEIM, "kommuner/trondheim/", "Trondheim: Amnesty Nidaros og Amnesty Studentgruppe NTNU"),
              MapPoint(MOLDE, "groups/amnesty-ungdom-molde/", "Amnesty Ungdom Molde, Molde")]
    svg = map_svg(OUTLINES, points, "Kart over Norge med gruppenes kommuner")
    assert links(svg) == [(point.href, point.name, point.name) for point in points]
    root = parsed(svg)
    assert root.get("role") == "group" and root.get("aria-label") == "Kart over Norge med gruppenes kommuner"
    assert root.get("viewBox") == "0 0 1213 1507"
    assert len(root.findall(f"{SVG}g[@aria-hidden='true']/{SVG}path")) == 15     # every county, hidden from AT


def test_a_point_sits_on_its_municipalitys_point():
    svg = map_svg(OUTLINES, [MapPoint(TRONDHEIM, "x/", "Trondheim")], "Kart")
    disc = next(parsed(svg).iter(f"{SVG}circle"))
    assert (float(disc.get("cx")), float(disc.get("cy"))) == OUTLINES.points[TRONDHEIM]


def test_names_and_addresses_are_escaped():
    svg = map_svg(OUTLINES, [MapPoint(OSLO, 'groups/x/" onmouseover="alert(1)', HOSTILE)], HOSTILE)
    assert "<script" not in svg
    root = parsed(svg)
    assert not list(root.iter(f"{SVG}script")) and not list(root.iter("script"))
    assert [sorted(a.attrib) for a in root.iter(f"{SVG}a")] == [["aria-label", "href"]]
    [(href, label, title)] = links(svg)
    assert label == title == HOSTILE
    assert href == 'groups/x/" onmouseover="alert(1)'            # one attribute's text, as written
    assert parsed(svg).get("aria-label") == HOSTILE


def test_a_point_whose_municipality_the_map_does_not_know_is_left_out():
    assert links(map_svg(OUTLINES, [MapPoint("9999", "x/", "Nowhere")], "Kart")) == []


def test_a_region_map_is_framed_on_its_counties_and_shades_them():
    counties = ("Trøndelag", "Møre og Romsdal")
    root = parsed(map_svg(OUTLINES, [MapPoint(TRONDHEIM, "x/", "Trondheim")], "Kart", counties))
    left, top, width, height = (float(value) for value in root.get("viewBox").split())
    for county in OUTLINES.counties:
        if county.name in counties:
            assert left <= county.box.left and county.box.right <= left + width
            assert top <= county.box.top and county.box.bottom <= top + height
    assert width < 700 and height < 700                                   # not the whole country
    shaded = root.findall(f".//{SVG}path[@class='kart-fylke kart-fylke--valgt']")
    assert len(shaded) == 2
    drawn = root.findall(f"{SVG}g[@aria-hidden='true']/{SVG}path")
    assert 2 < len(drawn) < 15                                            # the neighbours, not the far counties


def test_every_outline_lies_inside_the_maps_view_box():
    for county in OUTLINES.counties:
        box = county.box
        assert 0 <= box.left < box.right <= 1213 and 0 <= box.top < box.bottom <= 1507, county.name
    assert path_box("M10 20l5 5-10 0zM100 100l1 1z").left == 5
    assert path_box("M10 20l5 5-10 0zM100 100l1 1z").bottom == 101


def test_the_figure_credits_kartverket_and_stays_light():
    figure = map_figure(OUTLINES, [MapPoint(OSLO, "x/", "Oslo")], "Kart", "Punktene viser kommunene.")
    parsed(figure.replace("&#46;", "."))
    assert "Inneholder data under <a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a> fra " \
           "Kartverket." in figure
    assert "\n\n" not in figure                          # one raw HTML block of the Markdown page
    assert len(figure.encode()) < 30_000


def corners(outlines) -> dict[str, set[tuple[float, float]]]:
    return {county.name: {point for ring in path_rings(county.path) for point in ring} for county in outlines.counties}


def test_the_country_map_draws_its_coasts_at_its_scale_and_keeps_every_border():
    """The whole country on a map at most 520 px wide: a few kilometres of coast are less than two pixels."""
    drawn = [path.get("d") for path in parsed(map_svg(OUTLINES, [], "Kart")).iter(f"{SVG}path")]
    assert len(gzip.compress("".join(drawn).encode())) < 0.55 * len(gzip.compress(
        "".join(county.path for county in OUTLINES.counties).encode()))
    before, after = corners(OUTLINES), corners(coarser(OUTLINES, 3.0))
    shared = [point for point, owners in Counter(p for points in before.values() for p in points).items() if owners > 1]
    assert len(shared) > 300
    for name, points in before.items():
        assert {point for point in shared if point in points} <= after[name], name   # neighbours still meet
    assert sum(map(len, after.values())) < 0.6 * sum(map(len, before.values()))


def test_a_simplified_map_keeps_the_islands_that_hold_a_place():
    simplified = coarser(OUTLINES, 10.0)
    for number, (x, y) in OUTLINES.points.items():
        assert any(box_holds(ring, x, y) for county in simplified.counties for ring in path_rings(county.path)), number


def box_holds(ring, x, y) -> bool:
    xs, ys = zip(*ring)
    return min(xs) <= x <= max(xs) and min(ys) <= y <= max(ys)
