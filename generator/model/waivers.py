"""The secretariat's waivers in a group file (`waivers`): one duty the group is exempt from, from the day it
was granted until a day, and why.

Only a duty the status tracks or the validator warns about (RULES.md: S or W) can be waived, never one of
§2's criteria, the privacy rules or what the validator enforces: those are the group, not its duties. A waiver
counts from `granted` up to and including `until`; the day after, the duty is back as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from generator.model.access import entries, text
from generator.model.quarters import parse_date
from generator.model.rules import Rule

# Each duty that may be waived, and what it is about, as the schema's choices show it.
WAIVABLE = {
    Rule.QUARTERLY_REPORT: "kvartalsrapport og bekreftelse av opplysningene",
    Rule.OUTWARD_ACTIVITY: "utadrettet aktivitet",
    Rule.SHARED_RESPONSIBILITY: "delt ansvar",
    Rule.MEETINGS: "representert på regionmøte eller nasjonalt møte",
    Rule.FOLLOW_UP: "oppfølging fra sekretariatet hvert kvartal",
    Rule.NEW_GROUP_CONTACT: "ny gruppe kontaktet av sekretariatet",
    Rule.WELCOME_PACKAGE: "velkomstpakke",
}
LONGEST_DAYS = 365       # a waiver that runs longer than a year is a warning: look at the group again


@dataclass(frozen=True)
class Waiver:
    index: int           # its place in the file's `waivers`
    rule: Rule
    granted: date
    until: date
    reason: str

    def covers(self, day: date) -> bool:
        return self.granted <= day <= self.until

    @property
    def days(self) -> int:
        return (self.until - self.granted).days


def waivers_of(data: dict) -> list[Waiver]:
    """The waivers of the file that can be read whole (a waivable rule, two dates, a reason), in file order."""
    read = []
    for i, entry in entries(data, "waivers"):
        rule = entry.get("rule")
        granted, until = parse_date(entry.get("granted")), parse_date(entry.get("until"))
        reason = text(entry.get("reason"))
        if rule in WAIVABLE and granted and until and reason:
            read.append(Waiver(i, Rule(rule), granted, until, reason))
    return read


def waived_on(data: dict, day: date) -> dict[Rule, Waiver]:
    """The duties waived on `day`, each with the waiver that runs longest."""
    waived: dict[Rule, Waiver] = {}
    for waiver in sorted(waivers_of(data), key=lambda w: w.until):
        if waiver.covers(day):
            waived[waiver.rule] = waiver
    return waived
