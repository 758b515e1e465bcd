"""Hostile text in group files is shown as written: never run, never read as Markdown, HTML or template."""

from __future__ import annotations

import re

import yaml

from .conftest import FIXTURES
from .site_reading import page_of, read_article

HOSTILE = yaml.safe_load((FIXTURES / "hostile" / "hostile-skript.yaml").read_text(encoding="utf-8"))
TABLE = yaml.safe_load((FIXTURES / "hostile" / "hostile-tabell.yaml").read_text(encoding="utf-8"))


def words(text: str) -> str:
    return " ".join(text.split())


def test_a_hostile_name_is_the_page_heading_as_written(sample_site):
    assert read_article(page_of(sample_site, "hostile-skript")).headings[0] == HOSTILE["name"]
    assert read_article(page_of(sample_site, "hostile-tabell")).headings[0] == TABLE["name"]


def test_a_hostile_name_is_the_window_title_as_written(sample_site):
    html = page_of(sample_site, "hostile-skript").read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", html, re.DOTALL)[1]
    assert "<" not in title
    assert title.startswith("&lt;script&gt;alert(&#34;navn&#34;)&lt;/script&gt;")


def test_every_paragraph_of_a_hostile_description_is_shown_as_written(sample_site):
    text = read_article(page_of(sample_site, "hostile-skript")).text
    for paragraph in HOSTILE["public"]["description"].split("\n\n"):
        assert words(paragraph) in text


def test_every_hostile_field_is_shown_as_written(sample_site):
    text = read_article(page_of(sample_site, "hostile-skript")).text
    planned = HOSTILE["reports"][0]["planned"][0]
    for written in (HOSTILE["municipality"], HOSTILE["theme"], HOSTILE["public"]["meets"], planned["title"],
                    planned["place"], HOSTILE["public"]["email"], HOSTILE["public"]["website"]):
        assert words(written) in text


def test_markdown_in_a_description_makes_no_elements(sample_site):
    article = read_article(page_of(sample_site, "hostile-tabell"))
    assert "Ikke en overskrift" not in article.headings
    assert "blockquote" not in article.tags
    assert "table" not in article.tags
    assert "# Ikke en overskrift - ikke en liste > ikke et sitat" in article.text


def test_hostile_text_makes_no_script_image_or_event_handler(sample_site):
    for group_id in ("hostile-skript", "hostile-tabell"):
        article = read_article(page_of(sample_site, group_id))
        assert not {"script", "img", "svg", "iframe", "table", "b", "em", "code"} & set(article.tags)
        assert not [name for name in article.attributes if name.startswith("on")]


def test_links_are_only_https_mailto_or_the_site_itself(sample_site):
    for page in sample_site.rglob("*.html"):
        for href in read_article(page).hrefs:
            assert not href.lower().lstrip().startswith(("javascript:", "data:", "vbscript:")), (page, href)
            assert href.startswith(("https://", "mailto:", "#")) or "://" not in href, (page, href)


def test_a_url_field_cannot_break_out_of_its_attribute(sample_site):
    html = page_of(sample_site, "hostile-skript").read_text(encoding="utf-8")
    assert ('href="https://example.org/&#34;&#62;&#60;script&#62;alert&#40;&#34;nettside&#34;&#41;&#60;/script&#62;"'
            in html)
    assert 'href="mailto:%22%3E%3Cimg%2Fsrc%3Dx%2Fonerror%3Dalert%281%29%3E&#64;example.org"' in html


def test_markdown_inside_a_url_field_makes_no_second_link(sample_site):
    article = read_article(page_of(sample_site, "hostile-skript"))
    facebook = HOSTILE["public"]["facebook"]
    assert facebook in article.hrefs
    assert not [href for href in article.hrefs if "autofocus" in href and href != facebook]


def test_hostile_text_is_escaped_in_the_front_page_filter_and_lists(sample_site):
    index = read_article(sample_site / "index.html")
    assert HOSTILE["name"] in index.text
    assert HOSTILE["municipality"] in index.text
    assert "script" not in index.tags
