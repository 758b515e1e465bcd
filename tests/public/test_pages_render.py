"""Every page of the built public site is read as Markdown: no fence, bold mark or link shows as written.

The site is the one built with the planted groups (`planted_site`): the sample site holds the hostile-text
groups, whose Markdown is shown as written on purpose (test_hostile_text.py).
"""

from __future__ import annotations

import pytest

from tests.raw_markdown import pages_showing_raw_markdown, raw_markdown


def test_no_public_page_shows_raw_markdown(planted_site):
    assert pages_showing_raw_markdown(planted_site) == {}


@pytest.mark.parametrize("html", [
    "<ol><li>Skriv:</li></ol><p><code>text\n   204623\n   204737</code></p>",
    "<h2>Steg</h2><ol><li>én</li></ol><p>tekst</p><ol><li>to</li></ol>",
    "<p>Les **dette** først</p>", "<p>Se [veiledningen](veiledning.md).</p>", "<p>```text</p>",
    "<p>[epost]: mailto:x</p>", "<p>Innledning\n## Overskrift</p>", "<p>&lt;!-- merknad --&gt;</p>",
], ids=["fence-as-code-span", "list-restarts", "bold", "link", "fence", "link-definition", "heading", "comment"])
def test_the_reader_finds_each_kind_of_raw_markdown(html):
    assert raw_markdown(f"<html><body><article>{html}</article></body></html>")


@pytest.mark.parametrize("html", [
    "<pre><code>**fet** [lenke](x) ```</code></pre>", "<p>Skriv <code>**fet**</code> for fet skrift.</p>",
    "<h2>A</h2><ol><li>én</li></ol><h2>B</h2><ol><li>to</li></ol>",
    "<ol><li>a<ol><li>x</li></ol></li><li>b<ol><li>y</li></ol></li></ol>",
    "<ol><li>a</li></ol><p>tekst</p><ol start=\"2\"><li>b</li></ol>",
], ids=["code-block", "code-span", "new-section", "nested-lists", "continued"])
def test_the_reader_lets_code_and_real_lists_be(html):
    assert raw_markdown(f"<html><body><article>{html}</article></body></html>") == []
