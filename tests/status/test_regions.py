"""data/regions.yaml: loading with located problems, and §7.4 regional meetings per calendar year."""

from __future__ import annotations

from datetime import date

from generator.model.problems import Severity
from generator.model.regions import COUNTIES, Region, Meeting, RegionData, read_regions
from generator.status.regional import national_meeting, regional_meeting
from tests.conftest import ROOT, vocabularies

from .conftest import status_of

VOCAB = vocabularies()


def region(*days: date, board_present: bool | None = True) -> Region:
    return Region("vest", "Regionrådgiver Vest", tuple(Meeting(d, "Bergen", board_present) for d in days))


def test_a_meeting_held_this_year_meets_the_duty_from_its_day():
    held = region(date(2026, 1, 1))
    assert regional_meeting(held, date(2026, 1, 1), VOCAB) is None
    assert regional_meeting(held, date(2026, 12, 31), VOCAB) is None


def test_no_meeting_this_year_is_a_reminder_until_the_last_quarter_then_a_warning_naming_the_last_one():
    finding = regional_meeting(region(date(2025, 12, 31)), date(2026, 1, 1), VOCAB)
    assert (finding.rule, finding.severity) == ("§7.4", Severity.INFO)
    assert finding.message == "Region Vest har ikke holdt regionmøte i 2026. Sist: 31. desember 2025."
    assert regional_meeting(region(date(2025, 12, 31)), date(2026, 9, 30), VOCAB).severity is Severity.INFO
    assert regional_meeting(region(date(2025, 12, 31)), date(2026, 10, 1), VOCAB).severity is Severity.WARNING


def test_last_years_missed_meeting_stays_a_warning_through_the_first_quarter():
    missed = region(date(2025, 3, 1), board_present=False)
    finding = regional_meeting(missed, date(2026, 1, 1), VOCAB)
    assert (finding.severity, finding.message) == (Severity.WARNING, "Region Vest holdt regionmøte uten styret til "
                                                                     "stede i 2025.")
    unrecorded = region(date(2025, 3, 1), board_present=None)
    assert regional_meeting(unrecorded, date(2026, 1, 1), VOCAB).severity is Severity.INFO
    assert regional_meeting(region(), date(2026, 1, 1), VOCAB).message == ("Region Vest holdt ikke regionmøte i "
                                                                           "2025.")
    assert regional_meeting(missed, date(2026, 4, 1), VOCAB).severity is Severity.INFO
    assert national_meeting((), date(2026, 3, 31)).message == ("Det ble ikke holdt nasjonalt møte (eller landsmøte) "
                                                               "i 2025.")


def test_a_meeting_planned_later_this_year_is_information():
    finding = regional_meeting(region(date(2025, 5, 10), date(2026, 12, 5)), date(2026, 11, 24), VOCAB)
    assert finding.severity is Severity.INFO
    assert "5. desember 2026" in finding.message


def test_a_meeting_without_the_board_is_a_warning():
    finding = regional_meeting(region(date(2026, 3, 14), board_present=False), date(2026, 11, 24), VOCAB)
    assert (finding.rule, finding.severity) == ("§7.4", Severity.WARNING)
    assert finding.message == ("Region Vest har holdt regionmøte i 2026 (14. mars 2026), "
                               "men styret var ikke representert.")


def test_a_meeting_with_the_board_unrecorded_asks_for_it_to_be_recorded():
    finding = regional_meeting(region(date(2026, 3, 14), board_present=None), date(2026, 11, 24), VOCAB)
    assert (finding.rule, finding.severity) == ("§7.4", Severity.INFO)
    assert "board_present" in finding.message


def test_one_meeting_with_the_board_in_the_year_is_enough():
    meetings = (Meeting(date(2026, 3, 14), "Bergen", False), Meeting(date(2026, 9, 1), "Voss", True))
    assert regional_meeting(Region("vest", None, meetings), date(2026, 11, 24), VOCAB) is None


def test_a_national_meeting_held_this_year_meets_the_duty():
    meetings = (Meeting(date(2025, 10, 18)), Meeting(date(2026, 5, 30), "Oslo", name="Landsmøtet 2026"))
    assert national_meeting(meetings, date(2026, 5, 30)) is None
    finding = national_meeting(meetings, date(2026, 5, 29))
    assert (finding.rule, finding.severity) == ("§7.4", Severity.INFO)


def test_no_national_meeting_this_year_is_a_warning_naming_the_last_one():
    finding = national_meeting((Meeting(date(2025, 10, 18)),), date(2026, 11, 24))
    assert (finding.rule, finding.severity) == ("§7.4", Severity.WARNING)
    assert national_meeting((Meeting(date(2025, 10, 18)),), date(2026, 2, 1)).severity is Severity.INFO
    assert finding.message.endswith("i 2026. Sist: 18. oktober 2025.")


