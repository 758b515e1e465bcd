"""`grupper status` through the real CLI on the sample data, as of 24 November 2026."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from datetime import date

import pytest

from generator.status.render import FINDING_HEADER, MEMBERS_CHECKED, MEMBERS_NOT_CHECKED, render_csv
from tests.planted_register import leaks, planted_people, write_export
from tests.conftest import ROOT

from .conftest import make_group, status_of

SAMPLE = ("--as-of", "2026-11-24", "--members", "data/medlemsregister-eksempel.csv")

EXPECTED_GROUP_RULES = {
    "amnesty-bergen": ["§2.4", "§8.2"],             # its contact is not in the export: one error, and a candidate
    "amnesty-bodo": ["§7.1"],
    "amnesty-kristiansand": ["§6.2"],
    "amnesty-nidaros": ["§6.2"],                    # no report for 2025-Q4, 2026-Q1 and 2026-Q2
    "amnesty-studentgruppe-uia": ["§7.5"],
    "amnesty-studentgruppe-uis": ["§6.3"],
    "amnesty-studentgruppe-uit": ["§6.2"],
    "amnesty-ungdom-arendal": ["§7.2", "§7.5", "§7.1"],
    "amnesty-ungdom-molde": ["§6.5"],
}


@pytest.fixture
def status(run_grupper):
    def run(*args: str):
        done = run_grupper("status", *args, cwd=ROOT)
        return done.returncode, done.stdout, done.stderr
    return run


def test_sample_data_lists_the_right_findings(status):
    code, out, err = status(*SAMPLE, "--format", "json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    found = {g["id"]: [f["rule"] for f in g["findings"]] for g in result["groups"] if g["findings"]}
    assert found == EXPECTED_GROUP_RULES
    assert {r["id"]: [f["rule"] for f in r["findings"]] for r in result["regions"]} == {
        "nord": [], "midt": [], "vest": ["§7.4"], "sor": ["§7.4"], "ost": []}


def test_sample_data_keeps_the_closed_group_marked_closed(status):
    _, out, _ = status(*SAMPLE, "--format", "json")
    hamar = next(g for g in json.loads(out)["groups"] if g["id"] == "amnesty-hamar")
    assert (hamar["status"], hamar["findings"]) == ("closed", [])


def test_json_has_exactly_the_contract_shape(status):
    _, out, _ = status(*SAMPLE, "--format", "json")
    result = json.loads(out)
    assert list(result) == ["as_of", "groups", "regions"]
    assert result["as_of"] == "2026-11-24"
    assert all(list(g) == ["id", "name", "region", "category", "status", "findings"] for g in result["groups"])
    assert all(list(r) == ["id", "findings"] for r in result["regions"])
    every = [f for g in result["groups"] for f in g["findings"]] + [f for r in result["regions"] for f in r["findings"]]
    assert all(list(f) == ["rule", "severity", "message"] for f in every)
    assert {f["severity"] for f in every} <= {"error", "warning", "info"}


def test_the_national_meeting_duty_is_shown_once_in_text_and_in_every_region_in_json(status):
    _, out, _ = status("--as-of", "2026-05-01", "--format", "json")
    planned = "Nasjonalt møte er planlagt 30. mai 2026, men er ikke holdt ennå i 2026."
    assert all(planned in [f["message"] for f in r["findings"]] for r in json.loads(out)["regions"])
    _, out, _ = status("--as-of", "2026-05-01")
    assert out.count(planned) == 1 and "Hele landet" in out


def test_github_format_annotates_each_group_file_with_its_findings(status):
    code, out, _ = status(*SAMPLE, "--format", "github")
    lines = out.splitlines()
    assert code == 0
    assert "::warning file=groups/amnesty-kristiansand.yaml,line=34,col=1,title=§6.2::" in out   # at `reports:`
    assert any(line.startswith("::warning file=data/regions.yaml,") for line in lines)
    assert len(lines) == sum(len(rules) for rules in EXPECTED_GROUP_RULES.values()) + 2   # + vest and sør (§7.4)


def test_without_the_membership_export_bergen_is_no_closure_candidate(status):
    _, out, _ = status("--as-of", "2026-11-24", "--format", "json")
    bergen = next(g for g in json.loads(out)["groups"] if g["id"] == "amnesty-bergen")
    assert bergen["findings"] == []


def test_region_option_shows_one_region(status):
    _, out, _ = status(*SAMPLE, "--format", "json", "--region", "vest")
    result = json.loads(out)
    assert {g["region"] for g in result["groups"]} == {"vest"}
    assert [r["id"] for r in result["regions"]] == ["vest"]


def test_an_unknown_region_is_a_usage_error(status):
    code, out, err = status(*SAMPLE, "--region", "vestlandet")
    assert (code, out) == (2, "")
    assert "ukjent region «vestlandet»" in err


def test_text_overview_counts_per_region(status):
    code, out, _ = status(*SAMPLE)
    assert code == 0
    assert out.startswith("Oppfølgingsstatus per 24. november 2026\n")
    assert ("Vest (regionrådgiver: Regionrådgiver Vest)\n  4 grupper (4 aktive, 0 nedlagt), 0 med rapport på "
            "overtid, 0 ikke kontaktet, 1 kandidat for nedleggelse") in out
    assert "  amnesty-hamar: nedlagt" in out


def test_markdown_summary_has_a_table_per_region_and_the_findings(status):
    _, out, _ = status(*SAMPLE, "--format", "markdown")
    assert out.startswith("## Oppfølgingsstatus per 24. november 2026\n")
    assert "| Sør | 3 | 3 | 1 | 1 | 0 |" in out
    assert "| Vest | (hele regionen) | §7.4 | advarsel |" in out


def test_markdown_summary_says_whether_memberships_were_checked(status):
    _, checked, _ = status(*SAMPLE, "--format", "markdown")
    _, unchecked, _ = status("--as-of", "2026-11-24", "--format", "markdown")
    assert MEMBERS_CHECKED in checked and MEMBERS_NOT_CHECKED not in checked
    assert MEMBERS_NOT_CHECKED in html.unescape(unchecked)


# Birth years from 1921: every member of a youth group is far too old (§4.1), and no such year is a date in the
# sample data, so a year in the output can only have come from the export.
PLANTED = planted_people(ROOT / "groups", birth_year=lambda i: 1921 + i % 17)


@pytest.mark.parametrize("fmt", ["markdown", "text", "github", "json", "csv"])
def test_no_status_format_prints_a_name_contact_detail_or_birth_year_from_the_export(status, tmp_path, fmt):
    """The weekly job summary (markdown) is read by everyone who can read the repository: members by number."""
    export = write_export(PLANTED, tmp_path / "uttrekk.csv")
    code, out, err = status("--as-of", "2026-11-24", "--members", str(export), "--format", fmt)
    assert code == 0
    assert leaks([("stdout", out), ("stderr", err)], PLANTED) == []
    years = {person.birth_year for person in PLANTED}
    assert not years & set(re.findall(r"(?<![0-9])19[0-9]{2}(?![0-9])", out + err))
    assert "§4.1" in out                     # the ages were checked: the export was read


def test_markdown_summary_reads_as_plain_text(status):
    _, out, _ = status(*SAMPLE, "--format", "markdown")
    assert "&#" not in out and "\\" not in out
    assert ("| Sør | Amnesty Kristiansand | §6.2 | advarsel | Kvartalsrapporten for 2026-Q3 er på overtid: fristen var "
            "30. oktober 2026. |") in out


def test_markdown_summary_shows_a_hostile_name_as_written_without_markup(vocab):
    from generator.status.render import render_markdown

    hostile = "<img src=x onerror=alert(1)> [x](javascript:alert(2)) | **fet**"
    out = render_markdown(status_of([make_group(name=hostile, followups=[])], date(2026, 11, 24)), vocab)
    assert "<img" not in out and "](javascript" not in out and "**" not in out
    assert hostile in html.unescape(out)


def test_csv_opens_in_excel_and_round_trips_norwegian_letters(status):
    _, out, _ = status(*SAMPLE, "--format", "csv")
    assert out.startswith("\ufeffRegion;")
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff")), delimiter=";"))
    assert tuple(rows[0]) == FINDING_HEADER
    assert ["Sør", "amnesty-kristiansand", "Amnesty Kristiansand", "Lokalgruppe", "Aktiv", "§6.2", "advarsel",
            "Kvartalsrapporten for 2026-Q3 er på overtid: fristen var 30. oktober 2026."] in rows


def test_csv_keeps_quotes_semicolons_and_aeoeaa_in_names(vocab, tmp_path):
    name = 'Amnesty «Blåbær»; Ærlig "Øvelse"\nå'
    report = status_of([make_group(name=name, reports=[])], date(2026, 11, 24))
    path = tmp_path / "status.csv"
    path.write_bytes(render_csv(report, vocab).encode("utf-8"))
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = [row for row in csv.DictReader(file, delimiter=";") if row["Gruppe-id"]]
    assert rows and {row["Gruppe"] for row in rows} == {name}


def test_each_annotation_points_at_the_line_of_what_it_is_about(status):
    """A finding keeps its place: a check's at the offending value, a duty's at the field it is about, a closure
    candidate at `status`, a region's in the region data."""
    _, out, _ = status(*SAMPLE, "--format", "github")
    bergen = (ROOT / "groups" / "amnesty-bergen.yaml").read_text(encoding="utf-8").splitlines()
    at = {}
    for line in out.splitlines():
        file, number, rule = re.match(r"::\w+ file=([^,]+),line=(\d+),col=\d+,title=(§[\d.]+)::", line).groups()
        at.setdefault((file, rule), int(number))
    assert bergen[at["groups/amnesty-bergen.yaml", "§8.2"] - 1].startswith("status:")
    assert "member_number" in bergen[at["groups/amnesty-bergen.yaml", "§2.4"] - 1]
    kristiansand = (ROOT / "groups" / "amnesty-kristiansand.yaml").read_text(encoding="utf-8").splitlines()
    assert kristiansand[at["groups/amnesty-kristiansand.yaml", "§6.2"] - 1] == "reports:"
    assert all(line > 1 for (file, _), line in at.items() if file.startswith("groups/"))
