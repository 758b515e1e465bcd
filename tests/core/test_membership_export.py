"""The membership register export (--members): read as Excel and the register write it, bad rows located."""

from __future__ import annotations

import pytest

from generator.model.membership import RegisteredMember, read_member_export


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252", "utf-16"])
def test_an_export_saved_as_csv_utf8_or_plain_excel_csv_is_read(tmp_path, encoding):
    export = tmp_path / "medlemmer.csv"
    export.write_bytes("member_number;name;email;phone;birth_year\r\n100234;Åse Ørn;ase@example.org;;2009\r\n"
                       "101552;Per;;+47 912 34 567;\r\n".encode(encoding))
    register, problems = read_member_export(export)
    assert register.get("100234") == RegisteredMember("100234", "Åse Ørn", "ase@example.org", None, 2009)
    assert register.get("101552").phone == "+47 912 34 567" and not problems


def test_a_comma_separated_export_with_only_member_numbers_is_read(tmp_path):
    export = tmp_path / "medlemmer.csv"
    export.write_text("\ufeffmember_number\n100234\n101552\n", encoding="utf-8")
    register, _ = read_member_export(export)
    assert "100234" in register and "101552" in register and not register.get("101552").reachable


def test_a_missing_export_is_explained_in_norwegian(tmp_path):
    register, [problem] = read_member_export(tmp_path / "mangler.csv")
    assert register is None and problem.is_error and "finnes ikke" in problem.message


def test_a_tab_separated_export_is_read(tmp_path):
    export = tmp_path / "medlemmer.txt"
    export.write_text("name\tmember_number\nÅse\t100234\n", encoding="utf-8")
    assert read_member_export(export)[0].get("100234").name == "Åse"


def test_an_export_without_member_numbers_is_refused_rather_than_lapsing_everyone(tmp_path):
    export = tmp_path / "medlemmer.csv"
    export.write_text("member_number\n\n", encoding="utf-8")
    register, [problem] = read_member_export(export)
    assert register is None and problem.is_error and "ingen medlemsnumre" in problem.message


def test_bad_rows_are_located_problems_that_never_repeat_the_value(tmp_path):
    export = tmp_path / "medlemmer.csv"
    export.write_text("member_number;name;email;phone;birth_year\n100234;Åse;;;\n"
                      "A12;Per;;;\n101552;Kari;ase@example;ring meg;09\n100234;Åse igjen;;;\n200;Ola;;;;x\n", encoding="utf-8")
    register, problems = read_member_export(export, "medlemmer.csv")
    assert [(p.line, p.col) for p in problems] == [(3, 1), (4, 3), (4, 4), (4, 5), (5, 1), (6, 1)]
    assert all(p.file == "medlemmer.csv" and p.is_error for p in problems)
    assert not any(value in p.message for p in problems for value in ("ase@example", "A12", "ring meg"))
    assert list(register.members) == ["100234"] and register.get("100234").name == "Åse"
