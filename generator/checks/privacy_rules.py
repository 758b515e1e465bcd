"""§2.2: the register, not the group file, holds people's details; nothing in the file may carry them.

Every key, every value whatever its type and every comment is searched for an
identity number, and for an e-mail address or a phone number everywhere but the
group's own contact fields (`public.email`, `public.phone`): a link is no place
for one either (`?to=…`, `mailto:`, `wa.me/…`).
"""

from __future__ import annotations

from generator.model.context import RunContext
from generator.model.loading import GroupFile
from generator.model.privacy_guard import personal_detail_problems
from generator.model.rules import Rule

RULE = Rule.REGISTRATION   # what the file holds; not a §2 criterion, so a slip in a note makes no closure candidate
# The group's own address and phone; and a membership number, one run of digits however long, is never read as a
# phone number (as in the forms): the schema refuses anything else there.
CONTACT_ALLOWED = (("public", "email"), ("public", "phone"), ("members", "*", "member_number"))


def no_personal_details(group: GroupFile, ctx: RunContext):
    return personal_detail_problems(group, CONTACT_ALLOWED, RULE)
