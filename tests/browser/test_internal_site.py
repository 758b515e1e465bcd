"""The internal site in a real browser: dashboard, region and group pages, zero axe-core violations, offline."""

from __future__ import annotations

import pytest

from generator.checking import load_register
from generator.checks.context import CheckContext
from generator.settings import ProjectSettings
from generator.sites.internal import build_internal_site
from generator.vocabulary import vocabularies
from tests.internal.conftest import AS_OF, ROOT, sample_context

PAGES = {"dashboard": "", "group": "grupper/amnesty-bergen/", "closed group": "grupper/amnesty-hamar/",
         "region": "regioner/vest/", "all groups": "grupper/", "exports": "eksport/"}


@pytest.fixture(scope="session")
def internal_site_url(tmp_path_factory, serve_site) -> str:
    site = tmp_path_factory.mktemp("internal-browser") / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        build_internal_site(load_register(sorted((ROOT / "groups").glob("*.yaml"))).groups, sample_context(), site)
    return serve_site(site)


@pytest.fixture(scope="session")
def internal_site_without_export_url(tmp_path_factory, serve_site) -> str:
    """As CI builds it: no membership register export, numbers linked to the register's page."""
    site = tmp_path_factory.mktemp("internal-browser-numbers") / "site"
    settings = ProjectSettings("https://medlem.example.org/{member_number}")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        build_internal_site(load_register(sorted((ROOT / "groups").glob("*.yaml"))).groups,
                            CheckContext(vocabularies(), AS_OF), site, settings)
    return serve_site(site)


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_internal_pages_have_no_accessibility_violations_and_work_offline(tab, axe, internal_site_url, path):
    tab.page.goto(internal_site_url + path)
    axe(tab.page)
    assert tab.page.get_attribute('meta[name="robots"]', "content") == "noindex, nofollow"
    assert tab.problems() == {}


def test_dashboard_shows_the_most_urgent_task_first_and_charts_with_names(tab, internal_site_url):
    tab.page.goto(internal_site_url)
    first_task = tab.page.locator("table").filter(has_text="Hva må gjøres").locator("tbody tr").first
    assert first_task.inner_text().startswith("feil\t§2.4\tAmnesty Bergen")   # its contact is no longer a member
    charts = tab.page.get_by_role("img", name="Kvartalsrapporter mottatt per kvartal og region")
    assert charts.count() == 1
    assert tab.page.get_by_role("img", name="Utadrettede aktiviteter per kvartal").count() == 1


def test_a_group_link_on_the_dashboard_leads_to_its_page_with_contact_details(tab, internal_site_url):
    tab.page.goto(internal_site_url)
    tab.page.get_by_role("link", name="Amnesty Bergen").first.click()
    tab.page.wait_for_url("**/grupper/amnesty-bergen/")
    assert tab.page.get_by_role("heading", level=1).inner_text() == "Amnesty Bergen"
    assert tab.page.get_by_role("cell", name="ikke i medlemsregisteret").count() == 1    # its contact, 130411
    assert tab.page.get_by_role("cell", name="camilla.nygard@example.org").count() == 1


@pytest.mark.parametrize("path", ["", "grupper/amnesty-nidaros/", "eksport/"])
def test_without_the_export_pages_have_no_accessibility_violations(tab, axe, internal_site_without_export_url, path):
    tab.page.goto(internal_site_without_export_url + path)
    axe(tab.page)
    assert tab.problems() == {}


def test_without_the_export_a_member_number_links_to_the_register(tab, internal_site_without_export_url):
    tab.page.goto(internal_site_without_export_url + "grupper/amnesty-nidaros/")
    link = tab.page.get_by_role("link", name="100234")
    assert link.get_attribute("href") == "https://medlem.example.org/100234"
    assert tab.page.get_by_role("columnheader", name="Navn").count() == 0
    tab.page.goto(internal_site_without_export_url + "eksport/")
    assert tab.page.get_by_role("link", name="kontakter.csv").count() == 0
