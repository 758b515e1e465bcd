"""What every test folder shares: the project root, the day the tests are set on, the sample register and its
membership export, and a check context made from them.

Each folder's own conftest.py holds only the fixtures of that folder, and imports these names from here (so
`from tests.conftest import AS_OF, ROOT` works in every test module, and so does the folder's conftest).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from generator.checks.context import CheckContext
from generator.checks.run import load_register
from generator.model.loading import GroupFile
from generator.model.membership import read_member_export
from generator.model.project import Project, load_project
from generator.model.vocabulary import Vocabularies

ROOT = Path(__file__).resolve().parents[1]
AS_OF = date(2026, 11, 24)                                   # a Tuesday in 2026-Q4, after the Q3 reports were due
SAMPLE_GROUPS = ROOT / "groups"                              # the sample register
SAMPLE_EXPORT = ROOT / "data" / "medlemsregister-eksempel.csv"   # the sample groups' members, all fictional
PROJECT: Project = load_project(ROOT)                        # as the command line reads it in this checkout
PLACES = PROJECT.places


def vocabularies() -> Vocabularies:
    return PROJECT.vocab


def load_groups(*directories: Path) -> list[GroupFile]:
    """The group files of these folders, in file-name order within each; fails if any cannot be read."""
    register = load_register([path for directory in directories for path in sorted(directory.glob("*.yaml"))])
    assert not register.unreadable, register.unreadable
    return register.groups


def context(as_of: date = AS_OF, members: Path | None = None) -> CheckContext:
    """A check context as of a day, with the membership export in `members` if given."""
    return CheckContext(PROJECT.vocab, as_of, PROJECT.places, read_member_export(members) if members else None)


def sample_context(history: bool = False) -> CheckContext:
    """The context `grupper build --members data/medlemsregister-eksempel.csv --as-of 2026-11-24` works in; with
    `history`, the sample group files' commits too, by their loaded paths (as the command line gives them)."""
    ctx = context(members=SAMPLE_EXPORT)
    if not history:
        return ctx
    histories = PROJECT.with_histories([SAMPLE_GROUPS]).histories
    return replace(ctx, histories=histories.rekeyed({group.path: Path(group.path).resolve()
                                                     for group in load_groups(SAMPLE_GROUPS)}))


@pytest.fixture
def vocab() -> Vocabularies:
    return vocabularies()
