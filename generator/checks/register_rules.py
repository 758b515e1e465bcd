"""Rules checked against the membership register export (`--members`)."""

from __future__ import annotations

from ..loading import GroupFile
from .access import entries, is_closed, roles_of, text
from ..wording import norwegian_list
from .context import CheckContext


def _lapsed(group: GroupFile, ctx: CheckContext):
    """Members not in the register export; a closed group's members are history, not checked."""
    if ctx.registered_members is None or is_closed(group.data):
        return
    for i, member in entries(group.data, "members"):
        number = member.get("member_number")
        if isinstance(number, str) and number not in ctx.registered_members:
            yield i, member, number


def members_in_register(group: GroupFile, ctx: CheckContext):
    """§2.2: every member is an AiN member."""
    for i, member, number in _lapsed(group, ctx):
        who = text(member.get("name")) or "Medlemmet"
        yield group.problem(("members", i, "member_number"), f"{who} (medlemsnummer {number}) finnes ikke i "
                            "medlemsregisteret. Alle i gruppa må være medlemmer i Amnesty Norge.", "§2.2")


def roles_held_by_members(group: GroupFile, ctx: CheckContext):
    """§8.1: a role ends with the membership."""
    for i, member, number in _lapsed(group, ctx):
        roles = roles_of(member)
        if roles:
            who = text(member.get("name")) or "Medlemmet"
            labels = [ctx.vocab.label("roles", r).lower() for r in roles]
            if len(labels) == 1:
                held, advice = f"rollen {labels[0]}", "Gi rollen til et annet medlem."
            else:
                held, advice = f"rollene {norwegian_list(labels)}", "Gi rollene til andre medlemmer."
            yield group.problem(("members", i, "roles"), f"{who} har {held}, men er ikke lenger medlem. {advice}",
                                "§8.1")


def contact_in_register(group: GroupFile, ctx: CheckContext):
    """§2.4 with §8.1: a contact person whose membership stopped has lost the role, so the group may have none."""
    contacts = [i for i, member in entries(group.data, "members") if "contact" in roles_of(member)]
    lapsed = {i: member for i, member, _ in _lapsed(group, ctx)}
    if contacts and all(i in lapsed for i in contacts):
        names = norwegian_list([text(lapsed[i].get("name")) or "gruppekontakten" for i in contacts])
        members = "medlem" if len(contacts) == 1 else "medlemmer"
        yield group.problem(("members",), f"Gruppa har ingen gruppekontakt som er medlem ({names} er ikke lenger "
                            f"{members}). Gi rollen gruppekontakt (contact) til et annet medlem.", "§2.4")


REGISTER_RULES = (members_in_register, roles_held_by_members, contact_in_register)
