"""The public site built by Zensical, in a real browser: no axe violations, nothing fetched from other hosts."""

from __future__ import annotations

import pytest

from tests.browser.conftest import WIDTHS, check_pages
from tests.browser.searching import checks_of_a_search
from tests.browser.test_public_site import HOSTILE, PHONE_FRONT_PAGE_FAULTS

PAGES = ["", "groups/amnesty-nidaros/", "groups/hostile-skript/", "regioner/midt/", "kalender/", "404.html"]


@pytest.fixture(scope="module")
def zensical_site_url(zensical_site, serve_site) -> str:
    return serve_site(zensical_site)


def test_the_zensical_site_passes_axe_offline(browser, zensical_site_url, screenshots):
    assert check_pages(browser, zensical_site_url, PAGES, WIDTHS["desktop"], PAGES, screenshots, "zensical-") == {}


def test_the_front_page_filters_on_the_zensical_site(tab, zensical_site_url):
    """The site's own script runs there too."""
    tab.page.goto(zensical_site_url)
    tab.page.select_option("#filter-region", "midt")
    assert tab.page.inner_text("#gruppeantall").startswith("Viser ")
    assert tab.page.locator("#gruppeliste li[hidden]").count() > 0
    assert tab.problems() == {}


def test_the_place_search_loads_when_used_and_finds_a_postcode_on_the_zensical_site(tab, zensical_site_url):
    page = tab.page
    page.goto(zensical_site_url)
    page.get_by_role("combobox", name="Skriv kommune, sted eller postnummer").fill("7550")
    page.get_by_role("option", name="7550 Hommelvik i Malvik").click()
    page.wait_for_url("**/kommuner/malvik/")
    assert tab.problems() == {}


def test_the_zensical_site_has_amnestys_yellow_header_wordmark_and_bli_med(tab, zensical_site_url):
    """The same overrides and styles make the same look on Zensical."""
    page = tab.page
    page.goto(zensical_site_url + "groups/amnesty-nidaros/")
    assert page.locator("header.md-header").evaluate("node => getComputedStyle(node).backgroundColor") == (
        "rgb(255, 255, 0)")
    assert page.locator("header .amnesty-merke").inner_text() == "AMNESTY"
    assert page.locator("article .bli-med h2").inner_text() == "Bli med"
    assert tab.problems() == {}


def test_the_search_finds_in_norwegian_on_the_zensical_site(tab, zensical_site_url):
    """The same search as on MkDocs' site (Pagefind): Zensical's own has no Norwegian."""
    assert checks_of_a_search(tab.page, zensical_site_url, HOSTILE["municipality"]) == []
    assert tab.problems() == {}


def test_on_a_phone_zensicals_front_page_keeps_finn_beside_the_field_and_cuts_no_filter(phone_tab, zensical_site_url):
    """As on MkDocs' site, though Zensical's page has a scrollbar that takes some of the width."""
    phone_tab.page.goto(zensical_site_url)
    assert phone_tab.page.evaluate(PHONE_FRONT_PAGE_FAULTS) == []
    assert phone_tab.page.get_by_role("button", name="Søk").is_visible()
