"""The built site's municipality pages (the nearest groups) and its maps, on the front page and the region pages."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree

from generator.model.municipalities import parse_municipalities
from generator.text.names import slug

from tests.conftest import ROOT, SAMPLE_GROUPS, load_groups
from tests.public.conftest import FIXTURES

from .site_reading import read_article

MUNICIPALITIES = parse_municipalities(json.loads((ROOT / "data" / "kommuner.json").read_text(encoding="utf-8")))
LISTED = [group for group in load_groups(SAMPLE_GROUPS, FIXTURES / "hostile")
          if group.data["status"] == "active" and group.data.get("listed", True)]
ATTRIBUTION = "Inneholder data under CC BY 4.0 fra Kartverket."
SVG = "{http://www.w3.org/2000/svg}"


def the_map(page) -> ElementTree.Element:
    """The page's one map, parsed as XML (so it is well-formed)."""
    [svg] = re.findall(r"<svg class=\"gruppekart__kart\".*?</svg>", page.read_text(encoding="utf-8"), re.DOTALL)
    return ElementTree.fromstring(svg)


def map_links(page) -> dict[str, str]:
    """Each point's address and accessible name."""
    return {a.get("href"): a.get("aria-label") for a in the_map(page).iter(f"{SVG}a")}


def test_every_municipality_has_a_page_listed_by_county_on_the_municipalities_page_the_front_page_links(sample_site):
    pages = {path.parent.name for path in (sample_site / "kommuner").glob("*/index.html")}
    assert pages == {slug(municipality.label) for municipality in MUNICIPALITIES.municipalities}
    assert len(pages) == 357
    assert "kommuner/" in read_article(sample_site / "index.html").hrefs
    choice = sample_site / "kommuner" / "index.html"
    assert {"malvik/", "heroy-nordland/"} <= set(read_article(choice).hrefs)
    assert 'id="trondheim"' in choice.read_text(encoding="utf-8")        # the old anchors still lead somewhere


def test_a_visitor_in_malvik_sees_the_trondheim_groups_within_50_km_with_their_distance_and_nothing_far(sample_site):
    article = read_article(sample_site / "kommuner" / "malvik" / "index.html")
    assert article.headings == ["Grupper nær Malvik", "Grupper i Malvik", "Grupper innen 50 km"]
    assert "Det er ingen Amnesty-grupper i Malvik ennå" in article.text
    assert "Amnesty Nidaros – 17 km, Trondheim – Lokalgruppe" in article.text
    assert ("Amnesty Studentgruppe NTNU – 17 km, Trondheim – Studentgruppe, Norges teknisk-naturvitenskapelige "
            "universitet (NTNU)") in article.text
    assert [href for href in article.hrefs if href.startswith("../../groups/")] == [
        "../../groups/amnesty-nidaros/", "../../groups/amnesty-studentgruppe-ntnu/"]    # not Molde, not Oslo 377 km away
    assert "../../regioner/midt/" in article.hrefs


def test_a_municipality_with_no_group_within_50_km_lists_the_nearest_of_its_region_and_says_so(sample_site):
    article = read_article(sample_site / "kommuner" / "roros" / "index.html")
    assert article.headings[2:] == ["Grupper innen 50 km", "Nærmeste grupper i region Midt"]
    assert "Ingen grupper i andre kommuner ligger innen 50 km fra Røros." in article.text
    assert [href for href in article.hrefs if href.startswith("../../groups/")] == [
        "../../groups/amnesty-nidaros/", "../../groups/amnesty-studentgruppe-ntnu/", "../../groups/amnesty-ungdom-molde/"]
    assert "Amnesty Ungdom Molde – 196 km, Molde" in article.text


def test_a_municipality_with_groups_lists_them_first(sample_site):
    article = read_article(sample_site / "kommuner" / "trondheim" / "index.html")
    assert ("Grupper i Trondheim Amnesty Nidaros – Lokalgruppe Amnesty Studentgruppe NTNU – Studentgruppe"
            in article.text)
    assert "Kommunen heter også Tråante." in article.text


