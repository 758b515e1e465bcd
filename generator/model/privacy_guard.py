"""No personal detail in anything a reader of a YAML file sees: its keys, its values of every type, its comments.

Everyone who can propose a change reads every file of the register, so a group
file, `data/regions.yaml` and `data/settings.yaml` are guarded alike. An identity
number is never allowed; an e-mail address or a phone number only in the file's
own contact fields (`own_contact`, as data paths where `*` stands for any key or
index). A number YAML reads as a number is searched as it was written. A message
names the field, never the value.
"""

from __future__ import annotations

from collections.abc import Collection

from generator.text.personal_data import Detail, advice, kind, personal_detail_in
from generator.model.loading import GroupFile
from generator.model.problems import DataPath, Problem, Severity
from generator.model.rules import Rule
from generator.text.quoting import nearest_field

def personal_detail_problems(file: GroupFile, own_contact: Collection[DataPath] = (),
                             rule: Rule | None = None) -> list[Problem]:
    """One problem for every comment, key and value of `file` that holds a personal detail it may not hold."""
    problems = [Problem(file.path, comment.line, comment.column, Severity.ERROR,
                        f"Kommentaren inneholder det som ser ut som {kind(detail)}. {advice(detail)}", rule)
                for comment in file.comments if (detail := personal_detail_in(comment.text))]
    for path, key, value in _entries(file.data):
        if isinstance(key, str) and (detail := personal_detail_in(key)):
            problems.append(file.problem(path, f"Et feltnavn {_under(path[:-1])} inneholder det som ser ut som "
                                               f"{kind(detail)}. {advice(detail)}", rule, at_key=True))
        written = _written(file, path, value)
        detail = personal_detail_in(written) if written else None
        if detail and (detail is Detail.IDENTITY_NUMBER or not _is_own(path, own_contact)):
            problems.append(file.problem(path, f"{_field_name(path)} inneholder det som ser ut som {kind(detail)}. "
                                               f"{advice(detail)}", rule))
    return problems


def _entries(data):
    """(path, key, value) of every entry of every mapping and list in `data`; a list item's key is its index."""
    stack = [((), data)]
    while stack:
        path, container = stack.pop()
        for key, value in (container.items() if isinstance(container, dict) else enumerate(container)):
            yield path + (key,), key, value
            if isinstance(value, (dict, list)):
                stack.append((path + (key,), value))


def _written(file: GroupFile, path: DataPath, value) -> str | None:
    """A value as a reader sees it: a text, or a number as written; None for the rest (true, false, empty)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return file.positions.source_of(path) or str(value)
    return None


def _is_own(path: DataPath, own_contact: Collection[DataPath]) -> bool:
    return any(len(own) == len(path) and all(part in ("*", key) for part, key in zip(own, path))
               for own in own_contact)


def _field_name(path: DataPath) -> str:
    name = nearest_field(path)
    return f"«{name}»" if name is not None else "En verdi i fila"


def _under(path: DataPath) -> str:
    name = nearest_field(path)
    return f"under «{name}»" if name is not None else "i fila"
