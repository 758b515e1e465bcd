"""The nearest groups and the maps in a real browser: picking a municipality without JavaScript, tapping and
focusing the map's points. Axe, fit and screenshots of the map pages at a phone's and a desktop's width are in
test_public_site.py, with every other kind of page."""

from __future__ import annotations


def test_without_javascript_a_visitor_picks_malvik_and_sees_the_trondheim_groups(no_script_tab, public_site_url):
    page = no_script_tab.page
    page.goto(public_site_url)
    page.click("article >> text=kommunen din")
    assert not page.is_visible(".kommunevalg a >> text=Malvik")
    page.click(".kommunevalg summary >> text=Trøndelag")
    page.click(".kommunevalg a >> text=Malvik")
    assert page.inner_text("h1") == "Grupper nær Malvik"
    assert "Grupper innen 50 km" in page.locator("article h2").all_inner_texts()
    nearest = page.inner_text("article ul")
    assert "Amnesty Nidaros – 17 km, Trondheim – Lokalgruppe" in nearest
    assert "Amnesty Studentgruppe NTNU – 17 km, Trondheim – Studentgruppe, Norges teknisk" in nearest
    assert "Oslo" not in page.inner_text("article")              # no theme group 377 km away among the nearest
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
