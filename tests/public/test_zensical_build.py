"""The public site built by Zensical from the same generated pages: every page, groups.json and the feeds.

The browser half (axe on the Zensical site) is tests/browser/test_zensical_site.py.
"""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

from generator.sites.site_marker import site_kind

from tests.conftest import ROOT, SAMPLE_GROUPS, load_groups
from tests.raw_markdown import raw_markdown
from .conftest import FIXTURES, build_sample_site
from .site_reading import page_of, read_article

LISTED = sorted(group.id for group in load_groups(SAMPLE_GROUPS, FIXTURES / "hostile")
                if group.data["status"] == "active" and group.data.get("listed", True))


def test_every_listed_group_has_a_page_and_a_feed(zensical_site):
    assert len(LISTED) > 12
    for group_id in LISTED:
        assert page_of(zensical_site, group_id).is_file(), group_id
        assert (zensical_site / "groups" / group_id / "kalender.ics").is_file(), group_id
    assert not (zensical_site / "groups" / "amnesty-eksilgruppa-oslo").exists()   # listed: false


def test_groups_json_lists_every_listed_group(zensical_site):
    data = json.loads((zensical_site / "groups.json").read_text(encoding="utf-8"))
    assert sorted(group["id"] for group in data["groups"]) == LISTED
    assert data["count"] == len(LISTED)


def test_the_files_beside_the_pages_are_the_ones_mkdocs_publishes(zensical_site, sample_site):
    """groups.json, the feeds and the schema are copied through unchanged, as MkDocs copies them."""
    copied = ["groups.json", "kalender.ics", "schema/groups-public.schema.json",
              *(f"groups/{group_id}/kalender.ics" for group_id in LISTED)]
    for name in copied:
        assert (zensical_site / name).read_bytes() == (sample_site / name).read_bytes(), name


def test_every_page_type_is_built(zensical_site):
    for page in ("index.html", "regioner/index.html", "regioner/midt/index.html", "kategorier/student/index.html",
                 "omrader/womens-rights/index.html", "kommuner/index.html", "studentradet/index.html",
                 "kalender/index.html", "start-en-gruppe/index.html", "hva-grupper-gjor/index.html",
                 "data/index.html", "404.html", "sitemap.xml", "groups.json"):
        assert (zensical_site / page).is_file(), page
    assert not (zensical_site / "development").exists()   # exclude_docs in mkdocs.yml
    assert site_kind(zensical_site) == "public"


def test_the_theme_overrides_apply(zensical_site, sample_site):
    """overrides/ (custom_dir): the escaped page titles of main.html, the Norwegian 404 page, the labels of
    partials/languages/custom.html; and the site's own CSS and script."""
    for group_id in LISTED:
        assert _title(page_of(zensical_site, group_id)) == _title(page_of(sample_site, group_id)), group_id
    assert "Fant ikke siden" in (zensical_site / "404.html").read_text(encoding="utf-8")
    front = (zensical_site / "index.html").read_text(encoding="utf-8")
    assert 'aria-label="Sidetopp"' in front
    assert 'href="assets/public.css"' in front.replace("./", "")
    assert 'src="assets/filter.js"' in front.replace("./", "")


def test_pages_have_the_same_text_and_links_as_with_mkdocs(zensical_site, sample_site):
    for page in ("index.html", "groups/amnesty-nidaros/index.html", "groups/hostile-skript/index.html"):
        zensical, mkdocs = read_article(zensical_site / page), read_article(sample_site / page)
        assert zensical.text.split() == mkdocs.text.split(), page
        assert zensical.hrefs == mkdocs.hrefs, page


def test_the_sitemap_has_absolute_addresses_of_group_pages(zensical_site):
    sitemap = (zensical_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://grupper.amnesty.no/groups/amnesty-nidaros/</loc>" in sitemap


def test_a_second_build_replaces_the_first(zensical_site, tmp_path):
    site = shutil.copytree(zensical_site, tmp_path / "site")   # a first build, as the module's fixture made it
    (site / "stale.html").write_text("old", encoding="utf-8")
    build_sample_site(site, engine="zensical")
    assert not (site / "stale.html").exists()
    assert (site / ".grupper-site").is_file()


def test_the_guides_render_on_zensical_as_on_mkdocs(zensical_site):
    """The hand-written pages that hold no group's text (the front page lists the hostile-text groups)."""
    guides = [path.relative_to(ROOT / "docs").with_suffix("") for path in (ROOT / "docs").rglob("*.md")
              if path.name not in ("index.md", "development.md")]
    assert len(guides) >= 6
    assert {guide.as_posix(): raw_markdown((zensical_site / guide / "index.html").read_text(encoding="utf-8"))
            for guide in guides} == {guide.as_posix(): [] for guide in guides}


def _title(page: Path) -> str:
    """The page's title as a browser shows it (Zensical's templates escape "/" too, MkDocs' do not)."""
    text = page.read_text(encoding="utf-8")
    title = text[text.index("<title>") + len("<title>"):text.index("</title>")]
    assert "<" not in title, page
    return html.unescape(title)
