"""The internal site's view: what its pages show, as typed values with every fact worked out once.

Made from the group files (which the validator may have let through with
warnings, so every field is read defensively: a missing date, a list where text
belongs, a report without a quarter), the status report, the region data, the
groups' Git history and the membership register export. Templates only lay these
values out; they never read a group file, guard against its shape or sort.

Text a volunteer wrote stays text here: the templates' escaping (the Markdown
environment's `finalize`) is what makes it safe to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from generator.model.access import entries, text
from generator.model.context import RunContext
from generator.model.git_history import Commit, FileHistory
from generator.model.loading import GroupFile
from generator.model.membership import MemberExport
from generator.model.problems import Problem, Severity
from generator.model.quarters import Quarter, parse_date
from generator.model.project import Project
from generator.model.regions import Region
from generator.model.settings import ProjectSettings
from generator.model.vocabulary import Vocabularies
from generator.model.waivers import WAIVABLE, waivers_of
from generator.status.deadlines import missing_reports
from generator.status.development import TASK_QUARTERS, shown_quarters, tasks_covered
from generator.status.facts import GroupFacts, Report, facts_of
from generator.status.model import SEVERITY_RANK, GroupStatus, StatusReport
from generator.status.settings import StatusSettings
from generator.status.summary import RegionSummary, counts_line, region_summaries, summarise
from generator.views.internal_members import MemberRow, member_rows

# A day as the file gives it: the date if it is one, else the text as written (shown as it is), None if absent.
Day = date | str | None

_DETAILS = (("municipality", "Kommune"), ("institution", "Skole eller lærested"), ("theme", "Tema"))
_PUBLIC_CONTACTS = (("email", "E-post"), ("phone", "Telefon"), ("website", "Nettside"), ("instagram", "Instagram"),
                    ("facebook", "Facebook"), ("meets", "Møtes"))
_ACTIVITY_LISTS = (("completed", "Gjennomførte aktiviteter"), ("planned", "Planlagte aktiviteter"))
NO_QUARTER = "(mangler kvartal)"


@dataclass(frozen=True)
class Activity:
    title: str | None
    date: Day
    type: str                        # the activity type's label
    place: str | None
    signatures: str | None


@dataclass(frozen=True)
class ActivityList:
    title: str                       # "Gjennomførte aktiviteter" or "Planlagte aktiviteter"
    activities: tuple[Activity, ...]


@dataclass(frozen=True)
class QuarterlyReport:
    quarter: str                     # as written; NO_QUARTER if the report names none
    submitted: Day
    lists: tuple[ActivityList, ...]  # only those with activities
    recruited: str | None = None     # new members the group says it recruited, as written


@dataclass(frozen=True)
class Followup:
    date: Day
    channel: str                     # the channel's label
    by: str | None
    note: str | None


@dataclass(frozen=True)
class GroupMeeting:
    date: Day
    kind: str                        # the meeting kind's label


@dataclass(frozen=True)
class WaiverRow:
    """A waiver in the group's file: its duty, its days, why, and whether it holds on the day of the site."""

    rule: str
    topic: str
    granted: date
    until: date
    reason: str
    state: str           # "gjelder", "gikk ut" or "ikke begynt"


@dataclass(frozen=True)
class PublicBlock:
    description: str | None
    contacts: tuple[tuple[str, str], ...]     # (title, value) of each contact field given


