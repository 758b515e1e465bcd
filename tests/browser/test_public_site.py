"""The public site in a real browser: finding a group, contact routes, hostile text, phones, offline."""

from __future__ import annotations

import pytest
import yaml

from generator.sites.public.render import TEMPLATES
from tests.browser.conftest import WIDTHS, check_pages, open_tab
from tests.browser.page_kinds import page_templates, representatives
from tests.browser.searching import checks_of_a_search
from tests.conftest import SAMPLE_GROUPS, load_groups
from tests.public.conftest import FIXTURES

GROUPS = [group for group in load_groups(SAMPLE_GROUPS, FIXTURES / "hostile")
          if group.data["status"] == "active" and group.data.get("listed", True)]
HOSTILE = yaml.safe_load((FIXTURES / "hostile" / "hostile-skript.yaml").read_text(encoding="utf-8"))
# Pages named for what they show, beyond one page of each kind (tests/browser/page_kinds.py): a group with every
# field, the listings of a category and a priority area, regions and municipalities with and without groups on
# the map. Each is checked at both widths for fit, screenshots and offline; axe runs on one page of each kind
# and on the hostile group's page.
NAMED_PAGES = {"group": "groups/amnesty-nidaros/", "category": "kategorier/student/",
               "priority area": "omrader/womens-rights/", "region midt": "regioner/midt/",
               "region nord": "regioner/nord/", "region sør": "regioner/sor/", "municipality": "kommuner/malvik/",
               "municipality with groups": "kommuner/trondheim/", "student group": "groups/amnesty-studentgruppe-ntnu/"}
HOSTILE_PAGE = "groups/hostile-skript/"


def visible_groups(page) -> set[str]:
    return set(page.eval_on_selector_all(
        "#gruppeliste li:not([hidden]) a[data-region]",
        "links => links.map(link => link.getAttribute('href').split('/')[1])"))


def ids_where(predicate) -> set[str]:
    return {group.id for group in GROUPS if predicate(group.data)}


@pytest.mark.parametrize(("select", "value", "predicate"), [
    ("#filter-region", "midt", lambda data: data["region"] == "midt"),
    ("#filter-category", "student", lambda data: data["category"] == "student"),
    ("#filter-municipality", "trondheim", lambda data: data.get("municipality") == "Trondheim"),
    ("#filter-areas", "womens-rights", lambda data: "womens-rights" in data["priority_areas"]),
])
def test_the_front_page_filters_to_the_matching_groups(tab, public_site_url, select, value, predicate):
    tab.page.goto(public_site_url)
    expected = ids_where(predicate)
    assert expected and expected != ids_where(lambda data: True)
    tab.page.select_option(select, value)
    assert visible_groups(tab.page) == expected
    assert tab.page.inner_text("#gruppeantall") == f"Viser {len(expected)} av {len(GROUPS)} grupper."
    assert tab.problems() == {}


def test_filters_combine_and_reset(tab, public_site_url):
    tab.page.goto(public_site_url)
    tab.page.select_option("#filter-region", "midt")
    tab.page.select_option("#filter-category", "youth")
    assert visible_groups(tab.page) == ids_where(lambda data: data["region"] == "midt" and data["category"] == "youth")
    tab.page.click("text=Vis alle")
    tab.page.wait_for_function("document.querySelectorAll('#gruppeliste li[hidden]').length === 0")
    assert visible_groups(tab.page) == ids_where(lambda data: True)


def test_without_javascript_the_front_page_is_plain_lists(no_script_tab, public_site_url):
    page = no_script_tab.page
    page.goto(public_site_url)
    assert not page.is_visible("#gruppefilter")
    assert visible_groups(page) == ids_where(lambda data: True)
    assert page.is_visible("a[href='regioner/']") and page.is_visible("a[href='kommuner/']")


