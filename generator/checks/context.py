"""What a check run knows beyond the files: the vocabularies, the date, where places are, and the membership
register export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from generator.model.membership import MemberRegister
from generator.model.places import Places
from generator.model.vocabulary import Vocabularies


@dataclass(frozen=True)
class CheckContext:
    vocab: Vocabularies
    as_of: date
    places: Places
    member_register: MemberRegister | None = None   # from --members; None: no export given, nothing checked