@dataclass(frozen=True)
class InternalGroup:
    id: str
    name: str
    category: str                    # key ("" if the file has none)
    category_label: str
    region: str                      # key ("" if the file has none)
    region_label: str
    region_known: bool               # one of the vocabulary's regions, so it has a page
    status: GroupStatus
    status_label: str
    municipality: str | None         # as written
    details: tuple[tuple[str, str], ...]      # (title, value): municipality, institution, theme, those given
    closed_on: Day                   # for a closed group, the day its file gives
    closed_reason: str | None
    registered: Day
    endorsed: Day                    # endorses_guidelines
    open: bool
    priority_areas: tuple[str, ...]  # labels
    student_council: bool | None     # None unless a student group
    welcome_package_sent: Day
    last_visit: date | None          # §7.2
    last_training: date | None       # §7.3
    members: tuple[MemberRow, ...]
    public: PublicBlock | None
    missing_reports: tuple[Quarter, ...]      # of the last four due quarters; none for a closed group
    reports: tuple[QuarterlyReport, ...]      # newest quarter first
    followups: tuple[Followup, ...]           # newest first
    meetings: tuple[GroupMeeting, ...]        # newest first
    history: tuple[Commit, ...]               # newest first
    history_gap: str | None                   # why older changes are not shown: no Git history, or a shallow clone
    facts: GroupFacts
    waivers: tuple[WaiverRow, ...] = ()       # in file order
    mandate_tasks: tuple[tuple[str, bool], ...] = ()   # each task of the mandate (§3.2), its label and whether the
                                                       # group's activities covered it in the last four quarters

    @property
    def findings(self) -> list[Problem]:
        return self.status.findings

    @property
    def closed(self) -> bool:
        return self.status.is_closed

    @property
    def listed(self) -> bool:
        return self.status.listed

    @property
    def contact(self) -> MemberRow | None:
        """The group's (first) contact person, if any member holds the role."""
        return next((row for row in self.members if row.is_contact), None)

    @property
    def youth(self) -> bool:
        return self.category == "youth"

    @property
    def reminder_count(self) -> int:
        return len(self.status.reminders)

    @property
    def problem_count(self) -> int:
        """Errors and warnings."""
        return len(self.status.findings) - self.reminder_count

    @property
    def received_reports(self) -> tuple[Report, ...]:
        return self.facts.reports


@dataclass(frozen=True)
class Task:
    """One line of a to-do list: a finding and whom it concerns."""

    finding: Problem
    region: str                      # "" for the whole organisation
    group: GroupStatus | None = None


@dataclass(frozen=True)
class CategoryRow:
    region: str                      # label
    active: tuple[int, ...]          # active groups per category, in the vocabulary's order
    closed: int


@dataclass(frozen=True)
class ReminderRow:
    topic: str
    rule: str
    per_region: tuple[int, ...]      # in the vocabulary's order; the whole organisation's count under each


@dataclass(frozen=True)
class RegionMeetingRow:
    date: date
    place: str | None
    planned: bool                    # after the day of the status
    board_present: bool | None


@dataclass(frozen=True)
class InternalRegion:
    id: str
    label: str
    counties: tuple[str, ...]
    adviser: str | None
    email: str | None
    counts: str                      # "3 grupper (2 aktive, 1 nedlagt), ..."
    tasks: tuple[Task, ...]          # errors and warnings of the region and its groups
    reminders: tuple[Task, ...]      # and the whole organisation's
    groups: tuple[InternalGroup, ...]         # by municipality, then name; without a municipality last
    meetings: tuple[RegionMeetingRow, ...]    # newest first


@dataclass(frozen=True)
class Dashboard:
    summaries: tuple[RegionSummary, ...]
    categories: tuple[CategoryRow, ...]
    tasks: tuple[Task, ...]          # errors and warnings, most urgent first
    reminders: tuple[ReminderRow, ...]


@dataclass(frozen=True)
class InternalView:
    as_of: date
    groups: tuple[InternalGroup, ...]         # by name
    regions: tuple[InternalRegion, ...]       # the vocabulary's regions, in its order
    dashboard: Dashboard
    members_checked: bool                     # built with the membership register export


def internal_view(groups: list[GroupFile], report: StatusReport, ctx: RunContext, project: Project,
                  settings: StatusSettings = StatusSettings()) -> InternalView:
    """The groups the status covers (a group registered after the day is left out), their regions and the
    dashboard; names and contact details only from the export in `ctx`, if given."""
    vocab, export, histories = ctx.vocab, ctx.member_export, ctx.histories
    statuses = {s.id: s for s in report.groups}
    shown = [internal_group(g, statuses[g.id], report.as_of, vocab, export, settings, project.settings,
                            histories.of(g.path) if histories.read else None)
             for g in groups if g.id in statuses]
    shown.sort(key=lambda g: g.name)
    found = tasks(report, vocab)
    urgent = tuple(t for t in found if t.finding.severity is not Severity.INFO)
    reminders = [t for t in found if t.finding.severity is Severity.INFO]
    region_views = tuple(_region(vocab, project.regions.region(region), report, shown, urgent, reminders)
                         for region in vocab.regions)
    dashboard = Dashboard(tuple(region_summaries(report)), category_counts(report, vocab), urgent,
                          reminder_counts(reminders, vocab))
    return InternalView(report.as_of, tuple(shown), region_views, dashboard, export is not None)


