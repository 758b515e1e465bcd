"""Jinja2 for the internal site's Markdown: every `{{ value }}` is escaped as the text it is.

The environment's `finalize` runs `text.inline` on every value, so a template
cannot forget to escape a volunteer's text; filters that build Markdown return
`Markup`, which passes through untouched.
"""

from __future__ import annotations

import json
import posixpath
from pathlib import Path

import jinja2
from markupsafe import Markup

from ..quarters import parse_date
from ..status.summary import SEVERITY_WORD
from ..vocabulary import Vocabularies
from . import text

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "internal"


def _escaped(value) -> str:
    if isinstance(value, Markup):
        return value
    return "" if value is None else text.inline(value)


_TITLE_SAFE = str.maketrans({"<": "‹", ">": "›", "&": "＆"})


def _page_title(value) -> Markup:
    """A front-matter title: MkDocs and the theme print it unescaped in <title> and the header, so it holds
    no character that markup could be made of (a name's "</title><script>" would otherwise run)."""
    return Markup(json.dumps(" ".join(str(value).split()).translate(_TITLE_SAFE), ensure_ascii=False))


def _day(value) -> str:
    """A date as Norwegian text; anything else as it was written."""
    if hasattr(value, "year"):
        return text.norwegian_date(value)
    day = parse_date(value)
    return text.norwegian_date(day) if day else ("" if value is None else str(value))


@jinja2.pass_context
def _href(context, target: str) -> Markup:
    """A link target to another page of the site, relative to the page being rendered."""
    return Markup(posixpath.relpath(target, posixpath.dirname(context["here"]) or "."))


def markdown_environment(vocab: Vocabularies) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=False, finalize=_escaped,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    env.filters.update(
        paragraphs=lambda value: Markup(text.paragraphs(value)),
        day=_day,
        label=lambda key, vocabulary: vocab.label(vocabulary, key),
        labels=lambda keys, vocabulary: ", ".join(vocab.label(vocabulary, key) for key in keys or []),
        href=_href,
        severity=lambda finding: SEVERITY_WORD[finding.severity],
        raw=Markup,
        page_title=_page_title,
    )
    return env
