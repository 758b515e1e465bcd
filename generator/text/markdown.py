"""Text from group files into Markdown (site pages, job summaries), shown exactly as written.

Names and descriptions come from volunteers (and, in tests, from attackers):
for the sites (`inline`), every character that Markdown or HTML could interpret
becomes a numeric character reference, which every Markdown extension passes
through untouched, so `<script>`, `[x](javascript:...)`, `{{ }}` and table pipes
are shown as the text they are. Job summaries (`readable_inline`) are also read
as plain text, so there only the characters that GitHub's Markdown could make
something of are escaped.
"""

from __future__ import annotations

import re

_ATTRIBUTE_UNSAFE = re.compile(r"[^A-Za-z0-9/:.?=%,~ -]")
_SPECIAL = re.compile(r"[\\`*_{}\[\]()#+\-.!|<>~&:\"'=$^%@/;]")


def inline(text) -> str:
    """One line of user text as Markdown that renders to exactly that text."""
    flat = " ".join(str(text).split())
    return _SPECIAL.sub(lambda m: f"&#{ord(m[0])};", flat)


# GitHub's Markdown (job summaries, comments) is read raw as often as rendered: there only what could become markup
# or end a table cell is escaped. `_` only beside a non-letter (snake_case is no emphasis), `&` only where it would
# start a reference, `@` only where it would start a mention, `:` and `.` only where a link would begin (`://`,
# `www.`), and a first character that would start a block (heading, quote, list).
_MARKUP = re.compile(r"[\\`*\[\]|~$<]|_(?![^\W_])|(?<![^\W_])_|&(?=#?[A-Za-z0-9]+;)|(?<!\w)@(?=\w)|:(?=//)"
                     r"|(?<![^\W_]www)(?<=(?i:www))\.")
_BLOCK_START = re.compile(r"[#>+=-]|[0-9]{1,9}[.)]")
_NAMED = {"<": "&lt;", "&": "&amp;"}


def readable_inline(text) -> str:
    """One line of user text as GitHub Markdown that renders to exactly that text and reads as that text when
    shown raw (a job summary in a terminal, a comment in an e-mail): no HTML, link, image, emphasis, code or
    table cell can come of it, as with `inline`, but `2026-Q3.` stays `2026-Q3.`."""
    escaped = _MARKUP.sub(lambda m: _NAMED.get(m[0], f"&#{ord(m[0])};"), " ".join(str(text).split()))
    block = _BLOCK_START.match(escaped)
    if block:
        at = block.end() - 1
        escaped = f"{escaped[:at]}&#{ord(escaped[at])};{escaped[at + 1:]}"
    return escaped


def paragraphs(text) -> str:
    """Multi-line user text: blank lines separate paragraphs, each escaped as `inline`."""
    blocks = re.split(r"\n\s*\n", str(text).strip())
    return "\n\n".join(inline(block) for block in blocks if block.strip())


def attribute(text) -> str:
    """A value for an HTML attribute in a Markdown page: every character but the plainest as a reference,
    since Python-Markdown applies its link and code patterns inside raw HTML before it protects the tag."""
    return _ATTRIBUTE_UNSAFE.sub(lambda m: f"&#{ord(m[0])};", str(text))