def internal_group(group: GroupFile, status: GroupStatus, as_of: date, vocab: Vocabularies,
                   export: MemberExport | None, settings: StatusSettings = StatusSettings(),
                   project: ProjectSettings = ProjectSettings(), history: FileHistory | None = None) -> InternalGroup:
    """`history`: its file's Git history; None when the site is built without any."""
    data = group.data if isinstance(group.data, dict) else {}
    facts = facts_of(group, as_of)
    closed = data.get("closed") if isinstance(data.get("closed"), dict) else None
    public = data.get("public")
    category = text(data.get("category")) or ""
    region = text(data.get("region")) or ""
    return InternalGroup(
        id=group.id,
        name=status.name,
        category=category,
        category_label=_label(vocab, "categories", data.get("category")),
        region=region,
        region_label=_label(vocab, "regions", data.get("region")),
        region_known=region in vocab.regions,
        status=status,
        status_label=_label(vocab, "statuses", status.status),
        municipality=_written(data.get("municipality")),
        details=tuple((title, shown) for key, title in _DETAILS if (shown := _written(data.get(key)))),
        closed_on=_day(closed.get("date")) if closed else None,
        closed_reason=_written(closed.get("reason")) if closed else None,
        registered=_day(data.get("registered")),
        endorsed=_day(data.get("endorses_guidelines")),
        open=data.get("open_to_new_members") is True,
        priority_areas=_labels(vocab, "priority_areas", data.get("priority_areas")),
        student_council=data.get("student_council") is True if category == "student" else None,
        welcome_package_sent=_day(data.get("welcome_package_sent")) if data.get("welcome_package_sent") else None,
        last_visit=facts.visits[-1] if facts.visits else None,
        last_training=facts.trainings[-1] if facts.trainings else None,
        members=tuple(member_rows(data, export, project)),
        public=_public(public) if isinstance(public, dict) else None,
        missing_reports=() if status.is_closed else tuple(missing_reports(facts, as_of, settings.report_grace_days)),
        reports=_newest_first((_report(vocab, report) for _, report in entries(data, "reports")),
                              key=lambda report: "" if report.quarter == NO_QUARTER else report.quarter),
        followups=_newest_first(Followup(_day(f.get("date")), _label(vocab, "followup_channels", f.get("channel")),
                                         _written(f.get("by")), _written(f.get("note")))
                                for _, f in entries(data, "followups")),
        meetings=_newest_first(GroupMeeting(_day(m.get("date")), _label(vocab, "meeting_kinds", m.get("kind")))
                               for _, m in entries(data, "meetings")),
        history=history.commits if history else (),
        history_gap=_history_gap(history),
        facts=facts,
        waivers=tuple(WaiverRow(w.rule, WAIVABLE[w.rule], w.granted, w.until, w.reason, _waiver_state(w, as_of))
                      for w in waivers_of(data)),
        mandate_tasks=mandate_coverage(facts, as_of, vocab),
    )


def mandate_coverage(facts: GroupFacts, as_of: date, vocab: Vocabularies) -> tuple[tuple[str, bool], ...]:
    """Each of the mandate's tasks by its label, and whether the reports of the last four ended quarters tell of
    an activity that served it (`status/development.py`)."""
    covered = tasks_covered(facts, shown_quarters(as_of, TASK_QUARTERS), vocab)
    return tuple((term.label, key in covered) for key, term in vocab.mandate_tasks.items())


def _waiver_state(waiver, as_of: date) -> str:
    return "gjelder" if waiver.covers(as_of) else "gikk ut" if waiver.until < as_of else "ikke begynt"


HISTORY_MISSING = "Historikken mangler: registeret er bygget uten Git-historikk."
HISTORY_CUT = ("Historikken er avkortet: bygget fra en grunn kopi (shallow clone), så eldre endringer vises "
               "ikke.")


def _history_gap(history: FileHistory | None) -> str | None:
    if history is None:
        return HISTORY_MISSING
    return HISTORY_CUT if history.cut else None


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


WAIVED_TOPIC = "Fritatt av sekretariatet"


