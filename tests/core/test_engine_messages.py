"""What MkDocs and Zensical say reaches the terminal in Norwegian: needed lines translated, progress dropped, any
other warning kept behind a Norwegian prefix. The preview server's side is in test_preview_server.py."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from generator.sites.engine import build_site
from generator.sites.engine_messages import ZensicalServeLog, norwegian_line, use_norwegian_log, zensical_said
from generator.sites.site_search import SearchIndexError

from tests.conftest import ROOT
from tests.engine_english import english_engine_lines


@pytest.mark.parametrize(("message", "level", "said"), [
    ("[22:47:46] Serving on http://127.0.0.1:8000/", logging.INFO,
     "Forhåndsvisningen er klar på http://127.0.0.1:8000/"),
    ("[22:47:54] Detected file changes", logging.INFO, "Bygger på nytt …"),
    ("A 'dirty' build is being performed, this will likely lead to inaccurate navigation and other links within "
     "your site. This option is designed for site development purposes only.", logging.WARNING, None),
    ("Documentation built in 1.41 seconds", logging.INFO, None),
    ("[22:47:46] Watching paths for changes: '/tmp/docs', 'mkdocs.yml'", logging.INFO, None),
    ("[22:47:56] Reloading browsers", logging.INFO, None),
    ('[22:48:01] "GET /finnes-ikke/ HTTP/1.1" code 404', logging.WARNING,
     "Forhåndsvisningen har ingen side på /finnes-ikke/ (404)."),
    ("Doc file 'a.md' contains a link 'b.md', but the target is not found among documentation files.",
     logging.WARNING, "advarsel fra MkDocs: Doc file 'a.md' contains a link 'b.md', but the target is not found "
                      "among documentation files."),
    ("Config value 'nav': something", logging.ERROR, "feil fra MkDocs: Config value 'nav': something"),
    ("Some progress nobody asked for", logging.INFO, None),
], ids=["serving", "changes", "dirty", "built", "watching", "reloading", "not-found", "unknown-warning",
        "unknown-error", "unknown-info"])
def test_each_engine_message_is_said_in_norwegian_or_not_at_all(message, level, said):
    assert norwegian_line(message, level) == said


def build_a_page_with_a_broken_link(folder: Path, engine: str, theme: str = "material") -> None:
    config, staging = folder / "mkdocs.yml", folder / "docs"
    config.write_text(f"site_name: Prøve\ntheme: {theme}\n", encoding="utf-8")
    staging.mkdir()
    (staging / "index.md").write_text("# Prøve\n\n[Mangler](mangler.md)\n", encoding="utf-8")
    build_site(config, staging, folder / "site", "public", engine)


def test_a_real_mkdocs_warning_reaches_the_terminal_behind_a_norwegian_prefix(tmp_path, capsys):
    build_a_page_with_a_broken_link(tmp_path, "mkdocs")
    err = capsys.readouterr().err
    assert "advarsel fra MkDocs: Doc file 'index.md' contains a link 'mangler.md'" in err
    assert english_engine_lines(err) == []


def test_zensicals_report_has_norwegian_headings_and_keeps_its_message():
    report = ("\x1b[33mWarning:\x1b[0m page does not exist\n   ╭─[ a.md:3:5 ]\n 3 │ [x](nope.md)\n"
              "   │        ╰───── page does not exist\n1 issue found")
    said = zensical_said(report)
    assert said.splitlines()[0] == "advarsel fra Zensical: page does not exist"
    assert " 3 │ [x](nope.md)" in said and said.splitlines()[-1] == "Zensical fant 1 problem."
    assert zensical_said("Traceback (most recent call last):\nValueError: x") == (
        "fra Zensical: Traceback (most recent call last):\nfra Zensical: ValueError: x\n")


def test_zensicals_serve_says_where_and_each_rebuild_in_norwegian_and_keeps_any_other_line():
    printed = ["Serving /tmp/grupper-serve-x/site on http://127.0.0.1:8000", "Build started", "No issues found",
               "No issues found", "Reloading...", "Build started",
               "\x1b[33mWarning:\x1b[0m page does not exist", "   ╭─[ index.md:3:11 ]", " 3 │ [x](nope.md)",
               "1 issue found", "Something new from Zensical"]
    log = ZensicalServeLog()
    said = [line for line in map(log.said, printed) if line is not None]
    assert said == ["Forhåndsvisningen er klar på http://127.0.0.1:8000/", "Bygget på nytt.",
                    "advarsel fra Zensical: page does not exist", "   ╭─[ index.md:3:11 ]", " 3 │ [x](nope.md)",
                    "Zensical fant 1 problem.\nBygget på nytt.", "fra Zensical: Something new from Zensical"]


def test_the_norwegian_log_is_installed_once_however_many_builds(capsys):
    use_norwegian_log(logging.WARNING)
    use_norwegian_log(logging.WARNING)
    logging.getLogger("mkdocs.structure.pages").warning("Something odd")
    assert capsys.readouterr().err == "advarsel fra MkDocs: Something odd\n"


def test_build_prints_no_english_engine_message(tmp_path):
    built = subprocess.run([sys.executable, "-m", "generator", "build", "--public", str(tmp_path / "public"),
                            "--internal", str(tmp_path / "internal"), "--as-of", "2026-11-24"],
                           cwd=ROOT, capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stderr
    assert english_engine_lines(built.stdout + built.stderr) == []
    assert "Bygget " in built.stderr


def test_a_real_zensical_warning_reaches_the_terminal_behind_a_norwegian_prefix(tmp_path, capsys):
    build_a_page_with_a_broken_link(tmp_path, "zensical")
    err = capsys.readouterr().err
    assert "advarsel fra Zensical: " in err and "Zensical fant 1 problem." in err
    assert english_engine_lines(err) == []


def test_what_pagefind_says_when_it_fails_reaches_the_terminal_behind_a_norwegian_prefix(tmp_path, capsys):
    with pytest.raises(SearchIndexError):   # MkDocs' own theme has none of the text the search indexes
        build_a_page_with_a_broken_link(tmp_path, "mkdocs", theme="mkdocs")
    err = capsys.readouterr().err
    assert "fra Pagefind: Error: " in err
    assert english_engine_lines(err) == []
