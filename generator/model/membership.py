"""The membership register export (`--members FILE.csv`): the people behind the membership numbers.

One current member a row, with a header row: `member_number` is required, `name`,
`email`, `phone` and `birth_year` are optional. The group files hold numbers and
roles only; this export is joined at run time and never committed. Bad rows come
back as located problems, so one typo does not hide the rest of the register.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from generator.text.io_messages import io_reason
from generator.model.problems import Problem, Severity
from generator.model.rules import Rule
from generator.model.schema import EMAIL_PATTERN, MEMBER_NUMBER_PATTERN, PHONE_PATTERN

COLUMNS = ("member_number", "name", "email", "phone", "birth_year")
_YEAR = re.compile(r"^(?:19|20)[0-9]{2}$")


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
class MemberRegister:
    """The export as read: every current member by number, and the problems of rows that could not be read."""

    members: dict[str, RegisteredMember]
    problems: tuple[Problem, ...] = ()

    def __contains__(self, number: object) -> bool:
        return number in self.members

    def get(self, number: object) -> RegisteredMember | None:
        return self.members.get(number) if isinstance(number, str) else None


class MemberExportError(Exception):
    """An export that cannot be used at all (unreadable, no member_number column, no members)."""


def parse_member_export(text: str, display: str) -> MemberRegister:
    text = text.lstrip("\ufeff")
    header = text.split("\n", 1)[0]
    delimiter = next((d for d in (";", "\t") if d in header), ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        columns = [name.strip().lower() for name in next(reader, [])]
        if "member_number" not in columns:
            raise MemberExportError(f"{display}: uttrekket fra medlemsregisteret må ha kolonnen member_number i "
                                    "første linje")
        members, problems = _rows(reader, columns, display)
    except csv.Error as exc:
        raise MemberExportError(f"{display}: uttrekket fra medlemsregisteret kan ikke leses som CSV "
                                f"(linje {reader.line_num})") from exc
    if not members:   # an export without members would make every member of every group a lapsed one
        raise MemberExportError(f"{display}: uttrekket fra medlemsregisteret har ingen medlemsnumre under "
                                "member_number")
    return MemberRegister(members, tuple(problems))


def _rows(reader, columns: list[str], display: str) -> tuple[dict[str, RegisteredMember], list[Problem]]:
    members: dict[str, RegisteredMember] = {}
    problems: list[Problem] = []
    first_line: dict[str, int] = {}
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        line = reader.line_num
        cells = {column: cell.strip() for column, cell in zip(columns, row) if column in COLUMNS}
        faults = _faults(cells, len(row), len(columns))
        number = cells.get("member_number", "")
        if not faults and number in first_line:
            faults = [("member_number", f"medlemsnummer {number} står også på linje {first_line[number]}")]
        for column, fault in faults:
            col = columns.index(column) + 1 if column in columns else 1
            problems.append(Problem(display, line, col, Severity.ERROR,
                                    f"Linjen i uttrekket fra medlemsregisteret kan ikke brukes: {fault}.",
                                    Rule.MEMBERSHIP))
        if not faults:
            first_line[number] = line
            members[number] = _member(cells)
    return members, problems


def _faults(cells: dict[str, str], width: int, expected: int) -> list[tuple[str, str]]:
    """What is wrong with one row, by column; a value is never repeated, as it may be personal."""
    if width > expected:   # a separator inside a value: the cells no longer stand under their headings
        return [("member_number", f"linjen har {width} kolonner, men overskriften bare {expected}")]
    faults = []
    if not re.match(MEMBER_NUMBER_PATTERN, cells.get("member_number", "")):
        faults.append(("member_number", "medlemsnummeret skal bare ha sifre"))
    if cells.get("email") and not re.match(EMAIL_PATTERN, cells["email"]):
        faults.append(("email", "e-postadressen er ikke gyldig"))
    if cells.get("phone") and not re.match(PHONE_PATTERN, cells["phone"]):
        faults.append(("phone", "telefonnummeret er ikke gyldig"))
    if cells.get("birth_year") and not _YEAR.match(cells["birth_year"]):
        faults.append(("birth_year", "fødselsåret skal ha fire sifre"))
    return faults


def _member(cells: dict[str, str]) -> RegisteredMember:
    year = cells.get("birth_year")
    return RegisteredMember(cells["member_number"], cells.get("name") or None, cells.get("email") or None,
                            cells.get("phone") or None, int(year) if year else None)


def read_member_export(path: Path, display: str | None = None) -> MemberRegister:
    display = display or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise MemberExportError(f"kan ikke lese {display}: {io_reason(exc)}") from exc
    return parse_member_export(_decoded(raw, display), display)


def _decoded(raw: bytes, display: str) -> str:
    """UTF-16 (by its byte order mark), UTF-8, or Windows-1252: what Excel writes for «CSV»."""
    utf16 = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    for encoding in ("utf-16",) if utf16 else ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise MemberExportError(f"kan ikke lese {display}: ukjent tegnkoding. Lagre fila som «CSV UTF-8»")
