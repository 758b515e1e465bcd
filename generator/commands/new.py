"""`grupper new`: a new group file from answers to questions, or from flags.

Asks in Norwegian for what a registration needs (§6.1) when it runs in a
terminal; with `--non-interactive`, or without a terminal, it takes the flags as
they are. Writes `groups/<id>.yaml` only if it passes `grupper validate`.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ..asking import Asker
from ..checking import has_errors
from ..checks.register_rules import YOUTH_AGES
from ..drafts import check_draft, group_id_for, group_with_name
from ..loading import ID_PATTERN, MAX_ID_LENGTH
from ..member_lines import MemberLineError, find_member, parse_member_line
from ..quarters import parse_date
from ..schema import EMAIL_PATTERN, MEMBER_NUMBER_PATTERN, PHONE_PATTERN
from ..vocabulary import vocabularies
from ..writing import render_group
from .common import check_context, display_path, load_all, print_problems


def add_arguments(parser) -> None:
    vocab = vocabularies()
    parser.add_argument("--non-interactive", action="store_true", help="ikke spør: bruk bare flaggene")
    parser.add_argument("--id", metavar="ID", help="gruppas id og filnavn (standard: laget av navnet, «Amnesty Ås» gir amnesty-as)")
    parser.add_argument("--name", metavar="NAVN", help="gruppas navn")
    parser.add_argument("--category", choices=list(vocab.categories), help="kategori (§4)")
    parser.add_argument("--region", choices=list(vocab.regions), help="region")
    parser.add_argument("--municipality", metavar="KOMMUNE", help="kommune (påkrevd for lokalgrupper)")
    parser.add_argument("--institution", metavar="LÆRESTED", help="universitet eller høyskole (studentgrupper), skole (ungdomsgrupper)")
    parser.add_argument("--theme", metavar="TEMA", help="tema (påkrevd for temagrupper)")
    parser.add_argument("--student-council", action=argparse.BooleanOptionalAction, default=None,
                        help="studentgruppa deltar i Studentrådet (§5)")
    parser.add_argument("--priority-area", action="append", choices=list(vocab.priority_areas), default=None,
                        dest="priority_areas", help="et prioritert område (§2.3); kan gjentas")
    parser.add_argument("--contact-name", metavar="NAVN", help="gruppekontaktens navn")
    parser.add_argument("--contact-number", metavar="NR", help="gruppekontaktens medlemsnummer")
    parser.add_argument("--contact-email", metavar="E-POST", help="gruppekontaktens e-post")
    parser.add_argument("--contact-phone", metavar="TELEFON", help="gruppekontaktens telefon")
    parser.add_argument("--contact-birth-year", type=int, metavar="ÅR", help="gruppekontaktens fødselsår (ungdomsgrupper)")
    parser.add_argument("--member", action="append", default=None, dest="extra_members", metavar="«NAVN; NR»",
                        help="et medlem til: navn; medlemsnummer[; e-post; telefon; fødselsår]; kan gjentas")
    parser.add_argument("--role", action="append", default=None, dest="roles", metavar="ROLLE=NAVN",
                        help="gi et medlem en rolle, for eksempel leader=Pål Ærø (navn eller medlemsnummer); "
                             "kan gjentas")
    parser.add_argument("--endorsed", metavar="ÅÅÅÅ-MM-DD",
                        help="datoen gruppa sluttet seg til vedtekter, visjon og retningslinjer (standard: --as-of)")
    parser.add_argument("--registered", metavar="ÅÅÅÅ-MM-DD", help="datoen registreringen kom inn (standard: --as-of)")


class Refused(Exception):
    """Answers `new` cannot make a group file from: nothing is written, and the command exits 1."""


def run(options) -> int:
    register = load_all(options)
    if not (options.non_interactive or not sys.stdin.isatty()):
        _ask(options, Asker(), register)
    try:
        path, text = _draft(options, register)
    except Refused as exc:
        print(f"grupper new: {str(exc).rstrip('.')}. Skrev ingen fil.", file=sys.stderr)
        return 1
    problems = check_draft(register, display_path(path), text, check_context(options))
    print_problems(problems, "text", 1)
    if has_errors(problems):
        print(f"Skrev ikke {display_path(path)}: rett svarene over (se grupper new --help).", file=sys.stderr)
        return 1
    path.write_text(text, encoding="utf-8")
    print(f"Skrev {display_path(path)}. Send den inn som en pull request.", file=sys.stderr)
    return 0


def _draft(options, register) -> tuple[Path, str]:
    """Where the new group's file goes, and its text."""
    data = _group_data(options, _members(options))
    if not options.name:
        raise Refused("gruppas navn mangler: oppgi det med --name")
    group_id = options.id or group_id_for(options.name)
    if not group_id:
        raise Refused(f"navnet «{options.name}» gir ingen id: bruk bokstaver eller tall i navnet, eller velg id "
                      "med --id")
    if not ID_PATTERN.match(group_id) or len(group_id) > MAX_ID_LENGTH:
        raise Refused(f"id-en «{group_id}» er ugyldig: bruk små bokstaver a-z, tall og bindestrek, "
                      f"høyst {MAX_ID_LENGTH} tegn (velg en med --id)")
    path = Path(options.groups_dir) / f"{group_id}.yaml"
    _refuse_taken(register, path, options.name)
    return path, render_group(data)


def _refuse_taken(register, path: Path, name: str | None) -> None:
    if path.exists():
        raise Refused(f"id-en {path.stem} er tatt ({display_path(path)} finnes). Velg en annen med --id")
    taken = group_with_name(register, name or "")
    if name and taken:
        raise Refused(f"navnet «{name}» er tatt av {taken.path}")


