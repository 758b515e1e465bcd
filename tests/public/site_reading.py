"""Reading built pages back: the article's text, its links and its elements."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class Article:
    text: str = ""
    headings: list[str] = field(default_factory=list)
    hrefs: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    attributes: list[str] = field(default_factory=list)


class _ArticleParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.article = Article()
        self.depth = 0
        self.heading: list[str] | None = None
        self.chunks: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
            return
        if not self.depth:
            return
        self.article.tags.append(tag)
        self.article.attributes.extend(name for name, _ in attrs)
        self.article.hrefs.extend(value for name, value in attrs if name == "href")
        if tag in ("h1", "h2", "h3"):
            self.heading = []

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        elif self.depth and tag in ("h1", "h2", "h3") and self.heading is not None:
            self.article.headings.append("".join(self.heading).strip())
            self.heading = None

    def handle_data(self, data):
        if self.depth:
            self.chunks.append(data)
            if self.heading is not None:
                self.heading.append(data)

    def close(self):
        super().close()
        self.article.text = " ".join("".join(self.chunks).split())


def read_article(page: Path) -> Article:
    parser = _ArticleParser()
    parser.feed(page.read_text(encoding="utf-8"))
    parser.close()
    return parser.article


def page_of(site: Path, group_id: str) -> Path:
    return site / "groups" / group_id / "index.html"
