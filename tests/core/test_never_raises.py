"""Property: whatever a volunteer (or an attacker) does to a valid file, the validator answers with
located problems or none, and never raises."""

from __future__ import annotations

import jsonschema
import jsonschema_rs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.checks.run import GroupFiles, check_group_files
from generator.model.context import RunContext
from generator.model.loading import parse_group
from generator.model.schema import build_schema

from tests.conftest import AS_OF, PLACES, vocabularies
from .conftest import EXAMPLE, export

CONTEXT = RunContext(vocabularies(), AS_OF, PLACES, export())
SCHEMA = build_schema(vocabularies())
COMPILED = jsonschema_rs.Draft202012Validator(SCHEMA, validate_formats=True)
EXPLAINER = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
EXAMPLE_DATA = yaml.safe_load(EXAMPLE)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
                    st.sampled_from(["no", "ja", "2024-02-30", "2026-Q9", "javascript:alert(1)", "<script>", ""]))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.text(max_size=10), inner, max_size=3), max_leaves=8)


def assert_located(raw: bytes) -> None:
    group_files = GroupFiles()
    group_files.add(parse_group("amnesty-x.yaml", raw))
    lines = raw.count(b"\n") + 1
    for problem in check_group_files(group_files, CONTEXT):
        assert problem.file == "amnesty-x.yaml"
        assert 1 <= problem.line <= lines + 1 and problem.col >= 1
        assert problem.message


def paths(data, prefix=()):
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from paths(value, prefix + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from paths(value, prefix + (index,))


ALL_PATHS = [p for p in paths(EXAMPLE_DATA) if p]


def replaced(data, path, value):
    if len(path) == 1:
        copy = dict(data) if isinstance(data, dict) else list(data)
        copy[path[0]] = value
        return copy
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[path[0]] = replaced(data[path[0]], path[1:], value)
    return copy


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(ALL_PATHS), value=VALUES)
def test_any_value_anywhere_gives_located_problems(path, value):
    assert_located(yaml.safe_dump(replaced(EXAMPLE_DATA, path, value), allow_unicode=True).encode())


@settings(max_examples=300, deadline=None)
@given(position=st.integers(0, len(EXAMPLE.encode()) - 1), junk=st.binary(min_size=0, max_size=8),
       cut=st.integers(0, 8))
def test_any_byte_edit_gives_located_problems(position, junk, cut):
    raw = EXAMPLE.encode()
    assert_located(raw[:position] + junk + raw[position + cut:])


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(st.sampled_from(EXAMPLE.splitlines()), max_size=40))
def test_any_shuffle_of_lines_gives_located_problems(lines):
    assert_located("\n".join(lines).encode())



TRICKY_TEXTS = ["<script>@x.y", "kari@example.org", "a b@x.y", "javascript:alert(1)", "https://x.org/a?b",
                "https://exa mple.org", "https://", "2024-02-29", "2023-02-29", "2026-Q3", "+47 912 34 567", "x@y",
                "a..b@x.y", "ja", "", "100871\n", "2026-Q3\n", "kari@example.org\n", "0000-Q1", "9999-12-31",
                "\u200b", " ", "Amnesty Ås", "https://x.org/[x](y)"]


@pytest.mark.parametrize("path", ALL_PATHS, ids=lambda p: ".".join(map(str, p)))
def test_the_compiled_validator_and_the_explainer_agree(path):
    """Validity is decided by jsonschema-rs and explained by jsonschema: they must never disagree."""
    for text in TRICKY_TEXTS:
        data = parse_group("amnesty-x.yaml", yaml.safe_dump(replaced(EXAMPLE_DATA, path, text)).encode())[0].data
        assert COMPILED.is_valid(data) == EXPLAINER.is_valid(data), (path, text)