def test_the_front_page_map_has_every_listed_groups_place_as_a_named_link(sample_site):
    links = map_links(sample_site / "index.html")
    for group in LISTED:
        municipality = MUNICIPALITIES.meant(group.data["municipality"], ())
        if municipality is None:
            continue
        own = f"groups/{group.id}/"
        shared = f"kommuner/{slug(municipality.label)}/"
        assert own in links or shared in links, group.id
        assert group.data["name"] in links.get(own, "") + links.get(shared, "") or "til" in links[shared], group.id
        target = sample_site / (own if own in links else shared) / "index.html"
        assert target.is_file()
    assert links["kommuner/trondheim/"] == "Trondheim: Amnesty Nidaros og Amnesty Studentgruppe NTNU"
    assert links["groups/amnesty-bodo/"] == "Amnesty Bodø, Bodø"
    assert the_map(sample_site / "index.html").get("aria-label") == "Kart over Norge med gruppenes kommuner"


def test_a_region_page_maps_only_its_groups_and_is_framed_on_its_counties(sample_site):
    page = sample_site / "regioner" / "midt" / "index.html"
    assert map_links(page) == {"../../kommuner/trondheim/": "Trondheim: Amnesty Nidaros og Amnesty Studentgruppe NTNU",
                               "../../groups/amnesty-ungdom-molde/": "Amnesty Ungdom Molde, Molde"}
    assert the_map(page).get("viewBox") != "0 0 1213 1507"
    assert (sample_site / "kommuner" / "trondheim" / "index.html").is_file()


def test_the_map_credits_kartverket_wherever_it_is_shown(sample_site):
    for page in ("index.html", "regioner/midt/index.html", "regioner/nord/index.html"):
        article = read_article(sample_site / page)
        assert ATTRIBUTION in article.text, page
        assert "https://creativecommons.org/licenses/by/4.0/" in article.hrefs


def test_the_map_keeps_hostile_names_as_text(sample_site):
    html = (sample_site / "index.html").read_text(encoding="utf-8")
    svg = re.search(r"<svg class=\"gruppekart__kart\".*?</svg>", html, re.DOTALL)[0]
    assert "<script" not in svg and "<b>" not in svg and "<!--" not in svg
    assert map_links(sample_site / "index.html")["kommuner/oslo/"].endswith(" og 1 til")
    oslo = read_article(sample_site / "kommuner" / "oslo" / "index.html")
    assert "| a | b | <!-- kommentar --> &lt;b&gt; – Lokalgruppe" in oslo.text     # the hostile name, as text
    assert "b" not in oslo.tags and "script" not in oslo.tags and "img" not in oslo.tags


def test_the_maps_and_municipality_pages_stay_light(sample_site):
    front = (sample_site / "index.html").stat().st_size
    svg = len(re.search(r"<svg class=\"gruppekart__kart\".*?</svg>",
                        (sample_site / "index.html").read_text(encoding="utf-8"), re.DOTALL)[0].encode())
    assert svg < 30_000 and front < 120_000
    assert max(path.stat().st_size for path in (sample_site / "kommuner").glob("*/index.html")) < 40_000


def test_a_group_page_links_to_the_groups_near_its_municipality(sample_site):
    article = read_article(sample_site / "groups" / "amnesty-nidaros" / "index.html")
    assert "Kommune: Trondheim (grupper i nærheten) Region: Midt" in article.text       # two items, not one
    assert "nærheten)-" not in article.text
    assert "../../kommuner/trondheim/" in article.hrefs
    hostile = read_article(sample_site / "groups" / "hostile-skript" / "index.html")
    assert not [href for href in hostile.hrefs if href.startswith("../../kommuner/")]     # no such municipality
