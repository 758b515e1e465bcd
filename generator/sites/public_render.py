"""Jinja2 for Markdown pages: every value is shown as the text it is, unless a filter made it Markdown.

The environment's `finalize` escapes every `{{ value }}` with `text.inline`, so a
template cannot forget to escape; filters that build Markdown or links return
`Markup`, which passes through untouched.
"""

from __future__ import annotations

import posixpath
from functools import cache
from pathlib import Path
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from ..vocabulary import Vocabularies
from . import text

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "public"
_SAFE_SCHEMES = ("https://",)


def _escaped(value) -> str:
    if isinstance(value, Markup):
        return value
    return "" if value is None else text.inline(value)


@cache
def markdown_environment(vocab: Vocabularies) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=False, finalize=_escaped,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    env.filters.update(
        paragraphs=lambda value: Markup(text.paragraphs(value)),
        norwegian_date=text.norwegian_date,
        label=lambda key, vocabulary: vocab.label(vocabulary, key),
        href=_href,
        attribute=lambda value: Markup(text.attribute(value)),
        link=external_link,
        mailto=mailto_link,
    )
    return env


@jinja2.pass_context
def _href(context, target: str) -> Markup:
    """A Markdown link target to another page of the site, relative to the page being rendered."""
    return Markup(posixpath.relpath(target, posixpath.dirname(context["here"]) or "."))


def external_link(url: str, label: str | None = None) -> Markup:
    """An https link; any other address is shown as text, never as a link."""
    shown = text.inline(label if label is not None else url)
    if not isinstance(url, str) or not url.startswith(_SAFE_SCHEMES) or any(c.isspace() for c in url):
        return Markup(shown)
    return Markup(f'<a href="{text.attribute(url)}">{shown}</a>')


def mailto_link(address: str) -> Markup:
    return Markup(f'<a href="mailto:{text.attribute(quote(address, safe="@"))}">{text.inline(address)}</a>')
