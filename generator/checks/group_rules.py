"""The guidelines' rules that a group file meets or fails by itself, whatever the date."""

from __future__ import annotations

from collections import Counter
from datetime import date
from functools import cache

import regex

from generator.model.loading import GroupFile
from generator.text.names import INVISIBLE
from generator.text.quoting import nearest_field, quoted
from generator.model.problems import Problem, Severity
from generator.model.quarters import Quarter, parse_date, parse_time
from generator.text.wording import norwegian_date, norwegian_time
from generator.model.access import CONTACT_ROUTES, closing_date, entries, is_closed, is_public, roles_of, text
from generator.model.context import RunContext
from generator.model.rule_ids import field_pattern
from generator.model.rules import Rule
from generator.model.schema import build_schema
from generator.model.schema_check import SchemaChecker

WARNING = Severity.WARNING


MULTI_LINE_FIELDS = frozenset({"public.description", "followups.*.note", "closed.reason"})
# What a reader cannot see: control characters (Unicode Cc) but tab and line feed, line and paragraph separators,
# the interlinear annotation marks, and `INVISIBLE` (every default-ignorable character: zero-width spaces, direction
# marks and overrides, byte order mark, soft hyphen, Hangul fillers, ...; and the braille blank). What draws emoji
# stays in text: the zero-width joiner, variation selector-16 and the tag characters (🏳️‍🌈, the flag of Scotland).
_CONTROLS = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufff9-\ufffb"
_EMOJI_PARTS = r"\u200d\ufe0f\U000e0020-\U000e007f"
_HIDDEN_IN_FREE_TEXT = regex.compile(rf"[[{_CONTROLS}{INVISIBLE}]--[{_EMOJI_PARTS}]]", regex.V1)
_HIDDEN_IN_LINE = regex.compile(rf"[[\n{_CONTROLS}{INVISIBLE}]--[{_EMOJI_PARTS}]]", regex.V1)
# A group's name is shown everywhere and compared with the others' (§6.1): there the emoji parts pass only inside an
# emoji: VS16 after a pictograph, tags after one ending in the cancel tag (a flag), the ZWJ between two of them.
_EMOJI = (r"(?:\p{Extended_Pictographic}(?:\ufe0f|\p{Emoji_Modifier})?(?:[\U000e0020-\U000e007e]+\U000e007f)?"
          r"|[0-9#*]\ufe0f?\u20e3)")
_HIDDEN_IN_NAME = regex.compile(rf"{_EMOJI}(?:\u200d{_EMOJI})*|(?P<hidden>[\n{_CONTROLS}{INVISIBLE}])")


def schema_problems(group: GroupFile, ctx: RunContext) -> list[Problem]:
    """The schema (built from the vocabularies, as schema/group.schema.json is): every field's shape and choices."""
    return _checker(ctx.vocab).check(group)


@cache
def _checker(vocab) -> SchemaChecker:
    return SchemaChecker(build_schema(vocab))


def plain_text(group: GroupFile, ctx: RunContext):
    """§6.1: text is what it shows: nothing invisible, and one line but in free-text fields."""
    name = group.data.get("name")
    if isinstance(name, str):
        hidden = next((m.start() for m in _HIDDEN_IN_NAME.finditer(name.removesuffix("\n")) if m["hidden"]), None)
        if hidden is not None:
            yield group.problem(("name",), _LINE_MESSAGE.format(name="name", where=_where(name, hidden)),
                                Rule.REGISTRATION)
    for path, value in _texts_with_hidden_characters(group.data):
        if path == ("name",):
            continue
        multi_line = field_pattern(path) in MULTI_LINE_FIELDS
        found = (_HIDDEN_IN_FREE_TEXT if multi_line else _HIDDEN_IN_LINE).search(value.removesuffix("\n"))
        if found:
            field = nearest_field(path) or "fila"
            message = _FREE_TEXT_MESSAGE if multi_line else _LINE_MESSAGE
            yield group.problem(path, message.format(name=field, where=_where(value, found.start())), Rule.REGISTRATION)


_LINE_MESSAGE = ("Teksten i «{name}» inneholder linjeskift eller usynlige tegn{where}. Skriv den som vanlig tekst på "
                 "én linje.")
_FREE_TEXT_MESSAGE = "Teksten i «{name}» inneholder usynlige tegn{where}. Skriv den som vanlig tekst."


def _where(value: str, index: int) -> str:
    """Which invisible character stands where, for a reader who cannot see it: " (U+034F etter «Amnesty»)"."""
    if value[index] == "\n":
        return ""
    before = value[:index].splitlines()[-1:]
    words = before[0].split()[-3:] if before else []
    shown = quoted(" ".join(words), "") if words else ""
    place = f"etter {shown}" if shown else "i teksten" if words else "først i teksten"
    return f" (U+{ord(value[index]):04X} {place})"


