"""§6.2 quarterly reports and §6.3 outward activity, at the boundaries of quarters and due dates."""

from __future__ import annotations

from datetime import date

from generator.checks.run import load_group_files
from generator.model.problems import Severity
from generator.status import StatusSettings
from generator.status.deadlines import missing_reports
from generator.status.facts import facts_of
from tests.conftest import ROOT

from .conftest import findings, make_group, report


EARLIER = [report("2025-Q3", "2025-10-10", "stand"), report("2025-Q4", "2026-01-10", "stand"),
           report("2026-Q1", "2026-04-10", "stand")]   # a group that reported every quarter before 2026-Q2
Q2 = report("2026-Q2", "2026-07-10", "stand")


def test_report_is_not_overdue_on_its_due_date():
    group = make_group(reports=[*EARLIER, Q2])
    assert findings(group, date(2026, 10, 30), "§6.2") == []


def test_report_is_overdue_the_day_after_its_due_date():
    group = make_group(reports=[*EARLIER, Q2])
    [finding] = findings(group, date(2026, 10, 31), "§6.2")
    assert finding.severity is Severity.WARNING
    assert finding.message == "Kvartalsrapporten for 2026-Q3 er på overtid: fristen var 30. oktober 2026."


def test_report_submitted_on_its_due_date_is_on_time():
    group = make_group(reports=[*EARLIER, Q2, report("2026-Q3", "2026-10-30", "stand")])
    assert findings(group, date(2026, 10, 30), "§6.2") == []
    assert findings(group, date(2026, 10, 31), "§6.2") == []


def test_report_submitted_after_the_day_was_still_missing_on_it():
    group = make_group(reports=[*EARLIER, Q2, report("2026-Q3", "2026-11-02", "stand")])
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
    group = make_group(registered="2023-07-03", reports=[report("2023-Q3", "2023-10-05", "stand")])
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


def test_reports_missing_for_two_of_the_last_four_due_quarters_are_a_finding_though_the_latest_came_in():
    group = make_group(reports=[report("2025-Q4", "2026-01-10", "stand"), report("2026-Q3", "2026-10-04", "stand")])
    [finding] = findings(group, date(2026, 11, 24), "§6.2")
    assert finding.severity is Severity.WARNING
    assert finding.message == ("Kvartalsrapportene for 2026-Q1 og 2026-Q2 mangler: gruppa har ikke rapportert for "
                               "2 av de 4 siste kvartalene med passert frist.")


def test_one_missing_report_of_the_last_four_is_no_finding_when_the_latest_came_in():
    group = make_group(reports=[report("2025-Q4", "2026-01-10", "stand"), report("2026-Q2", "2026-07-10", "stand"),
                                report("2026-Q3", "2026-10-04", "stand")])
    assert findings(group, date(2026, 11, 24), "§6.2") == []


def test_the_latest_overdue_report_and_earlier_missing_ones_are_one_finding():
    group = make_group(reports=[report("2025-Q4", "2026-01-10", "stand"), report("2026-Q1", "2026-04-10", "stand")])
    [finding] = findings(group, date(2026, 11, 24), "§6.2")
    assert finding.message == ("Kvartalsrapporten for 2026-Q3 er på overtid: fristen var 30. oktober 2026. Rapporten "
                               "for 2026-Q2 mangler også: gruppa har ikke rapportert for 2 av de 4 siste kvartalene "
                               "med passert frist.")


def test_reports_missing_before_the_last_four_due_quarters_are_no_pattern():
    group = make_group(reports=[report(q, "2026-10-04", "stand") for q in ("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3")])
    assert findings(group, date(2026, 11, 24), "§6.2") == []      # 2025-Q1 to 2025-Q3 are missing, but long ago


def test_quarters_before_the_group_registered_do_not_count_towards_the_pattern():
    new = make_group(registered="2026-05-04", reports=[report("2026-Q3", "2026-10-04", "stand")])
    assert findings(new, date(2026, 11, 24), "§6.2") == []        # owes 2026-Q2 and 2026-Q3, missed one
    silent = make_group(registered="2026-05-04", reports=[])
    [finding] = findings(silent, date(2026, 11, 24), "§6.2")
    assert finding.message.endswith("gruppa har ikke rapportert for 2 av de 2 kvartalene med passert frist siden "
                                    "gruppa ble registrert.")


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


def test_every_sample_group_missing_two_of_its_last_four_reports_has_a_finding_naming_them():
    as_of = date(2026, 11, 24)
    groups = load_group_files(sorted((ROOT / "groups").glob("*.yaml"))).groups
    patterns = {}
    for group in groups:
        missing = missing_reports(facts_of(group, as_of), as_of, StatusSettings().report_grace_days)
        if len(missing) >= 2 and group.data.get("status") == "active":
            [finding] = findings(group, as_of, "§6.2")
            assert all(str(quarter) in finding.message for quarter in missing), group.id
            patterns[group.id] = finding.message
    assert patterns == {"amnesty-nidaros": "Kvartalsrapportene for 2025-Q4, 2026-Q1 og 2026-Q2 mangler: gruppa har "
                                           "ikke rapportert for 3 av de 4 siste kvartalene med passert frist."}
