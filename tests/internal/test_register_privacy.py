"""Privacy by design: names, e-mail addresses, phones and birth years come from the membership register export,
and only the internal site built with it shows them.

Both sites are built from the sample groups and the planted fixture groups, given
an export in which every member's name, e-mail and phone is unique. None of it
reaches any file of the public site (pages, search index, sitemap, groups.json,
calendar feeds), nor any file of the internal site built without the export;
the internal site built with it shows every name.
"""

from __future__ import annotations

from dataclasses import replace

import csv
import io
from pathlib import Path

import pytest
import yaml

from generator.checks.run import load_group_files
from generator.model.context import RunContext
from generator.model.membership import read_member_export
from generator.model.settings import ProjectSettings
from generator.sites.internal.site import build_internal_site
from generator.sites.public.site import build_public_site
from tests.planted_register import leaks, planted_people, site_files, write_export

from tests.conftest import AS_OF, PLACES, PROJECT, ROOT, vocabularies

FOLDERS = (ROOT / "groups", ROOT / "tests" / "fixtures" / "public" / "planted")
SETTINGS = ProjectSettings(member_url="https://medlem.example.org/{member_number}")
PEOPLE = planted_people(*FOLDERS, birth_year=lambda i: 2010)


@pytest.fixture(scope="session")
def builds(tmp_path_factory) -> dict[str, Path]:
    """The public site and the internal site built with the planted export, and the internal site without it."""
    folder = tmp_path_factory.mktemp("register-privacy")
    export, _ = read_member_export(write_export(PEOPLE, folder / "uttrekk.csv"))
    with_export = RunContext(vocabularies(), AS_OF, PLACES, export)
    without_export = RunContext(vocabularies(), AS_OF, PLACES)
    sites = {name: folder / name for name in ("public", "internal-with-export", "internal-without-export")}
    groups = load_group_files(sorted(path for f in FOLDERS for path in f.glob("*.yaml"))).groups
    project = replace(PROJECT, settings=SETTINGS)
    build_public_site(groups, with_export, project, sites["public"])
    build_internal_site(groups, with_export, project, sites["internal-with-export"])
    build_internal_site(groups, without_export, project, sites["internal-without-export"])
    return sites


def test_every_member_is_planted():
    assert len(PEOPLE) > 50 and all(person.tokens and person.phone for person in PEOPLE)


def test_no_personal_value_reaches_any_file_of_the_public_site(builds):
    files = site_files(builds["public"])
    assert {"groups.json", "sitemap.xml", "pagefind/pagefind-entry.json", "kalender.ics"} <= dict(files).keys()
    assert any(name.endswith(".pf_fragment") for name, _ in files)   # the search index, read as the text it holds
    assert leaks(files, PEOPLE) == []


def test_no_personal_value_reaches_the_internal_site_built_without_the_export(builds):
    assert leaks(site_files(builds["internal-without-export"]), PEOPLE) == []


def test_the_internal_site_built_with_the_export_shows_every_name_and_phone(builds):
    """The search above finds what is there: every planted name, e-mail and phone is on the site built with it."""
    files = site_files(builds["internal-with-export"])
    found = {number for _, number, _ in leaks(files, PEOPLE)}
    assert found == {person.number for person in PEOPLE}
    group_page = (builds["internal-with-export"] / "grupper" / "planted-ungdom" / "index.html").read_text("utf-8")
    assert "PlantedMemberNameOne" in group_page and "913 71 011" in group_page and "Fødselsår" in group_page
    assert "1931" in group_page


def test_without_the_export_there_is_no_birth_year_and_no_contacts_file(builds):
    site = builds["internal-without-export"]
    assert not (site / "kontakter.csv").exists()
    for name, content in site_files(site):
        assert "Fødselsår" not in content, name                  # no birth year column on any page
        assert "kontakter.csv" not in content, name             # neither the dashboard nor the exports page links it
    youth = (site / "grupper" / "planted-ungdom" / "index.html").read_text(encoding="utf-8")
    assert "1931" not in youth and "1932" not in youth


def test_without_the_export_the_csv_files_have_numbers_and_no_contact_columns(builds):
    site = builds["internal-without-export"]
    for name in ("grupper.csv", "forfalt.csv"):
        header = next(csv.reader(io.StringIO((site / name).read_text(encoding="utf-8-sig")), delimiter=";"))
        assert "Gruppekontaktens medlemsnummer" in header
        assert not {"Gruppekontakt", "E-post", "Telefon", "Navn"} & set(header), (name, header)
    rows = list(csv.reader(io.StringIO((site / "grupper.csv").read_text(encoding="utf-8-sig")), delimiter=";"))
    assert "91370011" in {row[rows[0].index("Gruppekontaktens medlemsnummer")] for row in rows[1:]}


def test_without_the_export_a_group_page_has_numbers_linked_to_the_register_and_roles(builds):
    page = (builds["internal-without-export"] / "grupper" / "planted-ungdom" / "index.html").read_text("utf-8")
    assert 'href="https://medlem.example.org/91370011"' in page and "Gruppekontakt" in page
    assert "bygget uten uttrekk fra medlemsregisteret" in page
    dashboard = (builds["internal-without-export"] / "index.html").read_text(encoding="utf-8")
    assert "Medlemskapene er ikke sjekket mot medlemsregisteret" in dashboard


def test_the_workflows_never_give_ci_the_export_and_say_who_can_download_the_internal_site():
    main = yaml.safe_load((ROOT / ".github" / "workflows" / "main.yml").read_text(encoding="utf-8"))
    steps = main["jobs"]["build"]["steps"]
    assert all("--members" not in step.get("run", "") for step in steps)
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "site/internal"
    assert "uten personopplysninger" in upload["name"] and "alle med lesetilgang" in upload["name"]
    weekly = yaml.safe_load((ROOT / ".github" / "workflows" / "weekly-status.yml").read_text(encoding="utf-8"))
    assert all("--members" not in step.get("run", "") for job in weekly["jobs"].values() for step in job["steps"])
