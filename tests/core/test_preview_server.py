"""`grupper serve [--internal]`: one preview server for both sites; saving a group file updates the served page.

The first tests drive the real command in a subprocess (the public preview of each engine started once for them
all: `previews`); the others drive the preview's staging directly (`Preview.saved` is what the watcher calls after
a save).
"""

from __future__ import annotations

import html
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from mkdocs.config import load_config

from generator.model.settings import ProjectSettings
from generator.sites.internal.pages import internal_pages
from generator.sites.preview import Preview, PreviewedSite
from generator.sites.public.site import public_files, theme_overrides

from tests.conftest import PROJECT, ROOT, SAMPLE_EXPORT, SAMPLE_GROUPS, context, sample_context
from tests.engine_english import english_engine_lines

PUBLIC = PreviewedSite(public_files, PROJECT.public_site, theme_overrides(PROJECT))
INTERNAL = PreviewedSite(internal_pages, PROJECT.internal_site)
SITES = {"public": PUBLIC, "internal": INTERNAL}
GROUP_PAGE = {"public": "groups/amnesty-nidaros/index.md", "internal": "grupper/amnesty-nidaros.md"}
BUILT = {"public": ("groups/amnesty-nidaros", ("index.html", "kalender.ics")),   # what a build makes of its files
         "internal": ("grupper/amnesty-nidaros", ("index.html",))}

ENGINES = ("mkdocs", "zensical")
REBUILT = {"mkdocs": "Bygger på nytt …", "zensical": "Bygget på nytt."}   # what each engine's rebuild is said as
NOTICE = "En lagret gruppefil har feil"
NEW_MEETING = "Hver onsdag kl. 19 på Biblioteket"
OLD_MEETING = "Annenhver tirsdag kl. 18 på Litteraturhuset"
# What other groups are served with; the tests on a shared preview each change a group of their own
BODO_MEETING, KRISTIANSAND_MEETING = "kl. 19 på Stormen bibliotek", "Annenhver mandag kl. 18 på Kristiansand"
BERGEN_MEETING = "Annenhver torsdag kl. 18 på Litteraturhuset i Bergen"
PRIVATE_NOTE, NEW_PRIVATE_NOTE = "avtalte besøk i november", "avtalte nytt besøk"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return html.unescape(response.read().decode("utf-8"))
    except OSError:
        return ""


def fetch_missing(url: str) -> str:
    """The page the server answers a missing address with (404)."""
    try:
        urllib.request.urlopen(url, timeout=2).close()
    except urllib.error.HTTPError as error:
        return html.unescape(error.read().decode("utf-8"))
    except OSError:
        pass
    return ""


