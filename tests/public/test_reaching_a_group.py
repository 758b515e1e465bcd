"""Every listed group can be reached, and every link leads somewhere a visitor can open (issue: no dead links)."""

from __future__ import annotations

import html
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from dataclasses import replace

from generator.model.loading import parse_group
from generator.model.regions import RegionData
from generator.model.settings import ProjectSettings
from generator.sites.public.site import public_files, theme_overrides

from tests.conftest import PROJECT, SAMPLE_GROUPS, context, load_groups
from .site_reading import page_of, read_article

REPOSITORY = "github.com/amnesty-norge/grupperegister"
ARENDAL = (SAMPLE_GROUPS / "amnesty-ungdom-arendal.yaml").read_text(encoding="utf-8")
WITHOUT_ROUTE = ARENDAL.replace("  email: ungdom-arendal@example.org   # gruppas egen adresse\n", "")


def _group_page(group_text: str, project=PROJECT) -> str:
    group, _ = parse_group("groups/amnesty-ungdom-arendal.yaml", group_text.encode("utf-8"))
    files = public_files([group], context(), project)
    return " ".join(html.unescape(files["groups/amnesty-ungdom-arendal/index.md"]).split())


def test_a_group_without_a_contact_route_shows_its_regions_address():
    page = _group_page(WITHOUT_ROUTE)
    assert "skrive til regionrådgiveren for region Sør, som setter deg i kontakt" in page and "mailto:region.sor@example.org" in page
    assert "Onsdager etter skoletid" in page    # the meeting place still shows


def test_a_group_whose_region_has_no_address_shows_the_secretariats():
    page = _group_page(WITHOUT_ROUTE, replace(PROJECT, regions=RegionData()))
    assert "skrive til Amnesty International Norge, som" in page and "mailto:grupper@example.org" in page


def test_a_group_with_its_own_address_shows_no_fallback():
    page = _group_page(ARENDAL)
    assert "mailto:ungdom-arendal@example.org" in page and "region.sor@example.org" not in page


def test_without_any_address_the_page_says_so_plainly():
    nobody = replace(PROJECT, regions=RegionData(), settings=ProjectSettings())
    assert "Gruppa har ikke lagt ut kontaktinformasjon ennå." in _group_page(WITHOUT_ROUTE, nobody)


def test_every_listed_sample_group_page_has_a_way_to_reach_the_group_or_its_region(sample_site):
    for group in load_groups(SAMPLE_GROUPS):
        page = page_of(sample_site, group.id)
        if page.is_file():
            hrefs = read_article(page).hrefs
            assert any(href.startswith(("mailto:", "tel:", "https://")) for href in hrefs), group.id


def test_region_pages_name_their_counties_and_whom_to_write_to(sample_site):
    text = read_article(sample_site / "regioner" / "sor" / "index.html").text
    assert "Regionen dekker Agder, Telemark og Vestfold." in text
    assert "region.sor@example.org" in text


def test_the_student_council_page_says_how_to_reach_it(sample_site):
    assert "mailto:studentradet@example.org" in read_article(sample_site / "studentradet" / "index.html").hrefs


def test_the_footer_and_the_guides_give_the_secretariats_address(sample_site):
    assert 'href="mailto:grupper@example.org"' in (sample_site / "kalender" / "index.html").read_text("utf-8")
    for guide in ("start-en-gruppe", "veiledning/registrere-gruppe", "veiledning/redigere-gruppefil"):
        article = read_article(sample_site / guide / "index.html")
        assert "mailto:grupper@example.org" in article.hrefs, guide
        assert "[[" not in article.text and "be sekretariatet om tilgang" not in article.text, guide


def test_a_group_page_leads_its_contacts_to_the_sites_own_guide(sample_site):
    hrefs = read_article(page_of(sample_site, "amnesty-nidaros")).hrefs
    assert "../../veiledning/redigere-gruppefil/" in hrefs
    assert not any(REPOSITORY in href for href in hrefs)


def test_only_a_public_repository_is_linked():
    repository = "https://github.com/amnesty-norge/grupperegister"
    public = replace(PROJECT, settings=replace(PROJECT.settings, repository_url=repository, repository_public=True))
    assert f"{repository}/edit/main/groups/amnesty-ungdom-arendal.yaml" in _group_page(ARENDAL, public)
    assert theme_overrides(public)["repo_url"] == repository
    private = replace(PROJECT, settings=replace(PROJECT.settings, repository_url=repository))
    assert "repo_url" not in theme_overrides(private)
    assert "github.com" not in _group_page(ARENDAL, private)


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        wanted = {"a": "href", "link": "href", "script": "src", "img": "src"}.get(tag)
        self.links.extend(value for name, value in attrs if name == wanted and value)


def _links(page: Path) -> list[str]:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.links


def _leads_somewhere(site: Path, page: Path, link: str) -> bool:
    parts = urlsplit(link)
    if parts.scheme or parts.netloc:
        return True
    if not parts.path:
        return True     # an anchor on the page itself
    base = "/" if parts.path.startswith("/") else page.parent.relative_to(site).as_posix()   # site_url is at /
    target = site / posixpath.normpath(posixpath.join(base, unquote(parts.path))).lstrip("/")
    return target.is_file() or (target / "index.html").is_file()


def test_no_page_of_the_built_site_links_nowhere_or_to_the_private_repository(sample_site_of_each_engine):
    site = sample_site_of_each_engine
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 30
    dead, to_repository = [], []
    for page in pages:
        for link in _links(page):
            if REPOSITORY in link:
                to_repository.append((page.relative_to(site).as_posix(), link))
            elif not _leads_somewhere(site, page, link):
                dead.append((page.relative_to(site).as_posix(), link))
    assert not dead, dead[:20]
    assert not to_repository


def test_every_group_page_has_a_bli_med_box_with_the_way_to_join(sample_site):
    pages = sorted((sample_site / "groups").glob("*/index.html"))
    assert len(pages) > 10
    for page in pages:
        box = re.search(r'<section class="bli-med">(.*?)</section>', page.read_text(encoding="utf-8"), re.DOTALL)
        assert box and ">Bli med</h2>" in box[1], page
        assert re.search(r'<a href="(?:mailto:|tel:|https://)[^"]+" class="md-button md-button--primary">', box[1]), page


def test_a_group_without_a_route_asks_the_visitor_to_write_to_its_region_in_its_bli_med_box():
    page = _group_page(WITHOUT_ROUTE)
    assert '<a href="mailto:region.sor@example.org" class="md-button md-button--primary">' in page
