"""What a run knows beyond the files, read once by the command line and passed whole to the checks, the status
and both sites: the vocabularies, the date, where places are, the membership register export and, where a
command reads it (for the internal site's «Historikk»), the group files' Git history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from generator.model.git_history import Histories
from generator.model.membership import MemberExport
from generator.model.places import Places
from generator.model.vocabulary import Vocabularies


@dataclass(frozen=True)
class RunContext:
    vocab: Vocabularies
    as_of: date
    places: Places
    member_export: MemberExport | None = None   # from --members; None: no export given, nothing checked
    # Each group file's history by the file as loaded (`GroupFile.path`); shown, never used to decide anything.
    histories: Histories = field(default_factory=Histories, hash=False)
