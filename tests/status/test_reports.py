"""§6.2 quarterly reports and §6.3 outward activity, at the boundaries of quarters and due dates."""

from __future__ import annotations

from datetime import date

from generator.problems import Severity
from generator.status import StatusSettings

from .conftest import findings, make_group, report

Q2 = report("2026-Q2", "2026-07-10", "stand")


def test_report_is_not_overdue_on_its_due_date():
    group = make_group(reports=[Q2])
    assert findings(group, date(2026, 10, 30), "§6.2") == []


def test_report_is_overdue_the_day_after_its_due_date():
    group = make_group(reports=[Q2])
    [finding] = findings(group, date(2026, 10, 31), "§6.2")
    assert finding.severity is Severity.WARNING
    assert finding.message == "Kvartalsrapporten for 2026-Q3 er på overtid: fristen var 30. oktober 2026."


def test_report_submitted_on_its_due_date_is_on_time():
    group = make_group(reports=[Q2, report("2026-Q3", "2026-10-30", "stand")])
    assert findings(group, date(2026, 10, 30), "§6.2") == []
    assert findings(group, date(2026, 10, 31), "§6.2") == []


def test_report_submitted_after_the_day_was_still_missing_on_it():
    group = make_group(reports=[Q2, report("2026-Q3", "2026-11-02", "stand")])
    assert [f.rule for f in findings(group, date(2026, 11, 1), "§6.2")] == ["§6.2"]
    assert findings(group, date(2026, 11, 2), "§6.2") == []


def test_on_the_first_day_of_a_quarter_the_previous_quarter_is_still_within_its_grace_period():
    group = make_group(reports=[report("2026-Q1", "2026-04-02", "stand")])
    [finding] = findings(group, date(2026, 10, 1), "§6.2")
    assert "2026-Q2" in finding.message


def test_on_the_last_day_of_a_quarter_the_ended_quarter_before_it_is_checked():
    group = make_group(reports=[Q2])
    [finding] = findings(group, date(2026, 12, 31), "§6.2")
    assert "2026-Q3" in finding.message


def test_due_date_on_29_february_in_a_leap_year():
    group = make_group(reports=[report("2023-Q3", "2023-10-05", "stand")])
    sixty_days = StatusSettings(report_grace_days=60)
    assert findings(group, date(2024, 2, 29), "§6.2", settings=sixty_days) == []
    [finding] = findings(group, date(2024, 3, 1), "§6.2", settings=sixty_days)
    assert finding.message == "Kvartalsrapporten for 2023-Q4 er på overtid: fristen var 29. februar 2024."


def test_a_group_registered_mid_quarter_owes_that_quarters_report():
    group = make_group(registered="2026-08-15", reports=[])
    [finding] = findings(group, date(2026, 11, 24), "§6.2")
    assert "2026-Q3" in finding.message


def test_quarters_before_the_group_registered_are_not_owed():
    group = make_group(registered="2026-10-01", reports=[])
    assert findings(group, date(2026, 11, 24), "§6.2") == []


def test_no_outward_activity_in_the_last_two_reports_is_flagged():
    group = make_group(reports=[report("2026-Q1", "2026-04-02", "stand"),
                                report("2026-Q2", "2026-07-02", "group-meeting"),
                                report("2026-Q3", "2026-10-02", "training", "group-meeting")])
    [finding] = findings(group, date(2026, 11, 24), "§6.3")
    assert finding.severity is Severity.WARNING
    assert "(2026-Q2 og 2026-Q3)" in finding.message


def test_one_outward_activity_in_the_last_two_reports_is_enough():
    group = make_group(reports=[report("2026-Q2", "2026-07-02", "group-meeting", "reader-letter"),
                                report("2026-Q3", "2026-10-02", "group-meeting")])
    assert findings(group, date(2026, 11, 24), "§6.3") == []


def test_a_single_report_without_outward_activity_is_flagged():
    group = make_group(registered="2026-08-15", reports=[report("2026-Q3", "2026-10-02", "training")])
    assert [f.rule for f in findings(group, date(2026, 11, 24), "§6.3")] == ["§6.3"]


def test_outward_activity_is_not_judged_without_reports():
    assert findings(make_group(reports=[]), date(2026, 11, 24), "§6.3") == []