def reminder_counts(reminders: list[Task], vocab: Vocabularies) -> tuple[ReminderRow, ...]:
    """A row for each rule and topic that has reminders (a waived duty's findings in a row of their own); the whole
    organisation's under every region, as they concern all."""
    rows = sorted({(t.finding.rule, _topic(t)) for t in reminders},
                  key=lambda row: ([int(n) for n in row[0][1:].split(".")], row[1]))
    return tuple(ReminderRow(topic, rule,
                             tuple(sum((t.finding.rule, _topic(t)) == (rule, topic) and t.region in (region, "")
                                       for t in reminders)
                                   for region in vocab.regions))
                 for rule, topic in rows)


def _topic(task: Task) -> str:
    if task.group is not None and task.finding.rule in task.group.waived:
        return WAIVED_TOPIC
    return REMINDER_TOPICS.get(task.finding.rule, "Annet")


def category_counts(report: StatusReport, vocab: Vocabularies) -> tuple[CategoryRow, ...]:
    """Active groups per category and closed groups, for each region."""
    rows = []
    for region in vocab.regions:
        groups = report.groups_in(region)
        rows.append(CategoryRow(vocab.label("regions", region),
                                tuple(sum(g.category == c and not g.is_closed for g in groups)
                                      for c in vocab.categories),
                                sum(g.is_closed for g in groups)))
    return tuple(rows)


def _region(vocab: Vocabularies, region: Region, report: StatusReport, groups: list[InternalGroup],
            urgent: tuple[Task, ...], reminders: list[Task]) -> InternalRegion:
    in_region = sorted((g for g in groups if g.status.region == region.id), key=_by_place)
    meetings = tuple(RegionMeetingRow(m.date, m.place, m.date > report.as_of, m.board_present)
                     for m in reversed(region.meetings))
    return InternalRegion(region.id, vocab.label("regions", region.id), region.counties, region.adviser,
                          region.email, counts_line(summarise(region.id, report.groups_in(region.id))),
                          tuple(t for t in urgent if t.region == region.id),
                          tuple(t for t in reminders if t.region in (region.id, "")),
                          tuple(in_region), meetings)


def _by_place(group: InternalGroup) -> tuple[bool, str, str]:
    """Municipality, then name; groups without a municipality last."""
    municipality = text(group.municipality)
    return municipality is None, (municipality or "").casefold(), group.name.casefold()


def _report(vocab: Vocabularies, report: dict) -> QuarterlyReport:
    lists = []
    for key, title in _ACTIVITY_LISTS:
        activities = tuple(Activity(_written(a.get("title")), _day(a.get("date")),
                                    _label(vocab, "activity_types", a.get("type")), _written(a.get("place")),
                                    _written(a.get("signatures")))
                           for _, a in entries(report, key))
        if activities:
            lists.append(ActivityList(title, activities))
    return QuarterlyReport(_written(report.get("quarter")) or NO_QUARTER, _day(report.get("submitted")),
                           tuple(lists), _written(report.get("recruited")))


def _public(public: dict) -> PublicBlock:
    return PublicBlock(_written(public.get("description")),
                       tuple((title, shown) for key, title in _PUBLIC_CONTACTS if (shown := _written(public.get(key)))))


def _newest_first(items, key=lambda item: item.date) -> tuple:
    """Newest first by the date (or quarter) as written, as ISO text sorts as time does; undated ones last."""
    return tuple(sorted(items, key=lambda item: _sort_text(key(item)), reverse=True))


def _sort_text(value) -> str:
    return value.isoformat() if isinstance(value, date) else str(value or "").casefold()


def _day(value) -> Day:
    """A valid date as a date; anything else given, as the text it was written as."""
    if value is None:
        return None
    return parse_date(value) or str(value)


def _written(value) -> str | None:
    """A value of the file as the text it shows as; None for none, false or empty."""
    if value is None or value is False or (isinstance(value, (str, list, dict)) and not value):
        return None
    return str(value)


def _label(vocab: Vocabularies, vocabulary: str, key) -> str:
    """The vocabulary's label for `key`; a key it does not have, as written; "(mangler)" for none."""
    return vocab.label(vocabulary, key) if key is None or isinstance(key, str) else str(key)


def _labels(vocab: Vocabularies, vocabulary: str, keys) -> tuple[str, ...]:
    return tuple(vocab.label(vocabulary, key) for key in keys if isinstance(key, str)) if isinstance(keys, list) else ()
