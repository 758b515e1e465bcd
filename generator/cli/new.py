"""`grupper new`: a new group file from answers to questions, or from flags.

Asks in Norwegian for what a registration needs (§6.1) when it runs in a
terminal; with `--non-interactive`, or without a terminal, it takes the flags as
they are. Members are membership numbers with roles, nothing more: names and
contact details come from the membership register. An answer holding an
identity number, an e-mail address or a phone number is refused without being
repeated. Writes `groups/<id>.yaml` only if it passes `grupper validate`; exits 0
when it wrote the file, 1 when it did not.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.cli.asking import Asker
from generator.checks.run import has_errors
from generator.intake.drafts import check_draft, group_id_for, group_with_name
from generator.intake.guard import detail_in, kind, what_to_do
from generator.model.loading import ID_PATTERN, MAX_ID_LENGTH, RESERVED_IDS
from generator.intake.member_lines import ONLY_NUMBERS, MemberLineError, find_member, member_number, parse_member_line
from generator.model.quarters import parse_date
from generator.model.schema import EMAIL_PATTERN
from generator.text.wording import norwegian_list
from generator.model.writing import render_group
from generator.text.quoting import quoted
from generator.cli.common import (add_vocabulary_option, run_context, display_path, load_all, print_problems,
                                  project, say_what_was_not_checked, vocabularies)


def add_arguments(parser) -> None:
    parser.add_argument("--non-interactive", action="store_true", help="ikke spør: bruk bare flaggene")
    parser.add_argument("--id", metavar="ID", help="gruppas id og filnavn (standard: laget av navnet, «Amnesty Ås» gir amnesty-as)")
    parser.add_argument("--name", metavar="NAVN", help="gruppas navn")
    add_vocabulary_option(parser, "--category", "categories", "kategori", "kategori (§4)", metavar="KATEGORI")
    add_vocabulary_option(parser, "--region", "regions", "region", "region", metavar="REGION")
    parser.add_argument("--municipality", metavar="KOMMUNE", help="kommune (påkrevd for lokalgrupper)")
    parser.add_argument("--institution", metavar="LÆRESTED", help="universitet eller høyskole (studentgrupper), skole (ungdomsgrupper)")
    parser.add_argument("--theme", metavar="TEMA", help="tema (påkrevd for temagrupper)")
    parser.add_argument("--student-council", action=argparse.BooleanOptionalAction, default=None,
                        help="studentgruppa deltar i Studentrådet (§5)")
    add_vocabulary_option(parser, "--priority-area", "priority_areas", "prioritert område",
                          "et prioritert område (§2.3); kan gjentas", action="append", default=None,
                          dest="priority_areas", metavar="OMRÅDE")
    parser.add_argument("--contact-number", metavar="NR", help="gruppekontaktens medlemsnummer (§2.4)")
    parser.add_argument("--member", action="append", default=None, dest="extra_members", metavar="NR",
                        help="medlemsnummeret til et medlem til; kan gjentas. Navn og kontaktinformasjon står i "
                             "medlemsregisteret, ikke i gruppefila")
    parser.add_argument("--role", action="append", default=None, dest="roles", metavar="ROLLE=NR",
                        help="gi et medlem en rolle, for eksempel leader=100871 (medlemsnummeret til gruppekontakten "
                             "eller et --member); kan gjentas")
    parser.add_argument("--description", metavar="TEKST", help="kort om gruppa, vist i gruppeoversikten")
    parser.add_argument("--group-email", metavar="E-POST",
                        help="gruppas egen e-postadresse (ikke en persons), vist i gruppeoversikten")
    parser.add_argument("--meets", metavar="TEKST", help="hvor og når gruppa møtes, vist i gruppeoversikten")
    parser.add_argument("--endorsed", metavar="ÅÅÅÅ-MM-DD",
                        help="datoen gruppa sluttet seg til vedtekter, visjon og retningslinjer (standard: --as-of)")
    parser.add_argument("--registered", metavar="ÅÅÅÅ-MM-DD", help="datoen registreringen kom inn (standard: --as-of)")


class Refused(Exception):
    """Answers `new` cannot make a group file from: nothing is written, and the command exits 1."""


# The free-text answers and the flags that give them, searched for personal details before anything is used.
_TEXT_FLAGS = {"name": "--name", "id": "--id", "municipality": "--municipality", "institution": "--institution",
               "theme": "--theme", "description": "--description", "meets": "--meets"}
PUBLIC_NOTICE = ("Offentlig informasjon: dette, og gruppas navn, kategori, region, kommune og prioriterte "
                 "områder, vises for alle i gruppeoversikten. Medlemmene vises aldri. Uten e-post (eller nettside "
                 "eller sosiale medier, som kan legges til i fila) viser gruppesiden regionens adresse.")
_NUMBER_FLAGS = {"contact_number": "--contact-number", "extra_members": "--member", "roles": "--role"}


def run(options) -> int:
    group_files = load_all(options)
    if not (options.non_interactive or not sys.stdin.isatty()):
        _ask(options, Asker(), group_files)
    try:
        _refuse_personal_details(options)
        path, text = _draft(options, group_files)
    except Refused as exc:
        print(f"grupper new: {str(exc).rstrip('.')}. Skrev ingen fil.", file=sys.stderr)
        return 1
    ctx = run_context(options, project(options))
    problems = check_draft(group_files, display_path(path), text, ctx)
    print_problems(problems, "text", 1)
    say_what_was_not_checked(ctx)
    if has_errors(problems):
        print(f"Skrev ikke {display_path(path)}: rett svarene over (se grupper new --help).", file=sys.stderr)
        return 1
    path.write_text(text, encoding="utf-8")
    print(f"Skrev {display_path(path)}. Send den inn som en pull request.", file=sys.stderr)
    print(f"Når den er godkjent, vises dette for alle i gruppeoversikten: {_what_is_public(options)}. "
          "Medlemmene vises aldri.", file=sys.stderr)
    return 0


def _what_is_public(options) -> str:
    shown = {"navn": options.name, "kategori": True, "region": True, "kommune": options.municipality,
             "lærested eller skole": options.institution, "tema": options.theme, "prioriterte områder": True,
             "beskrivelsen": options.description, "e-postadressen": options.group_email,
             "møtestedet": options.meets}
    return norwegian_list([what for what, given in shown.items() if given])


def _refuse_personal_details(options) -> None:
    """No answer holding an identity number, an e-mail address or a phone number is used, nor repeated."""
    for dest, flag in {**_TEXT_FLAGS, **_NUMBER_FLAGS}.items():
        values = getattr(options, dest)
        for value in values if isinstance(values, list) else [values]:
            value = value.partition("=")[2] if dest == "roles" and value else value      # role=number
            problem = _detail_problem(value, member_numbers=dest in _NUMBER_FLAGS) if value else None
            if problem:
                raise Refused(f"{flag}: {problem}")


def _detail_problem(answer: str, member_numbers: bool = False) -> str | None:
    detail = detail_in(answer, member_numbers=member_numbers)
    if detail is None:
        return None
    return f"svaret ser ut til å ha {kind(detail)}. {what_to_do(detail, member_numbers=member_numbers)}"


def _draft(options, group_files) -> tuple[Path, str]:
    """Where the new group's file goes, and its text."""
    data = _group_data(options, _members(options))
    if not options.name:
        raise Refused("gruppas navn mangler: oppgi det med --name")
    group_id = options.id or group_id_for(options.name)
    if not group_id:
        raise Refused(f"navnet {quoted(options.name, 'du skrev')} gir ingen id: bruk bokstaver eller tall i "
                      "navnet, eller velg id med --id")
    if group_id in RESERVED_IDS:
        raise Refused(f"id-en «{group_id}» er opptatt av nettsidene: velg en annen med --id")
    if not ID_PATTERN.match(group_id) or len(group_id) > MAX_ID_LENGTH:
        raise Refused(f"id-en {quoted(group_id, 'du skrev')} er ugyldig: bruk små bokstaver a-z, tall og bindestrek, "
                      f"høyst {MAX_ID_LENGTH} tegn (velg en med --id)")
    path = Path(options.groups_dir) / f"{group_id}.yaml"
    _refuse_taken(group_files, path, options.name)
    return path, render_group(data)


