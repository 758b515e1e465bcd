"""The secretariat's waivers (`waivers`): a waiver runs forward and for at most a year, and one that has ended
is taken out of the file. Which rules may be waived, the schema says (`model/waivers.py`)."""

from __future__ import annotations

from generator.model.context import RunContext
from generator.model.loading import GroupFile
from generator.model.problems import Severity
from generator.model.rules import Rule
from generator.model.waivers import LONGEST_DAYS, waivers_of
from generator.text.wording import norwegian_date

WARNING = Severity.WARNING


def waiver_periods(group: GroupFile, ctx: RunContext):
    """A waiver ends on or after the day it was granted, and a year at most after it: then the group is looked at
    again."""
    for waiver in waivers_of(group.data):
        where = ("waivers", waiver.index, "until")
        if waiver.until < waiver.granted:
            yield group.problem(where, f"Fritaket fra {waiver.rule} slutter {norwegian_date(waiver.until)}, før det "
                                f"ble innvilget ({norwegian_date(waiver.granted)}). Rett datoene.", Rule.REGISTRATION)
        elif waiver.days > LONGEST_DAYS:
            yield group.problem(where, f"Fritaket fra {waiver.rule} varer {waiver.days} dager, mer enn et år. Gi "
                                "heller et fritak for høyst et år, og se på gruppa igjen når det går ut.",
                                Rule.REGISTRATION, WARNING)


def waivers_ended(group: GroupFile, ctx: RunContext):
    """A waiver whose last day has passed no longer counts: the duty is back, and the waiver is taken out."""
    for waiver in waivers_of(group.data):
        if waiver.until < ctx.as_of:
            yield group.problem(("waivers", waiver.index, "until"), f"Fritaket fra {waiver.rule} gikk ut "
                                f"{norwegian_date(waiver.until)}, og plikten gjelder igjen. Fjern fritaket, eller "
                                "gi et nytt.", Rule.REGISTRATION, WARNING)
