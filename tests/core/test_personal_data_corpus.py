"""The personal-data finder against a corpus of disguises (tests/fixtures/personal_data_disguises.yaml): every
disguised identity number, e-mail address and phone is found as its kind, no innocent text of the register's
kinds is taken for one, and no input makes the finder slower than linear.

    .venv/bin/python -m tests.core.test_personal_data_corpus

prints tried/caught by class.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from stdnum.no import fodselsnummer

from generator.text.personal_data import Detail, contact_detail_in, identity_number_in, personal_detail_in

CORPUS = yaml.safe_load((Path(__file__).parents[1] / "fixtures" / "personal_data_disguises.yaml").read_text("utf-8"))
KINDS = {"identity_number": Detail.IDENTITY_NUMBER, "email": Detail.EMAIL, "phone": Detail.PHONE}
DISGUISES = [(kind, name, value) for kind in KINDS for name, values in CORPUS[kind].items() for value in values]
INNOCENT = [(name, value) for name, values in CORPUS["innocent"].items() for value in values]
ELEVEN_DIGITS = re.compile(r"(?<![0-9])[0-9]{11}(?![0-9])")
# Inputs that made the old patterns restart at every character; a quadratic finder takes minutes on them.
PATHOLOGICAL = ["ab.", "a@", "1 ", "1-", "1234567890", "@.", "a.a.", "١۲३৪５", " ", "(at) ", "&%4",
                "23.09.2026 ", "9 ", "+1234567 ", "https://a.no/1a"]


@pytest.mark.parametrize(("kind", "name", "value"), DISGUISES, ids=[f"{k}: {n}: {v!r}" for k, n, v in DISGUISES])
def test_a_disguised_personal_detail_is_found_as_its_kind(kind, name, value):
    assert personal_detail_in(value) is KINDS[kind]


@pytest.mark.parametrize(("name", "value"), INNOCENT, ids=[f"{n}: {v!r}" for n, v in INNOCENT])
def test_an_innocent_text_holds_no_personal_detail(name, value):
    assert personal_detail_in(value) is None


def test_every_class_has_several_values_and_the_innocent_outnumber_none():
    assert all(len(values) >= 2 for kind in KINDS for values in CORPUS[kind].values())
    assert len(INNOCENT) >= 50


def test_the_corpus_identity_numbers_are_made_up_with_the_check_digits_they_claim():
    """Today's numbers (with D- and H-numbers) pass python-stdnum's check digits for births in 2030-2035, which
    no one has yet; the 2032 scheme's fail them, as they are valid only from 2032."""
    numbers = {name: [n for v in values for n in ELEVEN_DIGITS.findall(v)] for name, values in
               CORPUS["identity_number"].items()}
    for number in numbers["plain"] + numbers["D-number"] + numbers["H-number"]:
        assert fodselsnummer.calc_check_digit1(number) + fodselsnummer.calc_check_digit2(number) == number[9:]
        assert 30 <= int(number[4:6]) <= 35 and number[6] == "5"
    for number in numbers["2032 scheme"]:
        assert fodselsnummer.calc_check_digit1(number) != number[9]
        assert fodselsnummer.calc_check_digit2(number) == number[10]


@pytest.mark.parametrize("number", ["15073050187", "15073050196", "32073050186", "15133050186", "12345678901",
                                    "00000000000"])
def test_eleven_digits_that_fail_every_scheme_are_no_identity_number(number):
    assert not identity_number_in(number)


def test_an_identity_number_whose_birth_date_is_still_to_come_is_found_for_no_clock_is_read():
    assert identity_number_in("15073050186")   # born 15 July 2030


def test_the_group_s_own_kind_of_address_is_an_email_and_a_number_with_a_country_code_a_phone():
    assert contact_detail_in("nidaros@example.org") is Detail.EMAIL
    assert contact_detail_in("+47 22 00 00 00") is Detail.PHONE


def test_a_free_or_service_number_is_no_person_s_phone():
    assert contact_detail_in("800 12 345") is None and contact_detail_in("815 00 000") is None


@pytest.mark.parametrize("unit", PATHOLOGICAL)
def test_a_long_pathological_value_goes_through_in_one_pass(unit):
    """256 KB of each: a finder that restarts at every character (as the old e-mail pattern did) would take
    tens of seconds here, so the suite's time shows it; benchmarks/validate.py measures 1 MiB."""
    text = (unit * (262_144 // len(unit) + 1))[:262_144]
    assert personal_detail_in(text) in (None, Detail.PHONE, Detail.IDENTITY_NUMBER)


def caught_by_class() -> list[tuple[str, str, int, int]]:
    """(kind, class, tried, caught) for every class of the corpus, and the innocent ones (caught: left alone)."""
    rows = [(kind, name, len(values), sum(personal_detail_in(v) is KINDS[kind] for v in values))
            for kind in KINDS for name, values in CORPUS[kind].items()]
    return rows + [("innocent", name, len(values), sum(personal_detail_in(v) is None for v in values))
                   for name, values in CORPUS["innocent"].items()]


if __name__ == "__main__":
    for kind, name, tried, caught in caught_by_class():
        print(f"{kind:16} {name:34} {caught:3}/{tried:<3}")
