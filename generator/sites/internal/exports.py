"""CSV downloads of the internal site: groups, contacts and the overdue reports (for a Norwegian Excel).

Names, e-mail addresses and phone numbers come from the membership register
export only; a build without it has no contacts file, and the other files name
the contact person by membership number.
"""

from __future__ import annotations

from generator.checks.access import entries, is_closed
from generator.model.loading import GroupFile
from generator.model.membership import MemberRegister
from generator.model.settings import ProjectSettings
from generator.status.model import StatusReport
from generator.status.spreadsheet import excel_csv
from generator.status.summary import OVERDUE_RULES
from generator.views.internal_members import NOT_IN_REGISTER, contact_row, member_rows
from generator.model.vocabulary import Vocabularies

_GROUP_COLUMNS = ("Gruppe-id", "Gruppe", "Kategori", "Region", "Kommune", "Status", "Registrert", "Nedlagt")
_CONTACT_COLUMNS = ("Gruppekontakt", "Gruppekontaktens medlemsnummer", "E-post", "Telefon")
_CONTACT_NUMBER_COLUMNS = ("Gruppekontaktens medlemsnummer",)   # without the export: what the repository holds
CONTACTS_HEADER = ("Gruppe-id", "Gruppe", "Region", "Navn", "Medlemsnummer", "Roller", "E-post", "Telefon")

EXPORTS = {"grupper.csv": "Alle grupper", "kontakter.csv": "Medlemmer med kontaktinformasjon",
           "forfalt.csv": "Kvartalsrapporter på overtid"}
PERSONAL_EXPORTS = ("kontakter.csv",)   # made only from the membership register export


def exports(people: bool) -> dict[str, str]:
    """The CSV files of a build (file -> title): the contacts only when the export gave the people."""
    return {file: title for file, title in EXPORTS.items() if people or file not in PERSONAL_EXPORTS}


def _contact_columns(people: bool) -> tuple[str, ...]:
    return _CONTACT_COLUMNS if people else _CONTACT_NUMBER_COLUMNS


def groups_header(people: bool) -> tuple[str, ...]:
    return (*_GROUP_COLUMNS, *_contact_columns(people), "Medlemmer", "Funn")


def overdue_header(people: bool) -> tuple[str, ...]:
    return ("Region", "Gruppe-id", "Gruppe", "Melding", *_contact_columns(people))


def _contact_cells(group: GroupFile, register: MemberRegister | None) -> tuple:
    """The contact person's cells: with the export their name, number, e-mail and phone, without it the number."""
    contact = contact_row(group.data, register, ProjectSettings())
    number = contact.number if contact else None
    if register is None:
        return (number,)
    if contact is None:
        return (None, None, None, None)
    return (NOT_IN_REGISTER if contact.not_in_register else contact.name, number, contact.email, contact.phone)


def groups_csv(groups: list[GroupFile], report: StatusReport, vocab: Vocabularies,
               register: MemberRegister | None = None) -> str:
    statuses = {s.id: s for s in report.groups}
    rows = []
    for group in groups:
        data, status = group.data, statuses.get(group.id)
        closed = data.get("closed") if isinstance(data.get("closed"), dict) else {}
        rows.append((group.id, data.get("name"), vocab.label("categories", data.get("category")),
                     vocab.label("regions", data.get("region")), data.get("municipality"),
                     vocab.label("statuses", status.status if status else data.get("status")),
                     data.get("registered"), closed.get("date"), *_contact_cells(group, register),
                     len(entries(data, "members")), len(status.findings) if status else 0))
    return excel_csv(groups_header(register is not None), rows)


def contacts_csv(groups: list[GroupFile], vocab: Vocabularies, register: MemberRegister) -> str:
    """Every member of an active group with the register's name, e-mail and phone."""
    rows = [(group.id, group.data.get("name"), vocab.label("regions", group.data.get("region")),
             NOT_IN_REGISTER if member.not_in_register else member.name, member.number,
             ", ".join(vocab.label("roles", r) for r in member.roles), member.email, member.phone)
            for group in groups if not is_closed(group.data)
            for member in member_rows(group.data, register, ProjectSettings())]
    return excel_csv(CONTACTS_HEADER, rows)   # a closed group's members are history, not people to write to


def overdue_csv(groups: list[GroupFile], report: StatusReport, vocab: Vocabularies,
                register: MemberRegister | None = None) -> str:
    by_id = {g.id: g for g in groups}
    rows = [(vocab.label("regions", status.region), status.id, status.name, finding.message,
             *_contact_cells(by_id[status.id], register))
            for status in report.groups for finding in status.findings if finding.rule in OVERDUE_RULES]
    return excel_csv(overdue_header(register is not None), rows)


def csv_files(groups: list[GroupFile], report: StatusReport, vocab: Vocabularies,
              register: MemberRegister | None = None) -> dict[str, str]:
    """The CSV files; without the export, no file of contacts and no names or contact details in the others."""
    files = {"grupper.csv": groups_csv(groups, report, vocab, register),
             "forfalt.csv": overdue_csv(groups, report, vocab, register)}
    if register is not None:
        files["kontakter.csv"] = contacts_csv(groups, vocab, register)
    return {file: files[file] for file in exports(register is not None)}
