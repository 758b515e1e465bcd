"""What a check run knows beyond the files: the vocabularies, the date, where places are, the membership
register export and, where a command reads it, the group files' Git history."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from generator.model.git_history import Commit
from generator.model.membership import MemberRegister
from generator.model.places import Places
from generator.model.vocabulary import Vocabularies


@dataclass(frozen=True)
class CheckContext:
    vocab: Vocabularies
    as_of: date
    places: Places
    member_register: MemberRegister | None = None   # from --members; None: no export given, nothing checked
    # Each group file's commits, newest first, by the file as loaded (`GroupFile.path`); empty: no history read.
    histories: Mapping[str, tuple[Commit, ...]] = field(default_factory=dict, hash=False)

    def commits_of(self, path: str) -> tuple[Commit, ...]:
        """The commits that touched the group file loaded as `path`, newest first."""
        return tuple(self.histories.get(path, ()))