def _refuse_taken(group_files, path: Path, name: str | None) -> None:
    if path.exists():
        raise Refused(f"id-en {path.stem} er tatt ({display_path(path)} finnes). Velg en annen med --id")
    taken = group_with_name(group_files, name or "")
    if name and taken:
        raise Refused(f"navnet {quoted(name, 'du skrev')} er tatt av {taken.path}")


def _group_data(options, members: list[dict]) -> dict:
    as_of = options.as_of.isoformat()
    return {
        "name": options.name, "category": options.category, "status": "active",
        "registered": options.registered or as_of, "region": options.region,
        "municipality": options.municipality, "institution": options.institution, "theme": options.theme,
        "student_council": options.student_council, "priority_areas": options.priority_areas,
        "endorses_guidelines": options.endorsed or as_of, "open_to_new_members": True, "members": members,
        "public": {key: value for key, value in (("description", options.description),
                                                 ("email", options.group_email), ("meets", options.meets)) if value}
                  or None,
    }


def _members(options) -> list[dict]:
    """The contact person first, then the other members, by membership number; a number given twice is one
    member. A value that is no number is refused without being repeated."""
    members = [{"member_number": _number(options.contact_number, "--contact-number"), "roles": ["contact"]}]
    for given in options.extra_members or []:
        number = _number(given, "--member")
        if find_member(members, number) is None:
            members.append({"member_number": number, "roles": []})
    known_roles = vocabularies().roles
    for given in options.roles or []:
        role, _, who = (part.strip() for part in given.partition("="))
        if role not in known_roles:
            raise Refused(f"--role: skriv rolle=medlemsnummer, der rollen er en av {', '.join(known_roles)}")
        member = find_member(members, _number(who, "--role"))
        if member is None:
            raise Refused(f"--role {role}: medlemsnummer {member_number(who)} er verken gruppekontakten eller et "
                          "--member. Legg det til med --member")
        member["roles"] = list(dict.fromkeys(member["roles"] + [role]))
    return members


