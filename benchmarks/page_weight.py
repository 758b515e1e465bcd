"""Benchmark: what the first view of each kind of public page weighs on a phone, gzipped, on each engine.

    .venv/bin/python benchmarks/page_weight.py [--engine mkdocs] [--site DIR] [--verbose]

Builds the public site from groups/ with each engine (or measures the site
already built in `--site`, by the engine `--engine` names), serves it on
127.0.0.1, and opens the largest page of each kind (`tests/browser/page_kinds.py`:
each template's page, each hand-written page, the 404) in Chromium at 360 px.
Everything the page loads until the network is quiet (HTML, CSS, JavaScript,
fonts, images, data) is summed as gzip would send it (`gzip.compress` of each
response body, level 6), against the budget of 100 KB. Then the search is used
once (a search for «Oslo» on the front page) and what it fetched is shown
beside: with a lazily loaded search that is the first time its index comes.
`--verbose` lists every response of each first view with its gzipped size.
"""

from __future__ import annotations

import argparse
import gzip
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.model.settings import ENGINES  # noqa: E402
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, serving  # noqa: E402
from tests.browser.page_kinds import representatives  # noqa: E402

AS_OF = "2026-11-24"
BUDGET_KB = 100
PHONE = {"width": 360, "height": 740}
SEARCH_QUERY = "Oslo"
SEARCH_BUTTON = "button.sok-knapp"   # the site's search (generator/sites/search_assets/sok.js)
SEARCH_FIELD = "input.pagefind-ui__search-input"


def build(engine: str, site: Path) -> Path:
    subprocess.run([sys.executable, "-m", "generator", "build", "--public-only", "--public", str(site),
                    "--engine", engine, "--as-of", AS_OF], cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return site


class Loads:
    """The responses a page received, by URL, each as gzip would send its body."""

    def __init__(self):
        self.gzipped: dict[str, int] = {}

    def take(self, response) -> None:
        try:
            body = response.body()
        except Exception:   # a redirect or an aborted request has no body
            return
        self.gzipped[response.url] = len(gzip.compress(body, compresslevel=6))

    def total_kb(self) -> float:
        return sum(self.gzipped.values()) / 1000

    def largest(self, count: int = 3) -> str:
        return ", ".join(f"{_short(url)} {size / 1000:.0f}" for url, size in self.by_size()[:count])

    def by_size(self) -> list[tuple[str, int]]:
        return sorted(self.gzipped.items(), key=lambda item: -item[1])


def _short(url: str) -> str:
    """A response's address by its last folder and file (`javascripts/bundle.js`)."""
    return url.rsplit('/', 2)[-2] + '/' + url.rsplit('/', 1)[-1]


def first_views(browser, site_url: str, addresses: dict[str, str]) -> dict[str, Loads]:
    """What each page loads, in a fresh context (an empty cache) at 360 px."""
    weights = {}
    for kind, address in addresses.items():
        context = browser.new_context(viewport=PHONE, service_workers="block")
        page = context.new_page()
        loads = Loads()
        page.on("response", loads.take)
        page.goto(site_url + address, wait_until="networkidle")
        weights[kind] = loads
        context.close()
    return weights


def search_loads(browser, site_url: str) -> Loads | None:
    """What using the search once on the front page fetches beyond the first view (None: no search field found)."""
    from playwright.sync_api import Error as PlaywrightError

    context = browser.new_context(viewport=PHONE, service_workers="block")
    page = context.new_page()
    page.goto(site_url, wait_until="networkidle")
    loads = Loads()
    page.on("response", loads.take)
    try:
        page.locator(SEARCH_BUTTON).click(timeout=5000)
        page.locator(SEARCH_FIELD).first.fill(SEARCH_QUERY, timeout=5000)
    except PlaywrightError:
        return None
    finally:
        page.wait_for_timeout(1500)
        context.close()
    return loads


def measure(engine: str, site: Path) -> tuple[dict[str, Loads], Loads]:
    from playwright.sync_api import sync_playwright

    addresses = dict(sorted(representatives(site).items()))
    with serving(site) as site_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            return first_views(browser, site_url, addresses), search_loads(browser, site_url)
        finally:
            browser.close()


def report(engine: str, weights: dict[str, Loads], search: Loads | None, verbose: bool = False) -> None:
    print(f"\n{engine}: first view at 360 px, KB gzipped (budget {BUDGET_KB} KB)")
    print(f"{'page kind':<34}{'KB':>7}{'budget':>8}  largest responses (KB)")
    for kind, loads in weights.items():
        print(f"{kind:<34}{loads.total_kb():>7.1f}{loads.total_kb() / BUDGET_KB:>7.0%}  {loads.largest()}")
        if verbose:
            for url, size in loads.by_size():
                print(f"{'':<4}{size / 1000:>7.1f}  {url.split('/', 3)[-1] or '/'}")
    heaviest = max(weights.values(), key=Loads.total_kb).total_kb()
    print(f"heaviest first view: {heaviest:.1f} KB, {heaviest / BUDGET_KB:.2f} of the budget"
          f" ({'within' if heaviest <= BUDGET_KB else 'OVER'})")
    if search is None:
        print("no search field found on the front page: the search was not measured")
    else:
        print(f"a first search for «{SEARCH_QUERY}» fetches {search.total_kb():.1f} KB more: {search.largest()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=ENGINES, help="only this engine (with --site: the one that built it)")
    parser.add_argument("--site", type=Path, help="measure this built public site instead of building one")
    parser.add_argument("--verbose", action="store_true", help="list every response of each first view")
    options = parser.parse_args()
    engines = [options.engine] if options.engine else list(ENGINES)
    with tempfile.TemporaryDirectory(prefix="grupper-weight-") as scratch:
        for engine in engines:
            site = options.site or build(engine, Path(scratch) / engine)
            report(engine, *measure(engine, site), verbose=options.verbose)


if __name__ == "__main__":
    main()
