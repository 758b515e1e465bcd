"""Reminders to the groups (`grupper remind`): one for each group that owes something it can do itself, addressed
to its GitHub accounts (`maintainers`), or to its region's adviser when it has none.

What is owed comes from the status (`generator.status`): a duty the status finds unmet and the secretariat has
not waived. A reminder is read by every group contact (it becomes an issue in the repository), so it says what
is due, by when and where to send it, and nothing else: no name, e-mail address, phone or member number, even
when the membership export was given, and nothing from the export but that a role needs a look (§8.1).
Its body holds no date of its own making, so it changes only when the duties do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlencode

from generator.model.access import text
from generator.model.loading import GroupFile
from generator.model.quarters import Quarter
from generator.model.regions import RegionData
from generator.model.rules import Rule
from generator.model.settings import ProjectSettings
from generator.model.sign_of_life import marked_inactive_from, possibly_inactive
from generator.status.deadlines import missing_reports, report_due
from generator.status.facts import GroupFacts, facts_of
from generator.status.model import GroupStatus, StatusReport
from generator.status.settings import StatusSettings
from generator.text.markdown import readable_inline
from generator.text.wording import norwegian_date, norwegian_list, plural

MARKER = "grupper-påminnelse"          # the hidden line that names the group in a reminder issue's body
REPORT_FORM = ("kvartalsrapport.yml", "Send kvartalsrapport")    # the issue forms in .github/ISSUE_TEMPLATE
MEMBER_FORM = ("medlemmer.yml", "Endre medlemmer eller roller")
SOON = "så snart som mulig"


@dataclass(frozen=True)
class Duty:
    """One thing the group is to do: under which rule, in a word for the title, what and by when, and where."""

    rule: Rule
    topic: str
    what: str
    form: tuple[str, str]      # the issue form's file and its name


@dataclass(frozen=True)
class Reminder:
    group: str
    name: str
    recipients: tuple[str, ...]     # GitHub accounts, without @
    to_adviser: bool                # the group has no accounts of its own: its region's adviser is asked
    duties: tuple[Duty, ...]
    repository: str | None          # https://github.com/org/repo, for the links to the forms

    @property
    def rules(self) -> list[str]:
        return sorted({d.rule for d in self.duties}, key=lambda rule: [int(n) for n in rule[1:].split(".")])

    @property
    def title(self) -> str:
        topics = list(dict.fromkeys(d.topic for d in self.duties))
        return f"Påminnelse til {' '.join(self.name.split())}: {norwegian_list(topics)}"

    @property
    def body(self) -> str:
        return "\n".join([marker(self.group), *self._greeting(), "",
                          *(f"- **{d.topic[:1].upper()}{d.topic[1:]} ({d.rule}).** {d.what} {self._link(d)}"
                            for d in self.duties), "", *CLOSING]) + "\n"

    def as_json(self) -> dict:
        return {"group": self.group, "maintainers": list(self.recipients), "rules": self.rules, "title": self.title,
                "body": self.body}

    def _greeting(self) -> list[str]:
        hello = f"Hei {norwegian_list([f'@{r}' for r in self.recipients])}!" if self.recipients else "Hei!"
        name = f"**{readable_inline(self.name)}**"
        if self.to_adviser:
            return [hello, "", f"{name} har ingen GitHub-kontoer i grupperegisteret, så denne påminnelsen går til "
                               "regionrådgiveren. Ta den videre til gruppekontakten.", "",
                    f"Dette har {name} å gjøre:"]
        return [hello, "", f"Dette er en påminnelse fra grupperegisteret om det {name} har å gjøre:"]

    def _link(self, duty: Duty) -> str:
        form, title = duty.form
        if not self.repository:
            return f"Skjema: «{title}» under Issues → New issue."
        query = urlencode({"template": form, "group": self.group})
        return f"Skjema: [{title}]({self.repository.rstrip('/')}/issues/new?{query})."


CLOSING = ("Saken oppdateres hver uke og lukkes av seg selv når alt over er gjort. Har dere spørsmål, eller er noe "
           "feil, skriv en kommentar her, så svarer sekretariatet.",
           "",
           "Ikke skriv navn, telefonnumre, e-postadresser eller andre personopplysninger i saken: alle "
           "gruppekontaktene kan lese den.")


def marker(group_id: str) -> str:
    return f"<!-- {MARKER}: {group_id} -->"


def reminders(groups: list[GroupFile], report: StatusReport, regions: RegionData, settings: ProjectSettings,
              status_settings: StatusSettings = StatusSettings()) -> list[Reminder]:
    """One reminder for each active group in `report` that owes something it can do itself, by group id."""
    files = {group.id: group for group in groups}
    found = []
    for status in report.groups:
        group = files.get(status.id)
        if group is None or status.is_closed:
            continue
        duties = group_duties(status, facts_of(group, report.as_of), report.as_of, settings, status_settings)
        if duties:
            found.append(_addressed(group, status, duties, regions, settings))
    return found


def group_duties(status: GroupStatus, facts: GroupFacts, as_of: date, settings: ProjectSettings,
                 status_settings: StatusSettings = StatusSettings()) -> tuple[Duty, ...]:
    """What the group can do about the unmet, unwaived duties the status found, in the order of the rules."""
    grace = status_settings.report_grace_days
    duties = [_missing_reports(status, facts, as_of, grace, settings.reminders.start_days_after_deadline),
              _confirmation(status, facts, as_of, settings.reminders.days_before_inactive)]
    if status.has_rule(Rule.OUTWARD_ACTIVITY):
        quarter = Quarter.of(as_of)
        duties.append(Duty(Rule.OUTWARD_ACTIVITY, "utadrettet aktivitet", "De siste kvartalsrapportene forteller "
                           "ikke om noen aktivitet for folk utenfor gruppa, som stand, leserinnlegg eller et åpent "
                           f"arrangement. Fortell om den neste i kvartalsrapporten for {quarter}, innen "
                           f"{norwegian_date(report_due(quarter, grace))}.", REPORT_FORM))
    if status.has_rule(Rule.CONTACT_PERSON):
        duties.append(Duty(Rule.CONTACT_PERSON, "gruppekontakt", "Gruppa mangler en gruppekontakt sekretariatet kan "
                           "nå. Meld hvem som er gruppekontakt, og sjekk at hen har e-post eller telefon i "
                           f"medlemsregisteret, {SOON}.", MEMBER_FORM))
    if status.has_rule(Rule.ROLE_ENDS):
        duties.append(Duty(Rule.ROLE_ENDS, "roller", "Minst én rolle i gruppa holdes av noen som ikke står i "
                           "medlemsregisteret. Meld hvem som har rollene nå, eller be medlemmet fornye medlemskapet, "
                           f"{SOON}.", MEMBER_FORM))
    return tuple(d for d in duties if d)


def _missing_reports(status: GroupStatus, facts: GroupFacts, as_of: date, grace: int, start_days: int) -> Duty | None:
    """§6.2: the reports the status finds missing whose deadline is `start_days` past (the secretariat's setting)."""
    if not status.has_rule(Rule.QUARTERLY_REPORT):
        return None
    missing = missing_reports(facts, as_of, grace + start_days)
    if not missing:
        return None
    quarters = norwegian_list([f"{q} (fristen var {norwegian_date(report_due(q, grace))})" for q in missing])
    noun = plural(len(missing), "Kvartalsrapporten", "Kvartalsrapportene")
    return Duty(Rule.QUARTERLY_REPORT, "kvartalsrapport", f"{noun} for {quarters} mangler. Send "
                f"{plural(len(missing), 'den', 'dem')} {SOON}.", REPORT_FORM)


def _confirmation(status: GroupStatus, facts: GroupFacts, as_of: date, days_before: int) -> Duty | None:
    """§6.2: a group that has not reported or confirmed its details for nearly four quarters is asked to, before
    it is marked possibly inactive (model/sign_of_life.py); one marked already is asked all the same."""
    if facts.last_sign is None or Rule.QUARTERLY_REPORT in status.waived:
        return None
    marked_from = marked_inactive_from(facts.last_sign)
    if as_of < marked_from - timedelta(days=days_before):
        return None
    since = norwegian_date(facts.last_sign)
    if possibly_inactive(facts.last_sign, as_of):
        what = (f"Gruppa har ikke sendt kvartalsrapport eller bekreftet opplysningene sine siden {since}, og står "
                f"derfor som mulig inaktiv. Bekreft at gruppa er i gang og at opplysningene stemmer, {SOON}: send "
                "medlemslista slik den er nå, eller kvartalsrapporten.")
    else:
        what = (f"Gruppa har ikke sendt kvartalsrapport eller bekreftet opplysningene sine siden {since}. Bekreft "
                f"at opplysningene stemmer innen {norwegian_date(marked_from - timedelta(days=1))}; ellers står "
                "gruppa som mulig inaktiv. Send medlemslista slik den er nå, eller kvartalsrapporten.")
    return Duty(Rule.QUARTERLY_REPORT, "bekreftelse", what, MEMBER_FORM)


def _addressed(group: GroupFile, status: GroupStatus, duties: tuple[Duty, ...], regions: RegionData,
               settings: ProjectSettings) -> Reminder:
    """To the group's own accounts; without any, to its region's adviser; without one, to the secretariat's team."""
    accounts = group.data.get("maintainers")
    own = tuple(a for a in accounts if text(a)) if isinstance(accounts, list) else ()
    adviser = regions.region(status.region).adviser_github
    team = (settings.secretariat_team or "").lstrip("@")
    recipients = own or ((adviser,) if adviser else (team,) if team else ())
    return Reminder(group.id, status.name, recipients, not own, duties, settings.repository_url)
