"""Browser fixtures for every site: Debian's chromium, a local web server, offline pages, and axe-core.

Chromium is the one Debian installs (`/usr/bin/chromium`, by scripts/test),
started through Playwright with `executable_path`; no browser is ever downloaded.
"""

from __future__ import annotations

import functools
import os
import http.server
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route, sync_playwright

from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
LOCAL_HOST = "127.0.0.1"
WIDTHS = {"phone": 360, "desktop": 1280}


@pytest.fixture(scope="session")
def screenshots() -> Path | None:
    """Where the screenshots go, to be looked at: the folder GRUPPER_SCREENSHOTS names; none are taken without it
    (a full-page shot costs about as much as the checks of a page, and in CI nobody looks)."""
    chosen = os.environ.get("GRUPPER_SCREENSHOTS")
    if not chosen:
        return None
    Path(chosen).mkdir(parents=True, exist_ok=True)
    return Path(chosen)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: scripts/test installs Debian's chromium with apt-get")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the standard library's name
        pass


@contextmanager
def serving(directory: Path) -> Iterator[str]:
    """Serve a built site over http on 127.0.0.1 at a free port; yields its base URL (ending in /)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer((LOCAL_HOST, 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{LOCAL_HOST}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def serve_site() -> Iterator[Callable[[Path], str]]:
    """A function that serves a site directory for the rest of the session and returns its base URL."""
    with _ServerPool() as pool:
        yield pool.serve


class _ServerPool:
    def __init__(self):
        self.stack: list = []
        self.urls: dict[Path, str] = {}

    def serve(self, directory: Path) -> str:
        directory = directory.resolve()
        if directory not in self.urls:
            context = serving(directory)
            self.urls[directory] = context.__enter__()
            self.stack.append(context)
        return self.urls[directory]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for context in reversed(self.stack):
            context.__exit__(None, None, None)


@dataclass
class Tab:
    """A browser page cut off from every host but 127.0.0.1, recording what went wrong."""

    page: Page
    blocked_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def problems(self) -> dict[str, list[str]]:
        """What a healthy offline page has none of."""
        found = {"blocked requests": self.blocked_requests, "console errors": self.console_errors,
                 "page errors": self.page_errors, "dialogs": self.dialogs}
        return {kind: items for kind, items in found.items() if items}

    def take_problems(self) -> dict[str, list[str]]:
        """The problems so far, then forgotten: what went wrong on the page just visited."""
        found = {kind: list(items) for kind, items in self.problems().items()}
        for items in (self.blocked_requests, self.console_errors, self.page_errors, self.dialogs):
            items.clear()
        return found


def open_tab(browser: Browser, width: int = 1280, height: int = 900, javascript: bool = True) -> Tab:
    context = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=javascript,
                                  locale="nb-NO", service_workers="block")
    page = context.new_page()
    tab = Tab(page)

    def route(route: Route) -> None:
        if urlsplit(route.request.url).hostname == LOCAL_HOST:
            route.continue_()
        else:
            tab.blocked_requests.append(route.request.url)
            route.abort()

    def dialog(opened) -> None:
        tab.dialogs.append(f"{opened.type}: {opened.message}")
        opened.dismiss()

    page.route("**/*", route)
    page.on("console", lambda message: message.type == "error" and tab.console_errors.append(message.text))
    page.on("pageerror", lambda error: tab.page_errors.append(str(error)))
    page.on("dialog", dialog)
    return tab


@pytest.fixture
def tab(browser) -> Iterator[Tab]:
    """A desktop-sized offline page."""
    opened = open_tab(browser)
    yield opened
    opened.page.context.close()


@pytest.fixture
def phone_tab(browser) -> Iterator[Tab]:
    """An offline page on a 360 px wide phone screen."""
    opened = open_tab(browser, width=360, height=740)
    yield opened
    opened.page.context.close()


@pytest.fixture
def no_script_tab(browser) -> Iterator[Tab]:
    """An offline page with JavaScript turned off."""
    opened = open_tab(browser, javascript=False)
    yield opened
    opened.page.context.close()


def axe_violations(page: Page, tags: list[str] = WCAG_21_AA) -> list[str]:
    """The axe-core violations of the loaded page for the given rule tags, one readable line each. Every rule runs;
    only the violations are gathered and handed back (`resultTypes`), which takes axe about half the time."""
    page.add_script_tag(path=str(AXE_SCRIPT))
    violations = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
                               " resultTypes: ['violations']}).then(result => result.violations)", tags)
    return [f"{violation['id']} ({violation['impact']}): {violation['help']}: "
            + "; ".join(node["target"][0] if isinstance(node["target"][0], str) else str(node["target"])
                        for node in violation["nodes"][:5])
            for violation in violations]


# Before the checks of a page: every <details> in its text opened, so that axe and the eye see what it holds.
OPEN_DETAILS = """() => document.querySelectorAll("article details").forEach(details => { details.open = true; })"""


def check_pages(browser: Browser, site_url: str, addresses: Iterable[str], width: int, axed: Collection[str],
                screenshots: Path | None, prefix: str, more: Callable[[Page], list[str]] = lambda page: []
                ) -> dict[str, list[str]]:
    """Everything wrong with each page at its address, on a screen `width` px wide, by the pages that have
    something wrong: axe-core's violations at WCAG 2.1 AA (pages in `axed`), a page wider than the screen, what
    `more` finds, and anything fetched from another host, logged as an error or thrown. One tab visits the pages
    in turn (axe is then quicker to load), and saves a full-page screenshot of each to `screenshots`, if given."""
    tab = open_tab(browser, width=width, height=740 if width == WIDTHS["phone"] else 900)
    try:
        found = {address: _page_problems(tab, site_url + address, width, address in axed, more,
                                         _screenshot(screenshots, prefix, address, width))
                 for address in addresses}
        return {address: problems for address, problems in found.items() if problems}
    finally:
        tab.page.context.close()


def _page_problems(tab: Tab, url: str, width: int, axe: bool, more: Callable[[Page], list[str]],
                   screenshot: Path | None) -> list[str]:
    tab.page.goto(url)
    tab.page.evaluate(OPEN_DETAILS)
    found = axe_violations(tab.page) if axe else []
    scrolled = tab.page.evaluate("document.documentElement.scrollWidth")
    if scrolled > width:
        found.append(f"{scrolled} px wide on a screen of {width} px")
    found += more(tab.page)
    if screenshot is not None:
        tab.page.screenshot(path=str(screenshot), full_page=True)
    return found + [f"{kind}: {items}" for kind, items in tab.take_problems().items()]


def _screenshot(folder: Path | None, prefix: str, address: str, width: int) -> Path | None:
    name = address.removesuffix(".html").strip("/").replace("/", "-") or "forside"
    return folder and folder / f"{prefix}{name}-{width}.png"


@pytest.fixture(scope="session")
def public_site_dir(sample_site) -> Path:
    """The public site built from the sample groups and the hostile-text groups: the one the other folders' tests
    read (tests/conftest.py), built once for them all."""
    return sample_site


@pytest.fixture(scope="session")
def public_site_url(public_site_dir, serve_site) -> str:
    """The public site, served locally."""
    return serve_site(public_site_dir)
