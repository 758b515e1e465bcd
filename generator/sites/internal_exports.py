"""CSV downloads of the internal site: groups, contacts and the overdue reports (for a Norwegian Excel)."""

from __future__ import annotations

from ..checks.access import entries, is_closed, roles_of, text
from ..loading import GroupFile
from ..status.model import StatusReport
from ..status.spreadsheet import excel_csv
from ..status.summary import OVERDUE_RULES
from ..vocabulary import Vocabularies

GROUPS_HEADER = ("Gruppe-id", "Gruppe", "Kategori", "Region", "Kommune", "Status", "Registrert", "Nedlagt",
                 "Gruppekontakt", "E-post", "Telefon", "Medlemmer", "Funn")
CONTACTS_HEADER = ("Gruppe-id", "Gruppe", "Region", "Navn", "Medlemsnummer", "Roller", "E-post", "Telefon")
OVERDUE_HEADER = ("Region", "Gruppe-id", "Gruppe", "Melding", "Gruppekontakt", "E-post", "Telefon")

EXPORTS = {"grupper.csv": "Alle grupper", "kontakter.csv": "Medlemmer med kontaktinformasjon",
           "forfalt.csv": "Kvartalsrapporter på overtid"}


def contact_of(group: GroupFile) -> dict:
    return next((m for _, m in entries(group.data, "members") if "contact" in roles_of(m)), {})


def _contact_cells(group: GroupFile) -> tuple:
    contact = contact_of(group)
    return text(contact.get("name")), text(contact.get("email")), text(contact.get("phone"))


def groups_csv(groups: list[GroupFile], report: StatusReport, vocab: Vocabularies) -> str:
    statuses = {s.id: s for s in report.groups}
    rows = []
    for group in groups:
        data, status = group.data, statuses.get(group.id)
        closed = data.get("closed") if isinstance(data.get("closed"), dict) else {}
        rows.append((group.id, data.get("name"), vocab.label("categories", data.get("category")),
                     vocab.label("regions", data.get("region")), data.get("municipality"),
                     vocab.label("statuses", status.status if status else data.get("status")),
                     data.get("registered"), closed.get("date"), *_contact_cells(group),
                     len(entries(data, "members")), len(status.findings) if status else 0))
    return excel_csv(GROUPS_HEADER, rows)


def contacts_csv(groups: list[GroupFile], vocab: Vocabularies) -> str:
    rows = [(group.id, group.data.get("name"), vocab.label("regions", group.data.get("region")),
             member.get("name"), member.get("member_number"),
             ", ".join(vocab.label("roles", r) for r in roles_of(member)), member.get("email"), member.get("phone"))
            for group in groups if not is_closed(group.data) for _, member in entries(group.data, "members")]
    return excel_csv(CONTACTS_HEADER, rows)   # a closed group's members are history, not people to write to


def overdue_csv(groups: list[GroupFile], report: StatusReport, vocab: Vocabularies) -> str:
    by_id = {g.id: g for g in groups}
    rows = [(vocab.label("regions", status.region), status.id, status.name, finding.message,
             *_contact_cells(by_id[status.id]))
            for status in report.groups for finding in status.findings if finding.rule in OVERDUE_RULES]
    return excel_csv(OVERDUE_HEADER, rows)


def csv_files(groups: list[GroupFile], report: StatusReport, vocab: Vocabularies) -> dict[str, str]:
    return {"grupper.csv": groups_csv(groups, report, vocab), "kontakter.csv": contacts_csv(groups, vocab),
            "forfalt.csv": overdue_csv(groups, report, vocab)}
