"""§2 criteria, §8.1 roles and §6.4 from the validator's rules; closed and not yet registered groups."""

from __future__ import annotations

from datetime import date

from generator.model.problems import Severity

from generator.model.membership import RegisteredMember
from generator.model.regions import RegionData
from generator.status.render import render_text
from tests.conftest import AS_OF, vocabularies

from .conftest import findings, make_group, export, status_of


def rules(found) -> list[str]:
    return [f.rule for f in found]


def test_a_lapsed_contact_fails_the_criteria_and_makes_a_closure_candidate():
    found = findings(make_group(), AS_OF, members=export("100871"))
    criteria = [f for f in found if f.severity is Severity.ERROR]
    assert rules(criteria) == ["§2.4", "§8.2"]     # one cause, one error: the group has no contact person
    assert criteria[-1].message == ("Kandidat for nedleggelse: gruppa oppfyller ikke kriteriene for grupper "
                                    "(§2.4).")
    [group] = status_of([make_group()], AS_OF, members=export("100871")).groups
    assert group.is_closure_candidate


def test_without_a_membership_export_membership_is_not_judged():
    assert [f for f in findings(make_group(), AS_OF) if f.severity is Severity.ERROR] == []


def test_a_youth_member_outside_the_ages_is_an_error_but_no_closure_candidate():
    youth = export(RegisteredMember("100234", email="mia@example.org", birth_year=2006),
                     RegisteredMember("100871", birth_year=2010))
    found = findings(make_group(category="youth"), AS_OF, members=youth)
    assert rules(f for f in found if f.severity is Severity.ERROR) == ["§4.1"]


def test_a_group_of_one_member_gets_the_shared_responsibility_warning():
    one = [{"member_number": "100234", "roles": ["contact"]}]
    assert [f.severity for f in findings(make_group(members=one), AS_OF, "§6.4")] == [Severity.WARNING]


def test_entries_dated_after_the_day_are_not_errors_in_a_past_status():
    group = make_group(followups=[{"date": "2026-11-20", "channel": "email", "by": "Rådgiver"}])
    assert [f for f in findings(group, date(2026, 11, 1)) if f.severity is Severity.ERROR] == []


def test_a_closed_group_is_kept_marked_closed_without_findings():
    group = make_group(status="closed", closed={"date": "2026-06-30", "reason": "Medlemmene flyttet."}, reports=[])
    [closed] = status_of([group], AS_OF, members=export("999999")).groups
    assert (closed.status, closed.findings) == ("closed", [])


def test_a_group_closed_after_the_day_was_still_active_on_it():
    group = make_group(status="closed", closed={"date": "2026-12-15", "reason": "Medlemmene flyttet."})
    [before] = status_of([group], AS_OF).groups
    assert before.status == "active"


def test_a_group_registered_after_the_day_did_not_exist_yet():
    assert status_of([make_group(registered="2026-11-25")], AS_OF).groups == []


def test_findings_come_most_urgent_first():
    group = make_group(registered="2026-10-20", followups=[], welcome_package_sent=None)
    severities = [f.severity for f in findings(group, AS_OF, members=export("100871"))]
    assert severities == sorted(severities, key=[Severity.ERROR, Severity.WARNING, Severity.INFO].index)


def test_an_unlisted_group_is_followed_up_as_usual_and_said_to_be_unlisted():
    report = status_of([make_group(listed=False, followups=[])], AS_OF)
    [group] = report.groups
    assert not group.listed and "§7.1" in rules(group.findings)
    assert "amnesty-provegruppa (Amnesty Prøvegruppa, skjult fra gruppeoversikten)" in render_text(
        report, RegionData(), vocabularies())
