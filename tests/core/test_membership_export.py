"""The membership register export (--members): read as Excel and the register write it."""

from __future__ import annotations

import pytest

from generator.membership import MemberExportError, read_member_export


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252", "utf-16"])
def test_an_export_saved_as_csv_utf8_or_plain_excel_csv_is_read(tmp_path, encoding):
    export = tmp_path / "medlemmer.csv"
    export.write_bytes("member_number;navn\r\n100234;Åse Ørn\r\n101552;Per\r\n".encode(encoding))
    assert read_member_export(export) == {"100234", "101552"}


def test_a_missing_export_is_explained_in_norwegian(tmp_path):
    with pytest.raises(MemberExportError, match="finnes ikke"):
        read_member_export(tmp_path / "mangler.csv")


def test_a_tab_separated_export_is_read(tmp_path):
    export = tmp_path / "medlemmer.txt"
    export.write_text("navn\tmember_number\nÅse\t100234\n", encoding="utf-8")
    assert read_member_export(export) == {"100234"}


def test_an_export_without_member_numbers_is_refused_rather_than_lapsing_everyone(tmp_path):
    export = tmp_path / "medlemmer.csv"
    export.write_text("member_number\n\n", encoding="utf-8")
    with pytest.raises(MemberExportError, match="ingen medlemsnumre"):
        read_member_export(export)
