"""Every page of the built internal site is read as Markdown: no fence, bold mark or link shows as written."""

from __future__ import annotations

from tests.raw_markdown import pages_showing_raw_markdown


def test_no_internal_page_shows_raw_markdown(internal_site):
    assert pages_showing_raw_markdown(internal_site) == {}
