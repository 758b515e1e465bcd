"""`municipality` is a municipality of the register (data/kommuner.json) in the group's region: the accepted
forms, the names two municipalities share, the located errors, and how the public view names the municipality."""

from __future__ import annotations

import pytest

from generator.model.loading import parse_group
from generator.model.problems import Severity
from generator.views.public_view import public_view, public_views

from tests.conftest import PLACES, ROOT
from .conftest import EXAMPLE, edited, problems_json

NAME = "amnesty-nidaros.yaml"
REGION_LINE, MUNICIPALITY_LINE = 11, 12


def written(municipality: str, region: str = "midt") -> str:
    """The example group in `municipality` and `region`."""
    text = edited("municipality: Trondheim ", f"municipality: {municipality} ")
    return edited("region: midt ", f"region: {region} ", text)


def view_of(municipality: str, region: str = "midt") -> str | None:
    return public_view(parse_group(NAME, written(municipality, region).encode())[0], PLACES).municipality


def test_an_unknown_municipality_is_an_error_at_it_that_suggests_the_official_name(check):
    [problem] = check({NAME: written("Trondhjem")})
    assert (problem.line, problem.col, problem.rule) == (MUNICIPALITY_LINE, 15, "§4")
    assert problem.severity is Severity.ERROR
    assert problem.message.startswith("Ukjent kommune «Trondhjem». Mente du «Trondheim»? Skriv kommunens")


def test_several_close_names_are_suggested_as_alternatives(check):
    [problem] = check({NAME: written("Tromso", "nord")})
    assert "Mente du «Tromsø» eller «Oslo»?" in problem.message


def test_a_name_close_to_none_gets_no_suggestion(check):
    [problem] = check({NAME: written("Qwxyzzy")})
    assert problem.message.startswith("Ukjent kommune «Qwxyzzy». Skriv") and "Mente du" not in problem.message


@pytest.mark.parametrize("name, region", [("Guovdageaidnu", "nord"), ("Guovdageaidnu - Kautokeino", "nord"),
                                          ("Tråante", "midt"), ("  trondheim", "midt"), ("TRONDHEIM", "midt"),
                                          ('"5001"', "midt"), ("Unjárga", "nord")])
def test_any_official_name_in_any_case_or_the_number_is_accepted(check, name, region):
    assert check({NAME: written(name, region)}) == []


def test_the_public_view_shows_the_norwegian_name_whichever_official_name_the_file_uses():
    assert view_of("Guovdageaidnu", "nord") == "Kautokeino"
    assert view_of("  trondheim ") == view_of('"5001"') == "Trondheim"


def test_groups_writing_one_municipality_in_two_languages_are_shown_in_one_place():
    sami, _ = parse_group("amnesty-a.yaml", written("Guovdageaidnu", "nord").encode())
    norwegian, _ = parse_group("amnesty-b.yaml", written("kautokeino", "nord").replace("Amnesty Nidaros", "Amnesty B")
                               .encode())
    assert {view.municipality for view in public_views([sami, norwegian], PLACES)} == {"Kautokeino"}


def test_only_herøy_and_våler_are_names_of_two_municipalities_and_nes_is_one():
    municipalities = PLACES.municipalities
    shared = {m.name for key, found in municipalities.by_key.items() if len(found) > 1 for m in found}
    assert shared == {"Herøy", "Våler"}
    assert [m.county for m in municipalities.candidates("Nes")] == ["Akershus"]


@pytest.mark.parametrize("name, region, county", [
    ("Herøy", "nord", "Nordland"), ("Herøy", "midt", "Møre og Romsdal"), ("herøy (nordland)", "nord", "Nordland"),
    ("Våler (Østfold)", "ost", "Østfold"), ('"3419"', "ost", "Innlandet")])
def test_a_shared_name_is_told_apart_by_the_region_or_the_county_in_parentheses(check, name, region, county):
    assert check({NAME: written(name, region)}) == []
    assert view_of(name, region) in {f"Herøy ({county})", f"Våler ({county})"}


def test_a_shared_name_the_region_does_not_decide_is_an_error_naming_both_forms(check):
    [problem] = check({NAME: written("Våler", "ost")})    # both Våler municipalities are in region Øst
    assert (problem.line, problem.rule, problem.severity) == (MUNICIPALITY_LINE, "§4", Severity.ERROR)
    assert problem.message == (
        "«Våler» er navnet på to kommuner, i Innlandet (region Øst) og i Østfold (region Øst), og region Øst avgjør "
        "ikke hvilken. Skriv «Våler (Innlandet)» eller «Våler (Østfold)», eller kommunenummeret («3419» eller «3114»).")


def test_a_shared_name_in_a_region_with_neither_county_is_an_error_at_the_municipality(check):
    [problem] = check({NAME: written("Herøy", "vest")})
    assert (problem.line, problem.rule) == (MUNICIPALITY_LINE, "§4")
    assert "«Herøy (Møre og Romsdal)» eller «Herøy (Nordland)»" in problem.message


def test_a_municipality_outside_the_region_is_an_error_at_the_region_naming_the_right_one(check):
    [problem] = check({NAME: written("Bergen", "ost")})
    assert (problem.line, problem.col, problem.rule, problem.severity) == (REGION_LINE, 9, "§6.1", Severity.ERROR)
    assert problem.message == ("Bergen ligger i Vestland, som hører til region Vest, ikke Øst. Rett region til "
                               "«vest», eller rett kommunen.")


def test_a_county_in_parentheses_must_be_the_municipality_s_own(check):
    [problem] = check({NAME: written("Bergen (Rogaland)", "vest")})
    assert problem.rule == "§4" and "Mente du «Bergen»" in problem.message


def test_validate_reports_an_unknown_municipality_and_a_wrong_region_as_located_lines(cli, register_dir):
    (register_dir / "amnesty-nidaros.yaml").write_text(written("Trondhjem"), encoding="utf-8")
    (register_dir / "amnesty-bergen.yaml").write_text(written("Bergen", "ost").replace("Amnesty Nidaros",
                                                                                       "Amnesty Bergen"),
                                                      encoding="utf-8")
    code, out, _ = cli("validate", "--groups-dir", str(register_dir), cwd=register_dir.parent)
    assert code == 1
    assert out.splitlines() == [
        "groups/amnesty-bergen.yaml:11:9: feil: Bergen ligger i Vestland, som hører til region Vest, ikke Øst. "
        "Rett region til «vest», eller rett kommunen. (§6.1)",
        "groups/amnesty-nidaros.yaml:12:15: feil: Ukjent kommune «Trondhjem». Mente du «Trondheim»? Skriv "
        "kommunens offisielle navn i inndelingen fra 2024 (norsk, samisk eller kvensk), for eksempel «Trondheim» "
        "eller «Guovdageaidnu». (§4)"]


def test_every_sample_group_names_a_municipality_of_its_region(cli):
    code, out, _ = cli("validate", "--format", "json", cwd=ROOT)
    assert (code, problems_json(out)) == (0, [])
    groups = [parse_group(path.name, path.read_bytes())[0] for path in sorted((ROOT / "groups").glob("*.yaml"))]
    municipalities = PLACES.municipalities
    for group in groups:
        if "municipality" in group.data:
            assert len(municipalities.candidates(group.data["municipality"])) == 1, group.path


def test_the_example_as_it_stands_is_accepted(check):
    assert check({NAME: EXAMPLE}) == []
