"""Raw Markdown on a built page: what the engine did not read as Markdown, shown to the reader as text.

One pass over each page's HTML. The visible text outside <pre> (a code block shows its content as written)
and outside inline <code> (a code span may show Markdown on purpose) is joined, a line break at each block,
and searched for Markdown's marks: a fence, bold, a link, a link definition, a heading, an HTML comment. A
code span that starts with a lone word on a line of its own is a fenced block read as a code span (what
Python-Markdown makes of a fence it does not see as one, ```text ... ``` inside a list item). A numbered list
that starts again at 1 in the same section and at the same depth as one that ended is a list the engine cut
in two (a step's block indented too little).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

TEXT_MARKS = {
    "a code fence": re.compile(r"```|~~~"),
    "bold or italic marks": re.compile(r"\*\*\S|\S\*\*|__\S"),
    "a link written in Markdown": re.compile(r"\]\("),
    "a link definition": re.compile(r"^[ \t]*\[[^\]\n]+\]:[ \t]", re.M),
    "a heading mark": re.compile(r"^[ \t]*#{1,6}[ \t]+\S", re.M),
    "an HTML comment": re.compile(r"<!--"),
}
FENCE_AS_CODE_SPAN = re.compile(r"[A-Za-z][\w+-]*[ \t]*\n")   # a fence's language, then its content
UNSEEN = {"head", "script", "style", "template", "svg", "pre"}
BLOCKS = {"p", "li", "ol", "ul", "dl", "dt", "dd", "div", "section", "article", "header", "footer", "nav",
          "table", "tr", "td", "th", "blockquote", "br", "hr", "form", "label", "details", "summary",
          "h1", "h2", "h3", "h4", "h5", "h6"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SHOWN = 60   # characters of the text around a finding


class _RawMarkdownReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.unseen = 0                     # depth inside elements whose text is not read
        self.code: list[str] | None = None  # the text of the code span being read
        self.findings: list[str] = []
        self.list_depth = 0
        self.ended_lists: set[int] = set()  # depths at which a numbered list ended in this section

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            self._block(tag)
            return
        if tag in UNSEEN:
            self.unseen += 1
        elif not self.unseen and tag == "code":
            self.code = []
        self._block(tag)
        if tag in HEADINGS:
            self.ended_lists.clear()
        elif tag == "ol":
            if self.list_depth in self.ended_lists and "start" not in dict(attrs):
                self.findings.append("a numbered list that starts again at 1 after one that ended: "
                                     + _around("".join(self.text)[-SHOWN:]))
        if tag in ("ol", "ul"):
            self.list_depth += 1

    def handle_startendtag(self, tag, attrs):
        self._block(tag)

    def handle_endtag(self, tag):
        if tag in UNSEEN:
            self.unseen = max(0, self.unseen - 1)
        elif tag == "code" and self.code is not None:
            code = "".join(self.code)
            if FENCE_AS_CODE_SPAN.match(code):
                self.findings.append(f"a fenced block read as a code span: {_around(code)}")
            self.text.append(" ")
            self.code = None
        if tag == "li":   # a list nested in the next item is not a continuation of this item's
            self.ended_lists = {depth for depth in self.ended_lists if depth < self.list_depth}
        elif tag in ("ol", "ul"):
            self.list_depth = max(0, self.list_depth - 1)
            if tag == "ol":
                self.ended_lists.add(self.list_depth)
        self._block(tag)

    def handle_data(self, data):
        if self.unseen:
            return
        (self.code if self.code is not None else self.text).append(data)

    def handle_comment(self, data):
        pass

    def _block(self, tag: str) -> None:
        if tag in BLOCKS and not self.unseen:
            self.text.append("\n")

    def read(self, html: str) -> list[str]:
        self.feed(html)
        self.close()
        text = "".join(self.text)
        for name, mark in TEXT_MARKS.items():
            self.findings.extend(f"{name}: {_around(text[max(0, found.start() - SHOWN // 2):found.end() + SHOWN // 2])}"
                                 for found in mark.finditer(text))
        return self.findings


def _around(text: str) -> str:
    return repr(" ".join(text.split())[:SHOWN])


def raw_markdown(html: str) -> list[str]:
    """What of Markdown the page at `html` shows as text, each finding with the text around it."""
    return _RawMarkdownReader().read(html)


def pages_showing_raw_markdown(site: Path) -> dict[str, list[str]]:
    """Every HTML page of the built `site` that shows raw Markdown (its path in the site -> the findings)."""
    shown = {page.relative_to(site).as_posix(): raw_markdown(page.read_text(encoding="utf-8"))
             for page in sorted(site.rglob("*.html"))}
    return {page: findings for page, findings in shown.items() if findings}
