"""§2 criteria, §8.1 roles and §6.4 from the validator's rules; closed and not yet registered groups."""

from __future__ import annotations

from datetime import date

from generator.problems import Severity

from .conftest import findings, make_group, status_of

REGISTERED = frozenset({"100234", "100871"})
AS_OF = date(2026, 11, 24)


def rules(found) -> list[str]:
    return [f.rule for f in found]


def test_a_lapsed_contact_fails_the_criteria_and_makes_a_closure_candidate():
    found = findings(make_group(), AS_OF, members=frozenset({"100871"}))
    criteria = [f for f in found if f.severity is Severity.ERROR]
    assert rules(criteria) == ["§2.4", "§2.2", "§8.1", "§8.2"]     # the contact lost the role with the membership
    assert criteria[-1].message == ("Kandidat for nedleggelse: gruppa oppfyller ikke kriteriene for grupper "
                                    "(§2.2, §2.4).")
    [group] = status_of([make_group()], AS_OF, members=frozenset({"100871"})).groups
    assert group.is_closure_candidate


def test_without_a_membership_export_membership_is_not_judged():
    assert [f for f in findings(make_group(), AS_OF) if f.severity is Severity.ERROR] == []


def test_a_youth_member_outside_the_ages_is_an_error_but_no_closure_candidate():
    members = [{"name": "Mia", "member_number": "100234", "email": "mia@example.org", "roles": ["contact"],
                "birth_year": 2006},
               {"name": "Jo", "member_number": "100871", "roles": ["leader"], "birth_year": 2010}]
    found = findings(make_group(category="youth", members=members), AS_OF)
    assert rules(f for f in found if f.severity is Severity.ERROR) == ["§4.1"]


def test_a_group_of_one_member_gets_the_shared_responsibility_warning():
    one = [{"name": "Kari", "member_number": "100234", "email": "kari@example.org", "roles": ["contact"]}]
    assert [f.severity for f in findings(make_group(members=one), AS_OF, "§6.4")] == [Severity.WARNING]


def test_entries_dated_after_the_day_are_not_errors_in_a_past_status():
    group = make_group(followups=[{"date": "2026-11-20", "channel": "email", "by": "Rådgiver"}])
    assert [f for f in findings(group, date(2026, 11, 1)) if f.severity is Severity.ERROR] == []


def test_a_closed_group_is_kept_marked_closed_without_findings():
    group = make_group(status="closed", closed={"date": "2026-06-30", "reason": "Medlemmene flyttet."}, reports=[])
    [closed] = status_of([group], AS_OF, members=frozenset()).groups
    assert (closed.status, closed.findings) == ("closed", [])


def test_a_group_closed_after_the_day_was_still_active_on_it():
    group = make_group(status="closed", closed={"date": "2026-12-15", "reason": "Medlemmene flyttet."})
    [before] = status_of([group], AS_OF).groups
    assert before.status == "active"


def test_a_group_registered_after_the_day_did_not_exist_yet():
    assert status_of([make_group(registered="2026-11-25")], AS_OF).groups == []


def test_findings_come_most_urgent_first():
    group = make_group(registered="2026-10-20", followups=[], welcome_package_sent=None)
    severities = [f.severity for f in findings(group, AS_OF, members=frozenset({"100871"}))]
    assert severities == sorted(severities, key=[Severity.ERROR, Severity.WARNING, Severity.INFO].index)
