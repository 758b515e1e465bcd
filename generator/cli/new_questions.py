"""`grupper new`'s questions, one table: each question's label, flag, kind, the group file's field it fills and
when it is asked. The same table makes the flags, reads an answers file, asks in the terminal and names the
question in every message.

`Registration` holds the answers given so far. An answer is read (a menu's label, a membership number, a date),
searched for personal details, and then checked by the rules `grupper validate` applies: the answers so far are
written as the group file they make, and the problems `validate` would report in the answer's field are its
problems, in the words of `validate`, with every field named by its question.
"""

from __future__ import annotations

from itertools import count
from dataclasses import dataclass
from pathlib import Path

from generator.checks.run import GroupFiles
from generator.cli.asking import pick
from generator.cli.common import display_path
from generator.intake.drafts import check_draft, group_id_for
from generator.intake.guard import detail_in, what_to_do
from generator.intake.member_lines import ONLY_NUMBERS, find_member, member_number
from generator.model.context import RunContext
from generator.model.loading import ID_PATTERN, MAX_ID_LENGTH, RESERVED_IDS
from generator.model.problems import Problem
from generator.model.quarters import parse_date
from generator.model.schema import EMAIL_PATTERN
from generator.model.vocabulary import Term
from generator.model.writing import render_group
from generator.text.personal_data import kind as detail_kind
from generator.text.quoting import NAMED_FIELD, quoted
from generator.text.wording import norwegian_alternatives, norwegian_list

# How an answer is asked and read.
TEXT, EMAIL, ID, NUMBER, NUMBERS, ROLES, MENU, MENUS, COUNTY, YES_NO, DATE = (
    "text", "email", "id", "number", "numbers", "roles", "menu", "menus", "county", "yes_no", "date")
LISTS = (NUMBERS, ROLES, MENUS)            # flags that may be given more than once

PUBLIC_NOTICE = ("Offentlig informasjon: dette, og gruppas navn, kategori, region, kommune og prioriterte "
                 "områder, vises for alle i gruppeoversikten. Medlemmene vises aldri. Uten e-post (eller nettside "
                 "eller sosiale medier, som kan legges til i fila) viser gruppesiden regionens adresse.")


@dataclass(frozen=True)
class Question:
    key: str                          # the answer's name among the options
    label: str                        # the question as asked, and as every message names it
    flag: str                         # its option; without the dashes, its key in an answers file
    kind: str
    help: str
    field: tuple = ()                 # where its answer goes in the group file: problems found there are its own
    vocabulary: str = ""              # a menu's vocabulary
    categories: tuple[str, ...] = ()  # asked only for these categories (all when empty)
    required: bool | tuple[str, ...] = False   # or only for these categories
    intro: str = ""                   # said in the terminal before it is asked
    metavar: str | None = None

    @property
    def answer_key(self) -> str:
        return self.flag.removeprefix("--")

    @property
    def named(self) -> str:
        return f"«{self.label}» ({self.flag})"


