"""The public site built by Zensical instead of MkDocs, from the same staged pages and the same mkdocs.yml.

Zensical reads mkdocs.yml, but takes no `docs_dir` or `site_dir` from outside its
configuration, and wants both inside the folder of its configuration file
(zensical/zensical#68). So each build gets a folder of its own: the staged pages
move into it (a rename, on the same file system), a configuration written there
takes mkdocs.yml with the same overrides `mkdocs build` gets, and the built site
then moves into `site_dir`. The configuration's other relative path, the theme's
`custom_dir`, is made absolute, so `overrides/` applies as it does with MkDocs.

Zensical runs in a process of its own (`python -m zensical build`): it keeps its
configuration in a module global, and prints its progress, which stays out of
our output; its warnings and errors go to standard error, their headings in Norwegian.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from generator.sites.site_search import SEARCH_FOLDER, index_site

from generator.sites.engine_messages import ZENSICAL_ALL_CLEAR, ZensicalServeLog, zensical_said

# Material for MkDocs' look, which the site's CSS and colours were made and tested for; Zensical's own
# "modern" variant marks the current page in the accent colour, yellow on white (too little contrast).
THEME_VARIANT = "classic"


class ZensicalError(RuntimeError):
    """Zensical stopped without building the site (what went wrong, it printed on standard error)."""


def build_with_zensical(config_file: Path, staging: Path, site_dir: Path, overrides: dict) -> None:
    """A real `zensical build` of `staging` into `site_dir` (a folder that exists), configured by
    `config_file` with `overrides` on top, as `mkdocs build` is."""
    staging = staging.resolve()
    with tempfile.TemporaryDirectory(prefix="grupper-zensical-", dir=staging.parent) as scratch:
        root = Path(scratch)
        docs, built = root / "docs", root / "site"
        os.rename(staging, docs)
        try:
            config = root / "mkdocs.yml"
            config.write_text(yaml.safe_dump(zensical_config(config_file, overrides), allow_unicode=True,
                                             sort_keys=False), encoding="utf-8")
            _run_zensical(config, root)
        finally:
            os.rename(docs, staging)
        _replace_contents(site_dir, built)


def serve_with_zensical(config_file: Path, root: Path, address: str, overrides: dict) -> None:
    """`zensical serve` of the pages staged in `root/docs` at `address` (HOST:PORT), configured as
    `build_with_zensical` configures a build, until interrupted. It builds into `root/site` and rebuilds on every
    change of the staged pages. The search is indexed once, from a first full build, into the staged pages'
    `pagefind/` (the server empties the site folder when it starts, and copies that folder into it), so it finds
    what the site held when the preview started. What the server prints reaches standard error as
    `ZensicalServeLog` says it, in Norwegian."""
    _refuse_taken(address)
    config = root / "mkdocs.yml"
    config.write_text(yaml.safe_dump(zensical_config(config_file, overrides), allow_unicode=True, sort_keys=False),
                      encoding="utf-8")
    _run_zensical(config, root)
    index_site(root / "site", bundle=root / "docs" / SEARCH_FOLDER)
    server = subprocess.Popen([sys.executable, "-m", "zensical", "serve", "--config-file", str(config),
                               "--dev-addr", address], cwd=root, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace")
    log = ZensicalServeLog()
    try:
        for printed in server.stdout:
            if (said := log.said(printed)) is not None:
                print(said, file=sys.stderr, flush=True)
    finally:   # Ctrl+C: the server stops with the preview
        server.terminate()
        server.wait()
        server.stdout.close()
    if server.returncode != 0:
        raise ZensicalError(f"zensical serve stoppet med kode {server.returncode} (se meldingen over)")


def _refuse_taken(address: str) -> None:
    """The OSError of an address another program listens on (said as with MkDocs, whose server takes its address
    first), before the first build rather than from Zensical's server after it."""
    host, _, port = address.rpartition(":")
    family, kind, _, _, where = socket.getaddrinfo(host.strip("[]"), int(port), type=socket.SOCK_STREAM)[0]
    with socket.socket(family, kind) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(where)


def zensical_config(config_file: Path, overrides: dict) -> dict:
    """mkdocs.yml as Zensical needs it beside the staged pages: `docs/` in, `site/` out, the theme's
    custom folder by its absolute path, and the overrides replacing top-level keys as `load_config` does."""
    config = read_site_config(config_file)
    config.update(overrides, docs_dir="docs", site_dir="site")
    theme = config.get("theme")
    theme = dict(theme) if isinstance(theme, dict) else {"name": theme or "material"}
    if theme.get("custom_dir"):
        theme["custom_dir"] = str((config_file.parent / theme["custom_dir"]).resolve())
    theme.setdefault("variant", THEME_VARIANT)
    config["theme"] = theme
    return config


def read_site_config(config_file: Path) -> dict:
    """A site's configuration file as read by MkDocs (!ENV and INHERIT as `mkdocs build` has them)."""
    from mkdocs.utils.yaml import yaml_load

    with config_file.open(encoding="utf-8") as file:
        return dict(yaml_load(file))


def _run_zensical(config: Path, root: Path) -> None:
    """Zensical's warnings and errors reach standard error, as MkDocs' do; its progress and its all-clear do not."""
    finished = subprocess.run([sys.executable, "-m", "zensical", "build", "--config-file", str(config)],
                              cwd=root, capture_output=True, stdin=subprocess.DEVNULL, text=True, check=False)
    if finished.stderr.strip() != ZENSICAL_ALL_CLEAR:
        sys.stderr.write(zensical_said(finished.stderr))
    if finished.returncode != 0:
        raise ZensicalError(f"zensical build stoppet med kode {finished.returncode} (se meldingen over)")


def _replace_contents(site_dir: Path, built: Path) -> None:
    """Empty `site_dir` but for its hidden entries (as `mkdocs build` does: the site marker, a .git) and move
    the built site into it."""
    for entry in site_dir.iterdir():
        if not entry.name.startswith("."):
            shutil.rmtree(entry) if entry.is_dir() and not entry.is_symlink() else entry.unlink()
    for entry in built.iterdir():
        shutil.move(entry, site_dir / entry.name)
