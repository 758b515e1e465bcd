"""Group files out: clean block-style YAML in the schema's key order.

Written files read like the hand-written ones: the `$schema` modeline first, dates
unquoted, member numbers and phones in quotes, roles inline, a blank line around
each section. Changing an existing file replaces only the top-level fields that
change, so the rest of the file (comments too) stays as the group wrote it.
"""

from __future__ import annotations

import json
import re
from dataclasses import fields
from functools import cache

from generator.model.loading import GroupFile, parse_group
from generator.model.marked_yaml import LoadError, resolve_plain
from generator.model.schema import build_schema
from generator.model.vocabulary import Vocabularies

MODELINE = "# yaml-language-server: $schema=../schema/group.schema.json"
ALWAYS_QUOTED = frozenset({"member_number", "phone"})
INLINE_LISTS = frozenset({"roles"})
INDENT = "  "

_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_YAML11_WORDS = {"yes", "no", "on", "off", "y", "n"}
_YAML11_NOT_TEXT = re.compile(r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$")  # 18:00 is 1080 in YAML 1.1
_YAML_LINE_BREAKS = str.maketrans({"\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P"})


def render_group(data: dict) -> str:
    """A complete group file for `data`, modeline first."""
    return MODELINE + "\n" + render_fields(data)


def render_fields(data: dict) -> str:
    """Top-level fields as YAML text, a blank line around each section."""
    chunks = []
    for key, value in _ordered(data, _schema()).items():
        block = "\n".join(_entry(key, value, 0)) + "\n"
        if chunks and (_is_section(value) or chunks[-1][0]):
            block = "\n" + block
        chunks.append((_is_section(value), block))
    return "".join(block for _, block in chunks)


def replace_fields(group: GroupFile, text: str, updates: dict) -> str:
    """`text` (the file `group` was read from) with top-level fields set to `updates`."""
    for key, value in updates.items():
        current, _ = parse_group(group.path, text.encode("utf-8"))
        if current is None:
            raise ValueError(f"{group.path} kan ikke leses")
        text = _replace_field(current, text, key, value)
    return text


def _replace_field(group: GroupFile, text: str, key: str, value) -> str:
    lines = text.splitlines(keepends=True)
    block = render_fields({key: value})
    old = group.data.get(key)
    if isinstance(old, list) and old and isinstance(value, list) and value[:len(old)] == old:
        dash = _dash_indent(group, lines, key)
        if dash is not None:
            return _appended(group, lines, key, value[len(old):], dash)
    if key in group.data:
        start, end = _span(group, lines, key)
        return "".join(lines[:start]) + block + "".join(lines[end:])
    order = list(_schema()["properties"])
    before = [k for k in group.data if k in order and order.index(k) < order.index(key)] if key in order else []
    at = _span(group, lines, before[-1])[1] if before else len(lines)
    if _is_section(value) or (at < len(lines) and not lines[at].strip()):
        block = "\n" + block.lstrip("\n")
    if at and not lines[at - 1].endswith("\n"):
        lines[at - 1] += "\n"
    return "".join(lines[:at]) + block + "".join(lines[at:])


def _appended(group: GroupFile, lines: list[str], key: str, items: list, dash: str) -> str:
    """New items at the end of a list field, the items already there (and their comments) untouched; each new
    item starts with `dash`, the indentation the file's own items have."""
    end = _span(group, lines, key)[1]
    if end and not lines[end - 1].endswith("\n"):
        lines[end - 1] += "\n"
    schema = _schema()["properties"][key]
    added = "".join(dash + line + "\n" for line in _sequence(_ordered(items, schema), 0))
    return "".join(lines[:end]) + added + "".join(lines[end:])


def _dash_indent(group: GroupFile, lines: list[str], key: str) -> str | None:
    """The indentation before the `-` of a block list's items, or None if the list is written another way
    (`[a, b]` on one line): then the whole field is written again."""
    start, end = _span(group, lines, key)
    if re.fullmatch(rf"{re.escape(key)}\s*:\s*(#.*)?", lines[start].strip()):
        for line in lines[start + 1:end]:
            match = re.match(r"( *)- ", line)
            if match:
                return match.group(1)
            if line.strip() and not line.lstrip().startswith("#"):
                return None
    return None


def _span(group: GroupFile, lines: list[str], key: str) -> tuple[int, int]:
    """The 0-based line range [start, end) of a top-level field, without the blank
    lines and unindented comments that lead into the next field."""
    starts = sorted(group.positions.keys[(k,)][0] - 1 for k in group.data)
    start = group.positions.keys[(key,)][0] - 1
    end = next((s for s in starts if s > start), len(lines))
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1
    return start, end


@cache
def _schema() -> dict:
    """The schema's shape, for its key order, which no vocabulary term changes."""
    return build_schema(Vocabularies(**{field.name: {} for field in fields(Vocabularies)}))


def _resolve(node: dict) -> dict:
    ref = node.get("$ref", "")
    return _schema()["$defs"][ref.rsplit("/", 1)[-1]] if ref.startswith("#/$defs/") else node


def _ordered(value, node: dict):
    """`value` with mapping keys in the schema's order (unknown keys last) and empty answers left out."""
    node = _resolve(node or {})
    if isinstance(value, dict):
        properties = node.get("properties", {})
        keys = [k for k in properties if k in value] + [k for k in value if k not in properties]
        return {k: _ordered(value[k], properties.get(k, {})) for k in keys if value[k] is not None}
    if isinstance(value, list):
        return [_ordered(item, node.get("items", {})) for item in value]
    return value


def _is_section(value) -> bool:
    return isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, dict) for v in value))


