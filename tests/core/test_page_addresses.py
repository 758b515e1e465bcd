"""Page addresses are written in one place a site (`generator/sites/*/addresses.py`): no template builds or
writes the path of a generated page, and MkDocs' directory addresses are worked out as it serves them."""

from __future__ import annotations

import re

import pytest

from generator.sites.addresses import page_url
from generator.sites.internal.addresses import PAGES as INTERNAL_PAGES
from generator.sites.internal.render import TEMPLATES as INTERNAL_TEMPLATES
from generator.sites.public.addresses import PAGES as PUBLIC_PAGES
from generator.sites.public.render import TEMPLATES as PUBLIC_TEMPLATES

# A path joined in a template: a folder before `~` ("regioner/" ~ ...) or a file's ending after it (... ~ ".md").
JOINED_PATH = re.compile(r'"[\w./-]*/"\s*~|~\s*"[\w./-]*\.(?:md|ics)"')
TEMPLATE_FILES = sorted([*PUBLIC_TEMPLATES.glob("*.j2"), *INTERNAL_TEMPLATES.glob("*.j2")])
# The paths of the pages without a key (kommuner/index.md), written as a link target in a template.
FIXED_PATHS = sorted({path for pages in (PUBLIC_PAGES, INTERNAL_PAGES) for path in pages.paths.values()
                      if "{key}" not in path})


def test_the_pattern_finds_the_joined_paths_it_replaced():
    for written in ('("kategorier/" ~ group.category ~ ".md") | href', '("grupper/" ~ task.group.id ~ ".md")',
                    '"regioner/" ~ region', 'group.id ~ ".md"'):
        assert JOINED_PATH.search(written), written
    assert not JOINED_PATH.search('("https://www.instagram.com/" ~ group.instagram ~ "/")')


@pytest.mark.parametrize("template", TEMPLATE_FILES, ids=lambda path: f"{path.parent.parent.name}/{path.name}")
def test_no_template_writes_a_page_path(template):
    written = template.read_text(encoding="utf-8")
    assert not JOINED_PATH.search(written), "a page's path is page_path(kind, key), not joined in the template"
    for path in FIXED_PATHS:
        assert f'"{path}"' not in written and f"]({path})" not in written, f'{path}: write page_path(...)'


@pytest.mark.parametrize(("path", "url"), [("index.md", ""), ("kommuner.md", "kommuner/"),
                                           ("regioner/index.md", "regioner/"), ("regioner/midt.md", "regioner/midt/"),
                                           ("groups/amnesty-bergen/index.md", "groups/amnesty-bergen/"),
                                           ("groups/amnesty-bergen/kalender.ics", "groups/amnesty-bergen/kalender.ics")])
def test_a_page_is_served_at_its_directory(path, url):
    assert page_url(path) == url


def test_a_kind_with_a_key_needs_one():
    assert PUBLIC_PAGES.url("group", "amnesty-bergen") == "groups/amnesty-bergen/"
    with pytest.raises(KeyError):
        PUBLIC_PAGES.path("group")


def test_every_public_page_is_a_folders_index_so_both_engines_read_its_raw_html_links_alike():
    """Zensical reads a relative link in raw HTML against the page's source, MkDocs against its address."""
    pages = [path for path in PUBLIC_PAGES.paths.values() if path.endswith(".md")]
    assert len(pages) > 10 and all(path.rsplit("/", 1)[-1] == "index.md" for path in pages)
