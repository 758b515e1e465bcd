"""Loading never crashes and never guesses: hostile and broken files become located problems."""

from __future__ import annotations

import pytest

from generator.model.loading import MAX_BYTES, parse_group
from generator.model.marked_yaml import resolve_plain
from generator.checks.reporters import format_text

from .conftest import EXAMPLE, edited


def only_problem(raw: bytes, name: str = "amnesty-x.yaml"):
    group, problems = parse_group(name, raw)
    assert group is None and len(problems) == 1, problems
    return problems[0]


def alias_bomb(levels: int = 9) -> bytes:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return ("\n".join(lines) + "\n").encode()


def test_an_alias_bomb_is_rejected_at_the_alias_that_overflows():
    problem = only_problem(alias_bomb())
    assert problem.line == 4 and "alias" in problem.message


def test_a_few_harmless_aliases_are_allowed():
    text = edited("roles: [social-media]", "roles: &r [social-media]") + "\n"
    assert parse_group("amnesty-nidaros.yaml", text.encode())[0] is not None


def test_duplicate_keys_are_rejected_at_the_second_with_the_first_line():
    problem = only_problem(b"name: A\ncategory: local\nname: B\n")
    assert (problem.line, problem.col) == (3, 1)
    assert "«name» står to ganger (første gang på linje 1)" in problem.message


def test_duplicate_keys_in_a_nested_mapping_are_rejected():
    problem = only_problem(b"members:\n  - name: A\n    name: B\n")
    assert (problem.line, problem.col) == (3, 5)


@pytest.mark.parametrize("text", [
    "x:\n" + "".join(f"{'  ' * i}-\n" for i in range(1, 60)) + "  " * 60 + "- a\n",
    "x: " + "[" * 5000 + "]" * 5000 + "\n",
    "x: " + "{a: " * 300 + "b" + "}" * 300 + "\n",
], ids=["block", "flow-sequences", "flow-mappings"])
def test_deep_nesting_is_rejected(text):
    problem = only_problem(text.encode())
    assert "nøstet for dypt" in problem.message


def test_a_file_over_one_mebibyte_is_rejected():
    raw = b"name: '" + b"a" * MAX_BYTES + b"'\n"
    assert "for stor" in only_problem(raw).message


def test_a_forbidden_character_after_norwegian_letters_is_located_by_character_not_byte():
    problem = only_problem("name: Amnesty Ås\nmunicipality: Bodø\x07Bodø\n".encode())
    assert (problem.line, problem.col) == (2, 19)
    assert "U+0007" in problem.message


def test_bytes_that_are_not_utf8_are_located():
    problem = only_problem("name: Amnesty Ås\n".encode("latin-1"))
    assert (problem.line, problem.col) == (1, 15)
    assert "UTF-8" in problem.message


def test_a_utf8_byte_order_mark_is_accepted():
    assert parse_group("amnesty-nidaros.yaml", b"\xef\xbb\xbf" + EXAMPLE.encode())[0] is not None


@pytest.mark.parametrize("raw", [b"", b"\n\n", b"# bare en kommentar\n", b"---\n"])
def test_an_empty_file_is_rejected(raw):
    assert "tom" in only_problem(raw).message


@pytest.mark.parametrize("raw", [b"- a\n- b\n", b"just text\n", b"42\n", b"null\n"])
def test_a_top_level_value_that_is_not_a_mapping_is_rejected(raw):
    assert "samling av felt" in only_problem(raw).message


@pytest.mark.parametrize("name", ["Amnesty.yaml", "amnesty_x.yaml", "amnesty-x.yml", "-x.yaml", "æøå.yaml",
                                  "amnesty--x.yaml", "amnesty x.yaml"])
def test_a_file_name_that_is_not_a_lowercase_slug_is_rejected(name):
    problem = only_problem(EXAMPLE.encode(), name=name)
    assert "Filnavnet" in problem.message and (problem.line, problem.col) == (1, 1)


def test_a_file_named_for_a_sites_own_index_page_is_refused_as_taken():
    problem = only_problem(EXAMPLE.encode(), name="index.yaml")
    assert "er opptatt" in problem.message and (problem.line, problem.col) == (1, 1)


