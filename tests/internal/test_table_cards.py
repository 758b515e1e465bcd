"""The internal site's table extension: wide tables get their column headings on every cell, for phone cards."""

from __future__ import annotations

import markdown

from generator.text import markdown as markdown_text
from generator.sites.internal.table_cards import makeExtension


def render(source: str) -> str:
    return markdown.markdown(source, extensions=["tables", makeExtension()])


def test_each_cell_of_a_wide_table_is_labelled_with_its_heading_and_its_content_kept_whole():
    html = render("| Gruppe | Region | Hva må gjøres |\n|---|---|---:|\n"
                  "| [Amnesty Bergen](bergen.md) | Vest | Gi rollen *videre* |\n")
    assert "<table data-cards=\"\">" in html
    assert '<td data-label="Gruppe"><span><a href="bergen.md">Amnesty Bergen</a></span></td>' in html
    assert '<td data-label="Region"><span>Vest</span></td>' in html
    right = '<td data-label="Hva må gjøres" style="text-align: right;">'
    assert right + "<span>Gi rollen <em>videre</em></span></td>" in html


def test_a_heading_that_is_a_link_or_escaped_text_is_labelled_as_it_reads():
    heading = markdown_text.inline("Sør-Q3 <b>")
    html = render(f"| Påminnelse | [Nord](nord.md) | {heading} |\n|---|---|---|\n| a | 1 | 2 |\n")
    assert 'data-label="Nord"' in html
    assert 'data-label="Sør-Q3 &lt;b&gt;"' in html


def test_a_two_column_table_is_left_as_it_is():
    html = render("| Opplysning | Verdi |\n|---|---|\n| Id | amnesty-bergen |\n")
    assert "data-label" not in html and "data-cards" not in html and "<span>" not in html
