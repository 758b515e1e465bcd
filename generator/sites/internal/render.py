"""Jinja2 for the internal site: the shared Markdown environment plus dates, titles and findings."""

from __future__ import annotations

import json
from pathlib import Path

import jinja2
from markupsafe import Markup

from generator.model.quarters import parse_date
from generator.model.problems import SEVERITY_WORD, Severity
from generator.model.vocabulary import Vocabularies
from generator.views.internal_members import NOT_IN_EXPORT
from generator.text.wording import norwegian_date, norwegian_list
from generator.sites.markdown_env import markdown_environment as shared_environment
from generator.sites.internal.addresses import PAGES
from generator.sites.public.render import external_link, mailto_link

TEMPLATES = Path(__file__).resolve().parent / "templates"

_TITLE_SAFE = str.maketrans({"<": "‹", ">": "›", "&": "＆"})


def _page_title(value) -> Markup:
    """A front-matter title: MkDocs and the theme print it unescaped in <title> and the header, so it holds
    no character that markup could be made of (a name's "</title><script>" would otherwise run)."""
    return Markup(json.dumps(" ".join(str(value).split()).translate(_TITLE_SAFE), ensure_ascii=False))


def _day(value) -> str:
    """A date as Norwegian text; anything else as it was written."""
    if hasattr(value, "year"):
        return norwegian_date(value)
    day = parse_date(value)
    return norwegian_date(day) if day else ("" if value is None else str(value))


# Severity by a symbol and a word, never by colour alone; information is what the site calls a reminder.
_SEVERITY_SHOWN = {Severity.ERROR: ("✖", SEVERITY_WORD[Severity.ERROR]),
                   Severity.WARNING: ("⚠", SEVERITY_WORD[Severity.WARNING]),
                   Severity.INFO: ("ℹ", "påminnelse")}


def _severity(finding) -> Markup:
    """A finding's severity: the symbol hidden from screen readers, which read the word alone."""
    symbol, word = _SEVERITY_SHOWN[finding.severity]
    return Markup(f'<span class="severity severity-{finding.severity.value}" aria-hidden="true">{symbol}</span> '
                  f"{word}")


def markdown_environment(vocab: Vocabularies) -> jinja2.Environment:
    env = shared_environment(
        TEMPLATES, vocab, PAGES,
        day=_day,
        labels=lambda keys, vocabulary: ", ".join(vocab.label(vocabulary, key) for key in keys or []),
        severity=_severity,
        raw=Markup,
        and_list=lambda items: norwegian_list([str(item) for item in items]),
        page_title=_page_title,
        link=external_link,
        mailto=mailto_link,
    )
    env.globals["NOT_IN_EXPORT"] = NOT_IN_EXPORT
    return env
