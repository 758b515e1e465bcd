"""Jinja2 for the public pages: the shared Markdown environment plus safe external links."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from generator.model.vocabulary import Vocabularies
from generator.text.wording import norwegian_date, norwegian_day, norwegian_list, norwegian_month
from generator.text import markdown as text
from generator.sites.markdown_env import markdown_environment as shared_environment
from generator.views.public_view import activity_when
from generator.sites.public.addresses import PAGES

TEMPLATES = Path(__file__).resolve().parent / "templates"
_SAFE_SCHEMES = ("https://",)


@cache
def markdown_environment(vocab: Vocabularies) -> jinja2.Environment:
    return shared_environment(TEMPLATES, vocab, PAGES, norwegian_date=norwegian_date, when=activity_when,
                              day_and_time=day_and_time, norwegian_month=norwegian_month,
                              link=external_link, mailto=mailto_link, tel=tel_link,
                              norwegian_list=lambda items: norwegian_list(list(items)))


def day_and_time(activity) -> str:
    """tirsdag 26. januar, kl. 18.00–20.00: an activity under its month's heading, by weekday rather than year."""
    return norwegian_day(activity.date) + activity_when(activity).removeprefix(norwegian_date(activity.date))


def external_link(url: str, label: str | None = None, button: bool = False) -> Markup:
    """An https link (with `button`, the page's call to action); any other address is shown as text, never as
    a link."""
    shown = text.inline(label if label is not None else url)
    if not isinstance(url, str) or not url.startswith(_SAFE_SCHEMES) or any(c.isspace() for c in url):
        return Markup(shown)
    return _anchor(text.attribute(url), shown, button)


def mailto_link(address: str, label: str | None = None, button: bool = False) -> Markup:
    """A link that writes to `address`, shown as the address or as `label`."""
    return _anchor(f"mailto:{text.attribute(quote(address, safe='@'))}",
                   text.inline(label if label is not None else address), button)


def _anchor(href: str, shown: str, button: bool) -> Markup:
    """A link to `href` (as it goes in the attribute, escaped where it needs to be)."""
    role = ' class="md-button md-button--primary"' if button else ""
    return Markup(f'<a href="{href}"{role}>{shown}</a>')


def tel_link(phone: str, label: str | None = None, button: bool = False) -> Markup:
    """A phone number a phone can call."""
    return _anchor(f"tel:{dialled(phone)}", text.inline(label if label is not None else phone), button)


def dialled(phone: str) -> str:
    """What `tel:` takes: the digits, and a leading + if written."""
    return ("+" if phone.lstrip("(").startswith("+") else "") + "".join(c for c in phone if c.isdigit())
