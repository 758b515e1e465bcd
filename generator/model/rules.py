"""The guidelines' numbered rules (`RULES.md`; each explained in docs/feilmeldinger.md): every id named once, here.

A `Rule` is its id as text (`Rule.CONTACT_PERSON == "§2.4"`), so a problem's or a
finding's rule prints, compares and goes into JSON as the id users read.
"""

from __future__ import annotations

from enum import StrEnum


class Rule(StrEnum):
    ENDORSEMENT = "§2.1"             # endorses the statutes, vision and guidelines
    MEMBERSHIP = "§2.2"              # every member an AiN member; the register holds their details
    PRIORITY_AREAS = "§2.3"
    CONTACT_PERSON = "§2.4"
    OPEN_TO_NEW_MEMBERS = "§2.5"
    CATEGORY = "§4"                  # exactly one category, with the fields it asks for
    YOUTH_GROUP = "§4.1"             # members aged 13-19; their school (`institution`)
    STUDENT_GROUP = "§4.2"           # its university or university college (`institution`)
    THEME_GROUP = "§4.3"             # what it works on (`theme`)
    LOCAL_GROUP = "§4.4"             # its municipality
    STUDENT_COUNCIL = "§5.1"
    REGISTRATION = "§6.1"            # what the file says of the group, and changes to it
    QUARTERLY_REPORT = "§6.2"
    OUTWARD_ACTIVITY = "§6.3"
    SHARED_RESPONSIBILITY = "§6.4"
    MEETINGS = "§6.5"                # the group represented at regional or national meetings
    COORDINATION = "§6.7"
    FOLLOW_UP = "§7.1"               # the secretariat contacts each group every quarter
    NEW_GROUP_CONTACT = "§7.2"
    TRAINING = "§7.3"
    MEETING_PLACES = "§7.4"          # regional meetings with the board, a national meeting every year
    WELCOME_PACKAGE = "§7.5"
    ROLE_ENDS = "§8.1"
    CLOSURE = "§8.2"

    @property
    def is_criterion(self) -> bool:
        """One of §2's criteria for a group: failing any makes a candidate for closing (§8.2)."""
        return self.value.startswith("§2.")

    @property
    def anchor(self) -> str:
        """Its section in the error guide: §2.4 is `regel-2-4`."""
        return f"regel-{self.value.lstrip('§').replace('.', '-')}"
