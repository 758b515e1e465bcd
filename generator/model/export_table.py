"""A spreadsheet's rows from its bytes, as an office saves it: CSV or an Excel workbook, decided by content.

CSV may be UTF-8 (with or without a byte order mark), Windows-1252 (Excel's plain
«CSV») or UTF-16 (Excel's «Unicode-tekst», tab-separated); comma, semicolon or
tab, sniffed from the first line; quoted fields; blank lines skipped; empty cells
at a row's end dropped. A workbook (`.xlsx`, a ZIP file) is read with openpyxl,
read-only, values rather than formulas; numbers Excel stored as floats become
whole numbers, dates ISO dates. Every row keeps its line (CSV) or row number
(Excel), so a problem can point at it. Nothing here ever puts a cell's value in
a message.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import islice
from typing import Iterable, Iterator

XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"           # the old binary Office formats: .xls, .doc
ODS_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
SAVE_AS = "Åpne den i regnearket og lagre den som Excel-arbeidsbok (.xlsx) eller «CSV UTF-8»"
_DELIMITERS = (";", "\t", ",")            # the order a tie is settled in


class UnreadableTable(Exception):
    """Bytes that are no spreadsheet this module reads; the message says what to do, never what the file holds."""


@dataclass(frozen=True)
class Row:
    line: int                   # the CSV line or the worksheet row, from 1
    cells: tuple[str, ...]      # each cell's text, stripped; no empty cells at the end


def table_rows(raw: bytes, *, truncated: bool = False, max_rows: int | None = None) -> Iterator[list[Row]]:
    """The non-blank rows of each sheet (a CSV file is one sheet). `truncated`: `raw` is only the file's head,
    which may end inside a character; `max_rows`: read at most this many rows of a worksheet."""
    if raw.startswith(OLE_MAGIC):
        raise UnreadableTable(f"fila er i det gamle Excel-formatet (.xls). {SAVE_AS}")
    if raw.startswith(XLSX_MAGIC):
        yield from _workbook_rows(raw, max_rows)
        return
    yield text_rows(decoded_text(raw, truncated=truncated), max_rows)


def decoded_text(raw: bytes, *, truncated: bool = False) -> str:
    """UTF-16 by its byte order mark (or its zero bytes), UTF-8, or Windows-1252, in that order."""
    encoding = _utf16(raw)
    if encoding:
        body = raw[:len(raw) - len(raw) % 2] if truncated else raw
        try:
            return body.decode(encoding).lstrip("\ufeff")
        except UnicodeDecodeError:
            raise UnreadableTable("fila er ikke gyldig UTF-16") from None
    if b"\x00" in raw:
        raise UnreadableTable("fila er ikke tekst og ikke en Excel-arbeidsbok")
    try:
        return raw.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        if truncated and exc.start >= len(raw) - 3:
            return raw[:exc.start].decode("utf-8").lstrip("\ufeff")
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise UnreadableTable("ukjent tegnkoding. Lagre fila som «CSV UTF-8»") from None


def _utf16(raw: bytes) -> str | None:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = raw[:512]
    if len(head) < 4 or b"\x00" not in head:
        return None
    for encoding, zeros, chars in (("utf-16-le", head[1::2], head[0::2]), ("utf-16-be", head[0::2], head[1::2])):
        if zeros.count(0) >= 0.9 * len(zeros) and chars.count(0) == 0:
            return encoding
    return None


def text_rows(text: str, max_rows: int | None = None) -> list[Row]:
    """The non-blank rows of CSV text, at most `max_rows`."""
    return list(islice(_csv_rows(text), max_rows))


def _csv_rows(text: str) -> Iterator[Row]:
    first = text.lstrip("\r\n").partition("\n")[0]   # blank lines above the header skipped
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    line = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                yield Row(line, _trimmed(cell.strip() for cell in cells))
            line = reader.line_num + 1
    except csv.Error:
        raise UnreadableTable(f"linje {line} kan ikke leses som CSV") from None


def _delimiter(first_line: str) -> str:
    return max(_DELIMITERS, key=lambda d: (first_line.count(d), -_DELIMITERS.index(d)))


def _trimmed(cells: Iterable[str]) -> tuple[str, ...]:
    kept = list(cells)
    while kept and not kept[-1]:
        kept.pop()
    return tuple(kept)


def _workbook_rows(raw: bytes, max_rows: int | None) -> Iterator[list[Row]]:
    if raw[30:30 + len(ODS_MIMETYPE)] == ODS_MIMETYPE:
        raise UnreadableTable(f"fila er et OpenDocument-regneark (.ods). {SAVE_AS}")
    from openpyxl import load_workbook   # only a workbook pays for importing openpyxl
    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError):
        raise UnreadableTable(f"fila er en ZIP-fil, men ikke en Excel-arbeidsbok som kan leses. {SAVE_AS}") from None
    try:
        for sheet in book.worksheets:
            rows = islice(sheet.iter_rows(values_only=True), max_rows)
            yield [Row(number, cells) for number, values in enumerate(rows, 1)
                   if (cells := _trimmed(_cell_text(value) for value in values))]
    finally:
        book.close()


def _cell_text(value: object) -> str:
    """A workbook cell as the CSV of it would say: 130526.0 as 130526, a date as 2009-05-17."""
    if isinstance(value, bool) or value is None or isinstance(value, time):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date)):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    return str(value).strip()
