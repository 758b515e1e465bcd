"""A Markdown extension for the internal site: tables that become one card per row on a phone.

Each body cell of a table with three or more columns gets its column's heading
as `data-label`, and its content is wrapped in one `<span>`; the table gets
`data-cards`. On a narrow screen `docs-internal/assets/internal.css` then shows
every row as a card of "heading: value" lines instead of squeezing the columns
(two-column tables, such as a group's facts, are already a list and stay
tables). The markup is only data attributes and a span, so the tables look the
same to the theme, to a screen reader and to a printed page.

Listed under `markdown_extensions` in mkdocs.internal.yml, like any
Python-Markdown extension; it is no MkDocs plugin.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

MIN_COLUMNS = 3   # a table narrower than this fits a phone as it is
_TAG = re.compile(r"<[^>]*>")


class TableCards(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for table in root.iter("table"):
            headings = [self._text(th) for th in table.findall("./thead/tr/th")]
            if len(headings) < MIN_COLUMNS:
                continue
            table.set("data-cards", "")
            for row in table.findall("./tbody/tr"):
                for heading, cell in zip(headings, row.findall("td")):
                    cell.set("data-label", heading)
                    _wrap_content(cell)

    def _text(self, element: etree.Element) -> str:
        """The heading as a reader sees it: the placeholders Markdown leaves in text until the page is written
        (escaped characters, entities, inline HTML) resolved, markup dropped, spaces collapsed."""
        blocks = self.md.htmlStash.rawHtmlBlocks
        text = HTML_PLACEHOLDER_RE.sub(lambda m: html.unescape(_TAG.sub("", str(blocks[int(m[1])]))),
                                       "".join(element.itertext()))
        if "unescape" in self.md.treeprocessors:
            text = self.md.treeprocessors["unescape"].unescape(text)
        return " ".join(text.split())


def _wrap_content(cell: etree.Element) -> None:
    """Move the cell's text and children into one span, so a card can lay out heading and value as two boxes."""
    span = etree.Element("span")
    span.text, cell.text = cell.text, None
    for child in list(cell):
        cell.remove(child)
        span.append(child)
    cell.append(span)


class TableCardsExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:   # noqa: N802 - Python-Markdown's name
        # After the tables are built and inline patterns have run (priority 20), before prettifying (10).
        md.treeprocessors.register(TableCards(md), "table_cards", 15)


def makeExtension(**kwargs) -> TableCardsExtension:   # noqa: N802 - the name Python-Markdown looks for
    return TableCardsExtension(**kwargs)
