"""YAML text to plain data, with the line and column of every key and value, within bounds.

The text is read through libyaml's event stream (the C parser) and built here
without a node tree, so that nesting, alias expansion and duplicate keys are
bounded and reported as they are met, and scalars follow the YAML 1.2 core
schema: only true/false are booleans, dates stay text for the schema to check
("no", "ja" and "2024-02-30" never turn into something else). Comments, which
libyaml drops, are found beside the scalars' text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import yaml

from generator.text.quoting import quoted
from generator.model.problems import DataPath

MAX_DEPTH = 20
MAX_ALIAS_NODES = 1000
# Integers are counts: 15 digits stay exact in every JSON reader (below 2**53), and every later step
# (str() is limited to 4,300 digits, float() overflows) can handle them.
MAX_INTEGER_DIGITS = 15

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

    def source_of(self, path: DataPath) -> str | None:
        """The text the user wrote for a value YAML read as a number."""
        return self._found().sources.get(tuple(path))

    def of_value(self, path: DataPath) -> tuple[int, int]:
        self._found()
        path = tuple(path)
        while path not in self.values and path:
            path = path[:-1]
        return self.values.get(path, (1, 1))

    def of_key(self, path: DataPath) -> tuple[int, int]:
        path = tuple(path)
        return self._found().keys.get(path) or self.of_value(path)


@dataclass(frozen=True)
class Comment:
    """A comment as written after its #, and where its # stands (1-based line and column)."""

    line: int
    column: int
    text: str


class LoadError(Exception):
    """Raised inside the builder only; the reader of a file (model/loading.py) turns it into a Problem."""

    def __init__(self, message: str, mark=None):
        super().__init__(message)
        self.message = message
        self.mark = mark


def build(text: str) -> tuple[object, Positions, tuple[Comment, ...]]:
    """The plain data of a YAML text, where each key and value stands, and its comments. Raises LoadError for what
    the bounds and the core schema refuse, yaml.YAMLError for what libyaml does."""
    positions = Positions()
    builder = _Builder(text, positions)
    data = builder.build()
    return data, positions, _comments(text, builder.scalar_spans)


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
