"""Whether a file's bytes look like a membership register export, whatever the file is called.

A register export must never be committed (it holds names, e-mail addresses,
phone numbers and birth years), so `grupper validate` looks at every tracked
file's head: read as the export reader reads it (CSV in any of its encodings and
separators, an Excel workbook by content), it is an export when a header row
has a member-number column beside a name, e-mail, phone or birth column, and a
row below it holds a member number. Only the fictional examples named here may
be committed.
"""

from __future__ import annotations

import re

from generator.model.export_columns import MEMBER_NUMBER, PERSONAL, column_of
from generator.model.export_table import XLSX_MAGIC, Row, UnreadableTable, decoded_text, table_rows, text_rows
from generator.model.membership import header_and_rows, member_key

FICTIONAL_EXPORTS = frozenset({      # made-up people only: tests/core/test_register_export_stays_out.py keeps it so
    "data/medlemsregister-eksempel.csv",
    "tests/fixtures/medlemsregister-plantet.csv",
})
HEAD_BYTES = 8192                     # a header and a few members: enough to know, little enough to be quick
WORKBOOK_BYTES = 32 * 1024 * 1024     # a workbook is a ZIP file, read whole up to this size
_ROWS = 20
_MEMBER_HEADING = re.compile(r"medl|member", re.IGNORECASE)   # in every member-number heading (export_columns)


def needs_whole_file(head: bytes) -> bool:
    """A workbook's contents are listed at its end: its head alone says nothing."""
    return head.startswith(XLSX_MAGIC)


def looks_like_export(raw: bytes, *, whole: bool) -> bool:
    """`raw`: the file's first `HEAD_BYTES` (`whole`: all of it)."""
    try:
        return any(_lists_people(found) for rows in _sheets(raw, whole) if (found := header_and_rows(rows)))
    except UnreadableTable:
        return False


def _sheets(raw: bytes, whole: bool) -> list[list[Row]]:
    if needs_whole_file(raw):
        return list(table_rows(raw, max_rows=_ROWS))
    text = decoded_text(raw, truncated=not whole)
    return [text_rows(text, _ROWS)] if _MEMBER_HEADING.search(text) else []


def _lists_people(found: tuple[Row, list[Row]]) -> bool:
    header, rows = found
    columns = [column_of(heading) for heading in header.cells]
    place = columns.index(MEMBER_NUMBER)
    return bool(PERSONAL & set(columns)) and any(
        place < len(row.cells) and member_key(row.cells[place]) is not None for row in rows)
