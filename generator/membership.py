"""The membership register export (`--members FILE.csv`): one number a row, header member_number."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from .io_messages import io_reason


class MemberExportError(Exception):
    pass


def parse_member_export(text: str) -> frozenset[str]:
    text = text.lstrip("\ufeff")
    header = text.split("\n", 1)[0]
    delimiter = next((d for d in (";", "\t") if d in header), ",")
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
        if not reader.fieldnames or "member_number" not in [f.strip() for f in reader.fieldnames]:
            raise MemberExportError("uttrekket fra medlemsregisteret må ha kolonnen member_number i første linje")
        column = next(f for f in reader.fieldnames if f.strip() == "member_number")
        numbers = frozenset(row[column].strip() for row in reader if row.get(column) and row[column].strip())
    except csv.Error as exc:
        message = f"uttrekket fra medlemsregisteret kan ikke leses som CSV (linje {reader.line_num})"
        raise MemberExportError(message) from exc
    if not numbers:   # an export without members would make every member of every group a lapsed one
        raise MemberExportError("uttrekket fra medlemsregisteret har ingen medlemsnumre under member_number")
    return numbers


def read_member_export(path: Path) -> frozenset[str]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise MemberExportError(f"kan ikke lese {path}: {io_reason(exc)}") from exc
    return parse_member_export(_decoded(raw, path))


def _decoded(raw: bytes, path: Path) -> str:
    """UTF-16 (by its byte order mark), UTF-8, or Windows-1252: what Excel writes for «CSV»."""
    utf16 = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    for encoding in ("utf-16",) if utf16 else ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise MemberExportError(f"kan ikke lese {path}: ukjent tegnkoding. Lagre fila som «CSV UTF-8»")