def test_a_person_finds_a_group_in_trondheim_and_how_to_contact_it(tab, public_site_url):
    page = tab.page
    page.goto(public_site_url)
    page.select_option("#filter-municipality", "trondheim")
    page.click("#gruppeliste >> text=Amnesty Nidaros")
    assert page.inner_text("h1") == "Amnesty Nidaros"
    contact = {link.inner_text(): link.get_attribute("href") for link in page.locator("article li a").all()}
    assert contact["nidaros@example.org"] == "mailto:nidaros@example.org"
    assert contact["https://example.org/amnesty-nidaros"] == "https://example.org/amnesty-nidaros"
    assert contact["@amnestynidaros"] == "https://www.instagram.com/amnestynidaros/"
    assert contact["https://www.facebook.com/amnestynidaros"] == "https://www.facebook.com/amnestynidaros"
    assert "Annenhver tirsdag kl. 18 på Litteraturhuset" in page.inner_text("article")
    assert tab.problems() == {}


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_the_header_is_amnestys_yellow_with_the_black_wordmark_and_no_book_icon(browser, public_site_url, width):
    tab = open_tab(browser, width=width)
    try:
        page = tab.page
        page.goto(public_site_url)
        header = page.locator("header.md-header")
        assert header.evaluate("node => getComputedStyle(node).backgroundColor") == "rgb(255, 255, 0)"
        assert header.evaluate("node => getComputedStyle(node).color") == "rgb(0, 0, 0)"
        mark = page.locator("header .amnesty-merke")
        assert mark.is_visible() and mark.inner_text() == "AMNESTY"           # "Amnesty" in capitals
        assert page.locator("header .md-logo svg").count() == 0
    finally:
        page.context.close()


def test_a_focused_link_shows_a_black_ring_around_a_white_one(tab, public_site_url):
    page = tab.page
    page.goto(public_site_url + "groups/amnesty-nidaros/")
    page.keyboard.press("Tab")          # the skip link, then the wordmark in the yellow header
    page.keyboard.press("Tab")
    focused = page.evaluate("""(() => { const style = getComputedStyle(document.activeElement);
        return [document.activeElement.closest('header') !== null, style.outlineColor, style.outlineStyle,
                style.boxShadow]; })()""")
    assert focused == [True, "rgb(0, 0, 0)", "solid", "rgb(255, 255, 255) 0px 0px 0px 2px"]


def test_every_group_page_shows_bli_med_with_a_yellow_call_to_action(tab, public_site_url):
    page = tab.page
    page.goto(public_site_url + "groups/amnesty-ungdom-arendal/")
    box = page.locator("article .bli-med")
    assert box.locator("h2").inner_text() == "Bli med"
    assert box.evaluate("node => getComputedStyle(node).backgroundColor") == "rgb(255, 255, 0)"
    assert box.get_by_role("link", name="Send e-post til gruppa").get_attribute("href") == (
        "mailto:ungdom-arendal@example.org")
    assert tab.problems() == {}


def test_the_calendar_filters_by_region_and_hides_the_months_left_empty(tab, public_site_url):
    page = tab.page
    page.goto(public_site_url + "kalender/")
    every = page.locator("#kalenderliste li").count()
    page.select_option("#kalender-region", "nord")
    shown = page.locator("#kalenderliste li:not([hidden])")
    assert 0 < shown.count() < every
    assert all(link.get_attribute("data-region") == "nord" for link in shown.locator("a[data-region]").all())
    assert page.inner_text("#kalenderantall") == f"Viser {shown.count()} av {every} aktiviteter."
    months = page.locator("#kalenderliste section:not([hidden]) h2").all_inner_texts()
    assert months and len(months) < page.locator("#kalenderliste section").count()
    assert tab.problems() == {}


def test_without_javascript_the_calendar_shows_every_month_and_no_filter(no_script_tab, public_site_url):
    page = no_script_tab.page
    page.goto(public_site_url + "kalender/")
    assert not page.is_visible("#kalenderfilter")
    assert page.locator("#kalenderliste li:visible").count() == page.locator("#kalenderliste li").count() > 0


def test_the_hostile_group_runs_no_script_and_shows_its_text(tab, public_site_url):
    page = tab.page
    page.goto(public_site_url + "groups/hostile-skript/")
    page.hover("article")
    assert page.inner_text("h1") == HOSTILE["name"]
    assert page.title().startswith(HOSTILE["name"])
    paragraphs = page.eval_on_selector_all("article p", "nodes => nodes.map(node => node.innerText)")
    for written in HOSTILE["public"]["description"].split("\n\n"):
        assert " ".join(written.split()) in paragraphs
    assert page.evaluate("document.querySelectorAll('article script, article img, article svg').length") == 0
    assert tab.problems() == {}


