"""Rules checked against the membership register export (`--members`).

The group file names members by number; the register says who is still a member,
how they are reached and when they were born. Messages name members by number
only, so a check run's output never carries a person's details. A closed group's
members are history, not checked.
"""

from __future__ import annotations

import re

from generator.model.loading import GroupFile
from generator.model.membership import RegisteredMember
from generator.model.problems import Severity
from generator.text.wording import norwegian_list, plural
from generator.model.access import entries, is_closed, roles_of, text
from generator.model.context import RunContext
from generator.model.rules import Rule

IN_EXPORT = "uttrekket fra medlemsregisteret"   # what a number is missing from: the export lists current members
YOUTH_AGES = range(13, 20)
ADULT_AGE = 18


def _checked_members(group: GroupFile, ctx: RunContext):
    """(index, member, number, the register's entry or None) of an active group, when an export is given."""
    if ctx.member_export is None or is_closed(group.data):
        return
    for i, member in entries(group.data, "members"):
        number = member.get("member_number")
        if isinstance(number, str):
            yield i, member, number, ctx.member_export.get(number)


def members_in_register(group: GroupFile, ctx: RunContext):
    """§2.2, §8.1, §2.4: a member number the export does not hold is one problem, which says what follows from it:
    a member who is not one (§2.2), a role that ends with the membership (§8.1), and when no contact person is
    left in the export, a group without one until someone takes the role (§2.4). The export lists current
    members only, so it cannot tell a lapsed membership from a wrong number: the message says what it shows."""
    checked = list(_checked_members(group, ctx))
    contact_left = any(registered and "contact" in roles_of(member) for _, member, _, registered in checked)
    for i, member, number, registered in checked:
        if registered is not None:
            continue
        roles = roles_of(member)
        missing = f"Medlemsnummer {number} finnes ikke i {IN_EXPORT}"
        if not roles:
            yield group.problem(("members", i, "member_number"), f"{missing}. Alle i gruppa må være medlemmer i "
                                "Amnesty Norge: rett nummeret, eller fjern medlemmet fra gruppa.", Rule.MEMBERSHIP)
            continue
        labels = [ctx.vocab.label("roles", r).lower() for r in roles]
        held = f"{missing}, men har {plural(len(labels), 'rollen', 'rollene')} {norwegian_list(labels)}."
        if "contact" in roles and not contact_left:
            yield group.problem(("members", i, "member_number"), f"{held} Inntil et annet medlem tar rollen "
                                "gruppekontakt, har gruppa ingen gruppekontakt sekretariatet kan nå: gi rollen til et "
                                "medlem som står i uttrekket, eller rett nummeret.", Rule.CONTACT_PERSON)
        else:
            advice = plural(len(labels), "gi rollen til et annet medlem", "gi rollene til andre medlemmer")
            yield group.problem(("members", i, "member_number"), f"{held} En rolle følger medlemskapet: {advice}, "
                                "eller rett nummeret.", Rule.ROLE_ENDS)


def contact_reachable(group: GroupFile, ctx: RunContext):
    """§2.4: the secretariat can reach a contact person: one of those the export holds has an e-mail or phone there
    (a contact the export does not hold, `members_in_register` names)."""
    contacts = [(number, registered) for _, member, number, registered in _checked_members(group, ctx)
                if registered is not None and "contact" in roles_of(member)]
    if not contacts or any(registered.reachable for _, registered in contacts):
        return
    numbers = norwegian_list([number for number, _ in contacts])
    yield group.problem(("members",), f"Gruppekontakten ({numbers}) har verken e-post eller telefon i "
                        "medlemsregisteret, så sekretariatet kan ikke nå gruppa. Be gruppekontakten oppdatere "
                        "kontaktinformasjonen sin hos Amnesty, eller gi rollen til et annet medlem.",
                        Rule.CONTACT_PERSON)


def youth_ages(group: GroupFile, ctx: RunContext):
    """§4.1: members of a youth group are 13-19 in the year checked, by their birth year in the register."""
    if group.data.get("category") != "youth":
        return
    year = ctx.as_of.year
    for i, _, number, registered in _checked_members(group, ctx):
        if registered is None:
            continue      # §2.2 says so
        age = registered.age_in(year)
        if age is None:
            yield group.problem(("members", i, "member_number"), f"Medlem {number} har ikke fødselsår i "
                                "medlemsregisteret, så alderen kan ikke sjekkes. Ungdomsgrupper er for medlemmer "
                                "fra 13 til 19 år.", Rule.YOUTH_GROUP, Severity.WARNING)
        elif age not in YOUTH_AGES:   # over or under, never the age: it would give the birth year away
            side = "over 19" if age > YOUTH_AGES[-1] else "under 13"
            yield group.problem(("members", i, "member_number"), f"Medlem {number} er {side} år i {year}. "
                                "Ungdomsgrupper er for medlemmer fra 13 til 19 år.", Rule.YOUTH_GROUP)


def public_contact_not_personal(group: GroupFile, ctx: RunContext):
    """A member's own e-mail or phone in the public block publishes a person, a minor perhaps; the group's own
    address belongs there."""
    public = group.data.get("public")
    if not isinstance(public, dict):
        return
    for i, _, number, registered in _checked_members(group, ctx):
        for field, same in (("email", _same_email), ("phone", _same_phone)):
            shown = text(public.get(field))
            if registered is None or not shown or not same(shown, getattr(registered, field)):
                continue
            what = "e-postadresse" if field == "email" else "telefonnummer"
            if _maybe_minor(registered, group, ctx):
                yield group.problem(("public", field), f"Dette er medlem {number} sin egen {what}, og medlemmet er "
                                    "under 18 år. Den kan ikke vises offentlig: bruk gruppas egen adresse.",
                                    Rule.REGISTRATION)
            else:
                yield group.problem(("public", field), f"Dette er medlem {number} sin egen {what}. Alt under "
                                    "public vises offentlig: bruk helst gruppas egen adresse.", Rule.REGISTRATION,
                                    Severity.WARNING)


def members_own_email(group: GroupFile, ctx: RunContext, shown: str) -> bool:
    """Whether `shown` is the e-mail address of one of the group's members in the export (False without one)."""
    return any(registered and _same_email(shown, registered.email) for *_, registered in _checked_members(group, ctx))


def _maybe_minor(member: RegisteredMember, group: GroupFile, ctx: RunContext) -> bool:
    """Under 18 in the year checked; a youth group's member without a birth year is taken to be one."""
    age = member.age_in(ctx.as_of.year)
    return age < ADULT_AGE if age is not None else group.data.get("category") == "youth"


def _same_email(shown: str, registered: str | None) -> bool:
    return bool(registered) and shown.casefold() == registered.strip().casefold()


def _same_phone(shown: str, registered: str | None) -> bool:
    return bool(registered) and _national_digits(shown) == _national_digits(registered)


def _national_digits(phone: str) -> str:
    digits = re.sub(r"[^0-9]", "", phone)
    return digits[2:] if phone.strip().startswith("+47") else digits.removeprefix("0047")
