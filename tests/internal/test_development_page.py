"""The internal site's «Utvikling» page, the dashboard's trends, utvikling.csv and the mandate's tasks per group, as
built from the sample register."""

from __future__ import annotations

import csv
import html as entities
import io
import re

from generator.status.development import FIGURE_LABELS
from tests.internal.conftest import page as built_page

SCOPES = ("Hele landet", "Nord", "Midt", "Vest", "Sør", "Øst")


def page(site, relative: str) -> str:
    """The built page with its character references read (the pages write 2026-Q3 as 2026&#45;Q3)."""
    return entities.unescape(built_page(site, relative))


def test_the_development_page_has_four_named_charts_and_a_table_of_eight_quarters_for_each_scope(internal_site):
    html = page(internal_site, "utvikling")
    for scope in SCOPES:
        for name in ("Grupper", "Kvartalsrapporter", "Oppfølging", "Aktiviteter og verving"):
            assert f"<title id=" in html and f">{name}, {scope}</title>" in html, (name, scope)
    assert html.count('role="img"') == 4 * len(SCOPES)
    assert "Tallene bak figuren" not in html                      # the numbers stand in the table beneath
    tables = re.findall(r"<table[^>]*>.*?</table>", html, flags=re.S)
    quarters = re.findall(r"<th[^>]*>(20\d\d-Q[1-4])</th>", tables[0])
    assert quarters == ["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]
    for label in FIGURE_LABELS.values():
        if label != "Rapporter ikke inne før fristen":            # shown only while a deadline is ahead
            assert label in tables[0], label


def test_the_development_page_shows_which_tasks_each_active_group_covered(internal_site):
    html = page(internal_site, "utvikling")
    assert "Oppgavene i mandatet (§3.2)" in html
    row = re.search(r'<a href="../grupper/amnesty-tromso/">Amnesty Tromsø</a>(.*?)</tr>', html, flags=re.S)
    assert row and "Synlighet" in row[1] and "Verve medlemmer" in row[1]
    assert "amnesty-hamar" not in html.split("Oppgavene i mandatet")[1]      # closed


def test_the_dashboard_shows_two_trends_with_a_sparkline_and_links_the_page(internal_site):
    html = page(internal_site, "")
    assert html.count('class="sparkline"') == 2
    assert re.search(r"Kvartalsrapporter inn i tide:</strong> <svg.*?</svg> \d+ av \d+ for 2026-Q3, "
                     r"(opp fra|ned fra|samme som) \d+ av \d+ for 2026-Q2\.", html, flags=re.S)
    assert re.search(r"\d+ av \d+ hittil i 2026-Q4; \d+ av \d+ i 2026-Q3", html)
    assert 'href="utvikling/"' in html


def test_utvikling_csv_is_listed_and_counts_what_the_sample_reports_say(internal_site):
    assert "utvikling.csv" in page(internal_site, "eksport")
    rows = list(csv.DictReader(io.StringIO((internal_site / "utvikling.csv").read_text(encoding="utf-8-sig")),
                               delimiter=";"))
    assert len(rows) == 5 * 8
    tromso = {row["Kvartal"]: row for row in rows if row["Region"] == "Nord"}
    assert int(tromso["2026-Q1"]["Nye medlemmer vervet"]) == 2      # Amnesty Tromsø's report
    assert sum(int(row["Nye medlemmer vervet"]) for row in rows) == 17   # every recruited in the sample


def test_a_group_page_shows_the_tasks_it_covered_and_its_new_members(internal_site):
    html = page(internal_site, "grupper/amnesty-tromso")
    assert "Oppgavene i mandatet (§3.2)" in html
    assert re.search(r"dekket \d av 7 oppgaver: Synlighet", html)
    assert "Nye medlemmer vervet: 2." in html
