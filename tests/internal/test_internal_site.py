"""The internal site built from the sample data: private, complete per group, the same findings as status."""

from __future__ import annotations

from dataclasses import replace

import csv
import html
import io
import re

import yaml

from generator.checks.run import load_group_files
from generator.sites.internal.pages import internal_pages
from generator.sites.internal.exports import CONTACTS_HEADER, groups_header, overdue_header
from generator.model.regions import read_regions

from tests.screen_reader_labels import english_labels_in, labels_of

from tests.conftest import PROJECT, ROOT, sample_context
from .conftest import page


def visible_text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def test_every_html_page_carries_noindex(internal_site):
    pages = list(internal_site.rglob("*.html"))
    assert len(pages) > 20
    for path in pages:
        assert '<meta name="robots" content="noindex, nofollow">' in path.read_text(encoding="utf-8"), path


def test_every_screen_reader_label_on_every_page_is_norwegian(internal_site):
    assert english_labels_in(internal_site) == {}
    assert "Sidetopp" in labels_of(internal_site / "index.html")     # Material's nb says "Header"


def test_robots_txt_disallows_everything(internal_site):
    assert (internal_site / "robots.txt").read_text(encoding="utf-8").split() == ["User-agent:", "*", "Disallow:", "/"]


def test_the_internal_site_names_no_public_address():
    config = yaml.safe_load((ROOT / "mkdocs.internal.yml").read_text(encoding="utf-8"))
    assert "site_url" not in config


def test_the_public_configuration_does_not_link_to_the_internal_site():
    public = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert "internal" not in str(public.get("nav", [])) + str(public.get("extra", {}))


def test_group_page_shows_members_roles_and_contact_details_from_the_register(internal_site):
    text = visible_text(page(internal_site, "grupper/amnesty-nidaros"))
    assert "Kari Nordmann" in text and "100234" in text and "Gruppekontakt" in text
    assert "kari.nordmann@example.org" in text and "+47 912 34 567" in text
    assert "hentet fra uttrekket fra medlemsregisteret" in text


def test_a_member_the_export_does_not_have_is_marked_as_such(internal_site):
    markup = page(internal_site, "grupper/amnesty-bergen")
    row = next(visible_text(row) for row in re.findall(r"<tr>(.*?)</tr>", markup, re.DOTALL) if "130411" in row)
    assert row.split() == ["ikke", "i", "uttrekket", "130411", "Gruppekontakt"]
    text = visible_text(markup)
    assert "Camilla Nygård" in text and "camilla.nygard@example.org" in text
    assert "Stand under Bergen Pride" in text and "Besøkte gruppemøtet og planla Skriv for liv." in text
    assert "Kandidat for nedleggelse" in text


def test_a_youth_group_page_shows_birth_years_from_the_register(internal_site):
    text = visible_text(page(internal_site, "grupper/amnesty-ungdom-molde"))
    assert "Fødselsår" in text and "Sofie Vik" in text and "2009" in text
    assert "Fødselsår" not in visible_text(page(internal_site, "grupper/amnesty-nidaros"))


def test_group_page_names_the_reports_missing_from_the_last_four_quarters(internal_site):
    text = visible_text(page(internal_site, "grupper/amnesty-nidaros"))
    assert "Av de fire siste kvartalene med passert frist mangler rapportene for 2025-Q4, 2026-Q1 og 2026-Q2." in text


def test_a_group_page_listing_missing_reports_has_them_among_its_findings(internal_site):
    text = visible_text(page(internal_site, "grupper/amnesty-nidaros"))
    findings = text.split("Funn per 24. november 2026")[-1].split("Medlemmer")[0]    # the heading, not the contents
    assert "Ingen uoppfylte plikter" not in findings
    assert "§6.2:" in findings and "Kvartalsrapportene for 2025-Q4, 2026-Q1 og 2026-Q2 mangler" in findings


def test_a_region_page_names_its_counties_and_how_to_reach_its_adviser(internal_site):
    markup = page(internal_site, "regioner/nord")
    text = visible_text(markup)
    assert "Fylker: Nordland, Troms og Finnmark" in " ".join(text.split())
    assert "Regionrådgiver: Regionrådgiver Nord" in " ".join(text.split())
    assert 'href="mailto:region.nord@example.org"' in html.unescape(markup)


def test_closed_group_is_kept_and_marked_with_date_and_reason(internal_site):
    text = visible_text(page(internal_site, "grupper/amnesty-hamar"))
    assert "Nedlagt" in text
    assert "Gruppa ble lagt ned 30. juni 2026." in text
    assert "flere av medlemmene flyttet fra Hamar" in text
    assert "Ingen uoppfylte plikter." in text