def status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def seconds_until(condition: Callable[[], bool], seconds: float) -> float | None:
    """Seconds until `condition` held, or None if it never did."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if condition():
            return time.monotonic() - start
        time.sleep(0.1)
    return None


def wait_for(url: str, text: str, seconds: float) -> float | None:
    """Seconds until the page at `url` contains `text`, or None if it never did."""
    return seconds_until(lambda: text in fetch(url), seconds)


def copy_groups(tmp_path: Path) -> Path:
    groups = tmp_path / "groups"
    shutil.copytree(SAMPLE_GROUPS, groups)
    return groups


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def close_group(path: Path) -> None:
    text = path.read_text(encoding="utf-8").replace("status: active", "status: closed")
    path.write_text(text + "closed:\n  date: 2026-11-20\n  reason: Medlemmene flyttet.\n", encoding="utf-8")


@contextmanager
def serving(groups: Path, *options: str, output: Path | None = None) -> Iterator[str]:
    """`grupper serve` of `groups` in a subprocess, as the address it answers on; what it prints goes to `output`
    (standard output and standard error together), if given."""
    port = free_port()
    with open(output or os.devnull, "w", encoding="utf-8") as printed:
        server = subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", *options, "--groups-dir", str(groups),
             "--addr", f"127.0.0.1:{port}", "--as-of", "2026-11-24"],
            cwd=ROOT, stdout=printed, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=20)


@dataclass(frozen=True)
class Served:
    """A running `grupper serve`: the groups folder it previews, the address it answers on, where it prints."""

    groups: Path
    address: str
    printed: Path

    def said(self) -> str:
        return self.printed.read_text(encoding="utf-8")


class PublicPreviews:
    """The public preview of each engine, of its own copy of the sample groups, started when first asked for and
    kept for the next test (a start builds all ~400 pages, as each rebuild does); stopped at the module's end or by
    `stop`, after which `start` starts a fresh one."""

    def __init__(self, folders: pytest.TempPathFactory):
        self.folders = folders
        self.running: dict[str, tuple[Served, ExitStack]] = {}

    def start(self, engine: str) -> Served:
        if engine not in self.running:
            folder, stack = self.folders.mktemp(f"serve-{engine}"), ExitStack()
            groups, printed = copy_groups(folder), folder / "printed.txt"
            address = stack.enter_context(serving(groups, "--engine", engine, output=printed))
            self.running[engine] = Served(groups, address, printed), stack
        return self.running[engine][0]

    def stop(self, engine: str) -> None:
        self.running.pop(engine)[1].close()

    def stop_all(self) -> None:
        for engine in list(self.running):
            self.stop(engine)


@pytest.fixture(scope="module")
def previews(tmp_path_factory) -> Iterator[PublicPreviews]:
    started = PublicPreviews(tmp_path_factory)
    try:
        yield started
    finally:
        started.stop_all()


def preview(groups: Path, site: str, tmp_path: Path, ctx=None, project=PROJECT, built: bool = False) -> Preview:
    """A started preview of `site` staging into tmp_path/staging (and building into tmp_path/site if `built`)."""
    staging = tmp_path / "staging"
    staging.mkdir()
    config = load_config(str(SITES[site].sources.config), docs_dir=str(staging),
                         site_dir=str(tmp_path / "site")) if built else None
    started = Preview(groups, SITES[site], ctx or context(), project, staging, site_config=config)
    started.start()
    return started


def test_saving_a_group_file_updates_the_served_public_page(previews):
    served = previews.start("mkdocs")
    page = f"{served.address}/groups/amnesty-bodo/"
    assert wait_for(page, BODO_MEETING, 60) is not None
    edit(served.groups / "amnesty-bodo.yaml", BODO_MEETING, NEW_MEETING)
    assert wait_for(page, NEW_MEETING, 20) is not None


@pytest.mark.parametrize("engine", ENGINES)
def test_an_invalid_save_shows_a_notice_on_every_served_page_until_the_file_is_valid(previews, engine):
    served = previews.start(engine)
    groups, address = served.groups, served.address
    page, other = f"{address}/groups/amnesty-nidaros/", f"{address}/kalender/"
    assert wait_for(page, OLD_MEETING, 60) is not None
    edit(groups / "amnesty-nidaros.yaml", "category: local", "category: ukjent")
    assert wait_for(page, NOTICE, 60) is not None   # every page is built again, under load too
    shown = fetch(page)
    assert "amnesty-nidaros.yaml:8:11: feil: «ukjent» er ikke en gyldig verdi for «category»" in shown
    assert "forrige gyldige versjon" in shown and OLD_MEETING in shown
    assert "<title>Amnesty Nidaros - " in shown   # the notice comes under the page's title, which stays
    assert wait_for(other, NOTICE, 30) is not None
    if engine == "mkdocs":   # MkDocs' server also puts it on its page for a missing address (Zensical's not)
        assert NOTICE in fetch_missing(f"{address}/finnes-ikke/")
    edit(groups / "amnesty-nidaros.yaml", "category: ukjent", "category: local")
    assert seconds_until(lambda: NOTICE not in fetch(page) and OLD_MEETING in fetch(page), 60) is not None
    assert seconds_until(lambda: NOTICE not in fetch(other), 30) is not None


def test_zensical_preview_on_an_address_another_program_holds_says_so_in_norwegian():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        host, port = taken.getsockname()
        refused = subprocess.run([sys.executable, "-m", "generator", "serve", "--engine", "zensical", "--addr",
                                  f"{host}:{port}", "--as-of", "2026-11-24"],
                                 cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert refused.returncode == 2
    assert refused.stderr.splitlines()[-1] == (
        "grupper serve: adressen er i bruk av et annet program; velg en annen port med --addr")


def test_closing_a_group_removes_its_served_public_page(previews):
    served = previews.start("mkdocs")
    page, address = f"{served.address}/groups/amnesty-bergen/", served.address
    assert wait_for(page, BERGEN_MEETING, 60) is not None
    assert status(f"{address}/groups/amnesty-bergen/kalender.ics") == 200
    close_group(served.groups / "amnesty-bergen.yaml")
    assert seconds_until(lambda: status(page) == 404, 20) is not None
    assert status(f"{address}/groups/amnesty-bergen/kalender.ics") == 404
    assert seconds_until(lambda: "amnesty-bergen" not in fetch(f"{address}/groups.json"), 20) is not None


@pytest.mark.parametrize("engine", ENGINES)
def test_serve_prints_no_english_engine_message(previews, engine):
    """Everything the preview said while it served this module's tests, and as it stopped."""
    served = previews.start(engine)
    page = f"{served.address}/groups/amnesty-kristiansand/"
    assert wait_for(page, KRISTIANSAND_MEETING, 60) is not None
    edit(served.groups / "amnesty-kristiansand.yaml", KRISTIANSAND_MEETING, NEW_MEETING)
    assert wait_for(page, NEW_MEETING, 30) is not None
    assert status(f"{served.address}/finnes-ikke/") == 404
    assert seconds_until(lambda: REBUILT[engine] in served.said(), 30) is not None
    previews.stop(engine)
    assert english_engine_lines(served.said()) == []
    assert f"Forhåndsvisningen er klar på {served.address}/" in served.said()


