"""Group files in: YAML to plain data, with the line and column of every key and value.

The file is read through libyaml's event stream (the C parser) and built here
without a node tree, so that nesting, alias expansion and duplicate keys are
bounded and reported as problems while building, and scalars follow the YAML 1.2
core schema: only true/false are booleans, dates stay text for the schema to
check ("no", "ja" and "2024-02-30" never turn into something else).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.text.io_messages import io_reason
from generator.text.quoting import quoted
from generator.model.problems import DataPath, Problem, Severity
from generator.model.rules import Rule

MAX_BYTES = 1024 * 1024
MAX_DATA_BYTES = 16 * MAX_BYTES   # the project's data files: the municipality register and the map outgrow a group
MAX_DEPTH = 20
MAX_ALIAS_NODES = 1000
# Integers are counts: 15 digits stay exact in every JSON reader (below 2**53), and every later step
# (str() is limited to 4,300 digits, float() overflows) can handle them.
MAX_INTEGER_DIGITS = 15
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_LENGTH = 80

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT10 = re.compile(r"^[-+]?[0-9]+$")
_INT8 = re.compile(r"^0o[0-7]+$")
_INT16 = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")
_NUMBER_ELSEWHERE = re.compile(r"^(?:[-+]?[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?|0b[01_]+)$")  # 1_000, 0b101: YAML 1.1
_STR_TAGS = {"!", "tag:yaml.org,2002:str"}
_SPECIAL_STARTS = frozenset("0123456789+-.~nNtTfF")  # the first characters of non-text core scalars

Path_ = DataPath  # a path into the data: keys and list indexes


@dataclass
class Positions:
    """Where each key and value of a file stands (1-based line and column)."""

    values: dict = field(default_factory=dict)
    keys: dict = field(default_factory=dict)
    sources: dict = field(default_factory=dict)  # plain scalars YAML read as numbers, exactly as written
    pending: str | None = None   # a JSON text, walked for its positions only when a problem needs one

    def _found(self) -> Positions:
        if self.pending is not None:
            text, self.pending = self.pending, None
            try:
                _Builder(text, self).build()
            except (LoadError, yaml.YAMLError):
                pass   # what JSON accepts and libyaml does not: the problems stand at the top of the file
        return self

    def source_of(self, path: Path_) -> str | None:
        """The text the user wrote for a value YAML read as a number."""
        return self._found().sources.get(tuple(path))

    def of_value(self, path: Path_) -> tuple[int, int]:
        self._found()
        path = tuple(path)
        while path not in self.values and path:
            path = path[:-1]
        return self.values.get(path, (1, 1))

    def of_key(self, path: Path_) -> tuple[int, int]:
        path = tuple(path)
        return self._found().keys.get(path) or self.of_value(path)


@dataclass(frozen=True)
class Comment:
    """A comment as written after its #, and where its # stands (1-based line and column)."""

    line: int
    column: int
    text: str


@dataclass
class GroupFile:
    path: str
    id: str
    data: dict
    positions: Positions
    comments: tuple[Comment, ...] = ()   # libyaml drops them, but every reader of the file sees them

    def problem(self, where: Path_, message: str, rule: Rule | None = None,
                severity: Severity = Severity.ERROR, at_key: bool = False) -> Problem:
        """A problem with the data at `where`, located at its value (or, `at_key`, at its key)."""
        line, col = self.positions.of_key(where) if at_key else self.positions.of_value(where)
        return Problem(self.path, line, col, severity, message, rule, tuple(where))


class LoadError(Exception):
    """Raised inside the builder only; turned into a Problem at this module's edge."""

    def __init__(self, message: str, mark=None):
        super().__init__(message)
        self.message = message
        self.mark = mark


def read_group_file(path: Path, display: str | None = None) -> GroupFile | list[Problem]:
    """Read and parse one group file; every failure comes back as problems."""
    display = display or str(path)
    raw = _read(path, display)
    return raw if isinstance(raw, list) else parse_group(display, raw)


