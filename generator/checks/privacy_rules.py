"""§2.2: the register, not the group file, holds people's details; no text of the file may carry them.

Every text is searched for an identity number. Every text but the fields made
for contact details (the values the schema holds to one shape: dates, choices,
`public.email`, `public.phone`, links) is also searched for an e-mail address or
a phone number, so a text field added later is guarded without being named here.
"""

from __future__ import annotations

from functools import cache

from generator.model.loading import GroupFile
from generator.checks.personal_data import Detail, advice, contact_detail_in, identity_number_in
from generator.model.schema import build_schema
from generator.checks.context import CheckContext
from generator.model.rules import Rule

RULE = Rule.REGISTRATION   # what the file holds; not a §2 criterion, so a slip in a note makes no closure candidate


def no_personal_details(group: GroupFile, ctx: CheckContext):
    shaped = _shaped_fields(ctx.vocab)
    for path, pattern, value in _texts(group.data):
        detail = Detail.IDENTITY_NUMBER if identity_number_in(value) else (
            None if pattern in shaped else contact_detail_in(value))
        if detail is not None:
            name = next((part for part in reversed(path) if isinstance(part, str)), "fila")
            yield group.problem(path, f"«{name}» inneholder det som ser ut som et {detail.value}. "
                                      f"{advice(detail)}", RULE)


def _texts(data):
    """(path, field pattern, text) of every text in the data, keys excepted (an unknown key is reported by the
    schema); the pattern (`reports.*.quarter`) grows with the path, as building it for every text costs more
    than the checks."""
    stack = [((), "", data)]
    while stack:
        path, pattern, value = stack.pop()
        for key, item in (value.items() if isinstance(value, dict) else enumerate(value)):
            child = f"{pattern}.{'*' if isinstance(key, int) else key}" if pattern else str(key)
            if isinstance(item, str):
                yield path + (key,), child, item
            elif isinstance(item, (dict, list)):
                stack.append((path + (key,), child, item))


@cache
def _shaped_fields(vocab) -> frozenset[str]:
    """The field patterns (`reports.*.quarter`) whose values the schema holds to a whole shape."""
    schema = build_schema(vocab)
    return frozenset(_walk(schema, schema, ""))


def _walk(root: dict, node: dict, prefix: str):
    node = _resolved(root, node)
    for key, sub in (node.get("properties") or {}).items():
        yield from _field(root, _resolved(root, sub), f"{prefix}{key}")


def _field(root: dict, node: dict, pattern: str):
    if "items" in node:
        yield from _field(root, _resolved(root, node["items"]), f"{pattern}.*")
    elif "properties" in node:
        yield from _walk(root, node, f"{pattern}.")
    elif "enum" in node or "format" in node or str(node.get("pattern", "")).startswith("^"):
        yield pattern


def _resolved(root: dict, node: dict) -> dict:
    """A property with its local `$ref` (`#/$defs/date`) filled in; its own title and description kept."""
    ref = node.get("$ref", "")
    if not ref.startswith("#/$defs/"):
        return node
    return {**_resolved(root, root["$defs"][ref.removeprefix("#/$defs/")]), **{k: v for k, v in node.items()
                                                                                 if k != "$ref"}}
