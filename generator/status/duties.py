"""The duties of an active group and of the secretariat towards it (docs-internal/om.md lists them).

Each duty looks at one group's facts on the day of the status and returns a
finding when the duty is unmet, or None; the finding names the field it is about,
and the status places it on that field's line in the group's file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from generator.model.problems import Problem, Severity
from generator.model.quarters import Quarter
from generator.model.vocabulary import Vocabularies
from generator.text.wording import norwegian_date, norwegian_list, plural
from generator.status.deadlines import RECENT_DUE_QUARTERS, last_due_quarter, missing_reports, report_due
from generator.status.facts import GroupFacts
from generator.status.model import found
from generator.status.settings import StatusSettings
from generator.model.rules import Rule
from generator.model.sign_of_life import INACTIVE_QUARTERS, possibly_inactive, quiet_since

WARNING, INFO = Severity.WARNING, Severity.INFO
REPORT_PATTERN_MISSING = 2   # §6.2: this many of the recent due quarters without a report is a pattern
POSSIBLY_INACTIVE = "Mulig inaktiv:"   # how the finding for a group without a sign of life begins
# What each finding is about in the group file, for its line (a missing key: the file's top).
REPORTS, FOLLOWUPS, MEETINGS, REGISTERED = ("reports",), ("followups",), ("meetings",), ("registered",)


@dataclass(frozen=True)
class DutyContext:
    """What a duty needs besides the group: the day, the deadlines and the vocabularies."""

    as_of: date
    settings: StatusSettings
    vocab: Vocabularies


def quarterly_report(facts: GroupFacts, context: DutyContext) -> Problem | None:
    """§6.2: the report of the latest quarter past its due date has come in, and reports are not missing for
    two or more of the last four due quarters (owed from the quarter registered). One finding says both."""
    grace = context.settings.report_grace_days
    latest = last_due_quarter(context.as_of, grace)
    missing = missing_reports(facts, context.as_of, grace, RECENT_DUE_QUARTERS)
    owed = sum(facts.existed_by(q.last_day) for q in latest.and_earlier(RECENT_DUE_QUARTERS))
    window = (f"de {RECENT_DUE_QUARTERS} siste kvartalene med passert frist" if owed == RECENT_DUE_QUARTERS
              else f"de {owed} kvartalene med passert frist siden gruppa ble registrert")
    pattern = (f"gruppa har ikke rapportert for {len(missing)} av {window}."
               if len(missing) >= REPORT_PATTERN_MISSING else "")
    earlier = [str(q) for q in missing if q != latest]
    if latest in missing:
        due = norwegian_date(report_due(latest, grace))
        message = f"Kvartalsrapporten for {latest} er på overtid: fristen var {due}."
        if pattern:
            noun = plural(len(earlier), "Rapporten", "Rapportene")
            message += f" {noun} for {norwegian_list(earlier)} mangler også: {pattern}"
        return found(Rule.QUARTERLY_REPORT, WARNING, message, REPORTS)
    if pattern:
        return found(Rule.QUARTERLY_REPORT, WARNING, f"Kvartalsrapportene for {norwegian_list(earlier)} mangler: "
                                                       f"{pattern}", REPORTS)
    return None


def signs_of_life(facts: GroupFacts, context: DutyContext) -> Problem | None:
    """§6.2: a group that has neither sent a report nor confirmed its details for four quarters may have stopped
    (its public page says so); the secretariat asks it, and closes it if it has (§8.2)."""
    if not possibly_inactive(facts.last_sign, context.as_of):
        return None
    return found(Rule.QUARTERLY_REPORT, WARNING,
                   f"{POSSIBLY_INACTIVE} ingen kvartalsrapport og ingen bekreftelse fra gruppa siden "
                   f"{norwegian_date(facts.last_sign)}, altså ingenting på {INACTIVE_QUARTERS} kvartaler (siden "
                   f"{norwegian_date(quiet_since(context.as_of))}). Står gruppa i gruppeoversikten, sier siden at den "
                   "kan ha lagt ned arbeidet. Ta kontakt med gruppa; har den sluttet, legg den ned (§8.2).", REPORTS)


def outward_activity(facts: GroupFacts, context: DutyContext) -> Problem | None:
    """§6.3: the latest reports tell of at least one activity aimed at people outside the group."""
    latest = facts.reports[-context.settings.outward_report_window:]
    if not latest or any(t in context.vocab.outward_types for r in latest for t in r.activity_types):
        return None
    quarters = norwegian_list([str(r.quarter) for r in latest])
    return found(Rule.OUTWARD_ACTIVITY, WARNING, f"Ingen utadrettet aktivitet i de siste rapportene ({quarters}). "
                                                   "Snakk med gruppa om stand, leserinnlegg eller åpne arrangementer.",
                   REPORTS)


def quarterly_followup(facts: GroupFacts, context: DutyContext) -> Problem | None:
    """§7.1: the secretariat contacts the group every quarter; still open while the quarter runs."""
    current = Quarter.of(context.as_of)
    if facts.followups_between(current.first_day, context.as_of):
        return None
    previous = current.previous()
    grace = timedelta(days=context.settings.new_group_contact_days)   # a group new at the quarter's end: §7.2
    missed_previous = (facts.existed_by(previous.last_day - grace)
                       and not facts.followups_between(previous.first_day, previous.last_day))
    if missed_previous:
        return found(Rule.FOLLOW_UP, WARNING, f"Ingen oppfølging fra sekretariatet i {previous}, og ingen ennå i "
                                                f"{current}. Ta kontakt med gruppa.", FOLLOWUPS)
    return found(Rule.FOLLOW_UP, INFO, f"Ingen oppfølging fra sekretariatet ennå i {current} (kvartalet slutter "
                                         f"{norwegian_date(current.last_day)}).", FOLLOWUPS)


def new_group_contacted(facts: GroupFacts, context: DutyContext) -> Problem | None:
    """§7.2: every new group is contacted by the secretariat."""
    registered = facts.registered
    if registered is None or context.as_of <= registered + timedelta(days=context.settings.new_group_contact_days):
        return None
    if facts.followups_between(registered, context.as_of):
        return None
    return found(Rule.NEW_GROUP_CONTACT, WARNING, f"Gruppa ble registrert {norwegian_date(registered)} og er ikke "
                                                    "kontaktet av sekretariatet ennå.", REGISTERED)


def welcome_package(facts: GroupFacts, context: DutyContext) -> Problem | None:
    """§7.5: every new group is sent a welcome package."""
    registered = facts.registered
    if facts.welcome_package_sent or registered is None:
        return None
    if context.as_of <= registered + timedelta(days=context.settings.welcome_package_days):
        return None
    return found(Rule.WELCOME_PACKAGE, WARNING, f"Velkomstpakken er ikke sendt (gruppa ble registrert "
                                                  f"{norwegian_date(registered)}).", REGISTERED)


def meeting_attendance(facts: GroupFacts, context: DutyContext) -> Problem | None:
    """§6.5: represented at a regional or national meeting or a training within the window."""
    months = context.settings.meeting_window_months
    since = context.as_of - relativedelta(months=months)   # 29 February, 12 months back: 28 February
    if not facts.existed_by(since) or any(m >= since for m in facts.meetings):
        return None
    last = f" Sist: {norwegian_date(facts.meetings[-1])}." if facts.meetings else ""
    return found(Rule.MEETINGS, WARNING, f"Gruppa har ikke vært representert på regionmøte, nasjonalt møte eller "
                                           f"opplæring de siste {months} månedene.{last}", MEETINGS)


GROUP_DUTIES = (quarterly_report, signs_of_life, outward_activity, quarterly_followup, new_group_contacted,
                welcome_package, meeting_attendance)