def test_dashboard_lists_the_same_findings_as_status_most_urgent_first(internal_site):
    text = visible_text(page(internal_site, ""))
    assert "Status per 24. november 2026" in text
    assert "Medlemskapene er sjekket mot uttrekket fra medlemsregisteret." in text
    todo, reminders = text.split("Det som haster mest, står først.")[1].split("Rapporter og aktiviteter")[0].split(
        "Påminnelser")
    assert todo.index("Kandidat for nedleggelse") < todo.index("på overtid")
    for message in ("Region Vest har ikke holdt regionmøte i 2026", "Velkomstpakken er ikke sendt",
                    "er ikke kontaktet av sekretariatet", "Ingen utadrettet aktivitet"):
        assert message in todo
    assert "kvartalet slutter" not in todo                          # information only
    assert "Ikke fulgt opp ennå i kvartalet" in reminders            # counted per region
    region = visible_text(page(internal_site, "regioner/sor")).split("Det som ikke haster ennå")[1]
    assert "kvartalet slutter" in region


def test_dashboard_charts_are_svg_images_with_text_alternatives(internal_site):
    markup = page(internal_site, "")
    charts = re.findall(r'<svg [^>]*role="img"[^>]*aria-labelledby="([^"]+)"', markup)
    assert len(charts) == 2
    for ids in charts:
        for element_id in ids.split():
            assert f'id="{element_id}"' in markup
    assert "Tallene bak figuren" in markup


def test_region_page_lists_its_groups_tasks_and_regional_meetings(internal_site):
    text = visible_text(page(internal_site, "regioner/vest"))
    assert "Regionrådgiver: Regionrådgiver Vest" in text
    assert "Amnesty Regnbuegruppa Stavanger" in text and "Amnesty Kristiansand" not in text
    assert "10. mai 2025, Bergen" in text
    groups = text.split("Gruppene står etter kommune")[1]
    assert groups.index("Bergen") < groups.index("Stavanger") and "Feil og advarsler" in groups
    assert "Siste besøk" in groups and "2. juni 2026" in groups             # Regnbuegruppa's visit


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode("utf-8"))
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_csv_exports_open_in_a_norwegian_excel(internal_site):
    groups, contacts, overdue = (read_csv(internal_site / name) for name in ("grupper.csv", "kontakter.csv",
                                                                              "forfalt.csv"))
    assert (tuple(groups[0]), tuple(contacts[0]), tuple(overdue[0])) == (groups_header(True), CONTACTS_HEADER,
                                                                         overdue_header(True))
    assert len(groups) == 1 + len(list((ROOT / "groups").glob("*.yaml")))
    assert ["amnesty-bergen", "Amnesty Bergen", "Vest", "Camilla Nygård", "130526", "Leder",
            "camilla.nygard@example.org", ""] in contacts
    assert ["amnesty-bergen", "Amnesty Bergen", "Vest", "ikke i uttrekket", "130411", "Gruppekontakt", "",
            ""] in contacts
    nidaros = next(row for row in groups if row[0] == "amnesty-nidaros")
    assert nidaros[8:12] == ["Kari Nordmann", "100234", "kari.nordmann@example.org", "'+47 912 34 567"]
    assert sorted(row[1] for row in overdue[1:]) == ["amnesty-kristiansand", "amnesty-nidaros",
                                                     "amnesty-studentgruppe-uit"]
    assert "amnesty-hamar" not in {row[0] for row in contacts}     # a closed group's members are not written to


def test_group_page_history_comes_from_git(internal_site):
    text = visible_text(page(internal_site, "grupper/amnesty-nidaros"))
    assert "Historikk" in text
    assert "Ingen historikk fra Git." not in text or not (ROOT / ".git").exists()


def test_problems_in_the_region_data_show_on_the_dashboard(tmp_path):
    regions = tmp_path / "regions.yaml"
    regions.write_text("regions:\n  vest:\n    meetings:\n      - date: 2026-13-01\n", encoding="utf-8")
    group_files = load_group_files(sorted((ROOT / "groups").glob("*.yaml")))
    data, problems = read_regions(regions, PROJECT.vocab)
    project = replace(PROJECT, regions=data, region_problems=tuple(problems))
    dashboard = internal_pages(group_files.groups, sample_context(), project)["index.md"]
    assert '!!! warning "Feil i regiondataene"' in dashboard
    assert "    - linje 4: Møtet mangler en gyldig dato" in html.unescape(dashboard)


def test_an_unlisted_group_is_followed_up_and_said_to_be_hidden(internal_site):
    text = visible_text(page(internal_site, "grupper/amnesty-eksilgruppa-oslo"))
    assert "nei, skjult fra gruppeoversikten (listed: false)" in text
    assert "Aktiv, skjult" in visible_text(page(internal_site, "grupper"))
