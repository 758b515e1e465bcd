"""The membership register export (`--members FILE`): the people behind the membership numbers.

One current member a row under a header row, as an office saves it (CSV or an
Excel workbook, `export_table`), with headings in Norwegian or English
(`export_columns`): a member-number column is required; name (or first and last
name), e-mail, phone and birth year (or birth date) are optional. Member numbers
are compared as numbers (`member_key`), in the export and in the group files
alike. The group files hold numbers and roles only; this export is joined at run
time and never committed. Bad rows come back as located problems, so one typo
does not hide the rest of the register; a heading the register does not use is
named in a note. An export that cannot be used at all (unreadable, no member-number
column, no members) is None and one problem; one that could not be read has
no place in it, line 0. No message ever holds a cell's value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.model.export_columns import (BIRTH_DATE, BIRTH_YEAR, EMAIL, FIRST_NAME, LAST_NAME, MEMBER_NUMBER,
                                            NAME, PHONE, accepted_headings, column_of)
from generator.model.export_table import Row, UnreadableTable, table_rows
from generator.model.problems import Problem, Reading, Severity
from generator.model.rules import Rule
from generator.model.schema import EMAIL_PATTERN, PHONE_PATTERN
from generator.text.io_messages import io_reason

HEADER_SEARCH = 10   # rows above the header an office may leave: a title, a date, a blank line
_YEAR = re.compile(r"^(?:19|20)[0-9]{2}$")
_ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[ T][0-9:.]*)?$")
_NORWEGIAN_DATE = re.compile(r"^([0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{4})$")
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"^[0-9]+$")
_OTHER_COLUMNS = "«Navn» (eller «Fornavn» og «Etternavn»), «E-post», «Telefon», «Fødselsår» eller «Fødselsdato»"


def member_key(number: object) -> str | None:
    """A membership number as compared: digits only, spaces and leading zeros ignored (0100234 and «100 234»
    are 100234); None for anything that is no number."""
    if not isinstance(number, str):
        return None
    digits = _SPACES.sub("", number)
    return (digits.lstrip("0") or "0") if _DIGITS.match(digits) else None


@dataclass(frozen=True)
class RegisteredMember:
    number: str
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    birth_year: int | None = None

    @property
    def reachable(self) -> bool:
        return bool(self.email or self.phone)

    def age_in(self, year: int) -> int | None:
        return year - self.birth_year if self.birth_year is not None else None


@dataclass(frozen=True)
class MemberExport:
    """The export as read: every current member by `member_key`."""

    members: dict[str, RegisteredMember]

    def __contains__(self, number: object) -> bool:
        return self.get(number) is not None

    def get(self, number: object) -> RegisteredMember | None:
        key = member_key(number)
        return self.members.get(key) if key is not None else None


def read_member_export(path: Path, display: str | None = None) -> Reading[MemberExport]:
    """The export at `path` as read (None when it cannot be used at all), the problems of its rows and
    notes on its headings."""
    display = display or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [_unusable(display, 0, 0, f"kan ikke lese {display}: {io_reason(exc)}")]
    return parse_member_export(raw, display)


def parse_member_export(raw: bytes, display: str) -> Reading[MemberExport]:
    try:
        found = next((found for rows in table_rows(raw) if (found := header_and_rows(rows))), None)
    except UnreadableTable as exc:
        return None, [_unusable(display, 0, 0, f"kan ikke lese {display}: {exc}")]
    if found is None:
        return None, [_unusable(display, 1, 1, "uttrekket fra medlemsregisteret har ingen kolonne for medlemsnummer. "
                                f"Overskriften må ha en av disse: {accepted_headings(MEMBER_NUMBER)}. Disse kan også "
                                f"være med: {_OTHER_COLUMNS}")]
    header, rows = found
    columns = _columns(header)
    members, problems = _members(rows, columns, len(header.cells), display)
    if not members and not problems:   # an export without members would make every group's members lapsed
        return None, [_unusable(display, header.line, columns[MEMBER_NUMBER] + 1,
                                "uttrekket fra medlemsregisteret har ingen medlemsnumre under overskriften")]
    return MemberExport(members), _notes(header, display) + problems


def _unusable(display: str, line: int, col: int, message: str) -> Problem:
    """The one problem of an export that cannot be used; line 0 when it could not be read."""
    return Problem(display, line, col, Severity.ERROR, message)


def header_and_rows(rows: list[Row]) -> tuple[Row, list[Row]] | None:
    """The first of the top rows with a member-number heading, and the rows below it."""
    for i, row in enumerate(rows[:HEADER_SEARCH]):
        if any(column_of(cell) == MEMBER_NUMBER for cell in row.cells):
            return row, rows[i + 1:]
    return None


def _columns(header: Row) -> dict[str, int]:
    """Each column's place (from 0); the first of two headings for one column."""
    columns: dict[str, int] = {}
    for place, heading in enumerate(header.cells):
        column = column_of(heading)
        if column is not None:
            columns.setdefault(column, place)
    return columns


