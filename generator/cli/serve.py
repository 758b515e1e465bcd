"""`grupper serve [--internal]`: live preview of a site; saving a group file updates the page."""

from __future__ import annotations

import logging
import signal
from pathlib import Path

from generator.sites.engine_messages import use_norwegian_log
from generator.model.settings import ENGINES
from generator.cli.common import run_context, display_path, group_paths, project, say_what_was_not_checked


def add_arguments(parser) -> None:
    parser.add_argument("--internal", action="store_true", help="forhåndsvis den interne siden i stedet")
    parser.add_argument("--addr", default="127.0.0.1:8000", metavar="VERT:PORT",
                        help="adressen forhåndsvisningen svarer på (standard 127.0.0.1:8000)")
    parser.add_argument("--engine", choices=ENGINES, help="hva som bygger forhåndsvisningen: mkdocs eller zensical "
                                                          "(standard: engine i data/settings.yaml, ellers mkdocs)")


def run(options) -> int:
    group_paths(options.groups_dir)  # a missing groups folder is a usage error, before any server starts
    from generator.sites.preview import PreviewedSite, serve   # here: other commands start without MkDocs

    loaded = project(options)
    if options.internal:
        from generator.sites.internal.pages import internal_pages

        loaded = loaded.with_histories([Path(options.groups_dir)])
        site, name = PreviewedSite(internal_pages, loaded.internal_site), "den interne siden"
    else:
        from generator.sites.public.site import public_files, theme_overrides

        site, name = PreviewedSite(public_files, loaded.public_site, theme_overrides(loaded)), "den offentlige siden"
    signal.signal(signal.SIGTERM, _interrupt)  # stopped like Ctrl+C, so the staging folder is removed
    use_norwegian_log(logging.INFO)   # what the engine says while it serves, in Norwegian (engine_messages.py)
    print(f"Forhåndsviser {name} på http://{options.addr}/ (Ctrl+C avslutter).")
    ctx = run_context(options, loaded)
    say_what_was_not_checked(ctx)
    serve(site, Path(options.groups_dir), ctx, loaded, options.addr, display=display_path,
          engine=options.engine or loaded.settings.engine)
    return 0


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt
