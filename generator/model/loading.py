"""Files in: a group file or a project data file read from disk, within bounds: its reading, a GroupFile (or None)
and located problems.

What is read here: the size, the encoding, links, folders and devices, and what
counts as a group file (its name); the YAML itself is built by marked_yaml.py,
and a syntax error is put in Norwegian by syntax_hints.py.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.text.io_messages import io_reason
from generator.model.marked_yaml import MAX_DEPTH, Comment, LoadError, Positions, build
from generator.model.problems import DataPath, Problem, Reading, Severity
from generator.model.rules import Rule
from generator.model.syntax_hints import json_syntax_problem, yaml_syntax_problem

MAX_BYTES = 1024 * 1024
MAX_DATA_BYTES = 16 * MAX_BYTES   # the project's data files: the municipality list and the map outgrow a group
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_LENGTH = 80
RESERVED_IDS = frozenset({"index"})   # the name of the page a site's folder serves: a group there would replace it


@dataclass
class GroupFile:
    path: str
    id: str
    data: dict
    positions: Positions
    comments: tuple[Comment, ...] = ()   # libyaml drops them, but every reader of the file sees them

    def problem(self, where: DataPath, message: str, rule: Rule | None = None,
                severity: Severity = Severity.ERROR, at_key: bool = False) -> Problem:
        """A problem with the data at `where`, located at its value (or, `at_key`, at its key)."""
        line, col = self.positions.of_key(where) if at_key else self.positions.of_value(where)
        return Problem(self.path, line, col, severity, message, rule, tuple(where))


def read_group_file(path: Path, display: str | None = None) -> Reading[GroupFile]:
    """Read and parse one group file; every failure comes back as problems."""
    display = display or str(path)
    raw, problems = _read(path, display)
    return (None, problems) if raw is None else parse_group(display, raw)


def read_data_file(path: Path, display: str | None = None) -> Reading[GroupFile]:
    """Read a YAML data file of the project (data/regions.yaml) with a group file's bounds and positions."""
    display = display or str(path)
    raw, problems = _read_data(path, display, MAX_BYTES)
    return (None, problems) if raw is None else parse_mapping(display, raw, "Fila er tom.")


def read_json_file(path: Path, display: str | None = None) -> Reading[GroupFile]:
    """Read a JSON data file of the project (data/kommuner.json) as a mapping: JSON's own reader decides, and
    the positions of its values are found only when a problem needs one."""
    display = display or str(path)
    raw, problems = _read_data(path, display, MAX_DATA_BYTES)
    return (None, problems) if raw is None else parse_json_mapping(display, raw)


def _read_data(path: Path, display: str, limit: int) -> Reading[bytes]:
    """A project data file's bytes; one that is missing, a folder or a link is a problem at its top."""
    if not path.exists() and not path.is_symlink():
        return _refused(display, f"Fila finnes ikke. Prosjektet trenger den: hent den tilbake fra Git "
                                 f"(git restore {display}).")
    if path.is_symlink():
        return _refused(display, "Fila er en symbolsk lenke. Legg inn selve fila.")
    if path.is_dir():
        return _refused(display, "Dette er en mappe. Her skal prosjektets datafil ligge.")
    return _read(path, display, limit)


class _DuplicateKey(Exception):
    pass


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    found = dict(pairs)
    if len(found) < len(pairs):
        raise _DuplicateKey
    return found


