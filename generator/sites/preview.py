"""`grupper serve [--internal]`: one preview server for either site, kept equal to what the site is built from.

A site is described by what it makes of the groups (`PreviewedSite.files`, the
same function its build stages) and its sources (the MkDocs configuration and the
hand-written docs). One watchdog observer watches the groups folder and the
hand-written docs; after a save this module re-reads only the group files the
save touched (the folder's entries are what `group_entries` lists, as for
validate and build), keeps the last valid version of a file saved invalid and
says why, renders the files again in memory and writes only those whose content
changed into a staging folder. MkDocs' live-reload server, in dirty mode, or
Zensical's own server builds that folder into a site folder and reloads the browser.
A dirty build never removes what it built from a file that is gone, so when a staged
file goes (a group closed or its file deleted) its built file goes too, as after a
full build.

While a saved group file is invalid, every page says so under its title, with the
problems as `validate` prints them: the notice is staged into each page's Markdown
(`with_notice`), so both engines build it into every page they rebuild, and it goes
when the file is valid again or gone. MkDocs' page for a missing address (no
Markdown of ours) gets it from the server's error handler.
"""

from __future__ import annotations

import html
import re
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from generator.model.context import RunContext
from generator.checks.run import GroupFiles, check_group_files, has_errors
from generator.model.loading import GroupFile, group_entries, read_group_file
from generator.model.project import Project, SiteSources
from generator.model.settings import DEFAULT_ENGINE
from generator.sites.engine import stage_search
from generator.sites.engine_zensical import read_site_config, serve_with_zensical
from generator.sites.site_search import index_site, with_search
from generator.checks.reporters import format_text, render_problems
from generator.model.problems import Problem

SiteFiles = Callable[[list[GroupFile], RunContext, Project], Mapping[str, str | bytes]]


@dataclass(frozen=True)
class PreviewedSite:
    """What the preview server needs of a site."""

    files: SiteFiles               # the generated files (relative path -> content) of these groups
    sources: SiteSources           # its MkDocs configuration and hand-written docs
    overrides: Mapping[str, object] = field(default_factory=dict)   # configuration keys its build sets too


