"""The register export as an office writes it: every form of the same register gives `grupper validate --members`
the same verdict; what cannot be read says what to do, and never repeats a cell."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from generator.model.membership import member_key, read_member_export

from tests.conftest import AS_OF, ROOT

EXAMPLE = ROOT / "data" / "medlemsregister-eksempel.csv"
PEOPLE = list(csv.reader(EXAMPLE.read_text(encoding="utf-8").splitlines(), delimiter=";"))[1:]
NORWEGIAN = ["Medlemsnummer", "Navn", "E-post", "Mobil", "Fødselsår"]


def _validate(cli, export: Path):
    return cli("validate", "--groups-dir", str(ROOT / "groups"), "--members", str(export),
               "--as-of", AS_OF.isoformat())


def _verdict(cli, export: Path) -> tuple[int, str]:
    """What validate says with the export: its exit code and problems, after checking every group file."""
    code, out, err = _validate(cli, export)
    assert "gruppefiler sjekket" in err, err
    return code, out


def _csv_text(headings: list[str], rows: list[list[str]], delimiter: str, trailing: str = "") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator=trailing + "\r\n")
    writer.writerow(headings)
    writer.writerows(rows)
    return buffer.getvalue()


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    book.active.title = "Medlemmer"
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _office_workbook(path: Path) -> Path:
    """The example as Excel holds it: a title row, numbers as floats, first and last name, birth dates as dates."""
    rows: list[list[object]] = [["Medlemsliste"], [], ["Medlemsnr", "Fornavn", "Etternavn", "E-post", "Telefon",
                                                        "Fødselsdato"]]
    for number, name, email, phone, year in PEOPLE:
        first, _, last = name.partition(" ")
        born = datetime(int(year), 5, 17) if year else None
        rows.append([float(number), first, last, email or None, phone or None, born])
    return _workbook(path, rows)


def test_member_numbers_are_compared_as_numbers():
    assert member_key("0100234") == member_key("100 234") == member_key("100234") == "100234"
    assert member_key("A12") is None and member_key("") is None and member_key(100234) is None


@pytest.mark.parametrize("form", ["utf-8-sig;", "cp1252,", "utf-16\t"])
def test_the_example_in_each_form_an_office_saves_gives_the_same_verdict(cli, tmp_path, form):
    encoding, delimiter = form[:-1], form[-1]
    rows = [["0" + number, *rest] for number, *rest in PEOPLE]   # the register writes leading zeros
    export = tmp_path / "medlemmer.csv"
    export.write_bytes(_csv_text(NORWEGIAN, rows, delimiter, trailing=delimiter).encode(encoding))
    assert read_member_export(export)[0].members == read_member_export(EXAMPLE)[0].members
    assert _verdict(cli, export) == _verdict(cli, EXAMPLE)


def test_excels_unicode_text_is_utf16_with_tabs_and_english_headings(cli, tmp_path):
    export = tmp_path / "medlemmer.txt"
    text = _csv_text(["Member number", "Full name", "E-mail", "Mobile", "Year of birth"], PEOPLE, "\t")
    export.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert read_member_export(export)[0].members == read_member_export(EXAMPLE)[0].members


def test_an_excel_workbook_is_read_whatever_its_name(cli, tmp_path):
    workbook = _office_workbook(tmp_path / "medlemmer.xlsx")
    assert read_member_export(workbook)[0].members == read_member_export(EXAMPLE)[0].members
    renamed = tmp_path / "medlemmer.csv"
    renamed.write_bytes(workbook.read_bytes())
    assert _verdict(cli, renamed) == _verdict(cli, EXAMPLE)


def test_a_bad_cell_in_a_workbook_is_located_by_row_and_column_without_its_value(cli, tmp_path):
    workbook = _workbook(tmp_path / "medlemmer.xlsx", [["Medlemsnummer", "Navn", "E-post", "Fødselsdato"],
                                                       [130526.0, "Camilla Nygård", "camilla@", date(2009, 5, 17)],
                                                       [None, None, None, None],
                                                       ["130 672", "Håkon Lie", None, "31.02.2009"]])
    code, _, err = _validate(cli, workbook)
    assert code == 2
    assert f"{workbook}:2:3: feil: Linjen i uttrekket fra medlemsregisteret kan ikke brukes: e-postadressen" in err
    assert f"{workbook}:4:4: feil: Linjen i uttrekket fra medlemsregisteret kan ikke brukes: fødselsdatoen" in err
    assert not any(value in err for value in ("camilla@", "Camilla", "31.02", "Håkon"))


def test_an_unknown_column_is_named_in_a_note_and_its_cells_never_shown(cli, tmp_path):
    export = tmp_path / "medlemmer.csv"
    rows = [[*person, "Storgata 1"] for person in PEOPLE]
    export.write_text(_csv_text([*NORWEGIAN, "Adresse"], rows, ";"), encoding="utf-8")
    code, out, err = _validate(cli, export)
    assert f"{export}:1:6: info: Kolonnen «Adresse» er ukjent og blir ikke lest. (§2.2)" in err
    assert "Storgata" not in out + err
    assert (code, out) == _verdict(cli, EXAMPLE)


def test_an_export_without_a_member_number_column_lists_the_headings_it_accepts(cli, tmp_path):
    export = tmp_path / "medlemmer.csv"
    export.write_text(_csv_text(["Navn", "E-post"], [person[1:3] for person in PEOPLE], ";"), encoding="utf-8")
    code, out, err = _validate(cli, export)
    assert code == 2 and out == ""
    assert f"{export}:1:1: uttrekket fra medlemsregisteret har ingen kolonne for medlemsnummer" in err
    assert all(heading in err for heading in ("«Medlemsnummer»", "«Medlemsnr»", "«member_number»", "«E-post»"))
    assert PEOPLE[0][1] not in err


def _ods_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as ods:
        ods.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        ods.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


@pytest.mark.parametrize("name, content, format_named", [
    ("medlemmer.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "det gamle Excel-formatet (.xls)"),
    ("medlemmer.ods", _ods_bytes(), "et OpenDocument-regneark (.ods)"),
])
def test_an_old_excel_file_or_an_opendocument_sheet_is_refused_with_what_to_save_instead(cli, tmp_path, name,
                                                                                        content, format_named):
    export = tmp_path / name
    export.write_bytes(content)
    code, _, err = _validate(cli, export)
    assert code == 2
    assert f"kan ikke lese {export}: fila er i {format_named}" in err or f"fila er {format_named}" in err
    assert "lagre den som Excel-arbeidsbok (.xlsx) eller «CSV UTF-8»" in err