def test_saving_a_group_file_updates_the_served_internal_page_without_names(tmp_path):
    groups = copy_groups(tmp_path)
    with serving(groups, "--internal") as address:
        page = f"{address}/grupper/amnesty-nidaros/"
        # without --members: numbers linked to the register's page (data/settings.yaml), no names
        assert wait_for(page, "https://medlem.example.org/100234", 60) is not None
        assert "Kari Nordmann" not in fetch(page)
        edit(groups / "amnesty-nidaros.yaml", PRIVATE_NOTE, NEW_PRIVATE_NOTE)
        assert wait_for(page, NEW_PRIVATE_NOTE, 20) is not None
        (groups / "amnesty-bodo.yaml").unlink()
        assert seconds_until(lambda: status(f"{address}/grupper/amnesty-bodo/") == 404, 20) is not None


@pytest.mark.parametrize(("site", "change"), [("public", close_group), ("public", Path.unlink),
                                              ("internal", Path.unlink)],
                         ids=["public-closed", "public-deleted", "internal-deleted"])
def test_a_group_gone_from_the_preview_takes_its_built_files_along(tmp_path, site, change):
    groups = copy_groups(tmp_path)
    served = preview(groups, site, tmp_path, built=True)
    folder, names = BUILT[site]
    built = tmp_path / "site" / folder
    built.mkdir(parents=True)
    for name in names:
        (built / name).write_text("bygget", encoding="utf-8")
    target = groups / "amnesty-nidaros.yaml"
    change(target)
    served.saved({target.resolve()})
    assert not built.exists()
    assert not (tmp_path / "staging" / GROUP_PAGE[site]).exists()
    assert built.parent.is_dir()


@pytest.mark.parametrize("site", SITES)
def test_an_invalid_save_keeps_the_last_valid_version(tmp_path, capsys, site):
    groups = copy_groups(tmp_path)
    served = preview(groups, site, tmp_path)
    page = tmp_path / "staging" / GROUP_PAGE[site]
    assert "Nidaros" in page.read_text(encoding="utf-8")
    target = groups / "amnesty-nidaros.yaml"
    edit(target, "category: local", "category: ukjent")
    before = page.read_text(encoding="utf-8")
    served.saved({target.resolve()})
    assert "ukjent" in capsys.readouterr().err
    title, _, content = before.partition("# Amnesty Nidaros\n")
    noticed = page.read_text(encoding="utf-8")   # the last valid version, with the notice under its title
    assert noticed.startswith(f"{title}# Amnesty Nidaros\n\n<div") and noticed.endswith(content)
    assert "«ukjent» er ikke en gyldig verdi" in noticed and NOTICE in noticed
    assert all(NOTICE in staged.read_text(encoding="utf-8") for staged in (tmp_path / "staging").rglob("*.md"))
    edit(target, "category: ukjent", "category: local")
    served.saved({target.resolve()})
    assert page.read_text(encoding="utf-8") == before


