"""The register's development quarter by quarter, against scenarios counted by hand, and the mandate's tasks."""

from __future__ import annotations

import csv
import io
from datetime import date

from generator.model.quarters import Quarter
from generator.sites.internal.development import CSV_HEADER, development_page
from generator.status.development import development, tasks_covered
from generator.status.facts import facts_of
from tests.conftest import vocabularies

from .conftest import make_group, report

GRACE = 30
AS_OF = date(2026, 11, 24)
FOUR = Quarter(2026, 3).and_earlier(4)      # 2025-Q4 .. 2026-Q3


def followups(*days: str) -> list[dict]:
    return [{"date": day, "channel": "email"} for day in days]


def scenario() -> list:
    """Four groups, counted by hand in the tests below:
    A (Midt), always there, a confirmation in 2025: 2025-Q4 on time, 2026-Q1 late with 3 new members, 2026-Q2
      missing, 2026-Q3 on time; followed up in 2025-Q4, twice in 2026-Q1, in 2026-Q3.
    B (Nord), registered 2026-02-15, closed 2026-08-20, never reported; followed up in 2026-Q1.
    C (Midt), always there, no report and no confirmation ever: possibly inactive every quarter.
    D (Sør), registered 2026-10-05, in the quarter still running."""
    a = make_group("a", confirmed="2025-06-01", followups=followups("2025-11-01", "2026-02-10", "2026-02-20",
                                                                    "2026-08-01"),
                   reports=[report("2025-Q4", "2026-01-20", "stand", "group-meeting"),
                            {**report("2026-Q1", "2026-05-15", "reader-letter"), "recruited": 3},
                            report("2026-Q3", "2026-10-10", "lobbying", "letter-writing")])
    b = make_group("b", region="nord", registered="2026-02-15", followups=followups("2026-03-01"),
                   status="closed", closed={"date": "2026-08-20", "reason": "Sluttet"})
    c = make_group("c")
    d = make_group("d", region="sor", registered="2026-10-05")
    return [a, b, c, d]


def figures(region: str = "", quarters=FOUR, as_of: date = AS_OF, groups=None) -> dict:
    """Each figure of `region` ("" the whole country) as a list over `quarters`."""
    found = {d.region: d for d in development(scenario() if groups is None else groups, quarters, as_of,
                                              vocabularies(), GRACE)}
    shown = found[region].quarters
    assert [f.quarter for f in shown] == list(quarters)
    return {name: [getattr(f, name) for f in shown] for name in
            ("active", "new", "closed", "on_time", "late", "missing", "awaited", "contacted", "outward", "recruited",
             "possibly_inactive")}


def test_the_whole_country_quarter_by_quarter_as_counted_by_hand():
    assert figures() == {
        "active": [2, 3, 3, 2],            # A, C; B joins in Q1; B closed in Q3
        "new": [0, 1, 0, 0],
        "closed": [0, 0, 0, 1],
        "on_time": [1, 0, 0, 1],           # A's reports of 2025-Q4 and 2026-Q3
        "late": [0, 1, 0, 0],              # A's of 2026-Q1, sent after 30 April
        "missing": [1, 2, 3, 1],           # C always; B in Q1 and Q2; A in Q2; B closed before Q3 ended
        "awaited": [0, 0, 0, 0],
        "contacted": [1, 2, 0, 1],         # A's two follow-ups in Q1 count once
        "outward": [1, 1, 0, 2],           # a stand; a reader's letter; lobbying and a letter (a meeting is not)
        "recruited": [0, 3, 0, 0],
        "possibly_inactive": [1, 1, 1, 1],  # C; A confirmed in 2025, B is new
    }