def _texts_with_hidden_characters(data: dict):
    """(path, text) of every text in `data` holding a line break or an invisible character, found without
    building a path for the many texts that hold none."""
    stack = [((), data)]
    while stack:
        path, value = stack.pop()
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            if isinstance(item, str):
                if _HIDDEN_IN_LINE.search(item.removesuffix("\n")):   # `key: >` ends in one line break
                    yield path + (key,), item
            elif isinstance(item, (dict, list)):
                stack.append((path + (key,), item))


def contact_person(group: GroupFile, ctx: RunContext):
    """§2.4: someone holds the role contact (whether the register can reach them, `export_rules` checks)."""
    if is_closed(group.data):
        return
    members = entries(group.data, "members")
    contacts = [(i, m) for i, m in members if "contact" in roles_of(m)]
    if not contacts:   # no members at all is no contact person either (§2.4, so a closure candidate)
        yield group.problem(("members",), "Gruppa mangler gruppekontakt: gi minst ett medlem rollen contact.",
                            Rule.CONTACT_PERSON)


def shared_responsibility(group: GroupFile, ctx: RunContext):
    """§6.4: the group does not hang on one person (while it works)."""
    if is_closed(group.data):
        return
    members = entries(group.data, "members")
    if len(members) == 1 and not _not_in_export(members[0][1], ctx):
        yield group.problem(("members",), "Gruppa har bare ett medlem. Ansvaret bør deles: få med flere medlemmer.",
                            Rule.SHARED_RESPONSIBILITY, WARNING)
        return
    holders = [(i, m) for i, m in members if roles_of(m)]
    if len(holders) == 1 and not _not_in_export(holders[0][1], ctx):
        i, member = holders[0]
        who = f"Medlem {text(member.get('member_number')) or i + 1}"
        yield group.problem(("members", i, "roles"), f"{who} er den eneste med en rolle i gruppa. Del ansvaret: gi "
                                                     "også andre en rolle, for eksempel leder.",
                                                     Rule.SHARED_RESPONSIBILITY, WARNING)


def _not_in_export(member: dict, ctx: RunContext) -> bool:
    """A member number the export given does not hold: the export's rule says so and what follows from it, so a
    warning about that one person says nothing more."""
    number = member.get("member_number")
    return ctx.member_export is not None and isinstance(number, str) and number not in ctx.member_export


def unique_member_numbers(group: GroupFile, ctx: RunContext):
    """§2.2: a membership number stands for one member only."""
    seen: dict[str, int] = {}
    for i, member in entries(group.data, "members"):
        number = member.get("member_number")
        if not isinstance(number, str):
            continue
        if number in seen:
            yield group.problem(("members", i, "member_number"), f"Medlemsnummer {number} står også på medlem nummer "
                                f"{seen[number] + 1} i lista. Hvert medlem har sitt eget nummer.", Rule.MEMBERSHIP)
        else:
            seen[number] = i


def unique_quarters(group: GroupFile, ctx: RunContext):
    """§6.2: one report a quarter."""
    counts: Counter = Counter()
    for i, report in entries(group.data, "reports"):
        quarter = report.get("quarter")
        if not isinstance(quarter, str):
            continue
        counts[quarter] += 1
        if counts[quarter] == 2:
            yield group.problem(("reports", i, "quarter"), f"Det finnes allerede en rapport for {quarter}. "
                                "Slå rapportene sammen til én.", Rule.QUARTERLY_REPORT)


def within_lifetime(group: GroupFile, ctx: RunContext):
    """§6.1, §6.2: a group reports only for quarters it existed in, and closes after it was registered."""
    registered = parse_date(group.data.get("registered"))
    closing = closing_date(group.data)
    for i, report in entries(group.data, "reports"):
        quarter = Quarter.parse(report.get("quarter"))
        if quarter is not None and registered is not None and quarter.last_day < registered:
            yield group.problem(("reports", i, "quarter"), f"Rapporten gjelder {quarter}, før gruppa ble registrert "
                                f"({norwegian_date(registered)}). Sjekk kvartalet.", Rule.QUARTERLY_REPORT)
        if quarter is not None and closing is not None and quarter.first_day > closing:
            yield group.problem(("reports", i, "quarter"), f"Rapporten gjelder {quarter}, som begynte etter at "
                                f"gruppa ble lagt ned ({norwegian_date(closing)}). Sjekk kvartalet eller "
                                "datoen gruppa ble lagt ned.", Rule.REGISTRATION)
    if closing is not None and registered is not None and closing < registered:
        yield group.problem(("closed", "date"), f"Gruppa kan ikke legges ned før den ble registrert "
                            f"({norwegian_date(registered)}). Sjekk datoen.", Rule.REGISTRATION)


def report_dates(group: GroupFile, ctx: RunContext):
    """§6.2: a report is sent once its quarter has begun; what it tells as done was done in its quarter and by
    the day it was sent, and what it plans does not lie before its quarter. One problem an activity at most, and
    none when the quarter itself is in doubt (sent before it began, or outside the group's lifetime: `within_lifetime`
    says so), for then the quarter is likely what is wrong."""
    registered, closing = parse_date(group.data.get("registered")), closing_date(group.data)
    for i, report in entries(group.data, "reports"):
        quarter = Quarter.parse(report.get("quarter"))
        if quarter is None:
            continue
        submitted = parse_date(report.get("submitted"))
        if submitted is not None and submitted < quarter.first_day:
            yield group.problem(("reports", i, "submitted"), f"Rapporten for {quarter} er sendt "
                                f"{norwegian_date(submitted)}, før kvartalet begynte. Sjekk kvartalet eller "
                                "datoen.", Rule.QUARTERLY_REPORT)
            continue
        if (registered and quarter.last_day < registered) or (closing and quarter.first_day > closing):
            continue
        for kind in ("completed", "planned"):
            for j, activity in entries(report, kind):
                day = parse_date(activity.get("date"))
                if day is not None and (message := _misplaced_activity(kind, day, quarter, submitted)):
                    yield group.problem(("reports", i, kind, j, "date"), message, Rule.QUARTERLY_REPORT)


def _misplaced_activity(kind: str, day: date, quarter: Quarter, submitted: date | None) -> str | None:
    """Why an activity of a report cannot be dated `day`, or None."""
    when = norwegian_date(day)
    if kind == "planned":
        if day >= quarter.first_day:
            return None
        return (f"Aktiviteten er planlagt {when}, før kvartalet rapporten gjelder ({quarter}) begynte. Det som er "
                f"planlagt, ligger i kvartalet eller senere: rett datoen, eller før aktiviteten opp som gjennomført i "
                f"rapporten for {Quarter.of(day)}.")
    if submitted is not None and day > submitted:
        return (f"Aktiviteten er datert {when}, etter at rapporten ble sendt ({norwegian_date(submitted)}). Det som "
                "er gjennomført, skjedde før rapporten ble sendt: rett datoen, eller flytt aktiviteten til planned.")
    if quarter.first_day <= day <= quarter.last_day:
        return None
    return (f"Aktiviteten er datert {when}, utenfor kvartalet rapporten gjelder ({quarter}, "
            f"{norwegian_date(quarter.first_day)}–{norwegian_date(quarter.last_day)}). En gjennomført aktivitet hører "
            f"til rapporten for kvartalet den skjedde i: rett datoen, eller flytt aktiviteten til rapporten for "
            f"{Quarter.of(day)}.")


def activity_times(group: GroupFile, ctx: RunContext):
    """§6.2: an activity with a time of day ends after it starts (on its day: one past midnight gives no end)."""
    for i, report in entries(group.data, "reports"):
        for kind in ("completed", "planned"):
            for j, activity in entries(report, kind):
                start, end = parse_time(activity.get("start")), parse_time(activity.get("end"))
                if start is not None and end is not None and end <= start:
                    yield group.problem(("reports", i, kind, j, "end"), f"Aktiviteten slutter kl. "
                                        f"{norwegian_time(end)}, men begynner kl. {norwegian_time(start)}: "
                                        "slutten må komme etter starten. Rett end eller start, eller fjern end "
                                        "hvis aktiviteten varer over midnatt.", Rule.QUARTERLY_REPORT)


def closure_consistent(group: GroupFile, ctx: RunContext):
    """§6.1: `closed` belongs to closed groups only."""
    if group.data.get("status") == "active" and "closed" in group.data:
        yield group.problem(("closed",), "Gruppa har status active, men også feltet closed. Sett status: closed "
                                         "hvis gruppa er lagt ned, ellers fjern closed.", Rule.REGISTRATION,
                            at_key=True)


def category_fields(group: GroupFile, ctx: RunContext):
    """§4: fields that belong to one category only."""
    category = group.data.get("category")
    if "student_council" in group.data and category != "student":
        yield group.problem(("student_council",), f"student_council gjelder bare studentgrupper "
                                                  f"({Rule.STUDENT_COUNCIL}). Fjern feltet.", Rule.CATEGORY,
                            at_key=True)
    if "institution" in group.data and category in ("theme", "local"):
        yield group.problem(("institution",), "institution brukes for studentgrupper (lærested) og ungdomsgrupper "
                                              "(skole). Fjern feltet, eller velg riktig kategori.", Rule.CATEGORY,
                            WARNING, at_key=True)


def reachable(group: GroupFile, ctx: RunContext):
    """§2.5: a group open to new members can be reached: a listed, active group gives the public a way to write
    to it, call it or find it (its page shows the region's contact until it does)."""
    if not is_public(group.data):
        return
    public = group.data.get("public")
    if isinstance(public, dict) and any(text(public.get(route)) for route in CONTACT_ROUTES):
        return
    yield group.problem(("public",) if isinstance(public, dict) else (), "Gruppa vises i gruppeoversikten, men den "
                        "som vil bli med, kan ikke nå den: den har verken e-post (email), telefon (phone), nettside "
                        "(website), Instagram eller Facebook under public. Legg til minst én av dem (gruppas egen, "
                        "ikke en persons). Til da viser gruppas "
                        "side kontakten til regionen eller sekretariatet.", Rule.OPEN_TO_NEW_MEMBERS, WARNING,
                        at_key=isinstance(public, dict))