@pytest.mark.parametrize("raw", [b"x: !!python/object/apply:os.system ['true']\n", b"x: !!binary aGk=\n",
                                 b"x: !custom [1]\n", b"!!set {a, b}\n"])
def test_explicit_yaml_tags_are_rejected(raw):
    assert "taggen" in only_problem(raw).message


def test_multiple_documents_are_rejected():
    assert "flere YAML-dokumenter" in only_problem(b"a: 1\n---\nb: 2\n").message


def test_a_complex_key_is_rejected():
    assert "felt-navn" in only_problem(b"? [a, b]\n: c\n").message


@pytest.mark.parametrize("written", [b"9" * 6000, b"0x" + b"f" * 5000, b"0o" + b"7" * 20, b"-1000000000000000"])
def test_an_integer_too_long_to_read_is_rejected_not_raised(written):
    assert "for langt" in only_problem(b"x: " + written + b"\n").message


def test_an_integer_of_fifteen_digits_is_read():
    assert resolve_plain("999999999999999") == 999_999_999_999_999 and resolve_plain("0x10") == 16


@pytest.mark.parametrize("raw, line, col", [
    (b'name: "unterminated\n', 1, 7),
    (b"name: a\n\tcategory: b\n", 2, 1),
    (b"members:\n  - name: a\n   roles: []\n", 3, 4),
])
def test_yaml_syntax_errors_are_located_and_explained_in_norwegian(raw, line, col):
    problem = only_problem(raw)
    assert (problem.line, problem.col) == (line, col)
    assert problem.message.startswith("Fila er ikke gyldig YAML")


@pytest.mark.parametrize("scalar, value", [
    ("true", True), ("false", False), ("TRUE", True), ("no", "no"), ("NO", "NO"), ("yes", "yes"),
    ("ja", "ja"), ("on", "on"), ("off", "off"), ("y", "y"), ("2024-09-03", "2024-09-03"), ("~", None),
    ("null", None), ("012", 12), ("0o17", 15), ("0x1F", 31), ("1:30", "1:30"),
    ("'true'", "true"), ('"123"', "123"), ("3.5", 3.5), ("2026-Q3", "2026-Q3"),
])
def test_scalars_follow_the_yaml_1_2_core_schema(scalar, value):
    group, _ = parse_group("amnesty-x.yaml", f"x: {scalar}\n".encode())
    assert group.data == {"x": value}
    assert type(group.data["x"]) is type(value)


def test_every_key_and_value_has_its_line_and_column():
    group, _ = parse_group("amnesty-nidaros.yaml", EXAMPLE.encode())
    assert group.positions.of_key(("members", 1, "roles")) == (25, 5)
    assert group.positions.of_value(("members", 1, "roles")) == (25, 12)
    assert group.positions.of_value(("members", 1, "roles", 0)) == (25, 13)
    assert group.positions.of_value(("reports", 0, "planned", 0, "public")) == (56, 17)


@pytest.mark.parametrize("scalar", ["1_000", "0b101", "-1_5.0"])
def test_a_plain_scalar_other_yaml_tools_read_as_a_number_is_rejected(scalar):
    problem = only_problem(f"meets: {scalar}\n".encode())
    assert (problem.line, problem.col) == (1, 8) and "anførselstegn" in problem.message


def test_a_control_character_is_located_and_explained():
    problem = only_problem(b"name: a\x07b\n")
    assert (problem.line, problem.col) == (1, 8) and "U+0007" in problem.message


def test_the_column_of_a_bad_byte_counts_characters_not_bytes():
    assert (only_problem("Ås: caf".encode() + b"\xe9\n").col) == 8


def test_a_value_with_a_line_break_gives_a_one_line_problem(check):
    problems = check({"amnesty-nidaros.yaml": edited("region: midt", 'region: "mi\\nx"')})
    assert [p.message for p in problems if "\n" in format_text(p)] == []
    assert any("«mi\\nx»" in p.message for p in problems)
