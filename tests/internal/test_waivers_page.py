"""The internal site shows a group's waivers: on its page, each with its duty, days, reason and whether it holds;
the waived finding as information; on the dashboard, waived findings counted in a row of their own."""

from __future__ import annotations

from datetime import date

import pytest

from generator.views.internal_view import internal_group
from tests.conftest import vocabularies
from tests.status.conftest import make_group, status_of

from .conftest import page
from .test_internal_site import visible_text

REASON = "Elevene har eksamen og utveksling denne høsten; gruppa stiller på regionmøtet i mars 2027."


def test_the_sample_group_page_shows_its_waiver_and_the_waived_finding_as_information(internal_site):
    text = " ".join(visible_text(page(internal_site, "grupper/amnesty-ungdom-molde")).split())
    findings, waivers = text.split("Funn per 24. november 2026")[-1].split("Medlemmer")[0].split("Fritak Sekretariatet")
    assert f"påminnelse §6.5: Fritatt til og med 31. mars 2027 («{REASON}»). Uten fritaket:" in findings
    assert (f"§6.5 representert på regionmøte eller nasjonalt møte 16. oktober 2026 31. mars 2027 {REASON} gjelder"
            in waivers)


def test_the_dashboard_counts_waived_findings_apart_from_what_is_not_due_yet(internal_site):
    text = " ".join(visible_text(page(internal_site, "")).split())
    assert "Fritatt av sekretariatet §6.5 0 1 0 0 0" in text


@pytest.mark.parametrize("as_of, state", [(date(2026, 8, 31), "ikke begynt"), (date(2026, 9, 1), "gjelder"),
                                          (date(2027, 1, 15), "gjelder"), (date(2027, 1, 16), "gikk ut")])
def test_a_waiver_row_says_whether_it_holds_on_the_day(as_of, state):
    waiver = {"rule": "§6.3", "granted": "2026-09-01", "until": "2027-01-15", "reason": "Eksamen"}
    group = make_group(waivers=[waiver])
    [status] = status_of([group], as_of).groups
    [row] = internal_group(group, status, as_of, vocabularies(), None).waivers
    assert (row.rule, row.topic, row.reason, row.state) == ("§6.3", "utadrettet aktivitet", "Eksamen", state)
