"""Schema check: a compiled validator decides, `jsonschema` explains in Norwegian.

jsonschema-rs answers "valid?" in microseconds; only files that fail are walked
again with `jsonschema`, whose errors carry the path, keyword and subschema we
need to write a located message a volunteer can act on.
"""

from __future__ import annotations

import ast
import difflib
from functools import cached_property

import jsonschema_rs

from generator.model.loading import GroupFile
from generator.text.quoting import nearest_field, quoted
from generator.model.problems import Problem
from generator.model.rule_ids import rule_for_path
from generator.model.rules import Rule

_TYPE_NAMES = {"string": "tekst", "integer": "et heltall", "number": "et tall", "boolean": "true eller false",
               "array": "en liste", "object": "en samling av felt", "null": "tom"}


class SchemaChecker:
    def __init__(self, schema: dict, group_file: bool = True):
        """`group_file`: the checked files are group files, whose fields answer to the guidelines' rules; the
        project's data files answer to none."""
        self.schema = schema
        self.group_file = group_file

    @cached_property
    def _titles(self) -> dict[str, str]:
        """Each field's title by name, for a field a category requires (its `then` names it without a title)."""
        titles: dict[str, str] = {}
        for key, prop in _properties(self.schema):
            if isinstance(prop, dict) and "title" in prop:
                titles.setdefault(key, prop["title"])
        return titles

    @cached_property
    def _fast(self):
        return jsonschema_rs.Draft202012Validator(self.schema, validate_formats=True)

    @cached_property
    def _explainer(self):
        import jsonschema  # only files that fail need it; importing it costs more than checking a valid file

        return jsonschema.Draft202012Validator(self.schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

    def check(self, group: GroupFile) -> list[Problem]:
        try:
            if self._fast.is_valid(group.data):
                return []
        except (ValueError, OverflowError, TypeError):
            pass  # values the compiled validator cannot take (huge ints): let jsonschema judge
        errors = [e for e in self._explainer.iter_errors(group.data) if not _is_branch_noise(e)]
        return _one_per_fault(group, errors, self._problems) if errors else self._unexplained(group)

    def _unexplained(self, group: GroupFile) -> list[Problem]:
        """The two validators should agree; if only the compiled one objects, its verdict stands, located."""
        try:
            first_per_path = {tuple(e.instance_path): e for e in reversed(list(self._fast.iter_errors(group.data)))}
        except (ValueError, OverflowError, TypeError):
            return []
        return [group.problem(path, f"Ugyldig verdi i «{_field(path)}»: {error.message}", self._rule(group, path))
                for path, error in first_per_path.items()]

    def _rule(self, group: GroupFile, path: tuple) -> Rule | None:
        return _rule(group, path) if self.group_file else None

    def _problems(self, group: GroupFile, error) -> list[Problem]:
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties":   # one problem per unknown field, each at its own key
            allowed = list(error.schema.get("properties", {}))
            if self.group_file and _is_member(path):
                return [group.problem(path + (extra,), _personal_field(extra), Rule.MEMBERSHIP, at_key=True)
                        for extra in error.instance if extra not in allowed]
            # the registration's fields are the ones the schema knows
            rule = self._rule(group, path) or (Rule.REGISTRATION if self.group_file else None)
            return [group.problem(path + (extra,), _unknown_field(extra, allowed), rule, at_key=True)
                    for extra in error.instance if extra not in allowed]
        if error.validator == "dependentRequired":   # at the key that needs another: `end` without `start`
            return [group.problem(path + (key,), _needs(key, missing, self._titles), self._rule(group, path),
                                  at_key=True)
                    for key, needed in error.validator_value.items() if key in error.instance
                    for missing in needed if missing not in error.instance]
        message, subject = _explain(error, path, group.positions.source_of(path), self._titles)
        return [group.problem(path, message, self._rule(group, subject))]


def _rule(group: GroupFile, path: tuple) -> Rule | None:
    """The rule of the field at `path` in this group's category (a student group's `institution` is §4.2)."""
    category = group.data.get("category")
    return rule_for_path(path, category if isinstance(category, str) else None)


def _properties(schema):
    """(name, schema) of every property anywhere in `schema`, the first one of each name first."""
    if isinstance(schema, dict):
        yield from (schema.get("properties") or {}).items()
        for value in schema.values():
            yield from _properties(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _properties(value)


def _one_per_fault(group, errors, to_problems) -> list[Problem]:
    """A value of the wrong type fails its other keywords too: report the type alone, and each message once."""
    mistyped = {tuple(e.absolute_path) for e in errors if e.validator == "type"}
    kept = [e for e in errors if e.validator == "type" or tuple(e.absolute_path) not in mistyped]
    return list(dict.fromkeys(problem for e in kept for problem in to_problems(group, e)))


def _is_branch_noise(error) -> bool:
    """`if` failures are not errors; only their `then` errors are."""
    return error.validator == "if"


def _field(path: tuple) -> str:
    return nearest_field(path) or "fila"


def _said(value, instead: str = "verdien") -> str:
    """A value as a message may show it, «true», «tom», «Trondheim»; `instead` when it is long or may be personal:
    a message travels further than the file (a reply on an issue, a log)."""
    if isinstance(value, bool) or value is None:
        return {True: "«true»", False: "«false»", None: "«tom»"}[value]
    return quoted(value, instead)


def _suggest(word, choices) -> str:
    match = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" Mente du «{match[0]}»?" if match else ""


def _explain(error, path: tuple, written: str | None, titles: dict[str, str]) -> tuple[str, tuple]:
    """The Norwegian message, and the field it concerns (for a missing field: that field)."""
    kind, schema, value = error.validator, error.schema, error.instance
    name = _field(path)
    if kind == "required":
        missing = _missing_key(error)
        title = schema.get("properties", {}).get(missing, {}).get("title") or titles.get(missing)
        label = f" ({title.lower()})" if title else ""
        return f"Feltet «{missing}»{label} mangler her. Legg det til.", path + (missing,)
    if kind == "enum":
        options = ", ".join(f"{key} ({label})" for key, label in zip(error.validator_value, schema.get("enumDescriptions", [])))
        options = options or ", ".join(map(str, error.validator_value))
        return (f"{_said(value, 'Verdien')} er ikke en gyldig verdi for «{name}».{_suggest(value, error.validator_value)} "
                f"Gyldige verdier: {options}.", path)
    if kind == "const" and name == "open_to_new_members":
        return "Gruppa må være åpen for nye medlemmer: sett open_to_new_members: true.", path
    if kind == "type" and schema.get("format") == "date":
        return (f"«{name}» skal være en dato skrevet ÅÅÅÅ-MM-DD, for eksempel 2026-09-01, men er "
                f"{_said(value, 'noe annet')}.", path)
    if kind == "type":
        return _type_message(name, value, error.validator_value, written), path
    if kind in ("pattern", "format"):
        hint = schema.get("patternErrorMessage", "")
        what = "en gyldig dato" if schema.get("format") == "date" else "på riktig form"
        return f"{_said(value, 'Verdien')} i «{name}» er ikke {what}. {hint}".rstrip(), path
    if kind == "minItems":
        return f"Lista «{name}» kan ikke være tom. Legg til minst ett element.", path
    if kind == "uniqueItems":
        return f"Lista «{name}» har samme verdi flere ganger. Fjern gjentakelsen.", path
    if kind in ("minLength", "maxLength"):
        limit = error.validator_value
        text = "kan ikke være tom" if kind == "minLength" else f"er for lang (høyst {limit} tegn)"
        return f"Teksten i «{name}» {text}.", path
    if kind in ("minimum", "maximum"):
        return f"{_said(value, 'Verdien')} i «{name}» er utenfor det tillatte ({kind} {error.validator_value}).", path
    return f"Ugyldig verdi i «{name}»: {error.message}", path


def _reads_as(text: str, expected) -> bool:
    """Whether a quoted value is what the field wants, but written as text ("214", "true")."""
    text = text.strip()
    if expected == "integer":
        return text.isascii() and text.isdigit()
    if expected == "boolean":
        return text in ("true", "false")
    return False


def _unknown_field(extra, allowed: list[str]) -> str:
    return (f"Ukjent felt {_said(extra, 'på denne linjen')}.{_suggest(extra, allowed)} Tillatte felt her: "
            f"{', '.join(allowed)}.")


def _needs(key: str, missing: str, titles: dict[str, str]) -> str:
    def named(field: str) -> str:
        title = titles.get(field)
        return f"«{field}» ({title.lower()})" if title else f"«{field}»"

    return f"Feltet {named(key)} står uten {named(missing)}. Legg til {missing}, eller fjern {key}."


def _is_member(path: tuple) -> bool:
    return len(path) == 2 and path[0] == "members" and isinstance(path[1], int)


def _personal_field(extra) -> str:
    """Whatever the key, a member is a number with roles: the rest is the register's (the value is not repeated)."""
    return (f"Feltet {_said(extra, 'på denne linjen')} hører ikke hjemme under et medlem. Et medlem står bare med "
            "member_number og roles: navn, e-post, telefon og fødselsår finnes i medlemsregisteret, ikke i "
            "gruppefila, som alle som kan foreslå endringer kan lese. Slett linjen.")


def _missing_key(error) -> str:
    """jsonschema names the missing key only in its message: "'x' is a required property"."""
    quoted = error.message.removesuffix(" is a required property")
    try:
        return ast.literal_eval(quoted)
    except (ValueError, SyntaxError):
        return next(k for k in error.validator_value if k not in error.instance)


def _type_message(name: str, value, expected, written: str | None) -> str:
    want = _TYPE_NAMES.get(expected, str(expected))
    if isinstance(value, str) and _reads_as(value, expected):
        example = f": {name}: {value.strip()}" if quoted(value.strip(), "") else "."
        return f"«{name}» skal være {want}, ikke tekst. Fjern anførselstegnene{example}"
    if expected == "boolean" and isinstance(value, str):
        return (f"«{name}» må være true eller false, ikke {_said(value, 'det som står her')}. Skriv true for ja og "
                "false for nei.")
    if expected == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
        shown = written or str(value)
        example = f': "{shown}"' if quoted(shown, "") else ""
        return f"«{name}» skal være tekst. Sett verdien i anførselstegn{example}."
    return f"«{name}» skal være {want}, men er {_said(value, 'noe annet')}."
