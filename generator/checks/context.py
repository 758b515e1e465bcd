"""What a check run knows beyond the files: the date and the membership register."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from generator.model.membership import MemberRegister
from generator.model.vocabulary import Vocabularies


@dataclass(frozen=True)
class CheckContext:
    vocab: Vocabularies
    as_of: date
    member_register: MemberRegister | None = None   # from --members; None: no export given, nothing checked
