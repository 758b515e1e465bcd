"""Status fixtures: a group built from a few fields, and its findings as of a day."""

from __future__ import annotations

import copy
from datetime import date

from generator.model.context import RunContext
from generator.model.loading import GroupFile
from generator.model.marked_yaml import Positions
from generator.model.membership import MemberExport, RegisteredMember
from generator.model.quarters import Quarter
from generator.model.regions import RegionData
from generator.status import StatusSettings, compute_status
from tests.conftest import PLACES, vocabularies

BASE = {
    "name": "Amnesty Prøvegruppa",
    "category": "local",
    "status": "active",
    "registered": "2020-01-06",
    "region": "midt",
    "municipality": "Trondheim",
    "priority_areas": ["freedom-of-expression"],
    "endorses_guidelines": "2020-01-02",
    "open_to_new_members": True,
    "members": [
        {"member_number": "100234", "roles": ["contact"]},
        {"member_number": "100871", "roles": ["leader"]},
    ],
    "welcome_package_sent": "2020-01-20",
}


def make_group(group_id: str = "amnesty-provegruppa", **fields) -> GroupFile:
    """BASE with `fields` set; a field given as None is left out of the file."""
    data = copy.deepcopy(BASE)
    data.update(fields)
    data = {key: value for key, value in data.items() if value is not None}
    return GroupFile(f"groups/{group_id}.yaml", group_id, data, Positions())


def export(*members: RegisteredMember) -> MemberExport:
    """A register export holding these members (a number alone: reachable by e-mail, of no known age)."""
    people = [RegisteredMember(m, email=f"m{m}@example.org") if isinstance(m, str) else m for m in members]
    return MemberExport({m.number: m for m in people})


def report(quarter: str, submitted: str, *types: str) -> dict:
    """A report of `quarter` sent on `submitted`, its activities done on the quarter's last day or, sent earlier,
    on the day it was sent (§6.2: within the quarter, and by the day it was sent)."""
    done = min(Quarter.parse(quarter).last_day.isoformat(), submitted)
    return {"quarter": quarter, "submitted": submitted,
            "completed": [{"date": done, "type": t, "title": "Aktivitet"} for t in types]}


def status_of(groups, as_of: date, members=None, regions: RegionData | None = None,
              settings: StatusSettings = StatusSettings()):
    ctx = RunContext(vocabularies(), as_of, PLACES, members)
    return compute_status(list(groups), regions or RegionData(), ctx, settings)


def findings(group: GroupFile, as_of: date, rule: str | None = None, **options):
    """The findings of one group, only those of `rule` if given."""
    [found] = status_of([group], as_of, **options).groups
    return [f for f in found.findings if rule is None or f.rule == rule]