def read_data_file(path: Path, display: str | None = None) -> GroupFile | list[Problem]:
    """Read a YAML data file of the project (data/regions.yaml) with a group file's bounds and positions."""
    display = display or str(path)
    raw = _read_data(path, display, MAX_BYTES)
    return raw if isinstance(raw, list) else parse_mapping(display, raw, "Fila er tom.")


def read_json_file(path: Path, display: str | None = None) -> GroupFile | list[Problem]:
    """Read a JSON data file of the project (data/kommuner.json) as a mapping: JSON's own reader decides, and
    the positions of its values are found only when a problem needs one."""
    display = display or str(path)
    raw = _read_data(path, display, MAX_DATA_BYTES)
    return raw if isinstance(raw, list) else parse_json_mapping(display, raw)


def _read_data(path: Path, display: str, limit: int) -> bytes | list[Problem]:
    """A project data file's bytes; one that is missing, a folder or a link is a problem at its top."""
    if not path.exists() and not path.is_symlink():
        return [_file_problem(display, f"Fila finnes ikke. Prosjektet trenger den: hent den tilbake fra Git "
                                       f"(git restore {display}).")]
    if path.is_symlink():
        return [_file_problem(display, "Fila er en symbolsk lenke. Legg inn selve fila.")]
    if path.is_dir():
        return [_file_problem(display, "Dette er en mappe. Her skal prosjektets datafil ligge.")]
    return _read(path, display, limit)


class _DuplicateKey(Exception):
    pass


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    found = dict(pairs)
    if len(found) < len(pairs):
        raise _DuplicateKey
    return found


_JSON_HINTS = {
    "Expecting value": "Her mangler en verdi, eller det står et komma for mye foran ] eller }.",
    "Expecting property name enclosed in double quotes": "Her skal et feltnavn i doble anførselstegn stå, eller "
                                                         "det står et komma for mye foran }.",
    "Expecting ',' delimiter": "Her mangler et komma mellom to verdier, eller en ] eller } som avslutter.",
    "Expecting ':' delimiter": "Her mangler et kolon etter feltnavnet.",
    "Unterminated string starting at": "Teksten som begynner her, blir aldri avsluttet med \".",
    "Invalid control character at": "Teksten har et kontrolltegn (et linjeskift eller en tabulator). Skriv \\n "
                                    "eller \\t i stedet.",
    "Invalid \\escape": "Teksten har en ugyldig kode med omvendt skråstrek (\\). Skriv \\\\ for én omvendt "
                          "skråstrek.",
    "Extra data": "Her står det mer etter det som avslutter fila. Fila skal være ett JSON-objekt: { ... }.",
}