def _entry(key: str, value, depth: int) -> list[str]:
    pad = INDENT * depth
    if isinstance(value, dict) and value:
        return [f"{pad}{key}:"] + _mapping(value, depth + 1)
    if isinstance(value, list) and value and (key not in INLINE_LISTS or _is_section(value)):
        return [f"{pad}{key}:"] + _sequence(value, depth + 1)
    if isinstance(value, list):
        return [f"{pad}{key}: [{', '.join(_scalar(v) for v in value)}]"]
    if isinstance(value, str) and "\n" in value.strip("\n") and _literal_ok(value):
        style = "|" if value.endswith("\n") else "|-"
        return [f"{pad}{key}: {style}"] + [f"{pad}{INDENT}{line}" if line else "" for line in value.rstrip("\n").split("\n")]
    return [f"{pad}{key}: {_scalar(value, quote=key in ALWAYS_QUOTED)}"]


def _mapping(value: dict, depth: int) -> list[str]:
    return [line for key, item in value.items() for line in _entry(key, item, depth)]


def _sequence(items: list, depth: int) -> list[str]:
    pad = INDENT * depth
    lines = []
    for item in items:
        if isinstance(item, dict) and item:
            nested = _mapping(item, depth + 1)
            lines += [pad + "- " + nested[0].lstrip()] + nested[1:]
        else:
            lines.append(f"{pad}- {_scalar(item)}")
    return lines


def _scalar(value, quote: bool = False) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if value == {}:
        return "{}"
    text = str(value)
    if not quote and _plain_ok(text):
        return text
    quoted = json.dumps(text, ensure_ascii=False)  # JSON's string escapes are YAML's double-quoted ones
    return quoted.translate(_YAML_LINE_BREAKS)


def _plain_ok(text: str) -> bool:
    """Whether `text` reads back as the same text unquoted, here and in YAML 1.1 tools."""
    return bool(text) and text == text.strip() and text[0] not in _INDICATORS and ": " not in text \
        and " #" not in text and not text.endswith(":") and text.lower() not in _YAML11_WORDS \
        and not _YAML11_NOT_TEXT.match(text) and text.isprintable() and _reads_back(text)


def _reads_back(text: str) -> bool:
    try:
        return resolve_plain(text) == text
    except LoadError:  # text the loader refuses unquoted (1_000, endless digits): quote it
        return False


def _literal_ok(text: str) -> bool:
    lines = text.rstrip("\n").split("\n")
    return not lines[0].startswith(" ") and all(line == line.rstrip() and line.isprintable() for line in lines)
