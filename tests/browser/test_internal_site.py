"""The internal site in a real browser: dashboard, region and group pages, zero axe-core violations, offline."""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Page

from generator.checks.run import load_group_files
from generator.model.context import RunContext
from generator.model.settings import ProjectSettings
from generator.sites.internal.render import TEMPLATES
from generator.sites.internal.site import build_internal_site
from tests.browser.conftest import WIDTHS, check_pages, open_tab
from tests.browser.page_kinds import page_templates, representatives
from tests.conftest import AS_OF, PLACES, PROJECT, ROOT, vocabularies

# Every page type, and the pages whose tables were widest (Region Midt's "Siste opplæring", Nidaros's members).
FITTED_PAGES = {"dashboard": "", "group": "grupper/amnesty-bergen/", "closed group": "grupper/amnesty-hamar/",
                "region": "regioner/vest/", "all groups": "grupper/", "exports": "eksport/",
                "region midt": "regioner/midt/", "group with every field": "grupper/amnesty-nidaros/",
                "about": "om/", "group with a waiver": "grupper/amnesty-ungdom-molde/"}

# For each table cell on the page (the numbers behind a chart too, their <details> opened): its text is not
# wider than the cell, the cell lies inside the table's visible box and every box that clips it, and no word
# in it is broken across two lines. Cells hidden on purpose (display: none, or visually hidden headings) are
# left out. Returns one line per clipped cell.
CLIPPED_CELLS = r"""() => {
  document.querySelectorAll("article details").forEach(details => { details.open = true; });
  const hidden = element => {
    for (; element; element = element.parentElement) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(element).display === "none") return true;
    }
    return false;
  };
  const clipped = [];
  for (const cell of document.querySelectorAll("article td, article th")) {
    if (hidden(cell)) continue;
    const box = cell.getBoundingClientRect();
    let left = 0, right = document.documentElement.clientWidth;
    for (let element = cell.parentElement; element; element = element.parentElement) {
      if (getComputedStyle(element).overflowX !== "visible") {
        const clip = element.getBoundingClientRect();
        left = Math.max(left, clip.left);
        right = Math.min(right, clip.right);
      }
    }
    const why = [];
    if (cell.scrollWidth > cell.clientWidth) why.push(`text ${cell.scrollWidth} px in ${cell.clientWidth} px`);
    if (box.left < left - 0.5 || box.right > right + 0.5) why.push(`outside the visible ${left}-${right} px`);
    const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node; (node = texts.nextNode());) {
      for (const word of node.data.matchAll(/[^\s\-–\/]+[\-–\/]?/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (lines.size > 1) why.push(`«${word[0]}» broken across lines`);
      }
    }
    if (why.length) clipped.push(`${cell.tagName} «${cell.innerText.trim().slice(0, 40)}»: ${why.join(", ")}`);
  }
  return clipped;
}"""

# Per chart: the smallest text as rendered (its font size times the drawing's scale), and its value-axis ticks.
CHART_TEXT = """() => [...document.querySelectorAll("figure.chart svg")].map(svg => {
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const sizes = [...svg.querySelectorAll("text")].map(text => parseFloat(getComputedStyle(text).fontSize) * scale);
  return {smallest: Math.min(...sizes), ticks: svg.querySelectorAll("text.tick").length};
})"""


@pytest.fixture(scope="session")
def internal_site_dir(internal_site) -> Path:
    """The sample internal site the other folders' tests read (tests/conftest.py), built once for them all."""
    return internal_site


@pytest.fixture(scope="session")
def internal_site_url(internal_site_dir, serve_site) -> str:
    return serve_site(internal_site_dir)


@pytest.fixture(scope="session")
def internal_site_without_export_url(tmp_path_factory, serve_site) -> str:
    """As CI builds it: no membership register export, numbers linked to the register's page."""
    site = tmp_path_factory.mktemp("internal-browser-numbers") / "site"
    settings = ProjectSettings("https://medlem.example.org/{member_number}")
    build_internal_site(load_group_files(sorted((ROOT / "groups").glob("*.yaml"))).groups,
                        RunContext(vocabularies(), AS_OF, PLACES), replace(PROJECT, settings=settings), site)
    return serve_site(site)


def internal_page_problems(page: Page) -> list[str]:
    """What an internal page must not have beyond the shared checks: a clipped table cell, or no noindex."""
    robots = page.get_attribute('meta[name="robots"]', "content")
    return page.evaluate(CLIPPED_CELLS) + ([] if robots == "noindex, nofollow" else [f"robots: {robots}"])


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_one_page_of_each_kind_passes_axe_and_every_page_shown_fits_whole_and_offline(
        browser, internal_site_dir, internal_site_url, screenshots, width):
    """One page of each template and each page of no template passes every WCAG 2.1 AA rule of axe-core; they
    and the named pages show every table cell whole, fit the screen, carry noindex and fetch nothing elsewhere."""
    axed = set(representatives(internal_site_dir).values())
    assert check_pages(browser, internal_site_url, sorted(axed | set(FITTED_PAGES.values())), width, axed,
                       screenshots, "", more=internal_page_problems) == {}


def test_every_page_template_of_the_internal_site_has_a_page_the_browser_checks(internal_site_dir):
    kinds = representatives(internal_site_dir)
    assert page_templates(TEMPLATES) <= set(kinds)
    assert {"om/", "personvern/"} <= set(kinds.values())          # hand-written pages, each a kind of its own


