"""The front page's place search in a real browser: a postcode or a town typed into the field leads to the
municipality's page, the suggestions work with the keyboard as an ARIA 1.2 combobox, «Bruk min posisjon» lists the
nearest groups without sending the position anywhere, the data is fetched only when the field is used, and the
page with the suggestions open passes axe at a phone's and a desktop's width."""

from __future__ import annotations

import pytest

from tests.browser.conftest import WIDTHS, axe_violations, open_tab

FIELD = "Skriv kommune, sted eller postnummer"
NEAR_HOMMELVIK = {"latitude": 63.41, "longitude": 10.80}


def _field(page):
    return page.get_by_role("combobox", name=FIELD)


def _data_requests(page) -> list[str]:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    return requests


def _reaches_malvik(page) -> None:
    page.wait_for_url("**/kommuner/malvik/")
    assert page.inner_text("h1") == "Grupper nær Malvik"
    assert "Amnesty Nidaros" in page.inner_text("article")


def test_a_postcode_typed_and_entered_leads_to_the_groups_nearest_malvik(tab, public_site_url):
    page = tab.page
    requests = _data_requests(page)
    page.goto(public_site_url)
    assert not [url for url in requests if "place-search-ui" in url or url.endswith("steder.json")]   # not yet
    _field(page).fill("7550")
    page.get_by_role("option", name="7550 Hommelvik i Malvik").wait_for()
    assert [url for url in requests if url.endswith("steder.json")] == [public_site_url + "steder.json"]
    page.keyboard.press("Enter")
    _reaches_malvik(page)
    assert tab.problems() == {}


def test_a_town_is_chosen_from_the_suggestions_with_the_keyboard(phone_tab, public_site_url):
    page = phone_tab.page
    page.goto(public_site_url)
    field = _field(page)
    field.press_sequentially("Hommelvik")
    page.get_by_role("option", name="Hommelvik sted i Malvik").wait_for()
    assert field.get_attribute("aria-expanded") == "true"
    assert field.get_attribute("aria-activedescendant") is None
    page.keyboard.press("ArrowDown")
    active = field.get_attribute("aria-activedescendant")
    assert page.locator(f"#{active}").inner_text().startswith("Hommelvik")
    assert page.locator(f"#{active}").get_attribute("aria-selected") == "true"
    page.keyboard.press("Escape")
    assert field.get_attribute("aria-expanded") == "false" and field.input_value() == "Hommelvik"
    page.keyboard.press("Enter")                  # no option chosen: the best suggestion
    _reaches_malvik(page)
    assert phone_tab.problems() == {}


def test_a_municipality_name_in_sami_and_a_word_inside_a_name_are_found(tab, public_site_url):
    page = tab.page
    page.goto(public_site_url)
    _field(page).fill("guovdageaidnu")
    page.get_by_role("option", name="Guovdageaidnu kommune, Kautokeino").wait_for()
    _field(page).fill("rana")
    page.get_by_role("option", name="Mo i Rana sted i Rana").wait_for()
    assert page.get_by_role("option").first.inner_text().startswith("Rana")       # the municipality first
    _field(page).fill("qqq")
    assert page.get_by_role("status").filter(has_text="Fant ingen").is_visible()
    assert tab.problems() == {}


def test_my_position_near_hommelvik_lists_amnesty_nidaros_first_and_sends_it_nowhere(tab, public_site_url):
    page = tab.page
    page.context.grant_permissions(["geolocation"], origin=public_site_url.rstrip("/"))
    page.context.set_geolocation(NEAR_HOMMELVIK)
    page.goto(public_site_url, wait_until="networkidle")     # the theme's own late requests done
    requests = _data_requests(page)
    page.get_by_role("button", name="Bruk min posisjon").click()
    nearest = page.get_by_role("heading", name="Gruppene nærmest deg")
    nearest.wait_for()
    groups = page.locator("#stedsok-naermeste li")
    assert groups.first.inner_text() == "Amnesty Nidaros – 20 km, Trondheim"
    assert groups.count() == 5 and "Amnesty Studentgruppe NTNU" in groups.nth(1).inner_text()
    assert requests == [public_site_url + "assets/place-search-ui.js",      # the search's code, styles and data
                        public_site_url + "assets/place-search-ui.css",     # on the click, nothing with the
                        public_site_url + "steder.json"]                    # position
    assert nearest.evaluate("heading => heading === document.activeElement")
    groups.first.get_by_role("link", name="Amnesty Nidaros").click()
    assert page.inner_text("h1") == "Amnesty Nidaros"
    assert tab.problems() == {}


# Counts the page's requests for the visitor's position (window.positionRequests).
COUNT_POSITION_REQUESTS = """
window.positionRequests = 0;
const askForPosition = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
navigator.geolocation.getCurrentPosition = (...given) => { window.positionRequests += 1; askForPosition(...given); };
"""


def test_the_position_is_asked_for_once_on_the_click_that_loads_the_search(tab, public_site_url):
    page = tab.page
    page.context.grant_permissions(["geolocation"], origin=public_site_url.rstrip("/"))
    page.context.set_geolocation(NEAR_HOMMELVIK)
    page.add_init_script(COUNT_POSITION_REQUESTS)
    page.goto(public_site_url, wait_until="networkidle")
    assert page.evaluate("window.positionRequests") == 0
    page.get_by_role("button", name="Bruk min posisjon").click()
    page.get_by_role("heading", name="Gruppene nærmest deg").wait_for()
    assert page.evaluate("window.positionRequests") == 1
    assert tab.problems() == {}


def test_a_refused_position_says_what_to_do_instead(tab, public_site_url):
    page = tab.page
    page.goto(public_site_url)
    page.get_by_role("button", name="Bruk min posisjon").click()       # no permission granted: refused
    page.get_by_text("Du har ikke gitt nettleseren lov til å bruke posisjonen din").wait_for()
    assert page.locator("#stedsok-naermeste").is_hidden()
    assert tab.problems() == {}


def test_without_javascript_the_field_is_hidden_and_the_links_remain(no_script_tab, public_site_url):
    page = no_script_tab.page
    page.goto(public_site_url)
    assert page.locator("#stedsok").is_hidden()
    assert page.locator("article a[href*='kommuner']").count() > 0       # the way to every municipality's page
    assert no_script_tab.problems() == {}


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_the_front_page_with_the_suggestions_open_passes_axe(browser, public_site_url, screenshots, width):
    tab = open_tab(browser, width=width, height=740 if width == WIDTHS["phone"] else 900)
    try:
        page = tab.page
        page.goto(public_site_url)
        _field(page).fill("hom")
        page.get_by_role("option").first.wait_for()
        page.keyboard.press("ArrowDown")
        assert axe_violations(page) == []
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        if screenshots is not None:
            page.screenshot(path=str(screenshots / f"stedsok-forslag-{width}.png"))
        assert tab.problems() == {}
    finally:
        tab.page.context.close()