class Preview:
    """The groups as last saved in a valid state, and the staged files the site makes of them."""

    def __init__(self, groups_dir: Path, site: PreviewedSite, ctx: RunContext, project: Project, staging: Path,
                 display=str, site_config: MkDocsConfig | None = None):
        self.groups_dir = groups_dir.resolve()
        self.site = site
        self.ctx = ctx
        self.project = project
        self.staging = staging
        self.display = display
        self.site_config = site_config      # where the built files are, to remove those of gone files
        self.entries: set[Path] = set()     # the groups folder as last listed
        self.groups: dict[Path, GroupFile] = {}
        self.invalid: dict[Path, list[Problem]] = {}   # group files saved invalid, and why
        self.staged: dict[str, bytes] = {}
        self.notice = b""                   # what every page shows of self.invalid, as last staged
        self.lock = threading.Lock()

    def start(self) -> int:
        return self.saved()

    def saved(self, paths: Iterable[Path] = ()) -> int:
        """Take in a save that touched `paths` (resolved; any file, in the groups folder or not): the entries
        that are new or touched are read again, those gone are dropped. Returns how many staged files changed."""
        with self.lock:
            entries = set(group_entries(self.groups_dir))
            for gone in self.entries - entries:
                self.groups.pop(gone, None)
                self.invalid.pop(gone, None)
            for path in sorted((entries - self.entries) | (entries & set(paths))):
                self._reload(path)
            self.entries = entries
            return self.sync()

    def _reload(self, path: Path) -> None:
        """Take in one group file, or keep its last valid version and say why the new one is not taken."""
        group_files = GroupFiles()
        group_files.add(read_group_file(path, self.display(path)))
        problems = check_group_files(group_files, self.ctx, intrinsic_only=True)
        if not has_errors(problems):
            self.groups[path] = group_files.groups[0]
            self.invalid.pop(path, None)
            return
        self.invalid[path] = problems
        print(render_problems(problems, "text"), file=sys.stderr)
        print(f"Forhåndsvisningen {self._what_is_shown(path)}.", file=sys.stderr)

    def _what_is_shown(self, path: Path) -> str:
        return ("viser forrige gyldige versjon av fila" if path in self.groups else
                "viser ikke fila før den er gyldig")

    def sync(self) -> int:
        """Write every staged file whose content changed and remove those no longer made; returns how many."""
        made = self.site.files(list(self.groups.values()), self.ctx, self.project)
        self.notice = self._notice()
        wanted = with_notice({**_hand_written_files(self.site.sources.docs), **_as_bytes(made)}, self.notice)
        changed = [relative for relative, content in wanted.items() if self.staged.get(relative) != content]
        for relative in changed:
            target = self.staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(wanted[relative])
        for relative in self.staged.keys() - wanted.keys():
            (self.staging / relative).unlink(missing_ok=True)
            self._remove_built(relative)
        self.staged = wanted
        return len(changed)

    def _notice(self) -> bytes:
        """The notice every page shows while a saved group file is invalid (empty while all are valid): one line of
        HTML, a block of its own in Markdown."""
        if not self.invalid:
            return b""
        files = sorted(self.invalid, key=self.display)
        title = "En lagret gruppefil har feil" if len(files) == 1 else "Lagrede gruppefiler har feil"
        parts = ['<div class="md-typeset" id="lagret-med-feil" data-pagefind-ignore>'   # not what a page is about
                 f'<div class="admonition failure" role="alert"><p class="admonition-title">{title}</p>']
        for path in files:
            parts.append(f"<p><code>{html.escape(self.display(path))}</code>: forhåndsvisningen "
                         f"{self._what_is_shown(path)}. Rett feilene og lagre igjen.</p><ul>")
            parts.extend(f"<li>{html.escape(format_text(problem))}</li>" for problem in self.invalid[path])
            parts.append("</ul>")
        parts.append("</div></div>")
        return "".join(parts).replace("\n", " ").encode("utf-8")

    def _remove_built(self, relative: str) -> None:
        """Remove the file MkDocs built from a staged file that is gone, and its folder if now empty."""
        if self.site_config is None:
            return
        built = Path(File(relative, src_dir=None, dest_dir=self.site_config.site_dir,
                          use_directory_urls=self.site_config.use_directory_urls).abs_dest_path)
        built.unlink(missing_ok=True)
        if built.parent.is_dir() and not any(built.parent.iterdir()):
            built.parent.rmdir()


# Where a page's content begins: after its front matter and its title (the first heading, which both engines
# take as the page's title only while it comes first).
_PAGE_TOP = re.compile(rb"\A(?:---\r?\n.*?\r?\n---\r?\n)?\s*(?:#[ \t][^\n]*(?:\n|\Z))?", re.DOTALL)


def with_notice(files: dict[str, bytes], notice: bytes) -> dict[str, bytes]:
    """`files` with `notice` under the title of each Markdown page (as they are without a notice)."""
    if not notice:
        return files
    return {relative: _under_title(content, notice) if relative.endswith(".md") else content
            for relative, content in files.items()}


def _under_title(page: bytes, notice: bytes) -> bytes:
    top = _PAGE_TOP.match(page).end()
    return page[:top] + b"\n" + notice + b"\n\n" + page[top:]


def _hand_written_files(docs: Path) -> dict[str, bytes]:
    return {path.relative_to(docs).as_posix(): path.read_bytes() for path in docs.rglob("*") if path.is_file()}


def _as_bytes(files: Mapping[str, str | bytes]) -> dict[str, bytes]:
    return {relative: content if isinstance(content, bytes) else content.encode("utf-8")
            for relative, content in files.items()}


class _SaveHandler(FileSystemEventHandler):
    """Collects the files an editor's save touches, and hands them to the preview once the events stop."""

    QUIET_SECONDS = 0.05

    def __init__(self, preview: Preview):
        self.preview = preview
        self.pending: set[Path] = set()
        self.timer: threading.Timer | None = None
        self.lock = threading.Lock()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type in ("opened", "closed_no_write"):
            return
        with self.lock:
            self.pending.update(Path(raw).resolve() for raw in (event.src_path, getattr(event, "dest_path", ""))
                                if raw)
            if self.timer is not None:
                self.timer.cancel()
            self.timer = threading.Timer(self.QUIET_SECONDS, self._take_in)
            self.timer.start()

    def _take_in(self) -> None:
        with self.lock:
            paths, self.pending = self.pending, set()
        self.preview.saved(paths)