def _number(given: str | None, flag: str) -> str | None:
    if given is None:
        return None              # the check of the draft says what is missing
    try:
        return parse_member_line(given)["member_number"]
    except MemberLineError as exc:
        raise Refused(f"{flag}: {exc}".rstrip(".")) from None


def _ask(options, ask: Asker, group_files) -> None:
    """Fill in every option the flags left open, by asking."""
    vocab = vocabularies()
    ask.write("Ny gruppe. Svar på spørsmålene; trykk Enter for å godta verdien i [klammer].")
    ask.write("Skriv aldri telefonnumre, e-postadresser eller fødselsnumre i svarene.")
    options.name = options.name or ask.checked("Gruppas navn", lambda name: _name_problem(group_files, name))
    options.category = options.category or ask.choice("Kategori (§4):", vocab.categories)
    _ask_category_fields(options, ask)
    options.region = options.region or ask.choice("Region:", vocab.regions)
    options.priority_areas = options.priority_areas or ask.choices("Prioriterte områder (§2.3):", vocab.priority_areas)
    ask.write("Medlemmer oppgis bare med medlemsnummer: navn og kontaktinformasjon henter sekretariatet fra "
              "medlemsregisteret.")
    options.contact_number = options.contact_number or ask.checked(
        "Gruppekontaktens medlemsnummer (den sekretariatet tar kontakt med, §2.4)", _number_problem)
    if options.extra_members is None:
        options.extra_members = _ask_members(ask)
    if options.roles is None:
        options.roles = _ask_roles(ask, vocab)
    _ask_public(options, ask)
    options.endorsed = options.endorsed or _ask_date(
        ask, "Datoen gruppa sluttet seg til vedtekter, visjon og retningslinjer (§2.1)", options.as_of)
    options.registered = options.registered or _ask_date(ask, "Datoen registreringen kom inn", options.as_of)


