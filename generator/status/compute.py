"""The status as of a day: every group's and every region's unmet duties."""

from __future__ import annotations

from pathlib import PurePath

from generator.model.access import text
from generator.model.context import RunContext
from generator.model.loading import GroupFile
from generator.model.problems import Problem
from generator.model.regions import RegionData
from generator.model.waivers import waived_on
from generator.status.criteria import criteria_findings
from generator.status.duties import GROUP_DUTIES, DutyContext
from generator.status.facts import GroupFacts, facts_of
from generator.status.model import GroupStatus, RegionStatus, StatusReport, as_finding, by_urgency, placed_in
from generator.status.regional import national_meeting, regional_meeting
from generator.status.settings import StatusSettings
from generator.status.waived import under_waivers


def compute_status(groups: list[GroupFile], regions: RegionData, ctx: RunContext,
                   settings: StatusSettings = StatusSettings(), unreadable: list[Problem] = ()) -> StatusReport:
    """Groups registered after `ctx.as_of` did not exist yet and are left out; a file that cannot be read at
    all (`unreadable`) is still listed, by its file name, so no group drops out of sight."""
    duty_context = DutyContext(ctx.as_of, settings, ctx.vocab)
    existing = [(g, facts) for g in groups
                if (facts := facts_of(g, ctx.as_of)).existed_by(ctx.as_of)]
    criteria = criteria_findings([g for g, _ in existing], ctx)
    statuses = [_group_status(g, facts, duty_context, criteria.get(g.path, [])) for g, facts in existing]
    statuses += _unreadable_statuses(unreadable)
    unknown = sorted({s.region for s in statuses} - set(ctx.vocab.regions))  # an invalid file's region: still shown
    region_statuses = [RegionStatus(region_id, _region_findings(regions, region_id, ctx))
                       for region_id in ctx.vocab.regions] + [RegionStatus(region_id, []) for region_id in unknown]
    national = [finding] if (finding := national_meeting(regions.national_meetings, ctx.as_of)) else []
    return StatusReport(ctx.as_of, sorted(statuses, key=lambda s: s.id), region_statuses, national)


def _group_status(group: GroupFile, facts: GroupFacts, context: DutyContext, criteria: list) -> GroupStatus:
    data = group.data
    closed = facts.closed_on is not None
    findings = [] if closed else criteria + [f for duty in GROUP_DUTIES if (f := duty(facts, context))]
    waived = waived_on(data, context.as_of)
    return GroupStatus(id=group.id, name=text(data.get("name")) or group.id, region=text(data.get("region")) or "",
                       category=text(data.get("category")) or "", status="closed" if closed else "active",
                       findings=by_urgency(under_waivers([placed_in(f, group) for f in findings], waived)),
                       file=group.path, listed=data.get("listed") is not False, waived=frozenset(waived))


def _unreadable_statuses(problems: list[Problem]) -> list[GroupStatus]:
    by_file: dict[str, list[Problem]] = {}
    for problem in problems:
        by_file.setdefault(problem.file, []).append(as_finding(
            problem, f"Fila kan ikke leses, så gruppa kan ikke følges opp (linje {problem.line}): {problem.message}"))
    return [GroupStatus(id=PurePath(file).stem, name=PurePath(file).stem, region="", category="", status="active",
                        findings=findings, file=file)
            for file, findings in by_file.items()]


def _region_findings(regions: RegionData, region_id: str, ctx: RunContext) -> list:
    finding = regional_meeting(regions.region(region_id), ctx.as_of, ctx.vocab)
    return [finding] if finding else []
