"""The internal site's view of a group's members: the group file's numbers and roles, joined with the register.

A group file holds a membership number and roles for each member; who the member
is comes from the membership register export (`--members`). Without the export
a row has the number and roles only (and the register's own page for the
member, when data/settings.yaml names one), so a site built without it holds
nothing the repository does not. With it, a number the export does not have is
marked as such.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model.access import entries, roles_of, text
from generator.model.membership import MemberExport, RegisteredMember
from generator.model.settings import ProjectSettings

NOT_IN_EXPORT = "ikke i uttrekket"


@dataclass(frozen=True)
class MemberRow:
    number: str | None
    roles: tuple[str, ...]                        # role keys, as written
    page: str | None = None                       # the member's page in the register (data/settings.yaml)
    registered: RegisteredMember | None = None    # from the export
    checked: bool = False                         # whether an export was given

    @property
    def not_in_register(self) -> bool:
        return self.checked and self.registered is None

    @property
    def name(self) -> str | None:
        return self.registered.name if self.registered else None

    @property
    def email(self) -> str | None:
        return self.registered.email if self.registered else None

    @property
    def phone(self) -> str | None:
        return self.registered.phone if self.registered else None

    @property
    def birth_year(self) -> int | None:
        return self.registered.birth_year if self.registered else None

    @property
    def is_contact(self) -> bool:
        return "contact" in self.roles


def member_rows(data: dict, export: MemberExport | None, settings: ProjectSettings) -> list[MemberRow]:
    """One row a member of the group file `data`, in the file's order."""
    rows = []
    for _, member in entries(data, "members"):
        number = text(member.get("member_number"))
        rows.append(MemberRow(number, tuple(roles_of(member)), settings.member_page(number),
                              export.get(number) if export is not None else None, export is not None))
    return rows

