"""YAML syntax errors and quoting advice speak Norwegian and quote what the volunteer wrote."""

from __future__ import annotations

import pytest

from generator.model.loading import parse_group

from .conftest import edited


def only_problem(text: str):
    group, problems = parse_group("amnesty-x.yaml", text.encode())
    assert group is None and len(problems) == 1, problems
    return problems[0]


@pytest.mark.parametrize("text, line, col, words", [
    ("name: Amnesty: Testgruppe\n", 1, 14, "kolon (:)"),
    ("roles: [a, b\ncategory: local\n", 1, 8, "avsluttet med ]"),
    ("x: {a: 1\ncategory: local\n", 1, 4, "avsluttet med }"),
    ("priority_areas: - x\n", 1, 17, "egen linje"),
    ("name: A\n  category: local\n", 2, 11, "Innrykket"),
    ("members:\n  name: A\n    role: x\n", 3, 9, "Innrykket"),
    ("a:\n    b: 1\n  c: 2\n", 3, 3, "Innrykket"),
    ("members:\n  - name: A\n   role: x\n", 3, 4, "Innrykket i lista"),
    ('name: "\\q"\n', 1, 8, "omvendt skråstrek"),
    ('name: "\\xZZ"\n', 1, 10, "omvendt skråstrek"),
    ("name: !e!foo bar\n", 1, 7, "utropstegn"),
    ("%YAML 2.0\n---\nname: a\n", 1, 1, "Slett linjen"),
    ("%YAML 1.1 x\n---\nname: a\n", 1, 11, "Slett linjen"),
    ("%FOO\n---\nname: a\n", 1, 5, "Slett linjen"),
    ("name: A\n\tcategory: local\n", 2, 1, "tabulator"),
    ("members:\n\t- a\n", 2, 1, "tabulator"),
    ("about: >\n\tTekst\n", 2, 1, "tabulator"),
    ('name: "Amnesty\ncategory: local\n', 1, 7, "aldri avsluttet"),
    ("name: 'Amnesty\ncategory: local\n", 1, 7, "aldri avsluttet"),
    ("name: @amnesty\n", 1, 7, "begynner med @"),
    ("name: A\ncategory\nx: 1\n", 2, 1, "mangler et kolon"),
    ('name: "Amnesty" Nidaros\n', 1, 17, "avsluttende anførselstegn"),
], ids=["colon-in-value", "open-bracket", "open-brace", "list-on-key-line", "extra-indent", "deeper-key",
        "shallower-key", "list-indent", "bad-escape", "bad-hex-escape", "tag-handle", "yaml-directive",
        "directive-junk", "unknown-directive", "tab-indent", "tab-before-dash", "tab-in-folded-text",
        "open-double-quote", "open-single-quote", "at-sign", "missing-colon", "text-after-quote"])
def test_a_syntax_error_is_explained_in_norwegian_where_it_is(text, line, col, words):
    problem = only_problem(text)
    assert (problem.line, problem.col) == (line, col)
    assert problem.message.startswith("Fila er ikke gyldig YAML: ") and words in problem.message
    assert not any(english in problem.message for english in ("found", "expected", "allowed", "while"))


def test_an_unknown_parser_problem_falls_back_to_a_norwegian_sentence_with_the_detail():
    problem = only_problem("about: |0\n  Tekst\n")
    assert (problem.line, problem.col) == (1, 9)
    assert problem.message.startswith("Fila er ikke gyldig YAML her. Sjekk innrykk, kolon og anførselstegn")
    assert problem.message.endswith("(feilen fra YAML-leseren: found an indentation indicator equal to 0).")


@pytest.mark.parametrize("old, new, written", [
    ("  email: nidaros@example.org", "  phone: 22402", '"22402"'),   # a phone number is never repeated
    ('member_number: "100234"', "member_number: 0012345", '"0012345"'),
    ('member_number: "100234"', "member_number: 1e5", '"1e5"'),
    ("name: Amnesty Nidaros", "name: 1.10", '"1.10"'),
])
def test_quoting_advice_repeats_the_value_as_written(check, old, new, written):
    problems = check({"amnesty-nidaros.yaml": edited(old, new)})
    advice = [p.message for p in problems if "anførselstegn" in p.message]
    assert advice and all(written in message for message in advice), [p.message for p in problems]
