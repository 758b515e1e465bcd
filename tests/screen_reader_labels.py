"""What a screen reader announces on a built page, and which of it is Material's English.

Material's translations are read from the installed theme: every English label
(`partials/languages/en.html`) is sought in both sites, except the few words that are
Norwegian too. Its Norwegian file leaves some in English ("Header"), which
`partials/languages/custom.html` of each site translates.
"""

from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import material

LABEL_ATTRIBUTES = ("aria-label", "aria-description", "aria-roledescription", "title", "alt", "placeholder")
NORWEGIAN_TOO = {"Metadata"}
_LANGUAGES = Path(material.__file__).parent / "templates" / "partials" / "languages"


def _translations(language: str) -> dict[str, str]:
    text = (_LANGUAGES / f"{language}.html").read_text(encoding="utf-8")
    return dict(re.findall(r'^\s*"([^"]+)":\s*"([^"]*)"', text, re.M))


@cache
def english_labels() -> frozenset[str]:
    """Material's English labels, but words English and Norwegian share."""
    settings = ("language", "direction", "search.config")     # not words: "en", "ltr", a stemmer's name
    english = {value for key, value in _translations("en").items() if not key.startswith(settings)}
    return frozenset(english - NORWEGIAN_TOO)


class _Labels(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.labels: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.labels.extend(value for name, value in attrs if name in LABEL_ATTRIBUTES and value)


def labels_of(page: Path) -> list[str]:
    parser = _Labels()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.labels


def english_labels_in(site: Path) -> dict[str, list[str]]:
    """Each page of `site` that has an English label, and those labels."""
    found = {}
    for page in sorted(site.rglob("*.html")):
        english = [label for label in labels_of(page) if label in english_labels()]
        if english:
            found[str(page.relative_to(site))] = english
    return found
