"""Our style sheets and scripts are published without their comments, blank lines and indentation
(generator/sites/engine.py `compact_assets`), a script's by a line-based rule that holds for a script with no string
across lines: the rule on tricky input here, our scripts' keeping to it here, and that they still parse and run as
published in the browser tests (tests/browser/test_public_site.py, test_public_place_search.py,
test_zensical_site.py)."""

from __future__ import annotations

import re

import pytest

from generator.sites.engine import compact_script, compact_style

from tests.conftest import ROOT

OUR_SCRIPTS = sorted([*(ROOT / "docs" / "assets").glob("*.js"),
                      *(ROOT / "generator" / "sites" / "search_assets").glob("*.js")])


@pytest.mark.parametrize(("source", "published"), [
    ("// what it does\nrun();\n", "run();\n"),
    ("  (function () {\n    // inside\n    go();\n", "(function () {\ngo();\n"),
    ("/* a block\n   over lines, with // and /* inside */\nrun();\n", "run();\n"),
    ("  /* indented */  \nrun();", "run();"),
    ("run();\n// the last line, without its newline", "run();\n"),
    ("a();\n\n  \n\tb();\n", "a();\nb();\n"),
    ("var half = total\n    / 2;\n", "var half = total\n/ 2;\n"),
])
def test_a_script_loses_its_comments_on_lines_of_their_own_its_blank_lines_and_indentation(source, published):
    assert compact_script(source) == published


@pytest.mark.parametrize("source", [
    'var ICON = \'<svg xmlns="http://www.w3.org/2000/svg">\';\n',
    'var url = "https://example.org/a"; // a comment after code stays\n',
    'var text = "/* not a comment */";\n',
    "/* a comment */ var code = 1;\n",
    "/* one */ run(); /* two */\n",
    "var slashes = /\\/\\//g;\nvar half = a / b / c;\n",
])
def test_a_scripts_code_stays_as_it_is(source):
    assert compact_script(source) == source


def test_a_style_sheet_loses_its_comments_blank_lines_and_indentation():
    source = "/* what it is */\n\na {\n  color: red;     /* why */\n  margin: 0;\n}\n"
    assert compact_style(source) == "a {\ncolor: red;     margin: 0;\n}\n"


@pytest.mark.parametrize("script", OUR_SCRIPTS, ids=lambda path: path.name)
def test_our_scripts_keep_to_what_the_rule_needs(script):
    """No string or template across lines, and no block comment opened after code, so a line that starts with
    `//` or `/*` can only be a comment."""
    lines = script.read_text(encoding="utf-8").splitlines()
    assert not [line for line in lines if "`" in line or line.endswith("\\")]
    assert not [line for line in lines if re.search(r"\S.*/\*", line)]
