"""The internal group page's «Historikk» says plainly when the checkout has no Git history or only part of it;
the page is otherwise the same (nothing on it is worked out from the history)."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date

from generator.model.git_history import Commit, FileHistory, Histories
from generator.sites.internal.pages import internal_pages
from generator.views.internal_view import HISTORY_CUT, HISTORY_MISSING

from tests.conftest import PROJECT, SAMPLE_GROUPS, load_groups, sample_context

SAMPLE = load_groups(SAMPLE_GROUPS)
NIDAROS = next(group for group in SAMPLE if group.id == "amnesty-nidaros")
PAGE = "grupper/amnesty-nidaros.md"
EDIT = Commit("3" * 40, date(2026, 11, 2), "Ola Hansen", "Nytt møtested for Amnesty Nidaros")


def group_page(histories: Histories) -> str:
    page = internal_pages(SAMPLE, replace(sample_context(), histories=histories), PROJECT)[PAGE]
    return html.unescape(page)


def history_section(histories: Histories) -> str:
    page = group_page(histories)
    return page[page.index("## Historikk"):]


def rest_of_page(histories: Histories) -> str:
    page = group_page(histories)
    return page[:page.index("## Historikk")]


def test_without_git_history_the_page_says_it_is_missing():
    section = history_section(Histories())
    assert HISTORY_MISSING in section and "| Dato |" not in section and "Ingen historikk fra Git." not in section
    assert HISTORY_MISSING == "Historikken mangler: registeret er bygget uten Git-historikk."


def test_in_a_shallow_clone_the_page_says_it_is_cut_and_shows_what_there_is():
    section = history_section(Histories({NIDAROS.path: FileHistory((EDIT,), cut=True)}, read=True))
    assert HISTORY_CUT in section and "| 2. november 2026 | Ola Hansen | Nytt møtested for Amnesty Nidaros |" in section
    assert section.index(HISTORY_CUT) < section.index("| Dato |")
    assert "shallow clone" in HISTORY_CUT and "eldre endringer vises ikke" in HISTORY_CUT


def test_a_whole_history_has_no_note_and_a_file_not_yet_in_git_says_so():
    whole = history_section(Histories({NIDAROS.path: FileHistory((EDIT,))}, read=True))
    assert HISTORY_CUT not in whole and HISTORY_MISSING not in whole and "Nytt møtested" in whole
    assert "Ingen historikk fra Git." in history_section(Histories({}, read=True))


def test_the_rest_of_the_page_does_not_depend_on_the_history():
    pages = {rest_of_page(histories) for histories in (
        Histories(), Histories({}, read=True), Histories({NIDAROS.path: FileHistory((EDIT,), cut=True)}, read=True))}
    assert len(pages) == 1 and re.search(r"Registrert", pages.pop())