def test_each_region_counts_its_own_groups_and_a_region_without_any_has_zeros():
    nord = figures("nord")
    assert nord["active"] == [0, 1, 1, 0] and nord["new"] == [0, 1, 0, 0] and nord["closed"] == [0, 0, 0, 1]
    assert nord["missing"] == [0, 1, 1, 0] and nord["contacted"] == [0, 1, 0, 0]
    midt = figures("midt")
    assert midt["active"] == [2, 2, 2, 2] and midt["missing"] == [1, 1, 2, 1] and midt["recruited"] == [0, 3, 0, 0]
    assert set(map(sum, figures("ost").values())) == {0}


def test_a_report_not_in_before_its_deadline_is_awaited_not_missing():
    earlier = figures(as_of=date(2026, 10, 15))    # 2026-Q3's reports are due 30 October
    assert earlier["awaited"] == [0, 0, 0, 1] and earlier["missing"] == [1, 2, 3, 0]   # C's; A's is in on time


def test_a_report_sent_after_the_day_was_still_missing_then():
    then = figures(quarters=FOUR[:2], as_of=date(2026, 5, 1))    # A's 2026-Q1 report came on 15 May
    assert then["late"] == [0, 0] and then["missing"] == [1, 3]


def test_the_running_quarter_counts_as_it_stands_on_the_day():
    running = figures(quarters=(Quarter(2026, 4),))
    assert running["active"] == [3] and running["new"] == [1]      # A, C and D
    assert running["awaited"] == [3] and running["missing"] == [0]   # none of their reports is due yet


def test_the_dashboard_trends_give_the_latest_value_and_the_change_since_the_quarter_before():
    reports, contacted = development_page(scenario(), [], AS_OF, vocabularies(), GRACE).trends
    assert reports.sentence == "1 av 2 for 2026-Q3, opp fra 0 av 3 for 2026-Q2"
    assert contacted.sentence == "0 av 3 hittil i 2026-Q4; 1 av 2 i 2026-Q3, opp fra 0 av 3 i 2026-Q2"
    assert 'aria-label="Kvartalsrapporter inn i tide per kvartal: ' in reports.sparkline
    assert "2026-Q2: 0, 2026-Q3: 1" in reports.sparkline


def test_utvikling_csv_has_a_row_per_region_and_quarter_in_norwegian_excel():
    text = development_page(scenario(), [], AS_OF, vocabularies(), GRACE).csv
    assert text.startswith("\ufeff") and "\r\n" in text
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    assert tuple(rows[0]) == CSV_HEADER
    assert len(rows) == 1 + 5 * 8 and {len(row) for row in rows} == {len(CSV_HEADER)}
    by_key = {(row[0], row[1]): dict(zip(CSV_HEADER, row)) for row in rows[1:]}
    midt_q1 = by_key["Midt", "2026-Q1"]
    assert (midt_q1["Aktive grupper"], midt_q1["Rapporter for sent"], midt_q1["Nye medlemmer vervet"]) == ("2", "1", "3")
    assert by_key["Nord", "2026-Q3"]["Nedlagte grupper"] == "1"


def test_the_tasks_a_group_covered_come_from_its_activities_in_the_quarters():
    vocab = vocabularies()
    a = facts_of(scenario()[0], AS_OF)
    # a stand, a meeting, a reader's letter, lobbying, a letter to the authorities: all but education
    assert tasks_covered(a, FOUR, vocab) == ("visibility", "influencing", "engagement", "representing", "informing",
                                              "recruiting")
    assert tasks_covered(a, FOUR[2:], vocab) == ("influencing", "representing")   # lobbying and the letter only


def test_new_members_in_a_report_count_as_recruiting_whatever_the_activities():
    group = make_group(reports=[{**report("2026-Q2", "2026-07-05", "reader-letter"), "recruited": 2}])
    assert tasks_covered(facts_of(group, AS_OF), FOUR, vocabularies()) == ("visibility", "informing", "recruiting")
    none = make_group(reports=[{**report("2026-Q2", "2026-07-05", "reader-letter"), "recruited": 0}])
    assert "recruiting" not in tasks_covered(facts_of(none, AS_OF), FOUR, vocabularies())
