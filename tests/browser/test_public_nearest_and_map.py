"""The nearest groups and the maps in a real browser: picking a municipality without JavaScript, tapping and
focusing the map's points, axe at a phone's and a desktop's width, and screenshots to look at."""

from __future__ import annotations

import pytest

from tests.browser.conftest import WIDTHS, open_tab

PAGES = {"forside": "", "kommuneside": "kommuner/malvik/", "kommune-med-grupper": "kommuner/trondheim/",
         "kommuner": "kommuner/", "regionside-midt": "regioner/midt/", "regionside-nord": "regioner/nord/",
         "gruppeside": "groups/amnesty-studentgruppe-ntnu/"}


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize(("name", "path"), PAGES.items(), ids=PAGES.keys())
def test_the_maps_and_municipality_pages_pass_axe_fit_the_screen_and_are_shot(browser, public_site_url, axe,
                                                                              screenshots, name, path, width):
    tab = open_tab(browser, width=width, height=740 if width == WIDTHS["phone"] else 900)
    try:
        tab.page.goto(public_site_url + path)
        if name == "forside":
            tab.page.click(".kommunevalg summary >> text=Trøndelag")        # a municipality choice, opened
        assert tab.page.evaluate("document.documentElement.scrollWidth") <= width
        axe(tab.page)
        tab.page.screenshot(path=str(screenshots / f"offentlig-naer-{name}-{width}.png"), full_page=True)
        assert tab.problems() == {}
    finally:
        tab.page.context.close()


def test_without_javascript_a_visitor_picks_malvik_and_sees_the_trondheim_groups(no_script_tab, public_site_url):
    page = no_script_tab.page
    page.goto(public_site_url)
    assert not page.is_visible(".kommunevalg a >> text=Malvik")
    page.click(".kommunevalg summary >> text=Trøndelag")
    page.click(".kommunevalg a >> text=Malvik")
    assert page.inner_text("h1") == "Grupper nær Malvik"
    nearest = page.inner_text("article ul")
    assert "Amnesty Nidaros – 17 km, Trondheim – Lokalgruppe" in nearest
    assert "Amnesty Studentgruppe NTNU – 17 km, Trondheim – Studentgruppe, Norges teknisk" in nearest
    page.click("article >> text=Amnesty Nidaros")
    assert page.inner_text("h1") == "Amnesty Nidaros"
    assert no_script_tab.problems() == {}


def test_every_point_on_the_map_is_a_link_a_phone_can_tap(phone_tab, public_site_url):
    page = phone_tab.page
    page.goto(public_site_url)
    points = page.locator(".gruppekart svg a")
    names = [point.get_attribute("aria-label") for point in points.all()]
    assert "Trondheim: Amnesty Nidaros og Amnesty Studentgruppe NTNU" in names and len(names) >= 9
    for point in points.all():
        box = point.bounding_box()
        assert box["width"] >= 12 and box["height"] >= 12, point.get_attribute("aria-label")
        assert 0 <= box["x"] and box["x"] + box["width"] <= 360
    for name in names:                           # what a screen reader announces
        assert page.get_by_role("link", name=name, exact=True).count() == 1, name
    page.get_by_role("link", name="Trondheim: Amnesty Nidaros og Amnesty Studentgruppe NTNU").click()
    assert page.inner_text("h1") == "Grupper nær Trondheim"
    assert phone_tab.problems() == {}


def test_a_map_point_is_reached_with_the_keyboard_and_shows_its_focus(tab, public_site_url):
    page = tab.page
    page.goto(public_site_url + "regioner/midt/")
    point = page.locator(".gruppekart svg a").first
    point.focus()
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == point.get_attribute("aria-label")
    ring = page.locator(".gruppekart svg a:focus .kart-ring")
    assert ring.evaluate("ring => getComputedStyle(ring).stroke") == "rgb(0, 80, 200)"
    page.keyboard.press("Enter")
    assert page.inner_text("h1") in ("Amnesty Ungdom Molde", "Grupper nær Trondheim")