class _Fetched(HTMLParser):
    """The addresses a page makes the browser fetch (scripts, styles, icons, images) and the links it holds."""

    def __init__(self):
        super().__init__()
        self.fetched: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("script", "img") and attributes.get("src"):
            self.fetched.append(attributes["src"])
        elif tag == "link" and attributes.get("href"):
            self.fetched.append(attributes["href"])
        elif tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])


def _missing(site: Path, html_file: Path, address: str) -> bool:
    """Whether an address on a page, relative or from the site's root, names no file of the site (a folder: its
    index.html)."""
    path = unquote(urlsplit(address).path)
    target = (site / path.lstrip("/") if path.startswith("/") else html_file.parent / path).resolve()
    return not (target.is_file() or (target / "index.html").is_file()) or not target.is_relative_to(site.resolve())


def test_every_internal_page_fetches_only_files_of_the_site_and_links_to_none_missing(internal_site_dir):
    """Every page the build wrote, read as a browser would fetch it (the browser opens one page of each kind)."""
    found = {}
    for html_file in sorted(internal_site_dir.rglob("*.html")):
        parser = _Fetched()
        parser.feed(html_file.read_text(encoding="utf-8"))
        local = [address for address in parser.links if not urlsplit(address).scheme and urlsplit(address).path]
        wrong = [f"elsewhere: {address}" for address in parser.fetched if urlsplit(address).netloc]
        wrong += [f"missing: {address}" for address in parser.fetched + local
                  if not urlsplit(address).netloc and _missing(internal_site_dir, html_file, address)]
        if wrong:
            found[html_file.relative_to(internal_site_dir).as_posix()] = wrong
    assert len(list(internal_site_dir.rglob("*.html"))) > 20
    assert found == {}


def test_on_a_phone_a_wide_table_is_a_card_per_row_with_each_value_named(phone_tab, internal_site_url):
    phone_tab.page.goto(internal_site_url + "grupper/amnesty-nidaros/")
    members = phone_tab.page.locator("table[data-cards]").filter(has_text="Medlemsnummer")
    email = members.locator('td[data-label="E-post"]').first
    assert email.inner_text() == "kari.nordmann@example.org" and email.is_visible()
    assert members.locator("thead").bounding_box()["width"] <= 1          # headings for screen readers only
    label = phone_tab.page.evaluate("cell => getComputedStyle(cell, '::before').content", email.element_handle())
    assert "E-post" in label


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_charts_show_text_of_at_least_12_px_and_several_ticks(browser, internal_site_url, width):
    tab = open_tab(browser, width=width)
    try:
        tab.page.goto(internal_site_url)
        charts = tab.page.evaluate(CHART_TEXT)
        assert len(charts) == 2
        for chart in charts:
            assert chart["smallest"] >= 12 and chart["ticks"] >= 3, chart
    finally:
        tab.page.context.close()


def test_dashboard_shows_the_most_urgent_task_first_and_charts_with_names(tab, internal_site_url):
    tab.page.goto(internal_site_url)
    first_task = tab.page.locator("table").filter(has_text="Hva må gjøres").locator("tbody tr").first
    # its contact is no longer a member; the severity is a symbol and a word, and the task names its region
    assert first_task.inner_text().startswith("✖ feil\t§2.4\tVest\tAmnesty Bergen")
    assert first_task.get_by_role("cell").first.get_attribute("data-label") == "Alvorlighet"
    severities = tab.page.locator("table").filter(has_text="Hva må gjøres").locator('td[data-label="Alvorlighet"]')
    assert set(severities.all_inner_texts()) == {"✖ feil", "⚠ advarsel"}
    assert tab.page.get_by_role("cell", name="feil", exact=True).count() >= 1   # a screen reader hears the word
    charts = tab.page.get_by_role("img", name="Kvartalsrapporter mottatt per kvartal og region")
    assert charts.count() == 1
    assert tab.page.get_by_role("img", name="Utadrettede aktiviteter per kvartal").count() == 1


def test_a_group_link_on_the_dashboard_leads_to_its_page_with_contact_details(tab, internal_site_url):
    tab.page.goto(internal_site_url)
    tab.page.get_by_role("link", name="Amnesty Bergen").first.click()
    tab.page.wait_for_url("**/grupper/amnesty-bergen/")
    assert tab.page.get_by_role("heading", level=1).inner_text() == "Amnesty Bergen"
    assert tab.page.get_by_role("cell", name="ikke i uttrekket").count() == 1    # its contact, 130411
    assert tab.page.get_by_role("cell", name="camilla.nygard@example.org").count() == 1


def test_without_the_export_pages_have_no_accessibility_violations(browser, internal_site_without_export_url,
                                                                    screenshots):
    pages = ["", "grupper/amnesty-nidaros/", "eksport/"]
    assert check_pages(browser, internal_site_without_export_url, pages, WIDTHS["desktop"], pages, screenshots,
                       "uten-eksport-", more=internal_page_problems) == {}


def test_without_the_export_a_member_number_links_to_the_register(tab, internal_site_without_export_url):
    tab.page.goto(internal_site_without_export_url + "grupper/amnesty-nidaros/")
    link = tab.page.get_by_role("link", name="100234")
    assert link.get_attribute("href") == "https://medlem.example.org/100234"
    assert tab.page.get_by_role("columnheader", name="Navn").count() == 0
    tab.page.goto(internal_site_without_export_url + "eksport/")
    assert tab.page.get_by_role("link", name="kontakter.csv").count() == 0
