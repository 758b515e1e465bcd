"""CSV that a Norwegian Excel opens as it is: UTF-8 with a byte order mark, semicolons, CRLF.

Text that Excel would run as a formula (it starts with = + - @, a tab or a carriage
return) gets a leading apostrophe, which Excel shows as text: a group file's
"=HYPERLINK(...)" stays words, and "+47 912 34 567" stays a phone number.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def excel_csv(header: Sequence[str], rows: Iterable[Sequence]) -> str:
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_cell(cell) for cell in row] for row in rows)
    return out.getvalue()


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value