def parse_json_mapping(display: str, raw: bytes) -> GroupFile | list[Problem]:
    """Bytes of a JSON object to data whose positions are found on demand, or the problems that stop it."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return [_not_utf8(display, raw, exc)]
    if not text.strip():
        return [_file_problem(display, "Fila er tom.")]
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        hint = _JSON_HINTS.get(exc.msg) or f"Sjekk komma, kolon og anførselstegn (feilen fra JSON-leseren: {exc.msg})."
        return [Problem(display, exc.lineno, exc.colno, Severity.ERROR, f"Fila er ikke gyldig JSON: {hint}")]
    except RecursionError:
        return [_file_problem(display, f"Fila er nøstet for dypt (mer enn {MAX_DEPTH} nivåer).")]
    except _DuplicateKey:   # the YAML reader knows where: JSON is YAML
        located = parse_mapping(display, raw, "Fila er tom.", MAX_DATA_BYTES)
        return located if isinstance(located, list) else [_file_problem(display, "Et felt står to ganger.")]
    if not isinstance(data, dict):
        return [_file_problem(display, _NOT_A_MAPPING)]
    return GroupFile(display, Path(display).stem, data, Positions(pending=text))


def parse_group(display: str, raw: bytes) -> GroupFile | list[Problem]:
    """Parse the bytes of one group file named `display` (its path as shown to users)."""
    problems = _name_problems(display)
    if Path(display).name.startswith("."):   # not a group file at all: what it holds is beside the point
        return problems
    parsed = parse_mapping(display, raw, "Fila er tom. En gruppefil må inneholde minst navn, kategori og medlemmer.")
    if isinstance(parsed, list) or problems:
        return problems + (parsed if isinstance(parsed, list) else [])
    return parsed


def _read(path: Path, display: str, limit: int = MAX_BYTES) -> bytes | list[Problem]:
    if path.is_symlink():   # a link in a pull request could point at any file on the machine that checks it
        return [_file_problem(display, "Fila er en symbolsk lenke. Legg inn selve gruppefila i groups/.")]
    if path.is_dir():
        return [_file_problem(display, "Dette er en mappe, ikke en gruppefil. Gruppefilene ligger rett i groups/, "
                                       "ikke i undermapper.")]
    try:
        if path.exists() and not path.is_file():   # a device or pipe has no size and may never end
            return [_file_problem(display, "Dette er ikke en vanlig fil. En gruppefil er en tekstfil i YAML.")]
        with path.open("rb") as file:
            raw = file.read(limit + 1)
    except OSError as exc:
        return [_file_problem(display, f"Fila kan ikke leses: {io_reason(exc)}.")]
    if len(raw) > limit:
        return [_file_problem(display, f"Fila er for stor ({path.stat().st_size // 1024} KiB). "
                                       f"Den kan være høyst {limit // MAX_BYTES} MiB.")]
    return raw


def parse_mapping(display: str, raw: bytes, empty_message: str, limit: int = MAX_BYTES) -> GroupFile | list[Problem]:
    """Bytes of a YAML mapping to data with positions, or the problems that stop it."""
    if len(raw) > limit:
        return [_file_problem(display, f"Fila er for stor. Den kan være høyst {limit // MAX_BYTES} MiB.")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return [_not_utf8(display, raw, exc)]
    if not text.strip() or all(_is_comment_or_blank(ln) for ln in text.splitlines()):
        return [_file_problem(display, empty_message)]
    positions = Positions()
    try:
        builder = _Builder(text, positions)
        data = builder.build()
    except LoadError as exc:
        line, col = (exc.mark.line + 1, exc.mark.column + 1) if exc.mark else (1, 1)
        return [Problem(display, line, col, Severity.ERROR, exc.message)]
    except yaml.reader.ReaderError as exc:
        line, col = _position_of_byte(text.encode("utf-8"), exc.position)   # libyaml counts bytes
        return [Problem(display, line, col, Severity.ERROR,
                        f"Fila inneholder et tegn som ikke er tillatt (U+{exc.character:04X}). Slett det.")]
    except yaml.MarkedYAMLError as exc:
        return [_syntax_problem(display, text, exc)]
    except yaml.YAMLError as exc:
        return [_file_problem(display, f"Fila er ikke gyldig YAML ({exc}).")]
    if not isinstance(data, dict):
        return [_file_problem(display, _NOT_A_MAPPING)]
    return GroupFile(display, Path(display).stem, data, positions, _comments(text, builder.scalar_spans))


def _comments(text: str, scalar_spans: list[tuple[int, int]]) -> tuple[Comment, ...]:
    """Every comment in `text`: from a # outside every scalar (`scalar_spans`, in order) to the end of its line.
    Each # and each line is looked at once."""
    comments = []
    line, counted, next_span = 1, 0, 0
    at = text.find("#")
    while at != -1:
        while next_span < len(scalar_spans) and scalar_spans[next_span][1] <= at:
            next_span += 1
        if next_span < len(scalar_spans) and scalar_spans[next_span][0] <= at:
            at = text.find("#", scalar_spans[next_span][1])
            continue
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        line, counted = line + text.count("\n", counted, at), at
        comments.append(Comment(line, at - text.rfind("\n", 0, at), text[at + 1:end].strip()))
        at = text.find("#", end)
    return tuple(comments)