def serve(site: PreviewedSite, groups_dir: Path, ctx: RunContext, project: Project, address: str,
          display=str, engine: str = DEFAULT_ENGINE) -> None:
    """Preview `site` at `address`, built by `engine`, until interrupted; saved group files and docs show on
    reload. With Zensical its own `serve` builds the staged pages into the same site folder
    (`serve_with_zensical`); a gone page's built file is removed here on both engines."""
    scratch = Path(tempfile.mkdtemp(prefix="grupper-serve-"))   # readable by this user only: it may hold names
    observer = Observer()
    try:
        staging = scratch / "docs"
        staging.mkdir()
        stage_search(staging)   # the search's files, which no save changes
        config = _serve_config(site, staging, scratch / "site", address)
        preview = Preview(groups_dir, site, ctx, project, staging, display, config)
        preview.start()
        handler = _SaveHandler(preview)
        observer.schedule(handler, str(preview.groups_dir), recursive=False)
        observer.schedule(handler, str(site.sources.docs), recursive=True)
        observer.start()
        if engine == "zensical":
            serve_with_zensical(site.sources.config, scratch, address,
                                {**site.overrides, **with_search(read_site_config(site.sources.config))})
        else:
            _serve_dirty(site, config, preview)
    finally:
        if observer.is_alive():
            observer.stop()
            observer.join()
        shutil.rmtree(scratch, ignore_errors=True)


def _serve_config(site: PreviewedSite, staging: Path, site_dir: Path, address: str) -> MkDocsConfig:
    """The site's configuration as it reads now, building `staging` into `site_dir` for a server at `address`."""
    config = load_config(str(site.sources.config), docs_dir=str(staging), site_dir=str(site_dir), dev_addr=address,
                         **site.overrides, **with_search(read_site_config(site.sources.config)))
    host, port = config.dev_addr
    path = urlsplit(config.site_url or "/").path.strip("/")
    config.site_url = f"http://{host}:{port}/{path + '/' if path else ''}"
    return config


def _serve_dirty(site: PreviewedSite, first: MkDocsConfig, preview: Preview) -> None:
    """`mkdocs serve --dirty`, but into the site folder `first` names (MkDocs' own serve picks a hidden one), of
    what `preview` stages; its page for a missing address shows the preview's notice of invalid saves too.
    A build and a save's staging take turns: a dirty build skips a page built after its source was last written,
    so a page staged again while the build that read its old version runs would keep that version."""
    staging, site_dir = Path(first.docs_dir), Path(first.site_dir)

    def builder(config: MkDocsConfig | None = None) -> None:
        try:
            config = config or _serve_config(site, staging, site_dir, str(first.dev_addr))
            with preview.lock:
                mkdocs_build(config, serve_url=config.site_url, dirty=True)
        except Exception as error:   # the server says a SystemExit as it is, anything else with a traceback
            raise SystemExit(f"feil fra MkDocs: {error}") from error

    server = LiveReloadServer(builder=builder, host=first.dev_addr.host, port=first.dev_addr.port,
                              root=str(site_dir), mount_path=urlsplit(first.site_url).path)
    server.error_handler = lambda code: _error_page(site_dir, code, preview.notice)
    first.plugins.on_startup(command="serve", dirty=True)
    try:
        builder(first)
        index_site(site_dir)   # once: the search finds what the site held when the preview started
        for watched in (staging, site.sources.config):
            server.watch(str(watched))
        server = first.plugins.on_serve(server, config=first, builder=builder)
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        first.plugins.on_shutdown()


_CONTENT_START = (re.compile(rb"<article\b[^>]*>"), re.compile(rb"<body\b[^>]*>"))


def _html_with_notice(page: bytes, notice: bytes) -> bytes:
    """`page` with `notice` first in its content (the article, else the body)."""
    if not notice:
        return page
    start = next((found.end() for pattern in _CONTENT_START if (found := pattern.search(page))), 0)
    return page[:start] + notice + page[start:]


def _error_page(site_dir: Path, code: int, notice: bytes) -> bytes | None:
    page = site_dir / f"{code}.html"
    return _html_with_notice(page.read_bytes(), notice) if page.is_file() else None