def test_the_national_finding_is_reported_beside_the_regions():
    report = status_of([], date(2027, 1, 5), regions=read_regions(ROOT / "data" / "regions.yaml", VOCAB)[0])
    assert [f.rule for f in report.national] == ["§7.4"]
    assert [f.rule for f in report.for_region("midt").national] == ["§7.4"]


def test_a_region_missing_from_the_data_has_held_no_meeting():
    report = status_of([], date(2026, 11, 24), regions=RegionData())
    assert [r.id for r in report.regions] == list(VOCAB.regions)
    assert all(r.findings[0].rule == "§7.4" for r in report.regions)


def test_the_sample_region_data_loads_without_problems():
    data, problems = read_regions(ROOT / "data" / "regions.yaml", VOCAB)
    assert problems == []
    assert data.region("vest").adviser == "Regionrådgiver Vest"
    assert [m.date for m in data.region("nord").meetings] == [date(2025, 4, 26), date(2026, 4, 18)]
    assert [m.name for m in data.national_meetings] == ["Nasjonalt gruppemøte 2025", "Landsmøtet 2026"]


def test_the_sample_regions_cover_every_county_once_and_have_an_address():
    data, _ = read_regions(ROOT / "data" / "regions.yaml", VOCAB)
    listed = [county for region in data.regions.values() for county in region.counties]
    assert sorted(listed) == sorted(COUNTIES) and len(COUNTIES) == 15
    assert data.region("nord").counties == ("Nordland", "Troms", "Finnmark")
    assert data.region("midt").email == "region.midt@example.org"
    assert all(region.email.endswith("@example.org") for region in data.regions.values())


def test_counties_misspelt_repeated_or_left_out_are_located_problems(tmp_path):
    path = tmp_path / "regions.yaml"
    path.write_text("regions:\n"
                    "  nord:\n"
                    "    counties: [Nordland, Troms, Finnmark]\n"
                    "  midt:\n"
                    "    counties: [Trondelag, Nordland]\n"
                    "  vest:\n"
                    "    counties: Vestland\n"
                    "    email: vest på example.org\n", encoding="utf-8")
    _, problems = read_regions(path, VOCAB, "regions.yaml")
    assert [(p.line, p.col, p.message.split(".")[0]) for p in problems] == [
        (5, 16, "Ukjent fylke «Trondelag»"),
        (8, 12, "«email» skal være regionens e-postadresse, for eksempel region"),
        (7, 15, "«counties» skal være en liste over fylkene i regionen, for eksempel [Troms, Finnmark]"),
        (5, 27, "Nordland står allerede under regionen «nord»"),
        (1, 1, "Ingen region dekker Oslo, Rogaland, Møre og Romsdal, Østfold, Akershus, Buskerud, Innlandet, "
               "Vestfold, Telemark, Agder, Vestland og Trøndelag"),
    ]
    assert "Mente du «Trøndelag»?" in problems[0].message


def test_bad_region_data_comes_back_as_located_problems(tmp_path):
    path = tmp_path / "regions.yaml"
    path.write_text("regions:\n"
                    "  vestt:\n"
                    "    adviser: Noen\n"
                    "  nord:\n"
                    "    advisor: Noen\n"
                    "    meetings:\n"
                    "      - date: 2026-02-30\n"
                    "        place: Tromsø\n"
                    "      - date: 2026-03-01\n"
                    "        board_present: ja\n", encoding="utf-8")
    _, problems = read_regions(path, VOCAB, "regions.yaml")
    assert [(p.line, p.col, p.message.split(".")[0]) for p in problems] == [
        (2, 3, "Ukjent region «vestt»"),
        (5, 5, "Ukjent felt «advisor»"),
        (7, 15, "Møtet mangler en gyldig dato (date: ÅÅÅÅ-MM-DD)"),
        (10, 24, "«board_present» skal være true (styret var representert) eller false"),
    ]


def test_a_missing_region_file_is_no_data(tmp_path):
    assert read_regions(tmp_path / "none.yaml", VOCAB) == (RegionData(), [])


def test_broken_yaml_in_the_region_file_is_a_located_problem(tmp_path):
    path = tmp_path / "regions.yaml"
    path.write_text("regions:\n  nord: [\n", encoding="utf-8")
    data, [problem] = read_regions(path, VOCAB, "regions.yaml")
    assert data is None and problem.file == "regions.yaml" and problem.line == 3


def test_a_regions_file_is_read_with_its_own_name_and_an_empty_one_is_named_plainly(tmp_path):
    from generator.model.regions import read_regions
    from tests.conftest import vocabularies

    odd_name = tmp_path / "Regioner 2026.yaml"
    odd_name.write_text("regions:\n  vest:\n    adviser: Rådgiver Vest\n", encoding="utf-8")
    assert read_regions(odd_name, vocabularies())[1] == []
    empty = tmp_path / "regions.yaml"
    empty.write_text("# ingenting\n", encoding="utf-8")
    _, [problem] = read_regions(empty, vocabularies())
    assert problem.message == "Fila er tom."
