"""Jinja2 for the public pages: the shared Markdown environment plus safe external links."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from generator.model.vocabulary import Vocabularies
from generator.text.wording import norwegian_date, norwegian_list
from generator.text import markdown as text
from generator.sites.markdown_env import markdown_environment as shared_environment
from generator.views.public_view import activity_when
from generator.sites.public.addresses import PAGES

TEMPLATES = Path(__file__).resolve().parent / "templates"
_SAFE_SCHEMES = ("https://",)


@cache
def markdown_environment(vocab: Vocabularies) -> jinja2.Environment:
    return shared_environment(TEMPLATES, vocab, PAGES, norwegian_date=norwegian_date, when=activity_when,
                              link=external_link, mailto=mailto_link, tel=tel_link,
                              norwegian_list=lambda items: norwegian_list(list(items)))


def external_link(url: str, label: str | None = None) -> Markup:
    """An https link; any other address is shown as text, never as a link."""
    shown = text.inline(label if label is not None else url)
    if not isinstance(url, str) or not url.startswith(_SAFE_SCHEMES) or any(c.isspace() for c in url):
        return Markup(shown)
    return Markup(f'<a href="{text.attribute(url)}">{shown}</a>')


def mailto_link(address: str) -> Markup:
    return Markup(f'<a href="mailto:{text.attribute(quote(address, safe="@"))}">{text.inline(address)}</a>')


def tel_link(phone: str) -> Markup:
    """A phone number a phone can call."""
    return Markup(f'<a href="tel:{dialled(phone)}">{text.inline(phone)}</a>')


def dialled(phone: str) -> str:
    """What `tel:` takes: the digits, and a leading + if written."""
    return ("+" if phone.lstrip("(").startswith("+") else "") + "".join(c for c in phone if c.isdigit())