QUESTIONS = (
    Question("name", "Gruppas navn", "--name", TEXT, "gruppas navn", ("name",), required=True, metavar="NAVN"),
    Question("id", "Id (gruppefilas navn)", "--id", ID, "gruppas id og filnavn (standard: laget av navnet, "
             "«Amnesty Ås» gir amnesty-as); spørres bare om når navnet ikke gir en ledig id", metavar="ID"),
    Question("category", "Kategori (§4)", "--category", MENU, "kategori (§4)",
             ("category",), "categories", required=True, metavar="KATEGORI"),
    Question("municipality", "Kommune", "--municipality", TEXT, "kommune (påkrevd for lokalgrupper); regionen "
             "følger av den", ("municipality",), required=("local",), metavar="KOMMUNE"),
    Question("county", "Fylke", "--county", COUNTY, "fylket kommunen ligger i, når to kommuner har navnet "
             "(Herøy, Våler); spørres bare om da", metavar="FYLKE",
             intro="To kommuner har dette navnet: velg fylket kommunen ligger i."),
    Question("region", "Region", "--region", MENU, "region",
             ("region",), "regions", required=True, metavar="REGION"),
    Question("institution", "Lærested (universitet, høyskole eller skole)", "--institution", TEXT,
             "universitet eller høyskole (studentgrupper), skole (ungdomsgrupper)", ("institution",),
             categories=("student", "youth"), required=("student",), metavar="LÆRESTED"),
    Question("theme", "Tema (saken eller området gruppa jobber med)", "--theme", TEXT,
             "tema (påkrevd for temagrupper)", ("theme",), categories=("theme",), required=True, metavar="TEMA"),
    Question("student_council", "Deltar gruppa i Studentrådet?", "--student-council", YES_NO,
             "studentgruppa deltar i Studentrådet (§5)", ("student_council",), categories=("student",)),
    Question("priority_areas", "Prioriterte områder (§2.3)", "--priority-area", MENUS,
             "et prioritert område (§2.3); kan gjentas", ("priority_areas",), "priority_areas", required=True,
             metavar="OMRÅDE"),
    Question("contact_number", "Gruppekontaktens medlemsnummer (§2.4)", "--contact-number", NUMBER,
             "gruppekontaktens medlemsnummer (§2.4)", ("members", 0), required=True, metavar="NR",
             intro="Medlemmer oppgis bare med medlemsnummer: navn og kontaktinformasjon henter sekretariatet fra "
                   "medlemsregisteret. Gruppekontakten er den sekretariatet tar kontakt med."),
    Question("extra_members", "Andre medlemmer", "--member", NUMBERS, "medlemsnummeret til et medlem til; kan "
             "gjentas. Navn og kontaktinformasjon står i medlemsregisteret, ikke i gruppefila", ("members", 1),
             intro="Flere medlemmer: ett medlemsnummer om gangen. Tom linje når du er ferdig.", metavar="NR"),
    Question("roles", "Roller", "--role", ROLES, "gi et medlem en rolle, for eksempel leader=100871 eller "
             "leder=100871 (medlemsnummeret til gruppekontakten eller et --member); kan gjentas",
             ("members", 0, "roles"), "roles", metavar="ROLLE=NR",
             intro="Roller: skriv medlemsnummeret til den som har rollen, flere skilt med komma. Tom linje hvis "
                   "ingen."),
    Question("description", "Kort om gruppa", "--description", TEXT, "kort om gruppa, vist i gruppeoversikten",
             ("public", "description"), intro=PUBLIC_NOTICE, metavar="TEKST"),
    Question("group_email", "Gruppas egen e-postadresse (ikke en persons)", "--group-email", EMAIL,
             "gruppas egen e-postadresse (ikke en persons), vist i gruppeoversikten", ("public", "email"),
             metavar="E-POST"),
    Question("meets", "Hvor og når gruppa møtes", "--meets", TEXT, "hvor og når gruppa møtes, vist i "
             "gruppeoversikten", ("public", "meets"), metavar="TEKST"),
    Question("endorsed", "Datoen gruppa sluttet seg til vedtekter, visjon og retningslinjer (§2.1)", "--endorsed",
             DATE, "datoen gruppa sluttet seg til vedtekter, visjon og retningslinjer (standard: --as-of)",
             ("endorses_guidelines",), metavar="ÅÅÅÅ-MM-DD"),
    Question("registered", "Datoen registreringen kom inn", "--registered", DATE,
             "datoen registreringen kom inn (standard: --as-of)", ("registered",), metavar="ÅÅÅÅ-MM-DD"),
)
BY_KEY = {q.key: q for q in QUESTIONS}
BY_ANSWER_KEY = {q.answer_key: q for q in QUESTIONS}
_BY_FIELD = {q.field: q for q in QUESTIONS if q.field and q.key != "roles"}
_BY_FIELD_NAME = {q.field[-1]: q.label for q in QUESTIONS if q.field and isinstance(q.field[-1], str)}


def question_of(where: tuple) -> Question | None:
    """The question whose answer holds the data at `where` (a problem's place in the group file)."""
    if where[:1] == ("members",):
        if where[2:3] == ("roles",):
            return BY_KEY["roles"]
        return BY_KEY["extra_members" if len(where) > 1 and where[1] != 0 else "contact_number"]
    return _BY_FIELD.get(tuple(where[:2])) or _BY_FIELD.get(tuple(where[:1]))