def _ask_category_fields(options, ask: Asker) -> None:
    category = options.category
    if category == "local" or options.municipality:
        options.municipality = options.municipality or ask.checked("Kommune", _text_problem)
    else:
        options.municipality = ask.checked("Kommune", _text_problem, required=False)
    if category in ("student", "youth") and not options.institution:
        question = "Universitet eller høyskole" if category == "student" else "Skole"
        options.institution = ask.checked(question, _text_problem, required=category == "student")
    if category == "theme" and not options.theme:
        options.theme = ask.checked("Tema (saken eller området gruppa jobber med)", _text_problem)
    if category == "student" and options.student_council is None:
        options.student_council = ask.yes_no("Deltar gruppa i Studentrådet?")


def _ask_public(options, ask: Asker) -> None:
    ask.write(PUBLIC_NOTICE)
    options.description = options.description or ask.checked("Kort om gruppa", _text_problem, required=False)
    options.group_email = options.group_email or ask.text(
        "Gruppas egen e-postadresse (ikke en persons)", required=False, pattern=EMAIL_PATTERN,
        hint="Skriv en e-postadresse, for eksempel amnesty-as@example.org, eller la feltet stå tomt.")
    options.meets = options.meets or ask.checked("Hvor og når gruppa møtes", _text_problem, required=False)


def _ask_members(ask: Asker) -> list[str]:
    ask.write("Flere medlemmer: ett medlemsnummer om gangen. Tom linje når du er ferdig.")
    numbers = []
    while number := ask.checked("Medlemsnummer", _number_problem, required=False):
        numbers.append(number)
    return numbers


def _ask_roles(ask: Asker, vocab) -> list[str]:
    ask.write("Roller: skriv medlemsnummeret til den som har rollen, flere skilt med komma. Tom linje hvis ingen.")
    given = []
    for role, term in vocab.roles.items():
        if role != "contact":
            answer = ask.checked(term.label, _numbers_problem, required=False)
            given += [f"{role}={number.strip()}" for number in (answer or "").split(",") if number.strip()]
    return given


def _ask_date(ask: Asker, question: str, default) -> str:
    return ask.checked(question, _date_problem, default=default.isoformat())


def _date_problem(text: str) -> str | None:
    return None if parse_date(text) else "Skriv en dato som finnes, som ÅÅÅÅ-MM-DD."


def _name_problem(group_files, name: str) -> str | None:
    if problem := _text_problem(name):
        return problem
    taken = group_with_name(group_files, name)
    if taken:
        return f"Navnet er tatt av {taken.path}. Velg et annet navn."
    group_id = group_id_for(name)
    if not group_id:
        return "Navnet må ha minst én bokstav fra a til å eller ett tall."
    if any(g.id == group_id for g in group_files.groups):
        return f"Navnet gir id-en {group_id}, som en annen gruppe har. Velg et annet navn."
    return None


def _text_problem(answer: str) -> str | None:
    """A free-text answer asked again if it holds a personal detail, with a message that does not repeat it."""
    return _sentence(_detail_problem(answer))


def _number_problem(answer: str) -> str | None:
    """A membership number, asked again with a message that repeats nothing of the answer."""
    problem = _detail_problem(answer, member_numbers=True) or (None if member_number(answer) else ONLY_NUMBERS)
    return _sentence(problem)


def _sentence(message: str | None) -> str | None:
    return message and message[0].upper() + message[1:]


def _numbers_problem(answer: str) -> str | None:
    return next(filter(None, map(_number_problem, (part for part in answer.split(",") if part.strip()))), None)
