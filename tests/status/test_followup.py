"""§7.1 quarterly follow-up, §7.2 contact with new groups, §7.5 welcome package, §6.5 meetings; visits, trainings."""

from __future__ import annotations

from datetime import date

from generator.model.problems import Severity
from generator.status.facts import facts_of

from .conftest import findings, make_group


def followups(*days: str) -> list[dict]:
    return [{"date": day, "channel": "email", "by": "Regionrådgiver Midt"} for day in days]


def test_a_followup_on_the_first_day_of_the_quarter_counts():
    group = make_group(followups=followups("2026-07-01", "2026-10-01"))
    assert findings(group, date(2026, 10, 1), "§7.1") == []


def test_no_followup_yet_in_the_running_quarter_is_information():
    group = make_group(followups=followups("2026-09-30"))
    [finding] = findings(group, date(2026, 12, 31), "§7.1")
    assert finding.severity is Severity.INFO
    assert finding.message == ("Ingen oppfølging fra sekretariatet ennå i 2026-Q4 (kvartalet slutter "
                               "31. desember 2026).")


def test_no_followup_in_the_last_ended_quarter_nor_this_one_is_a_warning():
    group = make_group(followups=followups("2026-06-30"))
    [finding] = findings(group, date(2026, 10, 1), "§7.1")
    assert finding.severity is Severity.WARNING
    assert "2026-Q3" in finding.message and "2026-Q4" in finding.message


def test_a_followup_dated_after_the_day_does_not_count_yet():
    group = make_group(followups=followups("2026-09-15", "2026-11-25"))
    assert [f.severity for f in findings(group, date(2026, 11, 24), "§7.1")] == [Severity.INFO]


def test_a_group_registered_this_quarter_was_not_owed_a_followup_last_quarter():
    group = make_group(registered="2026-10-02", followups=followups("2026-10-05"),
                       welcome_package_sent="2026-10-05")
    assert findings(group, date(2026, 11, 24), "§7.1") == []
    group = make_group(registered="2026-10-02", followups=[])
    assert [f.severity for f in findings(group, date(2026, 10, 3), "§7.1")] == [Severity.INFO]


def test_a_group_registered_at_the_end_of_last_quarter_is_given_the_contact_period_for_it():
    group = make_group(registered="2026-12-31", followups=[])
    assert [f.severity for f in findings(group, date(2027, 1, 1), "§7.1")] == [Severity.INFO]
    group = make_group(registered="2026-12-10", followups=[])
    assert [f.severity for f in findings(group, date(2027, 1, 1), "§7.1")] == [Severity.WARNING]


def test_a_new_group_is_given_the_contact_period_before_it_is_flagged():
    group = make_group(registered="2026-10-20", followups=[], welcome_package_sent=None)
    assert findings(group, date(2026, 11, 3), "§7.2") == []
    [finding] = findings(group, date(2026, 11, 4), "§7.2")
    assert finding.severity is Severity.WARNING
    assert finding.message == ("Gruppa ble registrert 20. oktober 2026 og er ikke kontaktet av sekretariatet "
                               "ennå.")


def test_contact_on_the_day_of_registration_counts_but_contact_before_it_does_not():
    on_the_day = make_group(registered="2026-10-20", followups=followups("2026-10-20"))
    assert findings(on_the_day, date(2026, 11, 24), "§7.2") == []
    before = make_group(registered="2026-10-20", followups=followups("2026-10-19"))
    assert [f.rule for f in findings(before, date(2026, 11, 24), "§7.2")] == ["§7.2"]


def test_welcome_package_missing_after_the_period_is_flagged():
    group = make_group(registered="2026-10-20", welcome_package_sent=None)
    assert findings(group, date(2026, 11, 19), "§7.5") == []
    [finding] = findings(group, date(2026, 11, 20), "§7.5")
    assert finding.message == "Velkomstpakken er ikke sendt (gruppa ble registrert 20. oktober 2026)."


def test_welcome_package_sent_after_the_day_was_still_missing_on_it():
    group = make_group(registered="2026-09-01", welcome_package_sent="2026-11-25")
    assert [f.rule for f in findings(group, date(2026, 11, 24), "§7.5")] == ["§7.5"]
    assert findings(group, date(2026, 11, 25), "§7.5") == []


def meetings(*days: str) -> list[dict]:
    return [{"date": day, "kind": "regional"} for day in days]


def test_a_meeting_exactly_twelve_months_ago_still_counts():
    group = make_group(meetings=meetings("2025-11-24"))
    assert findings(group, date(2026, 11, 24), "§6.5") == []
    [finding] = findings(group, date(2026, 11, 25), "§6.5")
    assert finding.message == ("Gruppa har ikke vært representert på regionmøte, nasjonalt møte eller opplæring "
                               "de siste 12 månedene. Sist: 24. november 2025.")


def test_a_training_counts_as_being_represented():
    group = make_group(meetings=[{"date": "2026-02-21", "kind": "training"}])
    assert findings(group, date(2026, 11, 24), "§6.5") == []


def test_twelve_months_before_29_february_is_28_february():
    group = make_group(meetings=meetings("2023-02-28"))
    assert findings(group, date(2024, 2, 29), "§6.5") == []
    assert [f.rule for f in findings(group, date(2024, 3, 1), "§6.5")] == ["§6.5"]


def test_a_group_younger_than_the_window_is_not_owed_a_meeting():
    group = make_group(registered="2026-01-10", meetings=[])
    assert findings(group, date(2026, 11, 24), "§6.5") == []


def test_visits_and_trainings_are_the_followups_by_visit_and_the_meetings_that_were_trainings():
    group = make_group(followups=followups("2026-11-01") + [{"date": "2026-06-02", "channel": "visit", "by": "Rådgiver"}],
                       meetings=[{"date": "2026-03-14", "kind": "regional"}, {"date": "2026-09-19", "kind": "training"}])
    facts = facts_of(group, date(2026, 11, 24))
    assert (facts.visits, facts.trainings) == ((date(2026, 6, 2),), (date(2026, 9, 19),))
