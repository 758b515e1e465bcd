"""Jinja2 for generated Markdown pages, shared by both sites.

Every `{{ value }}` is escaped by `text.inline` (the environment's `finalize`), so
a template cannot forget to escape a volunteer's text; filters that build markup
return `Markup`, which passes through untouched.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from generator.model.vocabulary import Vocabularies
from generator.text import markdown as text
from generator.text.wording import count, plural
from generator.sites.addresses import PageAddresses


def _escaped(value) -> str:
    if isinstance(value, Markup):
        return value
    return "" if value is None else text.inline(value)


@jinja2.pass_context
def _href(context, target: str) -> Markup:
    """A Markdown link target to another page (`x/y.md`), relative to the page being rendered."""
    return _relative(target, posixpath.dirname(context["here"]) or ".")


@lru_cache(maxsize=65536)
def _relative(target: str, base: str) -> Markup:
    return Markup(posixpath.relpath(target, base))


class _MarkedTemplate(jinja2.Template):
    """A page template whose page ends with a comment naming it (`<!-- template: group.md -->`), kept in the built
    HTML: which template made a page is read from the page, so the browser tests check one page of each."""

    def render(self, *args, **kwargs) -> str:
        return super().render(*args, **kwargs) + template_marker(self.name)


def template_marker(name: str) -> str:
    return f"\n<!-- template: {name} -->\n"


def markdown_environment(templates: Path, vocab: Vocabularies, pages: PageAddresses,
                         **filters) -> jinja2.Environment:
    """The environment of a site's `templates`; a template names a generated page by `page_path(kind, key)` from
    the site's `pages`, never by writing its path."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(templates), autoescape=False, finalize=_escaped,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    env.template_class = _MarkedTemplate
    env.filters.update(
        paragraphs=lambda value: Markup(text.paragraphs(value)),
        label=lambda key, vocabulary: vocab.label(vocabulary, key),
        href=_href,
        attribute=lambda value: Markup(text.attribute(value)),
        count=count,        # {{ n | count("gruppe", "grupper") }}: "1 gruppe", "2 grupper"
        plural=plural,      # {{ n | plural("rapporten", "rapportene") }}: the word alone
        **filters,
    )
    env.globals["page_path"] = pages.path
    return env
