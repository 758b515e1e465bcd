"""The membership register export (`--members FILE.csv`): one number a row, header member_number."""

from __future__ import annotations

import csv
import io
from pathlib import Path


class MemberExportError(Exception):
    pass


def parse_member_export(text: str) -> frozenset[str]:
    text = text.lstrip("\ufeff")
    header = text.split("\n", 1)[0]
    reader = csv.DictReader(io.StringIO(text), delimiter=";" if ";" in header else ",")
    if not reader.fieldnames or "member_number" not in [f.strip() for f in reader.fieldnames]:
        raise MemberExportError("uttrekket fra medlemsregisteret må ha kolonnen member_number i første linje")
    column = next(f for f in reader.fieldnames if f.strip() == "member_number")
    return frozenset(row[column].strip() for row in reader if row.get(column) and row[column].strip())


def read_member_export(path: Path) -> frozenset[str]:
    try:
        return parse_member_export(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise MemberExportError(f"kan ikke lese {path}: {exc}") from exc
