"""What both sites' address tests check: every generated file a site's address table names is where the table
puts it, and the built site serves it at the table's address."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from generator.sites.addresses import PageAddresses


def check_addresses(pages: PageAddresses, files: Iterable[str], site: Path, others: Iterable[str]) -> None:
    """`files`: what the site's generator made (relative paths); `others`: those it makes that are no page of the
    table (hand-written pages, data files). Every kind of the table is met at least once."""
    met = set()
    for path in files:
        found = kind_of(pages, path)
        if found is None:
            assert path in set(others), f"{path}: made by the generator, but no kind of the address table"
            continue
        kind, key = found
        assert pages.path(kind, key) == path
        assert served(site, pages.url(kind, key)), f"{kind} {key}: {pages.url(kind, key)} is not in the built site"
        met.add(kind)
    assert met == set(pages.paths)


def kind_of(pages: PageAddresses, path: str) -> tuple[str, str | None] | None:
    """The kind and key whose path `path` is: a page without a key first (`regioner/index.md` lists the regions;
    it is no region's page)."""
    for kind, pattern in pages.paths.items():
        if pattern == path:
            return kind, None
    for kind, pattern in pages.paths.items():
        match = re.fullmatch(re.escape(pattern).replace(re.escape("{key}"), "([^/]+)"), path)
        if match and "{key}" in pattern:
            return kind, match.group(1)
    return None


def served(site: Path, url: str) -> bool:
    """Whether the built site holds the address: a page's folder with its index.html, or the file itself."""
    return (site / url / "index.html").is_file() if url == "" or url.endswith("/") else (site / url).is_file()
