"""§2.2: the register, not the group file, holds people's details; nothing in the file may carry them.

Every key, every value whatever its type and every comment is searched for an
identity number, and for an e-mail address or a phone number everywhere but the
group's own contact fields (`public.email`, `public.phone`): a link is no place
for one either (`?to=…`, `mailto:`, `wa.me/…`). The group's own address is a
group's: one shaped like a person's draws a warning.
"""

from __future__ import annotations

import regex

from generator.checks.export_rules import members_own_email
from generator.model.access import text
from generator.model.context import RunContext
from generator.model.loading import GroupFile
from generator.model.privacy_guard import personal_detail_problems
from generator.model.problems import Severity
from generator.model.rules import Rule
from generator.text.names import name_key

RULE = Rule.REGISTRATION   # what the file holds; not a §2 criterion, so a slip in a note makes no closure candidate
# The group's own address and phone; and a membership number, one run of digits however long, is never read as a
# phone number (as in the forms): the schema refuses anything else there.
CONTACT_ALLOWED = (("public", "email"), ("public", "phone"), ("members", "*", "member_number"))


def no_personal_details(group: GroupFile, ctx: RunContext):
    return personal_detail_problems(group, CONTACT_ALLOWED, RULE)


# Where anyone gets an address of their own for free: a name there is most likely a person's.
FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.no", "outlook.com", "outlook.no", "live.com", "live.no",
    "msn.com", "yahoo.com", "yahoo.no", "icloud.com", "me.com", "mac.com", "aol.com", "online.no", "start.no",
    "getmail.no", "proton.me", "protonmail.com", "gmx.com", "gmx.net", "mail.com",
})
# Two words of letters joined by one dot, underscore or hyphen: kari.nordmann, ola_hansen, anne-lise.
_FIRST_AND_LAST = regex.compile(r"(\p{L}{2,})[._-](\p{L}{2,})")
# Words that make an address a group's, beside the words of its own name and id.
GROUP_WORDS = frozenset({"amnesty", "ai", "ain", "gruppe", "gruppa", "gruppen", "group", "info", "post", "kontakt",
                         "styret", "student", "studenter", "ungdom"})


def group_address_like_a_persons(group: GroupFile, ctx: RunContext):
    """§6.1: `public.email` is the group's own: a first and last name at a free mail provider is likely a person's
    (a member's own address, the export's check names more exactly). The message never repeats the address."""
    public = group.data.get("public")
    email = text(public.get("email")) if isinstance(public, dict) else None
    if not email or not _name_at_free_mail(email, _group_words(group)) or members_own_email(group, ctx, email):
        return
    yield group.problem(("public", "email"), "E-postadressen under public ser ut som en persons: et fornavn og et "
                        "etternavn hos en gratis e-posttjeneste. Alt under public vises offentlig, og en persons "
                        "adresse følger personen, ikke gruppa: bruk en adresse som er gruppas egen, med gruppas navn "
                        "i.", RULE, Severity.WARNING)


def _name_at_free_mail(email: str, group_words: set[str]) -> bool:
    local, _, domain = email.casefold().rpartition("@")
    found = _FIRST_AND_LAST.fullmatch(local) if domain in FREE_MAIL else None
    return found is not None and not set(name_key(" ".join(found.groups())).split()) & group_words


def _group_words(group: GroupFile) -> set[str]:
    """The words that make an address the group's: of its id, its name, its place and theme, and the
    organisation's."""
    texts = [text(group.data.get(key)) or "" for key in ("name", "municipality", "institution", "theme")]
    return set(name_key(" ".join([*texts, group.id.replace("-", " ")])).split()) | GROUP_WORDS
