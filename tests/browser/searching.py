"""The sites' search (Pagefind, generator/sites/site_search.py) used as a visitor uses it, on either engine."""

from __future__ import annotations

from playwright.sync_api import Page

RESULTS = "#sok-panel .pagefind-ui__results"


def search(page: Page, site_url: str, words: str) -> str:
    """The text of the results for `words`, searched from the site's front page by the header's «Søk» button."""
    page.goto(site_url)
    page.get_by_role("button", name="Søk").click()
    page.locator("#sok-panel input").press_sequentially(words, delay=20)
    page.wait_for_selector(f"{RESULTS} .pagefind-ui__result-link")
    return page.inner_text(RESULTS)


def checks_of_a_search(page: Page, site_url: str, hostile_place: str) -> list[str]:
    """What is wrong with the search on the site: it must find a page by an inflected Norwegian word (bokmål
    stemming: «studentgrupper» finds the student groups' pages) and show hostile text as text, running nothing."""
    found = []
    if "Amnesty Studentgruppe UiS" not in search(page, site_url, "studentgrupper"):
        found.append("«studentgrupper» does not find Amnesty Studentgruppe UiS")
    if hostile_place not in search(page, site_url, "onerror"):
        found.append("«onerror» does not find the hostile group's municipality")
    if page.evaluate(f"document.querySelectorAll('{RESULTS} img, {RESULTS} script').length"):
        found.append("a result holds an image or a script")
    return found
