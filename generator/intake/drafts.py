"""A group file about to be written: its id, clashes with the register, and its problems.

`grupper new` and `grupper from-issue` check the text they would write exactly as
`grupper validate` would check the written file, before anything is written.
"""

from __future__ import annotations

from collections import Counter

from generator.checks.run import GroupFiles, check_group_files
from generator.model.context import RunContext
from generator.model.loading import MAX_ID_LENGTH, GroupFile, parse_group
from generator.text.names import name_key, slug
from generator.model.problems import Problem


def group_id_for(name: str) -> str:
    """The id a name gives: "Amnesty Ås" is amnesty-as (at most MAX_ID_LENGTH characters)."""
    return slug(name)[:MAX_ID_LENGTH].strip("-")


def group_with_name(group_files: GroupFiles, name: str) -> GroupFile | None:
    """The group whose name is the same as `name`, case, accents and spacing ignored."""
    wanted = name_key(name)
    return next((g for g in group_files.groups if isinstance(g.data.get("name"), str)
                 and name_key(g.data["name"]) == wanted), None)


def find_group(group_files: GroupFiles, reference: str) -> GroupFile | None:
    """The group a volunteer means by its id or its name."""
    reference = reference.strip().removesuffix(".yaml")
    return next((g for g in group_files.groups if g.id == reference), None) or group_with_name(group_files, reference)


def check_draft(group_files: GroupFiles, display: str, text: str, ctx: RunContext) -> list[Problem]:
    """Every problem `validate` would report in `text` written at `display`, beside the rest of the register."""
    draft, problems = parse_group(display, text.encode("utf-8"))
    if draft is None:
        return problems
    others = [g for g in group_files.groups if g.path != display]
    return check_group_files(GroupFiles(others + [draft]), ctx, targets={display})


def check_change(group_files: GroupFiles, display: str, before: str, after: str, ctx: RunContext) -> list[Problem]:
    """The problems a change adds to a group file: a form cannot fix what was wrong before it (a member who has
    turned 20), so that never stops the change; what the change itself breaks does."""
    known = Counter((p.severity, p.rule, p.message) for p in check_draft(group_files, display, before, ctx))
    added = []
    for problem in check_draft(group_files, display, after, ctx):
        key = (problem.severity, problem.rule, problem.message)
        if known[key]:
            known[key] -= 1            # the same problem as before (lines may have moved)
        else:
            added.append(problem)      # new, or once more than before
    return added
