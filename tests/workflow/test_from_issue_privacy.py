"""`from-issue` guards every answer, dates and numbers too, and no reply repeats a value that may be personal."""

from __future__ import annotations

import pytest

from .issue_bodies import form_body, label

IDENTITY_NUMBER = "15076500050"      # valid check digits
PHONE = "912 34 567"
REPORT = {"group": "amnesty-nidaros", "quarter": "Dette kvartalet", "completed1_type": label("activity_types", "open-event"),
          "completed1_date": "2026-10-15", "completed1_title": "Fagkveld", "completed1_signatures": "35"}


@pytest.mark.parametrize("field, value", [("completed1_date", PHONE), ("completed1_signatures", IDENTITY_NUMBER),
                                          ("completed1_date", IDENTITY_NUMBER), ("quarter", PHONE)])
@pytest.mark.parametrize("output", ["text", "markdown"])
def test_a_personal_detail_in_a_date_or_number_answer_is_refused_without_being_repeated(grupper, project, field,
                                                                                         value, output):
    result = grupper("from-issue", "--format", output, stdin=form_body("kvartalsrapport", {**REPORT, field: value}))
    assert result.returncode == 1
    assert "svaret ser ut til å ha" in result.stdout
    assert value not in result.stdout + result.stderr
    assert "2026-Q4" not in (project / "groups" / "amnesty-nidaros.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("field, value", [("completed1_date", "2026-10-15 til 2026-10-17"),
                                          ("quarter", "2026-Q4 og 2027-Q1")])
def test_a_wrong_answer_with_more_digits_than_a_date_is_named_not_repeated(grupper, project, field, value):
    """However good the guard, a disguise it misses is never echoed by the reply about the wrong answer."""
    result = grupper("from-issue", stdin=form_body("kvartalsrapport", {**REPORT, field: value}))
    assert result.returncode == 1
    assert ": svaret er ikke " in result.stdout
    assert value not in result.stdout + result.stderr


def test_an_issue_title_holding_a_personal_detail_is_not_repeated(grupper, project):
    result = grupper("from-issue", "--format", "markdown", "--title", f"Rapport, ring {PHONE}",
                     stdin=form_body("kvartalsrapport", REPORT))
    assert result.returncode == 1
    assert "Tittelen på saken" in result.stdout and PHONE not in result.stdout + result.stderr
