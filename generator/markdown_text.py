"""Text from group files into Markdown (site pages, job summaries), shown exactly as written.

Names and descriptions come from volunteers (and, in tests, from attackers):
every character that Markdown or HTML could interpret becomes a numeric
character reference, which every Markdown extension passes through untouched,
so `<script>`, `[x](javascript:...)`, `{{ }}` and table pipes are shown as the
text they are.
"""

from __future__ import annotations

import re

_ATTRIBUTE_UNSAFE = re.compile(r"[^A-Za-z0-9/:.?=%,~ -]")
_SPECIAL = re.compile(r"[\\`*_{}\[\]()#+\-.!|<>~&:\"'=$^%@/;]")


def inline(text) -> str:
    """One line of user text as Markdown that renders to exactly that text."""
    flat = " ".join(str(text).split())
    return _SPECIAL.sub(lambda m: f"&#{ord(m[0])};", flat)


def paragraphs(text) -> str:
    """Multi-line user text: blank lines separate paragraphs, each escaped as `inline`."""
    blocks = re.split(r"\n\s*\n", str(text).strip())
    return "\n\n".join(inline(block) for block in blocks if block.strip())


def attribute(text) -> str:
    """A value for an HTML attribute in a Markdown page: every character but the plainest as a reference,
    since Python-Markdown applies its link and code patterns inside raw HTML before it protects the tag."""
    return _ATTRIBUTE_UNSAFE.sub(lambda m: f"&#{ord(m[0])};", str(text))