def _notes(header: Row, display: str) -> list[Problem]:
    """A note on each heading that is not read: unknown, or a second heading for a column."""
    notes, seen = [], set()
    for place, heading in enumerate(header.cells):
        column = column_of(heading)
        if column in seen:
            text = f"Kolonnen «{heading[:60]}» sier det samme som en kolonne før den, og blir ikke lest."
        elif column is None and heading:
            text = f"Kolonnen «{heading[:60]}» er ukjent og blir ikke lest."
        else:
            seen.add(column)
            continue
        notes.append(Problem(display, header.line, place + 1, Severity.INFO, text, Rule.MEMBERSHIP))
    return notes


def _members(rows: list[Row], columns: dict[str, int], width: int,
             display: str) -> tuple[dict[str, RegisteredMember], list[Problem]]:
    members: dict[str, RegisteredMember] = {}
    problems: list[Problem] = []
    first_line: dict[str, int] = {}
    for row in rows:
        cells = {column: row.cells[place] for column, place in columns.items() if place < len(row.cells)}
        faults = _faults(cells, len(row.cells), width)
        key = member_key(cells.get(MEMBER_NUMBER))
        if not faults and key in first_line:
            faults = [(MEMBER_NUMBER, f"medlemsnummer {key} står også på linje {first_line[key]}")]
        problems += [Problem(display, row.line, columns.get(column, 0) + 1, Severity.ERROR,
                             f"Linjen i uttrekket fra medlemsregisteret kan ikke brukes: {fault}.", Rule.MEMBERSHIP)
                     for column, fault in faults]
        if not faults:
            first_line[key] = row.line
            members[key] = _member(key, cells)
    return members, problems


def _faults(cells: dict[str, str], width: int, expected: int) -> list[tuple[str, str]]:
    """What is wrong with one row, by column; a value is never repeated, as it may be personal."""
    if width > expected:   # a separator inside a value: the cells no longer stand under their headings
        return [(MEMBER_NUMBER, f"linjen har {width} kolonner, men overskriften bare {expected}")]
    faults = []
    if member_key(cells.get(MEMBER_NUMBER, "")) is None:
        faults.append((MEMBER_NUMBER, "medlemsnummeret skal bare ha sifre"))
    if cells.get(EMAIL) and not re.match(EMAIL_PATTERN, cells[EMAIL]):
        faults.append((EMAIL, "e-postadressen er ikke gyldig"))
    if cells.get(PHONE) and not re.match(PHONE_PATTERN, cells[PHONE]):
        faults.append((PHONE, "telefonnummeret er ikke gyldig"))
    if cells.get(BIRTH_YEAR) and not _YEAR.match(cells[BIRTH_YEAR]):
        faults.append((BIRTH_YEAR, "fødselsåret skal ha fire sifre"))
    if cells.get(BIRTH_DATE) and _year_born(cells[BIRTH_DATE]) is None:
        faults.append((BIRTH_DATE, "fødselsdatoen er ikke en dato (skriv den som dd.mm.åååå)"))
    return faults


def _year_born(text: str) -> int | None:
    """The year of a birth date written 17.05.2009, 17/5/2009 or 2009-05-17 (as Excel's dates are read)."""
    if match := _ISO_DATE.match(text):
        year, month, day = map(int, match.groups())
    elif match := _NORWEGIAN_DATE.match(text):
        day, month, year = map(int, match.groups())
    else:
        return None
    try:
        date(year, month, day)
    except ValueError:
        return None
    return year if _YEAR.match(str(year)) else None


def _member(key: str, cells: dict[str, str]) -> RegisteredMember:
    name = cells.get(NAME) or " ".join(filter(None, (cells.get(FIRST_NAME), cells.get(LAST_NAME))))
    year = cells.get(BIRTH_YEAR)
    born = int(year) if year else _year_born(cells[BIRTH_DATE]) if cells.get(BIRTH_DATE) else None
    return RegisteredMember(key, name or None, cells.get(EMAIL) or None, cells.get(PHONE) or None, born)

