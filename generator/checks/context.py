"""What a check run knows beyond the files: the date and the membership register."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..vocabulary import Vocabularies


@dataclass(frozen=True)
class CheckContext:
    vocab: Vocabularies
    as_of: date
    registered_members: frozenset[str] | None = None   # from --members; None: no export given