def parse_json_mapping(display: str, raw: bytes) -> Reading[GroupFile]:
    """Bytes of a JSON object to data whose positions are found on demand, or the problems that stop it."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [_not_utf8(display, raw, exc)]
    if not text.strip():
        return _refused(display, "Fila er tom.")
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        return None, [json_syntax_problem(display, exc)]
    except RecursionError:
        return _refused(display, f"Fila er nøstet for dypt (mer enn {MAX_DEPTH} nivåer).")
    except _DuplicateKey:   # the YAML reader knows where: JSON is YAML
        located, problems = parse_mapping(display, raw, "Fila er tom.", MAX_DATA_BYTES)
        return (None, problems) if located is None else _refused(display, "Et felt står to ganger.")
    if not isinstance(data, dict):
        return _refused(display, _NOT_A_MAPPING)
    return GroupFile(display, Path(display).stem, data, Positions(pending=text)), []


def parse_group(display: str, raw: bytes) -> Reading[GroupFile]:
    """Parse the bytes of one group file named `display` (its path as shown to users); a file with a problem
    in its name is no group file."""
    problems = _name_problems(display)
    if Path(display).name.startswith("."):   # not a group file at all: what it holds is beside the point
        return None, problems
    parsed, found = parse_mapping(display, raw, "Fila er tom. En gruppefil må inneholde minst navn, kategori og "
                                                "medlemmer.")
    return (None, problems + found) if parsed is None or problems else (parsed, [])


def _read(path: Path, display: str, limit: int = MAX_BYTES) -> Reading[bytes]:
    if path.is_symlink():   # a link in a pull request could point at any file on the machine that checks it
        return _refused(display, "Fila er en symbolsk lenke. Legg inn selve gruppefila i groups/.")
    if path.is_dir():
        return _refused(display, "Dette er en mappe, ikke en gruppefil. Gruppefilene ligger rett i groups/, ikke i "
                                 "undermapper.")
    try:
        if path.exists() and not path.is_file():   # a device or pipe has no size and may never end
            return _refused(display, "Dette er ikke en vanlig fil. En gruppefil er en tekstfil i YAML.")
        with path.open("rb") as file:
            raw = file.read(limit + 1)
    except OSError as exc:
        return _refused(display, f"Fila kan ikke leses: {io_reason(exc)}.")
    if len(raw) > limit:
        return _refused(display, f"Fila er for stor ({path.stat().st_size // 1024} KiB). "
                                 f"Den kan være høyst {limit // MAX_BYTES} MiB.")
    return raw, []


def parse_mapping(display: str, raw: bytes, empty_message: str, limit: int = MAX_BYTES) -> Reading[GroupFile]:
    """Bytes of a YAML mapping to data with positions, or the problems that stop it."""
    if len(raw) > limit:
        return _refused(display, f"Fila er for stor. Den kan være høyst {limit // MAX_BYTES} MiB.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [_not_utf8(display, raw, exc)]
    if not text.strip() or all(_is_comment_or_blank(ln) for ln in text.splitlines()):
        return _refused(display, empty_message)
    try:
        data, positions, comments = build(text)
    except LoadError as exc:
        line, col = (exc.mark.line + 1, exc.mark.column + 1) if exc.mark else (1, 1)
        return None, [Problem(display, line, col, Severity.ERROR, exc.message)]
    except yaml.reader.ReaderError as exc:
        line, col = _position_of_byte(text.encode("utf-8"), exc.position)   # libyaml counts bytes
        return None, [Problem(display, line, col, Severity.ERROR,
                              f"Fila inneholder et tegn som ikke er tillatt (U+{exc.character:04X}). Slett det.")]
    except yaml.MarkedYAMLError as exc:
        return None, [yaml_syntax_problem(display, text, exc)]
    except yaml.YAMLError as exc:
        return _refused(display, f"Fila er ikke gyldig YAML ({exc}).")
    if not isinstance(data, dict):
        return _refused(display, _NOT_A_MAPPING)
    return GroupFile(display, Path(display).stem, data, positions, comments), []


def _refused(display: str, message: str) -> Reading:
    """No value, and one problem at the top of the file."""
    return None, [_file_problem(display, message)]


_NOT_A_MAPPING = "Fila må være en samling av felt (navn: verdi), ikke en liste eller en enkelt verdi."


def _not_utf8(display: str, raw: bytes, exc: UnicodeDecodeError) -> Problem:
    line, col = _position_of_byte(raw, exc.start)
    return Problem(display, line, col, Severity.ERROR,
                   "Fila er ikke lagret som UTF-8. Lagre den på nytt med tegnkoding UTF-8.")


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
    if name[:-5] in RESERVED_IDS and name.endswith(".yaml"):
        return [_file_problem(display, f"Id-en «{name[:-5]}» er opptatt: nettsidene bruker den om sidene som lister "
                                       "gruppene. Gi fila et annet navn, for eksempel amnesty-nidaros.yaml.")]
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