def _group_data(options, members: list[dict]) -> dict:
    as_of = options.as_of.isoformat()
    return {
        "name": options.name, "category": options.category, "status": "active",
        "registered": options.registered or as_of, "region": options.region,
        "municipality": options.municipality, "institution": options.institution, "theme": options.theme,
        "student_council": options.student_council, "priority_areas": options.priority_areas,
        "endorses_guidelines": options.endorsed or as_of, "open_to_new_members": True, "members": members,
    }


def _members(options) -> list[dict]:
    contact = {"name": options.contact_name, "member_number": options.contact_number,
               "email": options.contact_email, "phone": options.contact_phone, "roles": ["contact"],
               "birth_year": options.contact_birth_year}
    try:
        others = [{**parse_member_line(line), "roles": []} for line in options.extra_members or []]
    except MemberLineError as exc:
        raise Refused(f"--member {exc}") from None
    members = [contact] + others
    known_roles = vocabularies().roles
    for given in options.roles or []:
        role, _, who = (part.strip() for part in given.partition("="))
        member = find_member(members, who)
        if role not in known_roles or member is None:
            raise Refused(f"--role «{given}»: skriv rolle=navn, der rollen er en av {', '.join(known_roles)} "
                          "og navnet er et av medlemmene")
        member["roles"] = list(dict.fromkeys(member["roles"] + [role]))
    return members


def _ask(options, ask: Asker, register) -> None:
    """Fill in every option the flags left open, by asking."""
    vocab = vocabularies()
    ask.write("Ny gruppe. Svar på spørsmålene; trykk Enter for å godta verdien i [klammer].")
    options.name = options.name or ask.checked("Gruppas navn", lambda name: _name_problem(register, name))
    options.category = options.category or ask.choice("Kategori (§4):", vocab.categories)
    _ask_category_fields(options, ask)
    options.region = options.region or ask.choice("Region:", vocab.regions)
    options.priority_areas = options.priority_areas or ask.choices("Prioriterte områder (§2.3):", vocab.priority_areas)
    ask.write("Gruppekontakten er den sekretariatet tar kontakt med (§2.4).")
    options.contact_name = options.contact_name or ask.text("Gruppekontaktens navn")
    options.contact_number = options.contact_number or ask.text(
        "Gruppekontaktens medlemsnummer", pattern=MEMBER_NUMBER_PATTERN, hint="Medlemsnummeret har bare sifre.")
    if not (options.contact_email or options.contact_phone):
        options.contact_email = ask.text("Gruppekontaktens e-post", required=False, pattern=EMAIL_PATTERN,
                                         hint="Skriv en e-postadresse, for eksempel navn@example.org.")
        options.contact_phone = ask.text("Gruppekontaktens telefon", required=not options.contact_email,
                                         pattern=PHONE_PATTERN, hint="Skriv telefonnummeret med sifre.")
    if options.category == "youth" and options.contact_birth_year is None:
        options.contact_birth_year = int(ask.checked("Gruppekontaktens fødselsår",
                                                     lambda year: _youth_year_problem(year, options.as_of.year)))
    if options.extra_members is None:
        options.extra_members = _ask_members(ask)
    options.endorsed = options.endorsed or _ask_date(
        ask, "Datoen gruppa sluttet seg til vedtekter, visjon og retningslinjer (§2.1)", options.as_of)
    options.registered = options.registered or _ask_date(ask, "Datoen registreringen kom inn", options.as_of)


def _youth_year_problem(answer: str, year: int) -> str | None:
    """Asked at once, so a volunteer does not lose every answer to §4.1 at the end."""
    if not re.fullmatch(r"(19|20)[0-9]{2}", answer):
        return "Skriv året med fire sifre."
    if year - int(answer) not in YOUTH_AGES:
        return f"Medlemmer av ungdomsgrupper er 13 til 19 år; født {answer} er {year - int(answer)} år i {year} (§4.1)."
    return None


def _ask_category_fields(options, ask: Asker) -> None:
    category = options.category
    if category == "local" or options.municipality:
        options.municipality = options.municipality or ask.text("Kommune")
    else:
        options.municipality = ask.text("Kommune", required=False)
    if category in ("student", "youth") and not options.institution:
        question = "Universitet eller høyskole" if category == "student" else "Skole"
        options.institution = ask.text(question, required=category == "student")
    if category == "theme" and not options.theme:
        options.theme = ask.text("Tema (saken eller området gruppa jobber med)")
    if category == "student" and options.student_council is None:
        options.student_council = ask.yes_no("Deltar gruppa i Studentrådet?")


def _ask_members(ask: Asker) -> list[str]:
    ask.write("Flere medlemmer: ett om gangen som «navn; medlemsnummer» (ungdomsgrupper også «; fødselsår»). "
              "Tom linje når du er ferdig.")
    lines = []
    while line := ask.checked("Medlem", _member_problem, required=False):
        lines.append(line)
    return lines


def _ask_date(ask: Asker, question: str, default) -> str:
    return ask.checked(question, _date_problem, default=default.isoformat())


def _date_problem(text: str) -> str | None:
    return None if parse_date(text) else "Skriv en dato som finnes, som ÅÅÅÅ-MM-DD."


def _name_problem(register, name: str) -> str | None:
    taken = group_with_name(register, name)
    if taken:
        return f"Navnet er tatt av {taken.path}. Velg et annet navn."
    group_id = group_id_for(name)
    if not group_id:
        return "Navnet må ha minst én bokstav fra a til å eller ett tall."
    if any(g.id == group_id for g in register.groups):
        return f"Navnet gir id-en {group_id}, som en annen gruppe har. Velg et annet navn."
    return None


def _member_problem(line: str) -> str | None:
    try:
        parse_member_line(line)
    except MemberLineError as exc:
        return str(exc)
    return None