def test_each_of_our_scripts_parses_as_published_without_its_comments(tab, public_site_url, public_site_dir):
    """Beside the tests that use them: one that is loaded only when used (place-search-ui.js) is parsed here too."""
    tab.page.goto(public_site_url)
    parse_error = "source => { try { new Function(source); return ''; } catch (error) { return String(error); } }"
    scripts = sorted((public_site_dir / "assets").glob("*.js"))
    assert [script.name for script in scripts] == ["filter.js", "place-search-ui.js", "place-search.js", "sok.js"]
    for script in scripts:
        assert tab.page.evaluate(parse_error, script.read_text(encoding="utf-8")) == "", script.name


def test_the_search_finds_in_norwegian_and_runs_no_hostile_script(tab, public_site_url):
    assert checks_of_a_search(tab.page, public_site_url, HOSTILE["municipality"]) == []
    assert tab.problems() == {}


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_one_page_of_each_kind_passes_axe_and_every_page_shown_fits_and_works_offline(
        browser, public_site_dir, public_site_url, screenshots, width):
    """One page of each template and each page of no template (the guides, 404) passes every WCAG 2.1 AA rule
    of axe-core with its municipality choice opened; they and the named pages fit the screen and fetch nothing
    from another host; each is shot."""
    axed = set(representatives(public_site_dir).values()) | {HOSTILE_PAGE}
    assert check_pages(browser, public_site_url, sorted(axed | set(NAMED_PAGES.values())), width, axed,
                       screenshots, "offentlig-") == {}


def test_every_page_template_of_the_public_site_has_a_page_the_browser_checks(public_site_dir):
    kinds = representatives(public_site_dir)
    assert page_templates(TEMPLATES) <= set(kinds)
    assert {"404.html", "feilmeldinger/", "veiledning/kvartalsrapport/"} <= set(kinds.values())


# What a phone's front page must not do: the place search's field and «Finn» apart, a filter choice cut short
# (each option's text measured in the select's font against the room the select leaves it), the header's search
# without its name under the icon.
PHONE_FRONT_PAGE_FAULTS = """(() => {
  const faults = [];
  const field = document.querySelector('#stedsok-felt').getBoundingClientRect();
  const find = document.querySelector('.stedsok__finn').getBoundingClientRect();
  if (find.top >= field.bottom) faults.push('«Finn» under the field');
  const measure = document.createElement('canvas').getContext('2d');
  for (const select of document.querySelectorAll('#gruppefilter select')) {
    const style = getComputedStyle(select);
    measure.font = style.font;
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
    for (const option of select.options) {
      if (measure.measureText(option.text).width > room) faults.push(select.id + ' cuts ' + option.text);
    }
  }
  const button = document.querySelector('header .sok-knapp');
  const name = button.querySelector('.sok-knapp__tekst');
  const header = document.querySelector('header.md-header').getBoundingClientRect();
  if (!name || name.innerText !== 'Søk' || name.getBoundingClientRect().bottom > header.bottom) {
    faults.push('the search button shows no «Søk» in the header');
  }
  return faults;
})()"""


def test_on_a_phone_the_front_pages_field_and_finn_share_a_row_no_filter_is_cut_and_sok_is_named(
        phone_tab, public_site_url):
    phone_tab.page.goto(public_site_url)
    assert phone_tab.page.evaluate(PHONE_FRONT_PAGE_FAULTS) == []
    assert phone_tab.page.get_by_role("button", name="Søk").is_visible()


def test_the_error_guides_example_messages_wrap_on_a_phone_and_are_seen_whole(phone_tab, public_site_url):
    phone_tab.page.goto(public_site_url + "feilmeldinger/")
    blocks = phone_tab.page.evaluate("""[...document.querySelectorAll('article pre > code.language-text')].map(
        code => ({text: code.innerText, scroll: code.scrollWidth, width: code.clientWidth,
                  lines: Math.round(code.getBoundingClientRect().height / parseFloat(getComputedStyle(code).lineHeight))}))""")
    assert blocks, "the guide shows example messages"
    assert all(block["scroll"] <= block["width"] for block in blocks), blocks     # nothing hidden to the right
    assert any(block["lines"] > len(block["text"].strip().splitlines()) for block in blocks), "a long one wraps"
