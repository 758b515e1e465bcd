"""Text in GitHub's Markdown (job summaries): rendered by GitHub's own cmark-gfm it is exactly the text, never markup,
and read raw it is the text too, but for the few characters that could become markup."""

from __future__ import annotations

import html
import re

import cmarkgfm
import pytest

from generator.text.markdown import readable_inline

HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(2))",
           "![px](https://evil.example/p.png)", "**fet** *kursiv* _kursiv_ __fet__", "~~strøket~~ ~strøket~",
           "`kode` a | b", "&lt;script&gt; &amp; &#60;", "\\*ikke kursiv\\*", "# overskrift", "> sitat", "- punkt",
           "+ punkt", "1. punkt", "12) punkt", "[^1] [ ] [x]", "$x^2$ og $$y$$", "<!-- kommentar -->",
           "@amnesty/styret", "x<https://evil.example>y", "https://evil.example", "se www.evil.example",
           "WWW.evil.example"]


def rendered_cell(text: str) -> str:
    """What GitHub makes of `text` in a table cell, as a job summary shows it: the cell's inner HTML."""
    table = f"| Hva |\n|---|\n| {text} |\n"
    page = cmarkgfm.github_flavored_markdown_to_html(table)
    return re.search(r"<td>(.*)</td>", page, re.S)[1]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_text_in_a_job_summary_renders_as_exactly_that_text_and_no_markup(hostile):
    cell = rendered_cell(readable_inline(hostile))
    assert "<" not in cell.replace("&lt;", ""), cell            # no element: no link, image, emphasis, code, script
    assert html.unescape(cell) == hostile


@pytest.mark.parametrize("hostile", HOSTILE)
def test_text_at_the_start_of_a_line_starts_no_block(hostile):
    page = cmarkgfm.github_flavored_markdown_to_html(readable_inline(hostile) + "\n")
    assert page.startswith("<p>") and page.count("<") == 2, page
    assert html.unescape(page.removeprefix("<p>").removesuffix("</p>\n")) == hostile


@pytest.mark.parametrize("plain", ["Kvartalsrapporten for 2026-Q3 er på overtid: fristen var 30. oktober 2026.",
                                   "Velkomstpakken er ikke sendt (gruppa ble registrert 1. september 2026).",
                                   "Feltet «member_number» mangler her. Legg det til.", "Amnesty & venner",
                                   "Skriv 1.5 eller www, a:b og a//b.", "jusgruppa_oslo"])
def test_plain_text_reads_as_written(plain):
    assert readable_inline(plain) == plain


def test_line_breaks_and_runs_of_spaces_become_one_space():
    assert readable_inline("  Amnesty\n  Bergen\t ") == "Amnesty Bergen"
