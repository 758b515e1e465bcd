"""The internal site's pages as Markdown, from the status, the group files, region data and Git history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from markupsafe import Markup

from generator.checks.access import entries, text
from generator.model.loading import GroupFile
from generator.model.membership import MemberRegister
from generator.model.problems import Severity
from generator.model.regions import RegionData
from generator.model.settings import ProjectSettings
from generator.status.deadlines import missing_reports
from generator.status.facts import GroupFacts, facts_of
from generator.status.model import SEVERITY_RANK, Finding, GroupStatus, StatusReport
from generator.status.settings import StatusSettings
from generator.status.summary import counts_line, region_summaries, summarise
from generator.views.internal_members import member_rows
from generator.model.vocabulary import Vocabularies
from generator.sites.internal.charts import render_chart
from generator.sites.internal.exports import csv_files, exports
from generator.sites.internal.figures import ended_quarters, outward_chart, reports_chart
from generator.model.git_history import Commit
from generator.sites.internal.render import markdown_environment


@dataclass(frozen=True)
class Task:
    """One line of a to-do list: a finding and whom it concerns."""

    finding: Finding
    region: str                      # "" for the whole organisation
    group: GroupStatus | None = None


def tasks(report: StatusReport, vocab: Vocabularies) -> list[Task]:
    """Every finding, most urgent first, then by region and group name."""
    found = [Task(f, "") for f in report.national]
    found += [Task(f, r.id) for r in report.regions for f in r.findings]
    found += [Task(f, g.region, g) for g in report.groups for f in g.findings]
    order = list(vocab.regions)
    return sorted(found, key=lambda t: (SEVERITY_RANK[t.finding.severity],
                                        order.index(t.region) if t.region in order else len(order),
                                        t.group.name if t.group else ""))


# What the reminders (information) of each rule are about, for the dashboard's count of them.
REMINDER_TOPICS = {"§7.1": "Ikke fulgt opp ennå i kvartalet", "§7.4": "Regionmøte eller nasjonalt møte"}


def reminder_counts(reminders: list[Task], vocab: Vocabularies) -> list[tuple[str, str, list[int]]]:
    """(topic, rule, reminders in each region) for each rule that has reminders; the whole organisation's under
    every region, as they concern all of them."""
    rules = sorted({t.finding.rule for t in reminders}, key=lambda rule: [int(n) for n in rule[1:].split(".")])
    return [(REMINDER_TOPICS.get(rule, "Annet"), rule,
             [sum(t.finding.rule == rule and t.region in (region, "") for t in reminders) for region in vocab.regions])
            for rule in rules]


def category_counts(report: StatusReport, vocab: Vocabularies) -> list[tuple[str, list[int], int]]:
    """(region label, active groups per category, closed groups) for each region."""
    rows = []
    for region in vocab.regions:
        groups = report.groups_in(region)
        rows.append((vocab.label("regions", region),
                     [sum(g.category == c and not g.is_closed for g in groups) for c in vocab.categories],
                     sum(g.is_closed for g in groups)))
    return rows


def internal_pages(groups: list[GroupFile], report: StatusReport, regions: RegionData,
                   histories: dict[Path, list[Commit]], vocab: Vocabularies, register: MemberRegister | None,
                   settings: StatusSettings, project: ProjectSettings = ProjectSettings()) -> dict[str, str]:
    """Every page and CSV file; names and contact details only from `register` (the export), if given."""
    env = markdown_environment(vocab)
    members_checked = register is not None
    downloads = exports(members_checked)
    statuses = {s.id: s for s in report.groups}
    shown = [g for g in sorted(groups, key=lambda g: str(g.data.get("name", g.id))) if g.id in statuses]
    facts = {g.id: facts_of(g, report.as_of) for g in shown}
    all_tasks = tasks(report, vocab)
    urgent = [t for t in all_tasks if t.finding.severity is not Severity.INFO]
    reminders = [t for t in all_tasks if t.finding.severity is Severity.INFO]
    common = {"as_of": report.as_of, "vocab": vocab, "members_checked": members_checked}

    def render(template: str, here: str, **context) -> str:
        return env.get_template(template).render(here=here, **common, **context)

    pages = {"index.md": render("dashboard.md", "index.md", summaries=region_summaries(report),
                                region_problems=regions.problems,
                                counts=category_counts(report, vocab), tasks=urgent,
                                reminder_counts=reminder_counts(reminders, vocab),
                                charts=_charts(shown, facts, report.as_of, vocab), exports=downloads),
             "grupper/index.md": render("groups.md", "grupper/index.md", groups=shown, statuses=statuses),
             "eksport.md": render("exports.md", "eksport.md", exports=downloads)}
    for region in vocab.regions:
        here = f"regioner/{region}.md"
        pages[here] = render("region.md", here, region=regions.region(region), status=report.region(region),
                             counts=counts_line(summarise(region, report.groups_in(region))),
                             tasks=[t for t in urgent if t.region == region],
                             reminders=[t for t in reminders if t.region in (region, "")],   # and the nation's
                             groups=sorted((g for g in shown if statuses[g.id].region == region), key=_by_place),
                             statuses=statuses, facts=facts)
    for group in shown:
        here = f"grupper/{group.id}.md"
        pages[here] = render("group.md", here, group=group, data=group.data, status=statuses[group.id],
                             entries=entries, facts=facts[group.id],
                             members=member_rows(group.data, register, project),
                             member_links=project.member_url is not None,
                             missing_reports=missing_reports(facts[group.id], report.as_of, settings.report_grace_days),
                             history=histories.get(Path(group.path).resolve(), []))
    pages.update(csv_files(shown, report, vocab, register))
    return pages


def _by_place(group: GroupFile) -> tuple[bool, str, str]:
    """Municipality, then name; groups without a municipality last."""
    municipality = text(group.data.get("municipality"))
    return (municipality is None, (municipality or "").casefold(), str(group.data.get("name", group.id)).casefold())


def _charts(groups: list[GroupFile], facts: dict[str, GroupFacts], as_of: date, vocab: Vocabularies) -> list[Markup]:
    by_region = [(str(g.data.get("region")), facts[g.id]) for g in groups]
    quarters = ended_quarters(as_of)
    return [Markup(render_chart(chart(by_region, quarters, vocab))) for chart in (reports_chart, outward_chart)]
