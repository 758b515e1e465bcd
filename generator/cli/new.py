"""`grupper new`: a new group file from answers to questions, each checked when it is given.

In a terminal it asks in Norwegian for what a registration needs (§6.1), one question at a time (the table in
`new_questions.py`). Each answer is checked at once, with the rules and messages of `grupper validate`, and asked
again until it holds; what the other answers tell is not asked (the region follows from the municipality; the
county is asked only for a name two municipalities share). Answers may also come as flags, from an answers file
(`--answers FIL`), or, when standard input is no terminal, from standard input in the same form. Members are
membership numbers with roles, nothing more; an answer holding an identity number, an e-mail address or a phone
number is refused without being repeated.

`groups/<id>.yaml` is written only when the whole file passes `validate`; in a terminal, a problem left at the end
is answered by choosing the question to answer again. Exit 0 when the file is written, 1 when it is not (an answer
missing or not holding, Ctrl-C), as the contract says. Nothing is written but a valid file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.cli.asking import Asker, pick
from generator.checks.reporters import render_problems
from generator.cli.common import (UsageError, add_vocabulary_option, display_path, load_all, project, run_context,
                                  say_what_was_not_checked)
from generator.cli.new_questions import (BY_ANSWER_KEY, BY_KEY, COUNTY, LISTS, MENU, MENUS, NUMBERS, QUESTIONS,
                                         ROLES, YES_NO, Question, Registration, in_question_words, question_of)
from generator.model.loading import parse_mapping
from generator.model.problems import SEVERITY_WORD
from generator.model.vocabulary import Term
from generator.text.wording import norwegian_list

ANSWERS_HELP = (
    "Svar fra en fil (--answers FIL) eller fra standard inn (når det ikke er en terminal, for eksempel "
    "grupper new < svar.yaml): YAML eller JSON, ett svar per linje som flaggets navn uten bindestrekene foran, "
    "kolon og svaret, for eksempel «name: Amnesty Ås», «category: lokal», «municipality: Ås», "
    "«priority-area: [Kvinners rettigheter]», «contact-number: 130001», «member: [130002, 130003]», "
    "«role: [leder=130002]». Flagg går foran fila. Uten terminal spør kommandoen ikke: mangler et påkrevd "
    "svar, sier den hvilke; holder et svar ikke, sier den hvorfor. Fila skrives bare når den er gyldig: "
    "da avslutter den med 0, ellers med 1.")
_NAMED_VALUE = {"categories": "kategori", "regions": "region", "priority_areas": "prioritert område"}


def add_arguments(parser) -> None:
    parser.epilog = ANSWERS_HELP
    parser.add_argument("--non-interactive", action="store_true",
                        help="ikke spør, og les ikke standard inn: bruk bare flaggene og --answers")
    parser.add_argument("--answers", metavar="FIL", help="svarene i en YAML- eller JSON-fil (- for standard inn)")
    for q in QUESTIONS:
        keywords = {"dest": q.key, "default": None, "help": q.help}
        if q.kind == YES_NO:
            parser.add_argument(q.flag, action=argparse.BooleanOptionalAction, **keywords)
            continue
        keywords.update(metavar=q.metavar, **({"action": "append"} if q.kind in LISTS else {}))
        if q.kind in (MENU, MENUS):
            add_vocabulary_option(parser, q.flag, q.vocabulary, _NAMED_VALUE[q.vocabulary], **keywords)
        else:
            parser.add_argument(q.flag, **keywords)


def run(options) -> int:
    group_files = load_all(options)
    ctx = run_context(options, project(options))
    in_terminal = not options.non_interactive and sys.stdin.isatty()
    given = {**_answers_file(options, in_terminal),
             **{q.key: getattr(options, q.key) for q in QUESTIONS if getattr(options, q.key) is not None}}
    registration = Registration(ctx, group_files, options.groups_dir, given)
    try:
        if in_terminal:
            _ask_until_valid(registration, Asker())
        elif code := _take(registration):
            return code
    except KeyboardInterrupt:
        print("\nAvbrutt. Ingen fil er skrevet.", file=sys.stderr)
        return 1
    except EOFError:
        print("\nSvarene sluttet før alle spørsmålene var besvart. Ingen fil er skrevet.", file=sys.stderr)
        return 1
    found = _verdict(registration)
    _say(found, in_terminal)
    if any(word == "feil" for word, _, _ in found):       # only without a terminal: it asks until none is left
        print("Skrev ingen fil: rett svarene over (se grupper new --help).", file=sys.stderr)
        return 1
    path, text = registration.draft()
    path.write_text(text, encoding="utf-8")
    say_what_was_not_checked(ctx)
    print(f"Skrev {display_path(path)}. Send den inn som en pull request.", file=sys.stderr)
    print(f"Når den er godkjent, vises dette for alle i gruppeoversikten: {registration.public_fields()}. "
          "Medlemmene vises aldri.", file=sys.stderr)
    return 0


def _answers_file(options, in_terminal: bool) -> dict[str, object]:
    """The answers of `--answers FIL` (`-`: standard input), or of standard input when it is no terminal."""
    if options.answers not in (None, "-"):
        path = Path(options.answers)
        return _answers(path.read_bytes(), display_path(path))
    if options.answers == "-" or not (in_terminal or options.non_interactive):
        raw = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
        return _answers(raw, "standard inn") if raw.strip() or options.answers == "-" else {}
    return {}


def _answers(raw: bytes, display: str) -> dict[str, object]:
    read, problems = parse_mapping(display, raw, "Det er ingen svar her.")
    if read is None:
        print(render_problems(problems, "text"), file=sys.stderr)
        raise UsageError(f"kan ikke lese svarene i {display}: skriv ett svar per linje, «flagg: svar» "
                         "(se grupper new --help)")
    unknown = [key for key in read.data if key not in BY_ANSWER_KEY]
    nested = [key for key, value in read.data.items() if isinstance(value, dict)
              or isinstance(value, list) and any(isinstance(item, (dict, list)) for item in value)]
    if unknown or nested:
        raise UsageError(f"{display}: " + (f"ukjent spørsmål {norwegian_list([str(k) for k in unknown])}; "
                                             f"kjente er {', '.join(BY_ANSWER_KEY)}" if unknown else
                                             f"skriv ett svar eller en liste av svar til {norwegian_list(nested)}"))
    return {BY_ANSWER_KEY[key].key: value for key, value in read.data.items() if value is not None}


def _take(registration: Registration) -> int:
    """Every answer given without a terminal, checked in the order the questions are asked; 0 when all hold."""
    missing, wrong = [], []
    for q in QUESTIONS:
        raw = registration.beforehand.get(q.key)
        if not registration.applies(q):
            if raw is not None:
                print(f"advarsel: {q.named} gjelder ikke denne gruppa: svaret står ikke i fila.", file=sys.stderr)
            continue
        raw = next((r for r in (raw, registration.known(q), registration.default(q)) if r is not None), None)
        if raw is None:
            missing += [q] if registration.required(q) else []
        elif problem := registration.keep(q, raw):
            wrong.append(q)
            print(f"feil: {q.named}: {problem}", file=sys.stderr)
    if missing:
        print(f"grupper new: mangler svar på {norwegian_list([q.named for q in missing])}. Gi dem som flagg eller "
              "i en svarfil (se grupper new --help). Skrev ingen fil.", file=sys.stderr)
        return 1
    if wrong:
        print("Skrev ingen fil: rett svarene over (se grupper new --help).", file=sys.stderr)
        return 1
    return 0


def _ask_until_valid(registration: Registration, ask: Asker) -> None:
    """Ask what is open; then, while the whole file has a problem, which answer to change, and ask again."""
    ask.write("Ny gruppe. Svar på spørsmålene; trykk Enter for å godta verdien i [klammer]. Ctrl-C avbryter "
              "uten å skrive noe.")
    ask.write("Skriv aldri telefonnumre, e-postadresser eller fødselsnumre i svarene.")
    derived: set[str] = set()
    _ask_open(registration, ask, derived)
    while errors := [(q, message) for word, q, message in _verdict(registration) if word == "feil"]:
        _say([("feil", q, message) for q, message in errors], in_terminal=True)
        asked = {q.key: Term(q.key, q.label) for q in QUESTIONS if q.key in registration.values
                 and registration.applies(q)}
        answer = ask.menu("Fila blir ikke gyldig ennå. Hvilket spørsmål vil du svare på igjen",
                          asked, lambda word: pick(word, asked)[1])
        q = BY_KEY[pick(answer, asked)[0]]
        for key in {q.key, "county", *derived}:          # what follows from the answer follows again
            registration.forget(BY_KEY[key])
        derived.clear()
        _ask_one(registration, q, None, ask, derived, use_known=False)
        _ask_open(registration, ask, derived)


def _ask_open(registration: Registration, ask: Asker, derived: set[str]) -> None:
    for q in QUESTIONS:
        if q.key not in registration.values and registration.applies(q):
            _ask_one(registration, q, registration.beforehand.get(q.key), ask, derived)


def _ask_one(registration: Registration, q: Question, raw: object, ask: Asker, derived: set[str],
             use_known: bool = True) -> None:
    """A question: its answer given beforehand, or what the other answers tell, if it holds; else asked."""
    if raw is None and use_known and (raw := registration.known(q)) is not None:
        derived.add(q.key)
    if raw is not None:
        problem = registration.keep(q, raw)
        if problem is None:
            if q.key == "region" and q.key in derived:
                ask.write(f"Region: {registration.ctx.vocab.label('regions', registration.values['region'])} "
                          "(ut fra kommunen).")
            return
        derived.discard(q.key)
        ask.write(f"{q.label}: {problem}")
    if q.intro:
        ask.write(q.intro)

    def check(answer: object) -> str | None:
        problem = registration.check(q, answer)[1]
        return f"{q.label}: {problem}" if problem else None

    registration.keep(q, _prompt(registration, q, check, ask))


def _prompt(registration: Registration, q: Question, check, ask: Asker) -> object:
    if q.kind in (MENU, MENUS, COUNTY):
        return ask.menu(q.label, registration.options(q), check, several=q.kind == MENUS)
    if q.kind == YES_NO:
        return ask.yes_no(q.label, check)
    if q.kind == NUMBERS:
        return ask.lines("Medlemsnummer", check)
    if q.kind == ROLES:
        return ask.for_each({key: term.label for key, term in registration.options(q).items() if key != "contact"},
                            check)
    return ask.line(q.label, check, required=registration.required(q), default=registration.default(q))


def _verdict(registration: Registration) -> list[tuple[str, Question | None, str]]:
    """What is wrong with the whole file: each answer read again beside the others, then `validate`'s problems,
    each named by its question."""
    found = [("feil", q, problem) for q, problem in registration.recheck()]
    found += [(SEVERITY_WORD[p.severity], question_of(p.where), in_question_words(p))
              for p in registration.problems()]
    return list(dict.fromkeys(found))


def _say(found: list[tuple[str, Question | None, str]], in_terminal: bool) -> None:
    for word, q, message in found:
        named = "" if q is None else f"{q.label if in_terminal else q.named}: "
        print(f"{word}: {named}{message}", file=sys.stderr)