@pytest.mark.parametrize("site", SITES)
def test_the_groups_folder_holds_what_validate_reads(tmp_path, capsys, site):
    """An entry added to the folder is taken in without a save naming it; one that is no group file is said."""
    groups = copy_groups(tmp_path)
    served = preview(groups, site, tmp_path)
    shutil.copy(groups / "amnesty-nidaros.yaml", groups / "amnesty-nidaros.yaml.bak")
    (groups / "amnesty-nidaros.yaml").rename(groups / "amnesty-ny.yaml")
    edit(groups / "amnesty-ny.yaml", "name: Amnesty Nidaros", "name: Amnesty Ny")
    served.saved()
    staged = {path.relative_to(tmp_path / "staging").as_posix() for path in (tmp_path / "staging").rglob("*")}
    assert GROUP_PAGE[site].replace("nidaros", "ny") in staged
    assert GROUP_PAGE[site] not in staged
    assert not any(".bak" in name for name in staged)
    assert "amnesty-nidaros.yaml.bak" in capsys.readouterr().err


def test_a_public_save_rewrites_only_the_files_whose_content_changed(tmp_path):
    groups = copy_groups(tmp_path)
    served = preview(groups, "public", tmp_path)
    target = groups / "amnesty-nidaros.yaml"
    edit(target, OLD_MEETING, NEW_MEETING)
    assert 1 <= served.saved({target.resolve()}) <= 3  # the group page, groups.json, and nothing else
    edit(target, PRIVATE_NOTE, NEW_PRIVATE_NOTE)   # a follow-up note: private, so no public file changes
    assert served.saved({target.resolve()}) == 0


def test_an_internal_save_rewrites_the_changed_pages_and_a_deleted_group_disappears(tmp_path):
    groups = tmp_path / "groups"
    groups.mkdir()
    for name in ("amnesty-nidaros.yaml", "amnesty-bodo.yaml"):
        shutil.copy(SAMPLE_GROUPS / name, groups / name)
    served = preview(groups, "internal", tmp_path, sample_context())
    staging = tmp_path / "staging"
    bodo_page = staging / "grupper" / "amnesty-bodo.md"
    unchanged_before = (staging / "eksport.md").stat().st_mtime_ns
    assert "Amnesty Bodø" in bodo_page.read_text(encoding="utf-8")
    nidaros = groups / "amnesty-nidaros.yaml"
    edit(nidaros, "roles: [social-media]", "roles: [treasurer]")
    (groups / "amnesty-bodo.yaml").unlink()
    served.saved({nidaros.resolve()})
    assert "| Kasserer |" in (staging / "grupper" / "amnesty-nidaros.md").read_text(encoding="utf-8")
    assert not bodo_page.exists()
    assert (staging / "eksport.md").stat().st_mtime_ns == unchanged_before


@pytest.mark.parametrize(("members", "shown"), [(None, False), (SAMPLE_EXPORT, True)], ids=["without", "with"])
def test_the_internal_preview_names_members_only_with_the_register_export(tmp_path, members, shown):
    groups = copy_groups(tmp_path)
    preview(groups, "internal", tmp_path, context(members=members))
    staged = "".join(path.read_text(encoding="utf-8", errors="replace")
                     for path in (tmp_path / "staging").rglob("*") if path.is_file())
    assert ("Kari Nordmann" in staged) is shown
    assert ("kari.nordmann@example.org" in staged) is shown


def test_the_internal_preview_links_each_number_to_the_register_when_settings_name_a_page(tmp_path):
    groups = tmp_path / "groups"
    groups.mkdir()
    shutil.copy(SAMPLE_GROUPS / "amnesty-nidaros.yaml", groups)
    settings = ProjectSettings("https://medlem.example.org/m/{member_number}")
    preview(groups, "internal", tmp_path, sample_context(), replace(PROJECT, settings=settings))
    assert '<a href="https://medlem.example.org/m/100234">100234</a>' in (
        tmp_path / "staging" / "grupper" / "amnesty-nidaros.md").read_text(encoding="utf-8")
