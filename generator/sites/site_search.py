"""One search for both sites on both engines: Pagefind, run over the built HTML, in Norwegian bokmål.

Neither engine's own search will do: Material's (lunr, `lang: no`) sends the whole index with the first view
of every page (459 KB for 19 groups, growing with each), and Zensical's has no Norwegian at all. So the
engines' search is turned off (`plugins: search: enabled: false` in each site's configuration) and every build
ends with `index_site`: Pagefind (the `pagefind` package, its binary in the wheel: no network, no Node) reads
each page's text (the article, without header, menu or footer) and writes its index, split into small
fragments, and its interface into `pagefind/`, with bokmål stemming. `SEARCH_ASSETS` (this package's
`search_assets/`) are staged into every site and listed by `with_search`: a button «Søk» in the header that
loads Pagefind's interface, styles and index only when it is used.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from generator.sites.engine_messages import said_by

ASSETS_FOLDER = Path(__file__).with_name("search_assets")
SEARCH_SCRIPT, SEARCH_STYLES = "assets/sok.js", "assets/sok.css"
SEARCH_FOLDER = "pagefind"
LANGUAGE = "nb"   # bokmål: Pagefind's stemming and its interface's words
PAGE_TEXT = "article.md-content__inner"   # the page's own text on both engines, without the theme around it
# The index's own files: gzip, behind a signature, holding the pages' text (fragments) and their words (index, meta).
INDEX_SUFFIXES = (".pf_fragment", ".pf_index", ".pf_meta")
INDEX_SIGNATURE = b"pagefind_dcd"


class SearchIndexError(RuntimeError):
    """Pagefind stopped without writing the search index (what went wrong, it printed on standard error)."""


def search_assets() -> dict[str, bytes]:
    """The search's files to stage beside the pages (relative path -> content)."""
    return {relative: (ASSETS_FOLDER / Path(relative).name).read_bytes()
            for relative in (SEARCH_SCRIPT, SEARCH_STYLES)}


def with_search(config: Mapping) -> dict:
    """The configuration keys that add the search's script and styles to a site configured by `config` (its
    lists as they are, the search's files last)."""
    return {"extra_css": [*config.get("extra_css", []), SEARCH_STYLES],
            "extra_javascript": [*config.get("extra_javascript", []), SEARCH_SCRIPT]}


def index_site(site_dir: Path, bundle: Path | None = None) -> None:
    """Pagefind's index and interface of the built site in `site_dir`, into `bundle` (by default
    `site_dir/pagefind/`, where the search script looks for it)."""
    finished = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-path",
                               str((bundle or site_dir / SEARCH_FOLDER).resolve()), "--root-selector", PAGE_TEXT,
                               "--force-language", LANGUAGE, "--silent"],
                              capture_output=True, stdin=subprocess.DEVNULL, text=True, check=False)
    if finished.returncode != 0 or finished.stderr.strip():
        sys.stderr.write(said_by("Pagefind", finished.stderr or finished.stdout))
    if finished.returncode != 0:
        raise SearchIndexError(f"pagefind stoppet med kode {finished.returncode} (se meldingen over)")


def index_file_text(path: Path) -> str | None:
    """The text a file of the search index holds (a page's text, the words), readable for a leak check; None for
    a file that is not one of the index's own."""
    if path.suffix not in INDEX_SUFFIXES:
        return None
    content = path.read_bytes()
    try:
        content = gzip.decompress(content).removeprefix(INDEX_SIGNATURE)
    except (OSError, EOFError):   # not gzip after all: read as it is, so nothing in it goes unread
        pass
    return content.decode("utf-8", errors="replace")
