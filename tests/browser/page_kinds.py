"""The kinds of page a built site holds, read from its files: the browser checks one page of each.

A page a template made names it in a closing comment (`generator/sites/markdown_env.py`); every other page (a
hand-written one, the theme's 404) is a kind of its own. So a new template, or a new hand-written page, is
checked in the browser as soon as the site holds a page of it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

TEMPLATE_MARKER = re.compile(r"<!-- template: (\S+) -->")


def page_address(site: Path, html_file: Path) -> str:
    """The address a browser opens, relative to the site: "" for the front page, "om/", "404.html"."""
    relative = html_file.relative_to(site).as_posix()
    return relative.removesuffix("index.html") if relative.endswith("index.html") else relative


def pages_by_kind(site: Path) -> dict[str, list[Path]]:
    """Every HTML file of the site by its kind: the template that made it, else its own address."""
    kinds: dict[str, list[Path]] = defaultdict(list)
    for html_file in sorted(site.rglob("*.html")):
        marker = TEMPLATE_MARKER.search(html_file.read_text(encoding="utf-8"))
        kinds[marker.group(1) if marker else page_address(site, html_file)].append(html_file)
    return dict(kinds)


def representatives(site: Path) -> dict[str, str]:
    """One page address for each kind: its largest page, the one with the most for axe to find."""
    return {kind: page_address(site, max(files, key=lambda file: (file.stat().st_size, file.as_posix())))
            for kind, files in pages_by_kind(site).items()}


def page_templates(templates: Path) -> set[str]:
    """The templates of whole pages in a site's template folder (partials start with an underscore)."""
    return {template.name for template in templates.iterdir() if not template.name.startswith("_")}