_NOT_A_MAPPING = "Fila må være en samling av felt (navn: verdi), ikke en liste eller en enkelt verdi."


def _not_utf8(display: str, raw: bytes, exc: UnicodeDecodeError) -> Problem:
    line, col = _position_of_byte(raw, exc.start)
    return Problem(display, line, col, Severity.ERROR,
                   "Fila er ikke lagret som UTF-8. Lagre den på nytt med tegnkoding UTF-8.")


_STRAY_COLON = ("Verdien inneholder et kolon (:) med mellomrom etter, og da tror YAML at et nytt felt begynner. "
                "Sett hele verdien i anførselstegn, for eksempel: name: \"Amnesty: Testgruppe\"")
_INDENTATION = ("Innrykket stemmer ikke med linjene over. Sjekk at feltene står rett under hverandre, "
                "med like mange mellomrom foran, at linjen over har kolon etter feltnavnet, og at ingenting "
                "står etter et avsluttende anførselstegn.")
_TAB = "Linjen er rykket inn med tabulator. Bruk mellomrom til innrykk, ikke tabulator."
_BAD_ESCAPE = ("Teksten i doble anførselstegn har en ugyldig kode med omvendt skråstrek (\\). Skriv \\\\ for én "
               "omvendt skråstrek, eller bruk enkle anførselstegn ('...') rundt teksten.")
_TAG = ("Et utropstegn (!) først i en verdi betyr noe spesielt i YAML. Sett verdien i anførselstegn hvis "
        "utropstegnet er en del av teksten.")
_DIRECTIVE = "Linjer som starter med % (YAML-direktiver) hører ikke hjemme i en gruppefil. Slett linjen."
_MAPPING_VALUES = "mapping values are not allowed in this context"
_CANNOT_START = "found character that cannot start any token"

_SYNTAX_HINTS = {
    "exceeded maximum nesting depth": f"Fila er nøstet for dypt (mer enn {MAX_DEPTH} nivåer).",
    _CANNOT_START: "Her står et tegn som ikke kan starte en verdi. Sett tekst som begynner med @, ` eller % "
                   "i anførselstegn.",
    "found a tab character that violates indentation": _TAB,
    "found a tab character where an indentation space is expected": _TAB,
    "did not find expected ',' or ']'": "Lista som starter med [ her blir ikke avsluttet med ]. Legg til ], og "
                                        "skill elementene med komma.",
    "did not find expected ',' or '}'": "Samlingen som starter med { her blir ikke avsluttet med }. Legg til }, og "
                                        "skill feltene med komma.",
    "block sequence entries are not allowed in this context": "En liste med «- » kan ikke stå på samme linje som "
                                                              "feltnavnet. Sett hvert element på en egen linje under, "
                                                              "rykket inn og med «- » foran.",
    "did not find expected key": _INDENTATION,
    "did not find expected '-' indicator": "Innrykket i lista stemmer ikke. Hvert element starter med «- » "
                                           "rett under de andre.",
    "found unknown escape character": _BAD_ESCAPE,
    "did not find expected hexdecimal number": _BAD_ESCAPE,
    "found undefined tag handle": _TAG,
    "did not find expected tag URI": _TAG,
    "did not find the expected '>'": _TAG,
    "found unexpected end of stream": "Anførselstegnet her blir aldri avsluttet. Sett et likt anførselstegn "
                                      "på slutten av teksten.",
    "found unexpected document indicator": "Anførselstegnet her blir ikke avsluttet før en linje med --- eller .... "
                                           "Sett et likt anførselstegn på slutten av teksten.",
    "could not find expected ':'": "Her mangler et kolon etter feltnavnet.",
    "did not find expected node content": "Her mangler en verdi, eller det står et tegn som ], } eller komma på "
                                          "feil sted.",
    "did not find expected alphabetic or numeric character": "Tegnet & eller * først i en verdi må følges av et "
                                                             "navn. Sett verdien i anførselstegn hvis tegnet er en "
                                                             "del av teksten.",
    "did not find expected comment or line break": "Etter | eller > kan ikke tekst stå på samme linje. Skriv "
                                                   "teksten på linjene under, rykket inn.",
}
# Where the parser notices these, the fault is where the construct began (an opening [ or quote, a key without colon).
_AT_OPENING = frozenset({"did not find expected ',' or ']'", "did not find expected ',' or '}'",
                         "found unexpected end of stream", "found unexpected document indicator",
                         "could not find expected ':'"})


