"""Where a site's generated pages lie: one table a site, read by the Python that makes the pages and, as the
templates' `page_path`, by the templates that link to them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class PageAddresses:
    """A site's generated files by kind: each kind's source path (the Markdown file MkDocs builds, or a file it
    copies), with `{key}` where a kind has one file a group, region or term."""

    paths: Mapping[str, str]

    def path(self, kind: str, key: str | None = None) -> str:
        """The source path of a kind's page: `path("group", "amnesty-bergen")`; a KeyError for an unknown kind,
        or for a kind with a key given none."""
        return self.paths[kind].format_map({} if key is None else {"key": key})

    def url(self, kind: str, key: str | None = None) -> str:
        """The built page's address relative to the site root (`groups/amnesty-bergen/`)."""
        return page_url(self.path(kind, key))


def page_url(path: str) -> str:
    """Where a source path is served, relative to the site root: MkDocs' `use_directory_urls` serves
    `regioner/midt.md` at `regioner/midt/`, `groups/x/index.md` at `groups/x/` and `index.md` at the root;
    any other file at its own path."""
    if not path.endswith(".md"):
        return path
    directory = page_directory(path)
    return f"{directory}/" if directory else ""


def page_directory(path: str) -> str:
    """The folder a Markdown page is served as, without the closing slash; empty for the front page."""
    stem = path.removesuffix(".md")
    return "" if stem == "index" else stem.removesuffix("/index")
