"""Options whose values come from the vocabularies take the key or the Norwegian label, as people write them."""

from __future__ import annotations

import pytest

from generator.cli.main import build_parser
from tests.conftest import ROOT


def parsed(*args: str):
    return build_parser().parse_args(list(args))


@pytest.mark.parametrize("written, key", [
    ("Sør", "sor"), ("sør", "sor"), ("SØR", "sor"), ("sor", "sor"), ("Sor", "sor"),
    ("MIDT", "midt"), ("Midt", "midt"), ("ost", "ost"), ("Øst", "ost"), ("øst", "ost"), ("s", "sor"),
])
def test_a_region_is_its_key_or_its_label_in_any_case_with_or_without_o_slash(written, key):
    assert parsed("status", "--region", written).region == key


@pytest.mark.parametrize("written, key", [
    ("lokal", "local"), ("Lokalgruppe", "local"), ("LOKALGRUPPE", "local"), ("local", "local"),
    ("ungdom", "youth"), ("Studentgruppe", "student"), ("tema", "theme"),
])
def test_a_category_is_its_key_its_label_or_the_beginning_of_one(written, key):
    assert parsed("new", "--category", written).category == key


def test_a_priority_area_may_be_written_with_or_without_ae_o_slash_and_a_ring():
    options = parsed("new", "--priority-area", "Dødsstraff", "--priority-area", "dodsstraff",
                     "--priority-area", "kvinners rettigheter", "--priority-area", "freedom of expression")
    assert options.priority_areas == ["death-penalty", "death-penalty", "womens-rights", "freedom-of-expression"]


def test_a_word_that_names_no_value_is_refused_with_the_labels_to_choose_from(capsys):
    with pytest.raises(SystemExit) as exit:
        parsed("status", "--region", "vestlandet")
    assert exit.value.code == 2
    assert capsys.readouterr().err.endswith(
        "grupper status: feil: --region: ukjent region «vestlandet», velg en av Nord, Midt, Vest, Sør, Øst\n")


def test_a_word_that_could_name_two_values_asks_for_more(capsys):
    with pytest.raises(SystemExit):
        parsed("new", "--priority-area", "k")
    assert "--priority-area: «k» kan være Kvinners rettigheter eller Klima og menneskerettigheter: skriv mer av " \
           "navnet" in capsys.readouterr().err


def test_help_lists_the_norwegian_labels(capsys):
    with pytest.raises(SystemExit):
        parsed("new", "--help")
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--category KATEGORI kategori (§4): Ungdomsgruppe, Studentgruppe, Temagruppe, Lokalgruppe" in help_text
    assert "--region REGION region: Nord, Midt, Vest, Sør, Øst" in help_text


def test_status_shows_the_region_named_by_its_label(run_grupper):
    done = run_grupper("status", "--as-of", "2026-11-24", "--region", "Sør", cwd=ROOT)
    assert done.returncode == 0
    assert "\nSør (regionrådgiver: Regionrådgiver Sør)\n" in done.stdout and "\nVest" not in done.stdout
