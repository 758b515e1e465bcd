"""Live preview of the internal site: regenerate the staged pages when a group file changes.

MkDocs serves the staging folder and rebuilds and reloads the browser whenever a
page in it changes; a watcher thread here rewrites only the pages whose Markdown
changed after an edit in `groups/`, so one edit costs one small rebuild.
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from generator.checks.run import load_register
from generator.checks.context import CheckContext
from generator.model.loading import group_entries
from generator.views.reporters import format_text
from generator.sites.engine import stage_pages, write_page
from generator.model.project import Project
from generator.sites.internal.site import internal_site_pages


POLL_SECONDS = 1.0


def serve_internal(groups_dir: Path, ctx: CheckContext, project: Project, address: str, display=str) -> None:
    """Serve until interrupted; `grupper serve --internal` calls this (as `serve_public` for the public site)."""
    from mkdocs.commands.serve import serve

    with tempfile.TemporaryDirectory(prefix="grupper-internal-serve-") as folder:
        staging = Path(folder)
        stage_pages(staging, {}, project.internal_site.docs)
        refresh = page_refresher(groups_dir, ctx, project, staging, display)
        refresh()
        threading.Thread(target=_watch, args=(groups_dir, refresh, POLL_SECONDS), daemon=True).start()
        serve(config_file=str(project.internal_site.config), docs_dir=str(staging), dev_addr=address, livereload=True)


def page_refresher(groups_dir: Path, ctx: CheckContext, project: Project, staging: Path,
                   display=str) -> Callable[[], None]:
    """A function that brings the staged pages in line with `groups_dir`, writing only what changed."""
    written: dict[str, str] = {}

    def restage() -> None:
        register = load_register(group_entries(groups_dir), display=display)
        for problem in register.unreadable:
            print(format_text(problem), file=sys.stderr)
        pages = internal_site_pages(register.groups, ctx, project)
        for relative in written.keys() - pages.keys():
            (staging / relative).unlink(missing_ok=True)
            del written[relative]
        for relative, content in pages.items():
            if written.get(relative) != content:
                write_page(staging, relative, content)
                written[relative] = content
    return restage


def _snapshot(groups_dir: Path) -> dict[Path, float]:
    stamps = {}
    for path in group_entries(groups_dir):
        try:
            stamps[path] = path.stat().st_mtime
        except FileNotFoundError:
            continue
    return stamps


def _watch(groups_dir: Path, refresh: Callable[[], None], poll_seconds: float) -> None:
    seen = _snapshot(groups_dir)
    while True:
        time.sleep(poll_seconds)
        now = _snapshot(groups_dir)
        if now != seen:
            seen = now
            refresh()
