"""data/settings.yaml: the register's page for a member, read at the command line's edge, malformed ones located."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.cli.main import main
from generator.model.settings import SETTINGS_FILE, Contact, ProjectSettings
from generator.model.settings import read_settings as read_settings_file
from generator.sites.public.site import theme_overrides

from tests.conftest import PROJECT, ROOT


def test_the_project_settings_link_members_to_a_fictional_register():
    settings, problems = read_settings_file(ROOT / SETTINGS_FILE)
    assert problems == []
    assert SETTINGS_FILE == "data/settings.yaml"
    assert settings.member_url == "https://medlem.example.org/{member_number}"
    assert settings.member_page("100234") == "https://medlem.example.org/100234"
    assert "#" in (ROOT / SETTINGS_FILE).read_text(encoding="utf-8").split("member_url:")[0]   # a comment says what it is


def test_no_file_or_only_comments_is_no_link(tmp_path):
    assert read_settings_file(tmp_path / "finnes-ikke.yaml") == (ProjectSettings(), [])
    commented = tmp_path / "settings.yaml"
    commented.write_text("# member_url: https://medlem.example.org/{member_number}\n", encoding="utf-8")
    assert read_settings_file(commented) == (ProjectSettings(), [])
    assert ProjectSettings().member_page("100234") is None
    assert ProjectSettings("https://x.example.org/{member_number}").member_page(None) is None


@pytest.mark.parametrize(("value", "says"), [
    ("http://medlem.example.org/{member_number}", "https-adresse"),
    ("https://medlem.example.org/medlem", "{member_number}"),
    ("https://medlem.example.org/{member_number}/{member_number}", "én gang"),
    ("https://medlem.example.org/{id}/{member_number}", "klammeparenteser"),
    ("https://{member_number}", "vertsadresse"),
    ("javascript:alert(1)//{member_number}", "https-adresse"),
    ("42", "https-adresse"),
])
def test_a_malformed_template_is_a_located_problem(tmp_path, value, says):
    path = tmp_path / "settings.yaml"
    path.write_text(f"# Innstillinger\nmember_url: '{value}'\n", encoding="utf-8")
    settings, problems = read_settings_file(path, "data/settings.yaml")
    assert settings is None
    [problem] = problems
    assert (problem.file, problem.line, problem.col) == ("data/settings.yaml", 2, 13)
    assert says in problem.message


def test_an_unknown_setting_is_a_located_problem(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text("member_url: https://medlem.example.org/{member_number}\nmember_link: x\n", encoding="utf-8")
    settings, problems = read_settings_file(path)
    assert settings is None
    assert [(p.line, p.col) for p in problems] == [(2, 1)]
    assert "member_link" in problems[0].message


def test_build_with_malformed_settings_is_invalid_data_that_says_where(tmp_path, monkeypatch, capsys):
    settings = tmp_path / "settings.yaml"
    settings.write_text("member_url: http://medlem.example.org/{member_number}\n", encoding="utf-8")
    monkeypatch.setattr("generator.model.project.SETTINGS_FILE", str(settings))   # an absolute name under the root
    monkeypatch.chdir(ROOT)
    code = main(["build", "--public", str(tmp_path / "public"), "--internal", str(tmp_path / "internal")])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"{settings}:1:13: feil: member_url må være en https-adresse" in out
    assert "rett feilene i prosjektets datafiler" in err
    assert not (tmp_path / "internal").exists()


def test_the_project_settings_name_the_secretariats_team_for_codeowners():
    assert read_settings_file(ROOT / SETTINGS_FILE)[0].secretariat_team == "@amnesty-norge/sekretariatet"


@pytest.mark.parametrize("written", ["amnesty-norge/sekretariatet", "'@amnesty-norge'", "'@kari-nordmann'",
                                     "'@amnesty norge/sekretariatet'", "'@-amnesty/team'", '"@amnesty/team\\n"', "42"])
def test_a_team_not_written_as_org_slash_team_is_a_located_problem(tmp_path, written):
    path = tmp_path / "settings.yaml"
    path.write_text(f"secretariat_team: {written}\n", encoding="utf-8")
    settings, problems = read_settings_file(path, "data/settings.yaml")
    assert settings is None
    [problem] = problems
    assert (problem.file, problem.line, problem.col) == ("data/settings.yaml", 1, 19)
    assert "@organisasjon/team" in problem.message


def test_the_project_settings_give_the_organisations_contact_and_keep_the_repository_private():
    settings, problems = read_settings_file(ROOT / SETTINGS_FILE)
    assert problems == []
    assert settings.contact == Contact("Amnesty International Norge", "grupper@example.org", None,
                                       "https://example.org/")
    assert settings.student_council_email == "studentradet@example.org"
    assert settings.repository_public is False and settings.public_repository is None
    assert ProjectSettings().repository_public is False and ProjectSettings().contact is None


def test_a_contact_with_a_phone_and_a_public_repository_are_read(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text('contact:\n  name: "  Amnesty   Norge "\n  email: post@example.org\n  phone: "+47 22 00 00 00"\n'
                    "repository_url: https://github.com/o/r\nrepository_public: true\n", encoding="utf-8")
    settings, problems = read_settings_file(path)
    assert problems == []
    assert settings.contact == Contact("Amnesty Norge", "post@example.org", "+47 22 00 00 00", None)
    assert settings.public_repository == "https://github.com/o/r"


@pytest.mark.parametrize(("written", "where", "says"), [
    ("contact: grupper@example.org\n", (1, 10), "contact må ha feltene name og email"),
    ("contact:\n  name: Amnesty\n", (2, 3), "contact.email må være en e-postadresse"),
    ("contact:\n  name: Amnesty\n  email: grupper\n", (3, 10), "contact.email må være en e-postadresse"),
    ("contact:\n  name: Amnesty\n  email: a@example.org\n  website: http://x.org\n", (4, 12), "https-adresse"),
    ("contact:\n  name: Amnesty\n  email: a@example.org\n  phone: ring oss\n", (4, 10), "telefonnummer"),
    ("contact:\n  name: ' '\n  email: a@example.org\n", (2, 9), "contact.name"),
    ("contact:\n  name: Amnesty\n  email: a@example.org\n  fax: '1'\n", (4, 3), "Ukjent felt «fax»"),
    ("student_council_email: studentrådet\n", (1, 24), "Studentrådets e-postadresse"),
    ("repository_public: 'nei'\n", (1, 20), "repository_public må være true"),
    ("repository_public: true\n", (1, 20), "trenger repository_url"),
    ("repository_url: github.com/o/r\n", (1, 17), "repositoriets https-adresse"),
])
def test_a_malformed_contact_or_repository_setting_is_a_located_problem(tmp_path, written, where, says):
    path = tmp_path / "settings.yaml"
    path.write_text(written, encoding="utf-8")
    settings, problems = read_settings_file(path, "data/settings.yaml")
    assert settings is None
    [problem] = problems
    assert (problem.line, problem.col) == where
    assert says in problem.message


def test_a_logo_the_organisation_supplies_is_read_and_reaches_the_theme(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text("logo: assets/amnesty-logo.svg\n", encoding="utf-8")
    settings, problems = read_settings_file(path)
    assert problems == [] and settings.logo == "assets/amnesty-logo.svg"
    assert theme_overrides(replace(PROJECT, settings=settings))["extra"]["logo"] == "assets/amnesty-logo.svg"
    assert "logo" not in theme_overrides(PROJECT)["extra"]        # none by default: the text wordmark


@pytest.mark.parametrize("written", ["../logo.svg", "/etc/logo.png", "assets/logo.gif", "https://x.org/l.svg", "7"])
def test_a_logo_outside_the_pages_or_not_an_image_is_a_located_problem(tmp_path, written):
    path = tmp_path / "settings.yaml"
    path.write_text(f"logo: {written}\n", encoding="utf-8")
    settings, [problem] = read_settings_file(path, "data/settings.yaml")
    assert settings is None and (problem.line, problem.col) == (1, 7)
    assert "SVG- eller PNG-fil i docs/" in problem.message
