"""CSV downloads of the internal site: groups, contacts, the overdue reports and the development (for a Norwegian
Excel).

Names, e-mail addresses and phone numbers come from the membership register
export only; a build without it has no contacts file, and the other files name
the contact person by membership number.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from generator.model.vocabulary import Vocabularies
from generator.status.spreadsheet import excel_csv
from generator.status.summary import OVERDUE_RULES
from generator.views.internal_members import NOT_IN_EXPORT
from generator.views.internal_view import InternalGroup

_GROUP_COLUMNS = ("Gruppe-id", "Gruppe", "Kategori", "Region", "Kommune", "Status", "Registrert", "Nedlagt")
_CONTACT_COLUMNS = ("Gruppekontakt", "Gruppekontaktens medlemsnummer", "E-post", "Telefon")
_CONTACT_NUMBER_COLUMNS = ("Gruppekontaktens medlemsnummer",)   # without the export: what the repository holds
CONTACTS_HEADER = ("Gruppe-id", "Gruppe", "Region", "Navn", "Medlemsnummer", "Roller", "E-post", "Telefon")

EXPORTS = {"grupper.csv": "Alle grupper", "kontakter.csv": "Medlemmer med kontaktinformasjon",
           "forfalt.csv": "Kvartalsrapporter på overtid", "utvikling.csv": "Utvikling per region og kvartal"}
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


def _contact_cells(group: InternalGroup, people: bool) -> tuple:
    """The contact person's cells: with the export their name, number, e-mail and phone, without it the number."""
    contact = group.contact
    number = contact.number if contact else None
    if not people:
        return (number,)
    if contact is None:
        return (None, None, None, None)
    return (NOT_IN_EXPORT if contact.not_in_register else contact.name, number, contact.email, contact.phone)


def groups_csv(groups: Sequence[InternalGroup], people: bool) -> str:
    rows = [(group.id, group.name, group.category_label, group.region_label, group.municipality, group.status_label,
             _written_day(group.registered), _written_day(group.closed_on), *_contact_cells(group, people),
             len(group.members), len(group.findings))
            for group in groups]
    return excel_csv(groups_header(people), rows)


def contacts_csv(groups: Sequence[InternalGroup], vocab: Vocabularies) -> str:
    """Every member of an active group with the register's name, e-mail and phone."""
    rows = [(group.id, group.name, group.region_label, NOT_IN_EXPORT if member.not_in_register else member.name,
             member.number, ", ".join(vocab.label("roles", r) for r in member.roles), member.email, member.phone)
            for group in groups if not group.closed
            for member in group.members]
    return excel_csv(CONTACTS_HEADER, rows)   # a closed group's members are history, not people to write to


def overdue_csv(groups: Sequence[InternalGroup], people: bool) -> str:
    rows = [(group.region_label, group.id, group.name, finding.message, *_contact_cells(group, people))
            for group in sorted(groups, key=lambda group: group.id)   # as the status lists them
            for finding in group.findings if finding.rule in OVERDUE_RULES]
    return excel_csv(overdue_header(people), rows)


def csv_files(groups: Sequence[InternalGroup], vocab: Vocabularies, people: bool,
              development: str) -> dict[str, str]:
    """The CSV files of the groups' views and the register's `development` (utvikling.csv); `people`: built with the
    membership register export, so with the file of contacts and names and contact details in the others."""
    files = {"grupper.csv": groups_csv(groups, people), "forfalt.csv": overdue_csv(groups, people),
             "utvikling.csv": development}
    if people:
        files["kontakter.csv"] = contacts_csv(groups, vocab)
    return {file: files[file] for file in exports(people)}


def _written_day(day) -> str | None:
    """A date as the file writes it (YYYY-MM-DD); other text as it stands."""
    return day.isoformat() if isinstance(day, date) else day