def in_question_words(problem: Problem) -> str:
    """The problem's message with each field of the file named as its question is, and its rule."""
    message = NAMED_FIELD.sub(lambda m: f"«{_BY_FIELD_NAME.get(m[1], m[1])}»", problem.message)
    return f"{message} ({problem.rule})" if problem.rule else message


class Registration:
    """The answers given so far, each kept only when it holds."""

    def __init__(self, ctx: RunContext, group_files: GroupFiles, groups_dir: str, beforehand: dict[str, object]):
        self.ctx, self.group_files, self.groups_dir = ctx, group_files, Path(groups_dir)
        self.beforehand = beforehand           # answers given before any is asked: flags, an answers file
        self.raw: dict[str, object] = {}       # each kept answer as written
        self.values: dict[str, object] = {}    # as the group file holds them; None for an optional one not given
        taken = {group.id for group in group_files.groups}
        # the file's id until the id is known: one no group has, so that the draft is checked beside every group
        self.unused_id = next(group_id for n in count(1) if (group_id := f"ny-gruppe-{n}") not in taken)

    # What is asked.
    def applies(self, q: Question, values: dict | None = None) -> bool:
        values = self.values if values is None else values
        if q.kind == COUNTY:
            return len(self._candidates(values)) > 1 and self._given_region_decides(values) is None
        return not q.categories or values.get("category") in q.categories

    def required(self, q: Question) -> bool:
        """Whether it must be answered (an id only once the name is there to make one)."""
        return (q.required is True or q.kind == COUNTY or (q.kind == ID and "name" in self.values)
                or self.values.get("category") in (q.required or ()))

    def known(self, q: Question) -> object:
        """What the other answers say, so that it is not asked: the id from the name, the region from the
        municipality."""
        if q.key == "id" and self.values.get("name"):
            return group_id_for(self.values["name"])
        if q.key == "region" and (municipality := self._municipality(self.values)) is not None:
            return self.ctx.places.region_of_county(municipality.county)
        return None

    def default(self, q: Question) -> str | None:
        return self.ctx.as_of.isoformat() if q.kind == DATE else None

    def options(self, q: Question) -> dict[str, Term]:
        """A menu's choices."""
        if q.kind == COUNTY:
            found = sorted(self._candidates(self.values), key=lambda m: m.county)
            return {m.county: Term(m.county, m.county) for m in found}
        return getattr(self.ctx.vocab, q.vocabulary) if q.vocabulary else {}

    # Answers.
    def keep(self, q: Question, raw: object) -> str | None:
        """Keep the answer if it holds; else what is wrong with it."""
        value, problem = self.check(q, raw)
        if problem is None:
            self.raw[q.key], self.values[q.key] = raw, value
        return problem

    def forget(self, q: Question) -> None:
        self.raw.pop(q.key, None)
        self.values.pop(q.key, None)

    def check(self, q: Question, raw: object) -> tuple[object, str | None]:
        """The answer as the file holds it, and what is wrong with it: as read, then by `validate`'s rules."""
        value, problem = self._read(q, raw)
        if problem is None and q.key == "municipality" and len(self._candidates({"municipality": value})) > 1:
            return value, None         # a name two municipalities have: checked once its county is known
        if problem is None and value is not None:
            problem = next((in_question_words(p) for p in self.problems({**self.values, q.key: value})
                            if p.is_error and question_of(p.where) is q), None)
        return value, problem

    def problems(self, values: dict | None = None) -> list[Problem]:
        """What `validate` would report in the file the answers make, beside the rest of the register."""
        path, text = self.draft(values)
        return check_draft(self.group_files, display_path(path), text, self.ctx)

    def draft(self, values: dict | None = None) -> tuple[Path, str]:
        """Where the file goes and its text."""
        values = self.values if values is None else values
        group_id = values.get("id") or self.unused_id
        return self.groups_dir / f"{group_id}.yaml", render_group(self._group_data(values))

    def recheck(self) -> list[tuple[Question, str]]:
        """Each kept answer read again beside the others (a role for a member since taken out)."""
        return [(q, problem) for q in QUESTIONS if q.key in self.raw and self.applies(q)
                for problem in [self._read(q, self.raw[q.key])[1]] if problem]

    def public_fields(self) -> str:
        shown = {"navn": True, "kategori": True, "region": True, "kommune": "municipality",
                 "lærested eller skole": "institution", "tema": "theme", "prioriterte områder": True,
                 "beskrivelsen": "description", "e-postadressen": "group_email", "møtestedet": "meets"}
        return norwegian_list([what for what, key in shown.items() if key is True or self._applied(key)])

    # Reading one answer.
    def _read(self, q: Question, raw: object) -> tuple[object, str | None]:
        if q.kind in LISTS:
            items = [part for item in _as_list(raw) for part in _split(item, q.kind)]
            return _READERS[q.kind](self, q, items)
        text = " ".join(str(raw).split()) if raw is not None and not isinstance(raw, bool) else raw
        if text in (None, ""):
            return None, (f"Navnet {quoted(self.values.get('name'), 'du skrev')} gir ingen id. Velg en id."
                          if q.kind == ID and raw == "" else None)
        if q.kind in (TEXT, EMAIL, ID, NUMBER) and (detail := detail_in(
                text, member_numbers=q.kind == NUMBER, contact_pattern=EMAIL_PATTERN if q.kind == EMAIL else None)):
            return None, _detail_message(detail, q.kind == NUMBER)
        return _READERS[q.kind](self, q, text)

    def _text(self, q: Question, text: str):
        return text, None

    def _id(self, q: Question, group_id: str):
        if group_id in RESERVED_IDS:
            return None, f"Id-en «{group_id}» er opptatt av nettsidene. Velg en annen."
        if not ID_PATTERN.match(group_id) or len(group_id) > MAX_ID_LENGTH:
            return None, (f"Id-en {quoted(group_id, 'du skrev')} er ugyldig: bruk små bokstaver a-z, tall og "
                          f"bindestrek, høyst {MAX_ID_LENGTH} tegn.")
        path = self.groups_dir / f"{group_id}.yaml"
        if path.exists():
            return None, f"Id-en {group_id} er tatt ({display_path(path)} finnes). Velg en annen."
        return group_id, None

    def _number(self, q: Question, text: str):
        number = member_number(text)
        return (number, None) if number else (None, _sentence(ONLY_NUMBERS))

    def _numbers(self, q: Question, items: list[str]):
        numbers = []
        for item in items:
            number, problem = self._read(BY_KEY["contact_number"], item)
            if problem:
                return None, problem
            numbers.append(number)
        return list(dict.fromkeys(numbers)), None

    def _roles(self, q: Question, items: list[str]):
        terms = {key: term for key, term in self.ctx.vocab.roles.items() if key != "contact"}
        roles = []
        for item in items:
            role, _, who = (part.strip() for part in item.partition("="))
            key = pick(role, terms)[0] if role and who else None
            if key is None:
                named = [f"{term.label.lower()} ({key})" for key, term in terms.items()]
                return None, f"Skriv rolle=medlemsnummer, der rollen er en av {norwegian_alternatives(named)}."
            number, problem = self._read(BY_KEY["contact_number"], who)
            if problem:
                return None, problem
            if find_member(self._members({**self.values, "roles": []}), number) is None:
                return None, (f"Medlemsnummer {number} er verken gruppekontakten eller et av de andre "
                              "medlemmene. Legg det til under «Andre medlemmer».")
            roles.append((key, number))
        return roles, None

    def _menu(self, q: Question, text: str):
        picked, problem = self._menus(q, [part for part in text.split(",") if part.strip()])
        if problem is None and len(picked) > 1:
            return None, "Velg bare ett."
        return (picked[0] if picked else None), problem

    def _menus(self, q: Question, items: list[str]):
        found = [pick(" ".join(item.split()), self.options(q)) for item in items]
        problems = [problem for _, problem in found if problem]
        picked = list(dict.fromkeys(key for key, _ in found if key))
        if problems or not picked:
            return None, " ".join(problems) or "Velg minst ett."
        return picked, None

    def _yes_no(self, q: Question, answer):
        said = str(answer).casefold()
        if said in ("ja", "j", "true", "nei", "n", "false"):
            return said in ("ja", "j", "true"), None
        return None, "Svar ja eller nei."

    def _date(self, q: Question, text: str):
        day = parse_date(text)
        return (day.isoformat(), None) if day else (None, "Skriv en dato som finnes, som ÅÅÅÅ-MM-DD.")

    # The file the answers make.
    def _applied(self, key: str, values: dict | None = None) -> object:
        """An answer that goes into the file: one whose question applies to the group."""
        values = self.values if values is None else values
        return values.get(key) if self.applies(BY_KEY[key], values) else None

    def _candidates(self, values: dict) -> tuple:
        written = values.get("municipality")
        return self.ctx.places.municipalities.candidates(written) if written else ()

    def _given_region_decides(self, values: dict):
        """The municipality that a region given beforehand tells apart from the other of its name."""
        region = values.get("region") or pick(str(self.beforehand.get("region", "")), self.ctx.vocab.regions)[0]
        return self.ctx.places.meant(values["municipality"], region) if region else None

    def _municipality(self, values: dict):
        """The municipality the answers mean, if they tell."""
        county = self._applied("county", values)
        found = [m for m in self._candidates(values) if county is None or m.county == county]
        return found[0] if len(found) == 1 else self._given_region_decides(values) if found else None

    def _group_data(self, values: dict) -> dict:
        def applied(key: str) -> object:
            return self._applied(key, values)

        county = applied("county") and self._municipality(values)
        return {
            "name": values.get("name"), "category": values.get("category"), "status": "active",
            "registered": values.get("registered"), "region": values.get("region"),
            "municipality": county.in_county if county else values.get("municipality"),
            "institution": applied("institution"), "theme": applied("theme"),
            "student_council": applied("student_council"), "priority_areas": values.get("priority_areas"),
            "endorses_guidelines": values.get("endorsed"), "open_to_new_members": True,
            "members": self._members(values),
            "public": {key: values[answer] for key, answer in (("description", "description"),
                       ("email", "group_email"), ("meets", "meets")) if values.get(answer)} or None,
        }

    @staticmethod
    def _members(values: dict) -> list[dict]:
        """The contact person first, then the other members; each role given to its member."""
        contact = values.get("contact_number")
        members = [{"member_number": contact, "roles": ["contact"]}] if contact else []
        for number in values.get("extra_members") or []:
            if find_member(members, number) is None:
                members.append({"member_number": number, "roles": []})
        for role, number in values.get("roles") or []:
            if (member := find_member(members, number)) is not None:
                member["roles"] = list(dict.fromkeys(member["roles"] + [role]))
        return members


_READERS = {TEXT: Registration._text, EMAIL: Registration._text, ID: Registration._id,
            NUMBER: Registration._number, NUMBERS: Registration._numbers, ROLES: Registration._roles,
            MENU: Registration._menu, COUNTY: Registration._menu, MENUS: Registration._menus,
            YES_NO: Registration._yes_no, DATE: Registration._date}


def _as_list(raw: object) -> list:
    return [] if raw is None else [str(item) for item in raw] if isinstance(raw, list) else [str(raw)]


def _split(item: str, kind: str) -> list[str]:
    """One written item as the answers it holds: several by commas, but a role's numbers each with the role."""
    if kind == ROLES:
        role, _, numbers = item.partition("=")
        return [f"{role}={number}" for number in numbers.split(",") if number.strip()] or [item]
    return [part for part in item.split(",") if part.strip()]


def _detail_message(detail, member_numbers: bool) -> str:
    return f"Svaret ser ut til å ha {detail_kind(detail)}. {what_to_do(detail, member_numbers=member_numbers)}"


def _sentence(message: str) -> str:
    return message[0].upper() + message[1:]
