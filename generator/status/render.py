"""The status out: json (the agreed shape other tools read), csv (for Excel), text (terminal), markdown (job
summary) and github (workflow annotations on the group files)."""

from __future__ import annotations

import json
from dataclasses import replace

from generator.text.markdown import readable_inline
from generator.model.problems import SEVERITY_WORD, Problem
from generator.model.regions import RegionData
from generator.checks.reporters import format_github
from generator.text.wording import norwegian_date
from generator.model.vocabulary import Vocabularies
from generator.status.model import GroupStatus, StatusReport
from generator.status.spreadsheet import excel_csv
from generator.status.summary import counts_line, region_summaries

NATIONAL = "Hele landet"
FINDING_HEADER = ("Region", "Gruppe-id", "Gruppe", "Kategori", "Status", "Regel", "Alvorlighet", "Melding")


def as_json(report: StatusReport) -> dict:
    return {
        "as_of": report.as_of.isoformat(),
        "groups": [{"id": g.id, "name": g.name, "region": g.region, "category": g.category, "status": g.status,
                    "findings": [_finding_json(f) for f in g.findings]} for g in report.groups],
        # The agreed JSON shape has no place for the organisation's own duties: each region carries them as well.
        "regions": [{"id": r.id, "findings": [_finding_json(f) for f in r.findings + report.national]}
                    for r in report.regions],
    }


def _finding_json(finding: Problem) -> dict:
    """The agreed JSON shape of a finding (CONTRACT.md): the place is for annotations, not part of it."""
    return {"rule": finding.rule, "severity": finding.severity.value, "message": finding.message}


def render_json(report: StatusReport) -> str:
    return json.dumps(as_json(report), ensure_ascii=False, indent=2)


def finding_rows(report: StatusReport, vocab: Vocabularies):
    """One row per finding: the organisation's first, then each region's own before its groups'."""
    for finding in report.national:
        yield (NATIONAL, "", "", "", "", finding.rule, SEVERITY_WORD[finding.severity], finding.message)
    for region in report.regions:
        label = vocab.label("regions", region.id)
        for finding in region.findings:
            yield (label, "", "", "", "", finding.rule, SEVERITY_WORD[finding.severity], finding.message)
        for group in report.groups_in(region.id):
            for finding in group.findings:
                yield (label, group.id, group.name, vocab.label("categories", group.category),
                       vocab.label("statuses", group.status), finding.rule, SEVERITY_WORD[finding.severity],
                       finding.message)


def render_github(report: StatusReport, regions_path: str) -> str:
    """One annotation per finding, on the line of what it is about: a group's in its file, a region's and the
    organisation's in the region data."""
    def annotation(finding: Problem, file: str) -> str:
        return format_github(finding if finding.file else replace(finding, file=file))

    lines = [annotation(f, regions_path) for f in report.national]
    lines += [annotation(f, regions_path) for r in report.regions for f in r.findings]
    lines += [annotation(f, g.file) for g in report.groups for f in g.findings]
    return "\n".join(lines)


def render_csv(report: StatusReport, vocab: Vocabularies) -> str:
    return excel_csv(FINDING_HEADER, finding_rows(report, vocab))


def _finding_line(finding: Problem) -> str:
    return f"{SEVERITY_WORD[finding.severity]} {finding.rule}: {finding.message}"


def render_text(report: StatusReport, regions: RegionData, vocab: Vocabularies) -> str:
    lines = [f"Oppfølgingsstatus per {norwegian_date(report.as_of)}"]
    if report.national:
        lines += ["", NATIONAL] + [f"  {_finding_line(f)}" for f in report.national]
    for region, summary in zip(report.regions, region_summaries(report)):
        adviser = regions.region(region.id).adviser
        lines += ["", f"{vocab.label('regions', region.id)}" + (f" (regionrådgiver: {adviser})" if adviser else ""),
                  f"  {counts_line(summary)}"]
        lines += [f"  region: {_finding_line(f)}" for f in region.findings]
        for group in report.groups_in(region.id):
            lines += _group_lines(group)
    return "\n".join(lines)


def _group_lines(group: GroupStatus) -> list[str]:
    if group.is_closed:
        return [f"  {group.id}: nedlagt"]
    if not group.findings:
        return []
    unlisted = ", skjult fra gruppeoversikten" if not group.listed else ""
    return [f"  {group.id} ({group.name}{unlisted})"] + [f"    {_finding_line(f)}" for f in group.findings]


MEMBERS_CHECKED = "Medlemskapene er sjekket mot uttrekket fra medlemsregisteret."
MEMBERS_NOT_CHECKED = ("Medlemskapene er ikke sjekket mot medlemsregisteret (kjør med `--members`), så det vises "
                       "ikke om medlemmene står i registeret (§2.2), om noen har en rolle uten å stå i uttrekket "
                       "(§8.1), om gruppekontakten kan nås (§2.4) eller alderen i ungdomsgruppene (§4.1).")


def render_markdown(report: StatusReport, vocab: Vocabularies, members_checked: bool | None = None) -> str:
    """The job summary. Members are named by number only (the rules' messages do so), never by name or birth
    year: whoever can read the repository can read a job summary. `members_checked` adds a line saying whether
    the membership register export was given."""
    checked = [] if members_checked is None else [MEMBERS_CHECKED if members_checked else MEMBERS_NOT_CHECKED, ""]
    lines = [f"## Oppfølgingsstatus per {norwegian_date(report.as_of)}", "", *checked,
             "| Region | Grupper | Aktive | Rapport på overtid | Ikke kontaktet | Kandidater for nedleggelse |",
             "|---|---:|---:|---:|---:|---:|"]
    for s in region_summaries(report):
        lines.append(f"| {readable_inline(vocab.label('regions', s.region))} | {s.groups} | {s.active} | "
                     f"{s.overdue} | {s.not_contacted} | {s.closure_candidates} |")
    rows = list(finding_rows(report, vocab))
    if not rows:
        return "\n".join(lines + ["", "Ingen plikter er uoppfylt."])
    lines += ["", "| Region | Gruppe | Regel | Alvorlighet | Hva må gjøres |", "|---|---|---|---|---|"]
    for region, group_id, name, _, _, rule, severity, message in rows:
        concerns = readable_inline(name) if name else ("" if region == NATIONAL else "(hele regionen)")
        lines.append(f"| {readable_inline(region)} | {concerns} | {rule} | {severity} | {readable_inline(message)} |")
    return "\n".join(lines)


# Every format the status goes out in, by its `--format` name; each takes (report, regions, the region data's file
# as shown, vocabularies, whether the membership export was given).
STATUS_FORMATS = {
    "text": lambda report, regions, regions_path, vocab, members_checked: render_text(report, regions, vocab),
    "github": lambda report, regions, regions_path, vocab, members_checked: render_github(report, regions_path),
    "json": lambda report, regions, regions_path, vocab, members_checked: render_json(report),
    "csv": lambda report, regions, regions_path, vocab, members_checked: render_csv(report, vocab),
    "markdown": lambda report, regions, regions_path, vocab, members_checked: render_markdown(report, vocab,
                                                                                              members_checked),
}
