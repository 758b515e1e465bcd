"""`grupper serve`: a staging folder kept equal to what the public site is built from.

MkDocs' own live-reload server (in dirty mode) watches the staging folder and
rebuilds only the pages whose files changed; this module watches groups/ and
docs/, re-reads only the file that was saved, renders the pages again in memory
and writes only those whose content changed. At 1,000 groups a saved group file
is on screen in about a second. A dirty build never removes what it built from a
file that is gone, so when a staged file goes (a group closed or its file deleted)
this module removes its built file too, and the page is gone as after a normal build.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from generator.checks.run import Register, check_register, has_errors
from generator.checks.context import CheckContext
from generator.model.loading import GroupFile, group_entries, read_group_file
from generator.views.reporters import render_problems
from generator.sites.public.site import public_files
from generator.model.project import Project


class PublicPreview:
    """The groups as last saved in a valid state, and the staged files made from them."""

    def __init__(self, groups_dir: Path, ctx: CheckContext, project: Project, staging: Path, display=str,
                 site_config: MkDocsConfig | None = None):
        self.groups_dir = groups_dir
        self.ctx = ctx
        self.project = project
        self.staging = staging
        self.display = display
        self.site_config = site_config
        self.groups: dict[Path, GroupFile] = {}
        self.staged: dict[str, bytes] = {}
        self.lock = threading.Lock()

    def start(self) -> None:
        for path in group_entries(self.groups_dir.resolve()):
            self._reload(path)
        self.sync()

    def saved(self, paths: set[Path]) -> int:
        """Take in saved group files (and any saved docs); returns how many staged files changed."""
        with self.lock:
            for path in sorted(paths):
                self._reload(path)
            return self.sync()

    def _reload(self, path: Path) -> None:
        """Take in one group file, or keep its last valid version and show why the new one is not taken."""
        if not path.exists():
            self.groups.pop(path, None)
            return
        loaded = read_group_file(path, self.display(path))
        register = Register(groups=[loaded]) if isinstance(loaded, GroupFile) else Register(unreadable=loaded)
        problems = check_register(register, self.ctx, intrinsic_only=True)
        if has_errors(problems):
            print(render_problems(problems, "text"), file=sys.stderr)
            print("Forhåndsvisningen viser forrige gyldige versjon av fila.", file=sys.stderr)
            return
        self.groups[path] = loaded

    def sync(self) -> int:
        """Write every staged file whose content changed and remove those no longer made; returns how many."""
        wanted = {**_hand_written_files(self.project.public_site.docs),
                  **_as_bytes(public_files(list(self.groups.values()), self.ctx, self.project))}
        changed = [relative for relative, content in wanted.items() if self.staged.get(relative) != content]
        for relative in changed:
            target = self.staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(wanted[relative])
        for relative in set(self.staged) - set(wanted):
            (self.staging / relative).unlink(missing_ok=True)
            self._remove_built(relative)
        self.staged = wanted
        return len(changed)

    def _remove_built(self, relative: str) -> None:
        """Remove the file MkDocs built from a staged file that is gone, and its folder if now empty."""
        if self.site_config is None:
            return
        built = Path(File(relative, src_dir=None, dest_dir=self.site_config.site_dir,
                          use_directory_urls=self.site_config.use_directory_urls).abs_dest_path)
        built.unlink(missing_ok=True)
        if built.parent.is_dir() and not any(built.parent.iterdir()):
            built.parent.rmdir()


def _hand_written_files(docs: Path) -> dict[str, bytes]:
    return {path.relative_to(docs).as_posix(): path.read_bytes() for path in docs.rglob("*") if path.is_file()}


def _as_bytes(files: dict[str, str | bytes]) -> dict[str, bytes]:
    return {relative: content if isinstance(content, bytes) else content.encode("utf-8")
            for relative, content in files.items()}


class _SaveHandler(FileSystemEventHandler):
    """Collects the files an editor's save touches, and takes them in once the events stop."""

    QUIET_SECONDS = 0.05

    def __init__(self, preview: PublicPreview):
        self.preview = preview
        self.groups_dir = preview.groups_dir.resolve()
        self.pending: set[Path] = set()
        self.docs_changed = False
        self.timer: threading.Timer | None = None
        self.lock = threading.Lock()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type in ("opened", "closed_no_write"):
            return
        with self.lock:
            for raw in (event.src_path, getattr(event, "dest_path", "")):
                path = Path(raw).resolve() if raw else None
                if path is not None and path.parent == self.groups_dir:   # every entry, as group_entries
                    self.pending.add(path)
                elif path is not None and self.preview.project.public_site.docs in path.parents:
                    self.docs_changed = True
            if self.timer is not None:
                self.timer.cancel()
            self.timer = threading.Timer(self.QUIET_SECONDS, self._take_in)
            self.timer.start()

    def _take_in(self) -> None:
        with self.lock:
            paths, self.pending = self.pending, set()
            docs_changed, self.docs_changed = self.docs_changed, False
        if paths or docs_changed:
            self.preview.saved(paths)


def serve_public(groups_dir: Path, ctx: CheckContext, project: Project, address: str, display=str) -> None:
    """Preview the public site at `address` until interrupted; saved group files and docs show on reload."""
    scratch = Path(tempfile.mkdtemp(prefix="grupper-serve-"))
    observer = Observer()
    try:
        staging = scratch / "docs"
        staging.mkdir()
        config = _serve_config(project.public_site.config, staging, scratch / "site", address)
        preview = PublicPreview(groups_dir, ctx, project, staging, display, config)
        preview.start()
        handler = _SaveHandler(preview)
        observer.schedule(handler, str(groups_dir), recursive=False)
        observer.schedule(handler, str(project.public_site.docs), recursive=True)
        observer.start()
        _serve_dirty(project.public_site.config, config)
    finally:
        if observer.is_alive():
            observer.stop()
            observer.join()
        shutil.rmtree(scratch, ignore_errors=True)


def _serve_config(config_file: Path, staging: Path, site_dir: Path, address: str) -> MkDocsConfig:
    """mkdocs.yml as it reads now, building `staging` into `site_dir` for a server at `address`."""
    config = load_config(str(config_file), docs_dir=str(staging), site_dir=str(site_dir), dev_addr=address)
    host, port = config.dev_addr
    path = urlsplit(config.site_url or "/").path.strip("/")
    config.site_url = f"http://{host}:{port}/{path + '/' if path else ''}"
    return config


def _serve_dirty(config_file: Path, first: MkDocsConfig) -> None:
    """`mkdocs serve --dirty`, but into the site folder `first` names (MkDocs' own serve picks a hidden one)."""
    staging, site_dir = Path(first.docs_dir), Path(first.site_dir)

    def builder(config: MkDocsConfig | None = None) -> None:
        config = config or _serve_config(config_file, staging, site_dir, str(first.dev_addr))
        mkdocs_build(config, serve_url=config.site_url, dirty=True)

    server = LiveReloadServer(builder=builder, host=first.dev_addr.host, port=first.dev_addr.port,
                              root=str(site_dir), mount_path=urlsplit(first.site_url).path)
    server.error_handler = lambda code: _error_page(site_dir, code)
    first.plugins.on_startup(command="serve", dirty=True)
    try:
        builder(first)
        for watched in (staging, config_file):
            server.watch(str(watched))
        server = first.plugins.on_serve(server, config=first, builder=builder)
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        first.plugins.on_shutdown()


def _error_page(site_dir: Path, code: int) -> bytes | None:
    page = site_dir / f"{code}.html"
    return page.read_bytes() if page.is_file() else None