def _syntax_problem(display: str, text: str, exc: yaml.MarkedYAMLError) -> Problem:
    """A libyaml syntax error as a located problem with a Norwegian hint."""
    detail = exc.problem or exc.context or "ukjent feil"
    at_opening = detail in _AT_OPENING and exc.context_mark
    mark = (exc.context_mark if at_opening else exc.problem_mark) or exc.context_mark
    line_no, column = (mark.line, mark.column) if mark else (0, 0)
    line = (text.splitlines()[line_no:] or [""])[0]
    return Problem(display, line_no + 1, column + 1, Severity.ERROR,
                   _syntax_message(detail, _hint(detail, line, column)))


def _hint(detail: str, line: str, column: int) -> str | None:
    """The hint for a parser problem found in `line` at `column` (0-based)."""
    if line.startswith("%"):
        return _DIRECTIVE
    if detail == _MAPPING_VALUES:
        return _STRAY_COLON if ": " in line[:column] else _INDENTATION
    if detail == _CANNOT_START and line[column:column + 1] == "\t":
        return _TAB
    return _SYNTAX_HINTS.get(detail)


def _syntax_message(detail: str, hint: str | None) -> str:
    if hint:
        return f"Fila er ikke gyldig YAML: {hint}"
    return (f"Fila er ikke gyldig YAML her. Sjekk innrykk, kolon og anførselstegn "
            f"(feilen fra YAML-leseren: {detail}).")


def group_entries(directory: Path) -> list[Path]:
    """What a folder of group files holds, all of it, sorted: every entry is a group file or a mistake to report
    (amnesty-x.YAML, x.yaml.bak, a folder, a hidden .notes.yaml), never skipped, so nothing in groups/ goes
    unchecked. validate, build, the pull-request check and the preview server read groups/ through this."""
    return sorted(directory.iterdir())


def is_group_file_name(name: str) -> bool:
    """Whether `name` (without folders) is a group's id followed by .yaml."""
    return not _name_problems(name)


def _name_problems(display: str) -> list[Problem]:
    name = Path(display).name
    if name.startswith("."):
        return [Problem(display, 1, 1, Severity.ERROR, f"Fila «{name}» er skjult (navnet begynner med punktum), og "
                        "skjulte filer er ikke tillatt i groups/. Navnet på en gruppefil er gruppas id, for eksempel "
                        "amnesty-nidaros.yaml. Flytt fila ut av groups/ eller slett den.", Rule.REGISTRATION)]
    if name.endswith(".yaml") and ID_PATTERN.match(name[:-5]) and len(name) - 5 <= MAX_ID_LENGTH:
        return []
    return [_file_problem(display, f"Filnavnet «{name}» er ugyldig. Bruk små bokstaver a-z, tall og bindestrek "
                                   f"(høyst {MAX_ID_LENGTH} tegn) og endelsen .yaml, for eksempel "
                                   "amnesty-nidaros.yaml. Filnavnet er gruppas faste id.")]


def _file_problem(display: str, message: str) -> Problem:
    return Problem(display, 1, 1, Severity.ERROR, message)


def _is_comment_or_blank(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#") or stripped in ("---", "...")


def _position_of_byte(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column, counted in characters, of the byte at `offset`."""
    before = raw[:offset].decode("utf-8", "replace")
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def resolve_plain(value: str, mark=None):
    """A plain (unquoted) scalar under the YAML 1.2 core schema."""
    if value and value[0] not in _SPECIAL_STARTS:
        return value
    if _NULL.match(value):
        return None
    if value in _BOOL:
        return _BOOL[value]
    try:
        integer = _integer(value)
    except ValueError:   # more decimal digits than Python converts
        integer = 10 ** MAX_INTEGER_DIGITS
    if integer is not None:
        if abs(integer) >= 10 ** MAX_INTEGER_DIGITS:
            raise LoadError(f"Tallet er for langt til å leses (høyst {MAX_INTEGER_DIGITS} sifre). "
                            "Sett det i anførselstegn hvis det er tekst.", mark)
        return integer
    if _NUMBER_ELSEWHERE.match(value):
        raise LoadError(f"{quoted(value, 'Verdien')} leses som et tall av andre YAML-verktøy, men som tekst her. "
                        "Sett verdien i anførselstegn, eller skriv tallet uten _.", mark)
    if _FLOAT.match(value):
        return float(value)
    if _INF.match(value):
        return -math.inf if value.startswith("-") else math.inf
    if _NAN.match(value):
        return math.nan
    return value


def _integer(value: str) -> int | None:
    """A core-schema integer (decimal, 0o octal, 0x hex), or None for anything else."""
    if _INT10.match(value):
        return int(value)
    if _INT8.match(value):
        return int(value[2:], 8)
    if _INT16.match(value):
        return int(value[2:], 16)
    return None


class _Frame:
    __slots__ = ("container", "path", "anchor", "pending_key", "size")

    def __init__(self, container, path, anchor):
        self.container = container
        self.path = path
        self.anchor = anchor
        self.pending_key = None
        self.size = 1


class _Builder:
    """Builds plain data from libyaml events, recording positions on the way."""

    def __init__(self, text: str, positions: Positions):
        self.text = text
        self.positions = positions
        self.anchors: dict[str, tuple[object, int]] = {}
        self.alias_nodes = 0
        self.stack: list[_Frame] = []
        self.root = None
        self.documents = 0
        self.scalar_spans: list[tuple[int, int]] = []   # where each scalar's text stands, for finding comments

    def build(self):
        loader = yaml.CSafeLoader(self.text)
        try:
            while loader.check_event():
                self._handle(loader.get_event())
        finally:
            loader.dispose()
        return self.root

    def _handle(self, event) -> None:
        handler = self._HANDLERS.get(type(event))
        if handler:
            handler(self, event)

    def _document(self, event) -> None:
        self.documents += 1
        if self.documents > 1:
            raise LoadError("Fila inneholder flere YAML-dokumenter (---). En gruppefil skal ha ett.", event.start_mark)

    def _mapping(self, event) -> None:
        self._check_tag(event, "tag:yaml.org,2002:map")
        self._open(event, {})

    def _sequence(self, event) -> None:
        self._check_tag(event, "tag:yaml.org,2002:seq")
        self._open(event, [])

    def _check_tag(self, event, allowed: str) -> None:
        if event.tag not in (None, "!", allowed):
            raise _tag_error(event)

    def _scalar(self, event) -> None:
        if event.tag is not None and event.tag not in _STR_TAGS:
            raise _tag_error(event)
        self.scalar_spans.append((self._text_start(event), event.end_mark.index))
        frame = self.stack[-1] if self.stack else None
        if frame is not None and isinstance(frame.container, dict) and frame.pending_key is None:
            self._key(frame, event)
            return
        value = resolve_plain(event.value, event.start_mark) if event.tag is None and event.implicit[0] else event.value
        path = self._place(value, event.start_mark, event.anchor, size=1)
        if isinstance(value, (int, float)) and not isinstance(value, bool):   # written as text? the advice quotes this
            self.positions.sources[path] = event.value

    def _text_start(self, event) -> int:
        """Where a scalar's text begins: a block scalar's (| or >) after its header line, which may end in a comment."""
        if event.style not in ("|", ">"):
            return event.start_mark.index
        end_of_header = self.text.find("\n", event.start_mark.index)
        return event.end_mark.index if end_of_header == -1 else end_of_header + 1

    def _key(self, frame: _Frame, event) -> None:
        key = event.value
        if key in frame.container:
            first = self.positions.keys.get(frame.path + (key,))
            where = f" (første gang på linje {first[0]})" if first else ""
            raise LoadError(f"Feltet {quoted(key, 'her')} står to ganger{where}. Slett det ene.", event.start_mark)
        frame.pending_key = key
        self.positions.keys[frame.path + (key,)] = (event.start_mark.line + 1, event.start_mark.column + 1)

    def _child_path(self):
        if not self.stack:
            return ()
        frame = self.stack[-1]
        if isinstance(frame.container, dict):
            return frame.path + (frame.pending_key,)
        return frame.path + (len(frame.container),)

    def _open(self, event, container) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise LoadError(f"Fila er nøstet for dypt (mer enn {MAX_DEPTH} nivåer). En gruppefil trenger bare noen få.",
                            event.start_mark)
        frame = self.stack[-1] if self.stack else None
        if frame is not None and isinstance(frame.container, dict) and frame.pending_key is None:
            raise LoadError("Et felt-navn må være enkel tekst, ikke en liste eller samling.", event.start_mark)
        path = self._child_path()
        self.positions.values[path] = (event.start_mark.line + 1, event.start_mark.column + 1)
        self.stack.append(_Frame(container, path, event.anchor))

    def _close(self, event=None) -> None:
        frame = self.stack.pop()
        if frame.anchor:
            self.anchors[frame.anchor] = (frame.container, frame.size)
        self._attach(frame.container, frame.size)

    def _alias(self, event) -> None:
        if event.anchor not in self.anchors:
            raise LoadError(f"Aliaset {quoted('*' + event.anchor, 'her')} viser til et anker som ikke finnes.",
                            event.start_mark)
        value, size = self.anchors[event.anchor]
        self.alias_nodes += size
        if self.alias_nodes > MAX_ALIAS_NODES:
            raise LoadError("Fila bruker ankre og alias (&/*) som vokser for mye. Skriv verdiene ut i stedet.",
                            event.start_mark)
        frame = self.stack[-1] if self.stack else None
        if frame is not None and isinstance(frame.container, dict) and frame.pending_key is None:
            raise LoadError("Et felt-navn kan ikke være et alias (*).", event.start_mark)
        self._place(value, event.start_mark, None, size)

    def _place(self, value, mark, anchor, size) -> tuple:
        """Attach a value where the parser is; returns its path."""
        path = self._child_path()
        self.positions.values[path] = (mark.line + 1, mark.column + 1)
        if anchor:
            self.anchors[anchor] = (value, size)
        self._attach(value, size)
        return path

    def _attach(self, value, size) -> None:
        if not self.stack:
            self.root = value
            return
        frame = self.stack[-1]
        frame.size += size
        if isinstance(frame.container, dict):
            frame.container[frame.pending_key] = value
            frame.pending_key = None
        else:
            frame.container.append(value)


def _tag_error(event) -> LoadError:
    return LoadError(f"YAML-taggen {quoted(event.tag, 'her')} er ikke tillatt i gruppefiler. Fjern den.",
                     event.start_mark)


_Builder._HANDLERS = {
    yaml.DocumentStartEvent: _Builder._document,
    yaml.ScalarEvent: _Builder._scalar,
    yaml.MappingStartEvent: _Builder._mapping,
    yaml.SequenceStartEvent: _Builder._sequence,
    yaml.MappingEndEvent: _Builder._close,
    yaml.SequenceEndEvent: _Builder._close,
    yaml.AliasEvent: _Builder._alias,
}
