"""What a built public site may hold, read back from its files: the last check before it is published.

The site is made from the public views by allowlist (`views/public_view.py`); this
reads what came out, so a template or a hand-written page that shows more is
stopped before it goes live. A file of the site must hold:

- no national identity number anywhere;
- no e-mail address or phone the public views or the addresses for visitors
  (`contact.Reach`) do not hold: each found in a page's text or links once those
  are taken out is a problem (the finder says what kind, never the value);
- no member number of any group, and nothing of a closed or unlisted group: no
  page, and not its id;
- no link inside the site that leads nowhere, and none to the repository unless
  it is public (`settings.repository_public`).

Problems point at the site's file and say what kind of detail, never the detail.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from generator.model.loading import GroupFile
from generator.model.problems import Problem, Severity
from generator.model.project import Project
from generator.model.context import RunContext
from generator.sites.public.render import dialled
from generator.sites.public.settings import project_reach
from generator.sites.site_marker import site_kind
from generator.sites.site_search import INDEX_SUFFIXES, index_file_text
from generator.text.normalise import normalised
from generator.text.personal_data import Detail, contact_detail_in, identity_number_in
from generator.views.public_view import public_views

TEXT_SUFFIXES = (".html", ".json", ".xml", ".ics", ".txt")   # the theme's scripts and styles hold no data
_READ_ATTRIBUTES = {"href", "src", "content", "title", "alt", "aria-label", "value"}
_LINK_ATTRIBUTES = {"a": "href", "link": "href", "script": "src", "img": "src"}
# Addresses at the domains reserved for examples (RFC 2606) reach nobody: the guides show them.
_EXAMPLE_ADDRESS = re.compile(r"[\w.%+-]*+ ?@ ?(?:[\w-]+\.)*?(?:example\.(?:com|net|org)|[\w-]+\.(?:example|invalid|test))\b",
                              re.IGNORECASE)
_NUMBER = re.compile(r"(?<![0-9.,])[0-9]++(?![0-9]|[.,][0-9])")
_KIND_WORDS = {Detail.EMAIL: "en e-postadresse", Detail.PHONE: "et telefonnummer"}


def site_problems(site: Path, groups: list[GroupFile], ctx: RunContext, project: Project) -> list[Problem]:
    """Every problem of the public site built in `site` from `groups` as of the run's day, sorted."""
    views = public_views(groups, ctx.places, ctx.as_of)
    shown = {view.id for view in views}
    hidden = sorted(group.id for group in groups if group.id not in shown)
    allowed = _allowed_texts([*views, project_reach(project)])
    member_numbers = {str(member["member_number"]) for group in groups
                      for member in group.data.get("members") or () if isinstance(member, dict)
                      and member.get("member_number")}
    hidden_id = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, hidden)) + r")(?![\w-])") if hidden else None
    repository = None if project.settings.repository_public else project.settings.repository_url
    problems = [_problem(site, site / "groups" / group_id, "har en side for en gruppe som ikke er offentlig")
                for group_id in hidden if (site / "groups" / group_id).exists()]
    if site_kind(site) != "public":
        problems.append(_problem(site, site, "er ikke merket som bygget av grupper build (eller er den interne)"))
    files = {path.relative_to(site).as_posix(): path for path in site.rglob("*") if path.is_file()}
    for name, path in sorted(files.items()):
        if path.suffix in TEXT_SUFFIXES + INDEX_SUFFIXES:   # the search index's files read as the text they hold
            page = _read(path)
            problems.extend(_problem(site, path, what) for what in
                            _leaks(page, allowed, member_numbers, hidden_id))
            problems.extend(_problem(site, path, what) for what in dict.fromkeys(_bad_links(files.keys(), name, page,
                                                                                            repository)))
    return sorted(problems)


@dataclasses.dataclass
class _Page:
    text: str                        # what a reader or a program reads: visible text and readable attributes
    links: list[str]                 # where the page's links, scripts, styles and images lead


def _read(path: Path) -> _Page:
    indexed = index_file_text(path)
    if indexed is not None:
        return _Page(indexed, [])
    content = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".html":
        reader = _PageReader()
        reader.feed(content)
        reader.close()
        return _Page("\n".join(reader.chunks), reader.links)
    if path.suffix == ".ics":
        content = re.sub(r"^UID:.*$", "", content.replace("\r\n ", ""), flags=re.MULTILINE)   # ids, no addresses
        content = content.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")
    return _Page(content, [])


class _PageReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.links: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        self._hidden += tag in ("script", "style")
        self.chunks.extend(value for name, value in attrs if name in _READ_ATTRIBUTES and value)
        self.links.extend(value for name, value in attrs if name == _LINK_ATTRIBUTES.get(tag) and value)

    def handle_endtag(self, tag):
        self._hidden -= tag in ("script", "style") and self._hidden > 0

    def handle_data(self, data):
        if not self._hidden:
            self.chunks.append(data)


def _allowed_texts(values: Iterable) -> list[str]:
    """Every text the public may read that holds an address or a phone, as the finder reads it, longest first,
    also as its `mailto:` and `tel:` link: from the strings of the public views and of the addresses for visitors."""
    texts = set()
    for text in _strings(values):
        texts.update((text, f"mailto:{quote(text, safe='@')}", f"tel:{dialled(text)}"))
    return sorted({_plain(text) for text in texts if contact_detail_in(text)}, key=len, reverse=True)


def _strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        yield from _strings([getattr(value, field.name) for field in dataclasses.fields(value)])
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _plain(text: str) -> str:
    return " ".join(normalised(text).split())


def _leaks(page: _Page, allowed: list[str], member_numbers: set[str], hidden: re.Pattern | None) -> Iterator[str]:
    text = _plain(page.text)
    if identity_number_in(text):
        yield "har et fødselsnummer, D-nummer eller H-nummer"
    for allowed_text in allowed:
        text = text.replace(allowed_text, " | ")
    text = _EXAMPLE_ADDRESS.sub(" | ", text)
    detail = contact_detail_in(text)
    if detail:
        yield f"har {_KIND_WORDS[detail]} som ingen offentlig gruppe eller region har"
    if not member_numbers.isdisjoint(_NUMBER.findall(text)):
        yield "har et medlemsnummer"
    if hidden and hidden.search(text):
        yield "har navnet på fila til en gruppe som ikke er offentlig"


def _bad_links(files: Iterable[str], page: str, read: _Page, repository: str | None) -> Iterator[str]:
    for link in read.links:
        if repository and link.startswith(repository.rstrip("/")):
            yield f"har en lenke til repositoriet, som ikke er offentlig ({link})"
        elif not _leads_somewhere(files, page, link):
            yield f"har en lenke som ikke fører noe sted ({link})"


def _leads_somewhere(files: Iterable[str], page: str, link: str) -> bool:
    """Whether a link inside the site finds one of its files; a link elsewhere or to the page itself always does."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or not parts.path:
        return True
    base = "/" if parts.path.startswith("/") else posixpath.dirname(page)   # site_url is at /
    target = posixpath.normpath(posixpath.join(base, unquote(parts.path))).lstrip("/")
    target = "" if target == "." else target
    return target in files or posixpath.join(target, "index.html") in files


def _problem(site: Path, path: Path, what: str) -> Problem:
    return Problem(path.relative_to(site).as_posix(), 1, 1, Severity.ERROR, f"den offentlige siden {what}")
