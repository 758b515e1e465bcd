"""The one place that knows the site engines: stage pages beside hand-written docs, then build.

Pages are plain Markdown files written into a staging folder (a copy of the
hand-written docs plus the generated pages), so that the site needs no custom
MkDocs plugin and another engine that reads mkdocs.yml builds it as is: `build_site`
runs MkDocs (the default) or Zensical (`engine_zensical.py`) on the same folder, then Pagefind over the built
site (`site_search.py`: the same Norwegian search on both engines).
"""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

from generator.sites.engine_messages import use_norwegian_log
from generator.model.settings import DEFAULT_ENGINE
from generator.sites.engine_zensical import build_with_zensical, read_site_config
from generator.sites.site_marker import mark_site
from generator.sites.site_search import index_site, search_assets, with_search


def stage_pages(staging: Path, pages: dict[str, str | bytes], hand_written: Path | None = None) -> None:
    """Fill `staging` with the hand-written docs and the generated pages (relative path -> content)."""
    if staging.exists():
        shutil.rmtree(staging)
    if hand_written is not None and hand_written.is_dir():
        shutil.copytree(hand_written, staging)
    staging.mkdir(parents=True, exist_ok=True)
    for relative, content in pages.items():
        write_page(staging, relative, content)


STYLE_COMMENT = re.compile(r"/\*.*?\*/\s*", re.DOTALL)
# A comment on lines of its own in a script: a line that is a `// …` comment, or a `/* … */` block that starts a
# line and ends one. Safe for a script with no string across lines and no block comment opened after code (ours:
# tests/core/test_compact_assets.py), as such a line can then be nothing but a comment, whatever code holds.
SCRIPT_COMMENT = re.compile(r"^[ \t]*(?://[^\n]*|/\*(?:(?!\*/).)*\*/[ \t]*)(?:\n|\Z)", re.DOTALL | re.MULTILINE)
# Blank lines and indentation, which neither a style sheet nor such a script needs.
LAYOUT = re.compile(r"^[ \t]*\n|^[ \t]+", re.MULTILINE)
OUR_SCRIPTS = "assets/*.js"   # docs/assets/ and the search's (search_assets/)


def compact_assets(staging: Path) -> None:
    """The staged style sheets and our own scripts without their comments, blank lines and indentation: they
    explain the source, and would only add to the first view of every page (a quarter of public.css, gzipped)."""
    for sheet in staging.rglob("*.css"):
        sheet.write_text(compact_style(sheet.read_text(encoding="utf-8")), encoding="utf-8")
    for script in staging.glob(OUR_SCRIPTS):
        script.write_text(compact_script(script.read_text(encoding="utf-8")), encoding="utf-8")


def compact_style(source: str) -> str:
    return LAYOUT.sub("", STYLE_COMMENT.sub("", source))


def compact_script(source: str) -> str:
    """`source` without the comments that stand on lines of their own (SCRIPT_COMMENT), blank lines and indentation;
    a comment after code stays, and every line break with it."""
    return LAYOUT.sub("", SCRIPT_COMMENT.sub("", source))


def stage_search(staging: Path) -> None:
    """The search's button and styles beside the pages (the configuration lists them: `with_search`)."""
    for relative, content in search_assets().items():
        write_page(staging, relative, content)


def write_page(staging: Path, relative: str, content: str | bytes) -> None:
    target = staging / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")


def build_site(config_file: Path, staging: Path, site_dir: Path, kind: str, engine: str = DEFAULT_ENGINE,
               **overrides) -> None:
    """A real build of `staging` into `site_dir` by `engine` (one of ENGINES) with the given configuration
    (and `overrides` replacing its top-level keys), marked as the `kind` of site it holds ("public" or
    "internal"), with its search index."""
    build = {"mkdocs": _build_with_mkdocs, "zensical": build_with_zensical}[engine]
    stage_search(staging)
    compact_assets(staging)
    site_dir.mkdir(parents=True, exist_ok=True)
    mark_site(site_dir, kind)   # first, so a build that fails halfway leaves a folder the next one may empty
    build(config_file, staging, site_dir, {**overrides, **with_search(read_site_config(config_file))})
    index_site(site_dir)


def _build_with_mkdocs(config_file: Path, staging: Path, site_dir: Path, overrides: dict) -> None:
    from mkdocs.commands.build import build as mkdocs_build   # here: `grupper` starts without loading MkDocs
    from mkdocs.config import load_config

    config = load_config(str(config_file), docs_dir=str(staging.resolve()), site_dir=str(site_dir.resolve()),
                         **overrides)
    use_norwegian_log(logging.WARNING)   # its warnings and errors behind a Norwegian word, its progress not at all
    config.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build(config)
    finally:
        config.plugins.on_shutdown()
