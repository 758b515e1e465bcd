"""Each guideline rule: the example passes, and one edit breaks exactly that rule at its line (and, where the
same edit must break another rule too, exactly those listed in ALSO)."""

from __future__ import annotations

import re

import pytest

from generator.model.problems import Severity

from .conftest import EXAMPLE, EXPORT, edited, export

ERROR, WARNING = Severity.ERROR, Severity.WARNING
NAME = "amnesty-nidaros.yaml"
CLOSURE_COMMENT = "# En nedlagt gruppe beholder fila si:"
IDENTITY_NUMBER = "01019010046"   # valid check digits, made up for the test
D_NUMBER = "41019000077"

CASES = {
    "endorsement missing (§2.1)": (
        edited("endorses_guidelines: 2024-09-01", "#"), "§2.1", ERROR, 7),
    "member without a membership number (§2.2)": (
        edited('  - member_number: "100871"\n    roles: [social-media]', "  - roles: [social-media]"), "§2.2",
        ERROR, 24),
    "member number written as a number (§2.2)": (
        edited('"100871"', "100871"), "§2.2", ERROR, 24),
    "two members share a membership number (§2.2)": (
        edited('"100871"', '"100234"'), "§2.2", ERROR, 24),
    "a member's name in the file (§2.2)": (
        edited('  - member_number: "100871"', '  - member_number: "100871"\n    name: Ola Hansen'), "§2.2", ERROR,
        25),
    "a member's e-mail in the file (§2.2)": (
        edited('  - member_number: "100871"', '  - member_number: "100871"\n    email: ola@example.org'), "§2.2",
        ERROR, 25),
    "a member's phone in the file (§2.2)": (
        edited('    roles: [contact, leader]', '    roles: [contact, leader]\n    phone: "+47 912 34 567"'), "§2.2",
        ERROR, 24),
    "a member's birth year in the file (§2.2)": (
        edited('    roles: []', '    roles: []\n    birth_year: 2009'), "§2.2", ERROR, 28),
    "unknown priority area (§2.3)": (
        edited("  - womens-rights", "  - womens-right"), "§2.3", ERROR, 15),
    "no priority area (§2.3)": (
        edited("priority_areas:            # ett eller flere av AiNs prioriterte områder (§2.3)\n"
               "  - freedom-of-expression\n  - womens-rights", "priority_areas: []"), "§2.3", ERROR, 13),
    "no member holds the contact role (§2.4)": (
        edited("roles: [contact, leader]", "roles: [leader]"), "§2.4", ERROR, 22),
    "group closed to new members (§2.5)": (
        edited("open_to_new_members: true ", "open_to_new_members: false"), "§2.5", ERROR, 17),
    "'no' is not a boolean (§2.5)": (
        edited("open_to_new_members: true ", "open_to_new_members: no "), "§2.5", ERROR, 17),
    "local group without municipality (§4.4)": (
        edited("municipality: Trondheim ", "#"), "§4.4", ERROR, 7),
    "student group without institution (§4.2)": (
        edited("category: local ", "category: student "), "§4.2", ERROR, 7),
    "theme group without theme (§4.3)": (
        edited("category: local ", "category: theme "), "§4.3", ERROR, 7),
    "student council on a local group (§4)": (
        edited("open_to_new_members: true ", "student_council: true\nopen_to_new_members: true "), "§4", ERROR, 17),
    "registration date not a real date (§6.1)": (
        edited("registered: 2024-09-03", "registered: 2024-02-30"), "§6.1", ERROR, 10),
    "registered in the future (§6.1)": (
        edited("registered: 2024-09-03", "registered: 2026-11-25"), "§6.1", ERROR, 10),
    "listed not a boolean (§6.1)": (
        edited("listed: true ", "listed: nei "), "§6.1", ERROR, 18),
    "a maintainer that is no GitHub user name (§6.1)": (
        edited("maintainers: [kari-nordmann]", "maintainers: [kari--nordmann]"), "§6.1", ERROR, 19),
    "one GitHub account twice, in two spellings (§6.1)": (
        edited("maintainers: [kari-nordmann]", "maintainers: [kari-nordmann, Kari-Nordmann]"), "§6.1", ERROR, 19),
    "confirmation date not a real date (§6.2)": (
        edited("registered: 2024-09-03", "registered: 2024-09-03\nconfirmed: 2026-02-30"), "§6.2", ERROR, 11),
    "confirmed in the future (§6.2)": (
        edited("registered: 2024-09-03", "registered: 2024-09-03\nconfirmed: 2026-11-25"), "§6.2", ERROR, 11),
    "quarter not written 2026-Q3 (§6.2)": (
        edited("quarter: 2026-Q3", "quarter: 2026-3"), "§6.2", ERROR, 42),
    "two reports for one quarter (§6.2)": (
        edited("\nfollowups:", "  - quarter: 2026-Q3\n    submitted: 2026-10-05\n\nfollowups:"), "§6.2", ERROR, 57),
    "report for a quarter not yet begun (§6.2)": (
        edited("quarter: 2026-Q3", "quarter: 2027-Q1"), "§6.2", ERROR, 42),
    "completed activity dated in the future (§6.2)": (
        edited("- date: 2026-09-25", "- date: 2026-12-25"), "§6.2", ERROR, 49),
    "completed activity outside its report's quarter (§6.2)": (
        edited("- date: 2026-09-12", "- date: 2026-02-28"), "§6.2", ERROR, 45),
    "planned activity before its report's quarter (§6.2)": (
        edited("- date: 2026-12-10", "- date: 2026-06-10"), "§6.2", ERROR, 53),
    "a quarter in year 0 (§6.2)": (
        edited("quarter: 2026-Q3", "quarter: 0000-Q1"), "§6.2", ERROR, 42),
    "a planned activity in year 9999 (§6.2)": (
        edited("- date: 2026-12-10", "- date: 9999-12-31"), "§6.2", ERROR, 53),
    "a member number with a trailing line break (§2.2)": (
        edited('"100871"', '"100871\\n"'), "§2.2", ERROR, 24),
    "a name of spaces only (§6.1)": (
        edited("name: Amnesty Nidaros", 'name: "  "'), "§6.1", ERROR, 7),
    "a name of an invisible character (§6.1)": (
        edited("name: Amnesty Nidaros", 'name: "\\u200b"'), "§6.1", ERROR, 7),
    "a name with a line break (§6.1)": (
        edited("name: Amnesty Nidaros", 'name: "Amnesty\\nNidaros"'), "§6.1", ERROR, 7),
    "a name with a right-to-left override (§6.1)": (
        edited("name: Amnesty Nidaros", 'name: "Amnesty \\u202eNidaros"'), "§6.1", ERROR, 7),
    "a planned activity that ends before it starts (§6.2)": (
        edited("title: Skriv for liv-kveld på Litteraturhuset",
               'title: Skriv for liv-kveld på Litteraturhuset\n        start: "18:00"\n        end: "17:30"'),
        "§6.2", ERROR, 57),
    "a planned activity that ends as it starts (§6.2)": (
        edited("title: Skriv for liv-kveld på Litteraturhuset",
               'title: Skriv for liv-kveld på Litteraturhuset\n        start: "18:00"\n        end: "18:00"'),
        "§6.2", ERROR, 57),
    "an end time without a start time (§6.2)": (
        edited("title: Skriv for liv-kveld på Litteraturhuset",
               'title: Skriv for liv-kveld på Litteraturhuset\n        end: "20:00"'), "§6.2", ERROR, 56),
    "a start time past 23:59 (§6.2)": (
        edited("title: Skriv for liv-kveld på Litteraturhuset",
               'title: Skriv for liv-kveld på Litteraturhuset\n        start: "24:00"'), "§6.2", ERROR, 56),
    "a start time written 18.00 (§6.2)": (
        edited("title: Skriv for liv-kveld på Litteraturhuset",
               'title: Skriv for liv-kveld på Litteraturhuset\n        start: "18.00"'), "§6.2", ERROR, 56),
    "unknown activity type (§6.3)": (
        edited("type: reader-letter", "type: leserinnlegg"), "§6.3", ERROR, 50),
    "single member (§6.4)": (
        edited('  - member_number: "100871"\n    roles: [social-media]\n'
               '  - member_number: "101552"\n    roles: []\n', ""), "§6.4", WARNING, 22),
    "one person holds every role (§6.4)": (
        edited("roles: [social-media]", "roles: []"), "§6.4", WARNING, 23),
    "follow-up by unknown channel (§7.1)": (
        edited("channel: email ", "channel: sms "), "§7.1", ERROR, 60),
    "closed group without date and reason (§6.1)": (
        edited("status: active ", "status: closed "), "§6.1", ERROR, 7),
    "active group with a closure record (§6.1)": (
        edited(CLOSURE_COMMENT, "closed:\n  date: 2026-06-30\n  reason: Lagt ned."), "§6.1", ERROR, 70),
    "a phone number in a follow-up note (§6.1)": (
        edited("avtalte besøk i november.", "ring Kari på 912 34 567."), "§6.1", ERROR, 62),
    "an e-mail address in an activity title (§6.1)": (
        edited("title: Leserinnlegg i Adresseavisen", "title: Leserinnlegg av kari@example.org"), "§6.1", ERROR, 51),
    "an identity number in the description (§6.1)": (
        edited("Nye medlemmer er alltid velkomne!", f"Kontakt {IDENTITY_NUMBER}."), "§6.1", ERROR, 32),
    "a group address shaped like a person's at a free mail provider (§6.1)": (
        edited("nidaros@example.org", "kari.nordmann@gmail.com"), "§6.1", WARNING, 35),
    "an e-mail address in the public meeting place (§6.1)": (
        edited("meets: Annenhver tirsdag", "meets: Skriv til kari@example.org, annenhver tirsdag"), "§6.1", ERROR, 39),
}

# What else the edit of a case breaks, by rule, severity and line: one mistake that is two problems.
ALSO = {
    "a member's e-mail in the file (§2.2)": [("§6.1", ERROR, 25)],               # a person's e-mail address
    "a member's phone in the file (§2.2)": [("§6.1", ERROR, 24)],                # a person's phone number
    "registered in the future (§6.1)": [("§6.2", ERROR, 42)],                    # a report from before that day
    "report for a quarter not yet begun (§6.2)": [("§6.2", ERROR, 43)],          # sent before its quarter began
    "a name of an invisible character (§6.1)": [("§6.1", ERROR, 7)],             # no letter or digit in the name
}


def test_the_example_group_passes_every_rule(check):
    assert check({NAME: EXAMPLE}) == []


@pytest.mark.parametrize("case", CASES)
def test_an_edit_breaks_exactly_its_rule_with_that_severity_at_that_line(check, case):
    text, rule, severity, line = CASES[case]
    problems = check({NAME: text})
    assert [(p.rule, p.severity, p.line) for p in problems] == [(rule, severity, line), *ALSO.get(case, [])], problems


def test_an_activity_dated_outside_its_reports_quarter_says_which_quarter_it_belongs_to(check):
    [completed] = check({NAME: CASES["completed activity outside its report's quarter (§6.2)"][0]})
    assert completed.message == ("Aktiviteten er datert 28. februar 2026, utenfor kvartalet rapporten gjelder "
                                 "(2026-Q3, 1. juli 2026–30. september 2026). En gjennomført aktivitet hører til "
                                 "rapporten for kvartalet den skjedde i: rett datoen, eller flytt aktiviteten til "
                                 "rapporten for 2026-Q1.")
    [planned] = check({NAME: CASES["planned activity before its report's quarter (§6.2)"][0]})
    assert planned.message.startswith("Aktiviteten er planlagt 10. juni 2026, før kvartalet rapporten gjelder "
                                      "(2026-Q3) begynte.")
    after_the_quarter = edited("- date: 2026-09-25", "- date: 2026-10-02")      # before the report was sent
    assert [(p.rule, p.line) for p in check({NAME: after_the_quarter})] == [("§6.2", 49)]
    in_the_quarter = edited("- date: 2026-12-10", "- date: 2026-09-30")          # planned: the quarter or later
    assert check({NAME: in_the_quarter}) == []


def test_a_planned_activity_may_give_a_start_and_an_end_time(check):
    timed = edited("title: Skriv for liv-kveld på Litteraturhuset",
                   'title: Skriv for liv-kveld på Litteraturhuset\n        start: "18:00"\n        end: "20:00"')
    assert check({NAME: timed}) == []
    unquoted = edited("title: Skriv for liv-kveld på Litteraturhuset",
                      "title: Skriv for liv-kveld på Litteraturhuset\n        start: 09:30\n        end: 23:59")
    assert check({NAME: unquoted}) == []


def test_time_messages_say_what_to_write_at_the_key_or_value(check):
    [backwards] = check({NAME: CASES["a planned activity that ends before it starts (§6.2)"][0]})
    assert backwards.message.startswith("Aktiviteten slutter kl. 17.30, men begynner kl. 18.00")
    [alone] = check({NAME: CASES["an end time without a start time (§6.2)"][0]})
    assert (alone.col, alone.message) == (9, "Feltet «end» (slutter) står uten «start» (starter). Legg til start, "
                                             "eller fjern end.")
    [late] = check({NAME: CASES["a start time past 23:59 (§6.2)"][0]})
    assert "Skriv klokkeslettet som TT:MM, fra 00:00 til 23:59" in late.message


def test_a_member_missing_from_the_export_is_one_problem_about_their_role(check):
    [problem] = check({NAME: EXAMPLE}, members=export(without=("100871",)))
    assert (problem.rule, problem.severity, problem.line) == ("§8.1", ERROR, 24)
    assert problem.message == ("Medlemsnummer 100871 finnes ikke i uttrekket fra medlemsregisteret, men har rollen "
                               "ansvarlig for sosiale medier. En rolle følger medlemskapet: gi rollen til et annet "
                               "medlem, eller rett nummeret.")


def test_a_member_without_a_role_missing_from_the_export_breaks_2_2_only(check):
    [problem] = check({NAME: EXAMPLE}, members=export(without=("101552",)))
    assert (problem.rule, problem.line) == ("§2.2", 26)
    assert problem.message.startswith("Medlemsnummer 101552 finnes ikke i uttrekket fra medlemsregisteret. Alle i "
                                      "gruppa må være medlemmer")


def test_a_contact_person_missing_from_the_export_is_one_error_saying_the_group_has_no_contact(check):
    [problem] = check({NAME: EXAMPLE}, members=export(without=("100234",)))
    assert (problem.rule, problem.severity, problem.line) == ("§2.4", ERROR, 22)
    assert problem.message.startswith("Medlemsnummer 100234 finnes ikke i uttrekket fra medlemsregisteret, men har "
                                      "rollene gruppekontakt og leder. Inntil et annet medlem tar rollen "
                                      "gruppekontakt, har gruppa ingen gruppekontakt")
    assert "lenger" not in problem.message        # the export cannot tell a lapsed membership from a wrong number


def test_two_contacts_one_missing_from_the_export_leave_the_group_a_contact(check):
    two_contacts = edited("roles: [social-media]", "roles: [contact]")
    reachable = EXPORT.replace("100871;Ola Hansen;;", "100871;Ola Hansen;ola@example.org;")
    [problem] = check({NAME: two_contacts}, members=export(reachable, without=("100234",)))
    assert (problem.rule, problem.line) == ("§8.1", 22)
    both = check({NAME: two_contacts}, members=export(without=("100234", "100871")))
    assert [(p.rule, p.line) for p in both] == [("§2.4", 22), ("§2.4", 24)]


def test_the_only_role_holder_missing_from_the_export_draws_no_shared_responsibility_warning(check):
    one_holder = edited("roles: [social-media]", "roles: []")
    assert [p.rule for p in check({NAME: one_holder})] == ["§6.4"]
    assert [p.rule for p in check({NAME: one_holder}, members=export(without=("100234",)))] == ["§2.4"]


def test_a_contact_person_without_e_mail_or_phone_in_the_register_cannot_be_reached(check):
    unreachable = EXPORT.replace("kari.nordmann@example.org;+47 912 34 567", ";")
    [problem] = check({NAME: EXAMPLE}, members=export(unreachable))
    assert (problem.rule, problem.severity, problem.line) == ("§2.4", ERROR, 22)
    assert "verken e-post eller telefon i medlemsregisteret" in problem.message


def test_without_a_register_export_membership_is_not_checked(check):
    assert check({NAME: EXAMPLE}, members=None) == []


def test_no_message_names_a_member_or_repeats_their_details(check):
    youth = edited("category: local ", "category: youth ")
    problems = check({NAME: edited("nidaros@example.org", "kari.nordmann@example.org", youth)},
                     members=export(without=("100871",)))
    assert problems and not [p for p in problems if any(word in p.message for word in
                                                         ("Kari", "Nordmann", "Ingrid", "1990", "1999"))]


@pytest.mark.parametrize("address", ["ola_hansen@hotmail.com", "Anne-Lise@Outlook.com", "siri.aasen@live.no",
                                     "kari.nordmann@online.no"])
def test_a_first_and_last_name_at_a_free_mail_provider_says_why_without_repeating_the_address(check, address):
    [problem] = check({NAME: edited("nidaros@example.org", address)})
    assert (problem.rule, problem.severity, problem.line) == ("§6.1", WARNING, 35)
    assert problem.message.startswith("E-postadressen under public ser ut som en persons: et fornavn og et etternavn "
                                      "hos en gratis e-posttjeneste.")
    names = re.split(r"[._-]", address.casefold().partition("@")[0])
    assert not any(name in problem.message.casefold() for name in names) and "@" not in problem.message


@pytest.mark.parametrize("address", ["amnesty.nidaros@gmail.com", "nidaros-gruppa@gmail.com", "trondheim.ai@gmail.com",
                                     "amnestynidaros@gmail.com", "kari.nordmann@example.org", "kari.m.nordmann@gmail.com",
                                     "k.nordmann@gmail.com"])
def test_a_group_shaped_address_or_one_at_an_own_domain_draws_no_warning(check, address):
    assert check({NAME: edited("nidaros@example.org", address)}) == []


def test_a_members_own_address_is_said_once_as_theirs(check):
    members = export(EXPORT.replace("kari.nordmann@example.org", "kari.nordmann@gmail.com"))
    [problem] = check({NAME: edited("nidaros@example.org", "Kari.Nordmann@gmail.com")}, members=members)
    assert problem.message.startswith("Dette er medlem 100234 sin egen e-postadresse.")


def test_group_names_clash_regardless_of_case_and_accents(check):
    first = edited("name: Amnesty Nidaros", "name: Amnesty Ås")
    second = edited("name: Amnesty Nidaros", "name: amnesty  as")
    problems = check({"amnesty-as.yaml": first, "amnesty-as-2.yaml": second})
    assert sorted((p.file, p.rule, p.line) for p in problems) == [
        ("amnesty-as-2.yaml", "§6.1", 7), ("amnesty-as.yaml", "§6.1", 7)]


def test_group_names_clash_when_one_is_written_with_look_alike_cyrillic_letters(check):
    latin = edited("name: Amnesty Nidaros", "name: Amnesty Oslo")
    cyrillic = edited("name: Amnesty Nidaros", "name: Аmnesty Оslо")     # А, О and о are Cyrillic
    problems = check({"amnesty-oslo.yaml": latin, "amnesty-oslo-2.yaml": cyrillic})
    assert sorted(p.file for p in problems) == ["amnesty-oslo-2.yaml", "amnesty-oslo.yaml"]


def test_every_problem_names_its_file_line_and_column(check):
    problems = check({NAME: edited("category: local ", "category: lokal ")})
    assert [(p.file, p.line, p.col) for p in problems] == [(NAME, 8, 11)]
    assert "Mente du «local»?" in problems[0].message


def test_a_misspelt_key_is_named_with_a_suggestion(check):
    problems = check({NAME: edited("municipality: Trondheim", "municpality: Trondheim")})
    unknown = [p for p in problems if "municpality" in p.message]
    assert unknown and unknown[0].line == 12 and unknown[0].col == 1
    assert "Mente du «municipality»?" in unknown[0].message


def test_problems_in_all_files_come_in_one_run_sorted_by_path_and_line(check):
    problems = check({
        "b-group.yaml": edited("region: midt", "region: middle").replace("Amnesty Nidaros", "Gruppe B"),
        "a-group.yaml": edited("channel: email ", "channel: sms ").replace("Amnesty Nidaros", "Gruppe A")
                                                                 .replace("region: midt", "region: x"),
    })
    assert [(p.file, p.line) for p in problems] == [("a-group.yaml", 11), ("a-group.yaml", 60), ("b-group.yaml", 11)]


YOUTH = edited("category: local ", "category: youth ")
YOUTH_EXPORT = EXPORT.replace(";1990", ";2010").replace(";1985", ";2011").replace(";1999", ";2012")
CLOSED_YOUTH = (YOUTH.replace("status: active ", "status: closed ")
                .replace("registered: 2024-09-03", "registered: 2015-09-03")
                .replace(CLOSURE_COMMENT, "closed:\n  date: 2019-06-30\n  reason: Medlemmene ble for gamle.")
                .replace(EXAMPLE[EXAMPLE.index("\nreports:") + 1:EXAMPLE.index("\nfollowups:") + 1], ""))


def test_youth_members_are_judged_by_their_birth_years_in_the_register(check):
    assert check({NAME: YOUTH}, members=export(YOUTH_EXPORT)) == []
    [too_old] = check({NAME: YOUTH}, members=export(YOUTH_EXPORT.replace(";2010", ";2006")))
    assert (too_old.rule, too_old.line, too_old.message) == ("§4.1", 22, "Medlem 100234 er over 19 år i 2026. "
                                                             "Ungdomsgrupper er for medlemmer fra 13 til 19 år.")


def test_a_youth_member_without_a_birth_year_in_the_register_is_a_warning(check):
    [problem] = check({NAME: YOUTH}, members=export(YOUTH_EXPORT.replace(";2011", ";")))
    assert (problem.rule, problem.severity, problem.line) == ("§4.1", WARNING, 24)


def test_without_the_register_a_youth_groups_ages_are_not_checked(check):
    assert check({NAME: YOUTH}) == []


def test_a_closed_groups_members_are_not_checked_against_the_register(check):
    assert check({NAME: CLOSED_YOUTH}, members=export(without=("100234", "100871"))) == []


@pytest.mark.parametrize("field, value", [("email", "kari.nordmann@example.org"), ("phone", '"912 34 567"')])
def test_a_members_own_contact_detail_as_the_groups_public_one_is_a_warning(check, field, value):
    text = edited("  email: nidaros@example.org", f"  {field}: {value}")
    [problem] = check({NAME: text}, members=export())
    assert (problem.rule, problem.severity, problem.line) == ("§6.1", WARNING, 35)
    assert "medlem 100234" in problem.message


def test_a_minors_own_e_mail_as_the_groups_public_one_is_an_error(check):
    text = edited("  email: nidaros@example.org", "  email: kari.nordmann@example.org", YOUTH)
    [problem] = check({NAME: text}, members=export(YOUTH_EXPORT))
    assert (problem.rule, problem.severity, problem.line) == ("§6.1", ERROR, 35)
    assert "under 18 år" in problem.message


@pytest.mark.parametrize("edit, rule", [
    (("roles: [contact, leader]", "roles: [leader]"), "§2.4"),                     # no contact person
    (("open_to_new_members: true", "open_to_new_members: false"), "§2.5"),         # closed to new members
])
def test_a_group_that_fails_the_criteria_can_still_be_closed(check, edit, rule):
    closing = edited(*edit, CLOSED_YOUTH)
    assert check({NAME: closing}) == []
    still_active = edited("status: closed ", "status: active ", closing).split("closed:\n")[0]
    assert rule in {p.rule for p in check({NAME: still_active}) if p.is_error}


def test_a_closed_group_may_drop_its_member_list_and_its_openness(check):
    members = CLOSED_YOUTH[CLOSED_YOUTH.index("\nmembers:") + 1:CLOSED_YOUTH.index("\npublic:") + 1]
    assert check({NAME: CLOSED_YOUTH.replace(members, "members: []\n\n")}) == []
    assert check({NAME: CLOSED_YOUTH.replace(members, "").replace("open_to_new_members: true", "")}) == []
    active = edited("status: closed ", "status: active ", CLOSED_YOUTH).split("closed:\n")[0]
    missing = check({NAME: active.replace(members, "").replace("open_to_new_members: true", "")})
    assert {p.rule for p in missing} == {"§2.5", "§6.1", "§2.4"}       # no members: no contact person either


@pytest.mark.parametrize("phone", ['"+47 912 34 567"', '"91234567"', '"+47-912-34-567"', '"0047 91234567"',
                                   '"912 34 567"', '"(+47) 912 34 567"'])
def test_common_ways_of_writing_a_phone_number_are_accepted(check, phone):
    assert check({NAME: edited("  website:", f"  phone: {phone}\n  website:")}) == []


@pytest.mark.parametrize("phone", ['"ring meg"', '"+47"', '"912 34 567 ext. 2"'])
def test_a_phone_field_without_a_phone_number_is_rejected(check, phone):
    assert [p.rule for p in check({NAME: edited("  website:", f"  phone: {phone}\n  website:")})] == ["§6.1"]


def test_an_invisible_character_does_not_make_a_name_different(check):
    problems = check({"amnesty-a.yaml": EXAMPLE, "amnesty-b.yaml": edited("name: Amnesty Nidaros",
                                                                          'name: "Amnesty\u200b Nidaros"')})
    clashes = [(p.file, p.rule) for p in problems if "for likt" in p.message]
    assert clashes == [("amnesty-a.yaml", "§6.1"), ("amnesty-b.yaml", "§6.1")]


def test_every_unknown_field_is_reported_at_its_own_key(check):
    problems = check({NAME: edited("name: Amnesty Nidaros", "name: Amnesty Nidaros\nnmae: x\nregoin: y")})
    assert [(p.line, p.message.split(".")[0]) for p in problems] == [(8, "Ukjent felt «nmae»"),
                                                                     (9, "Ukjent felt «regoin»")]


@pytest.mark.parametrize("value", ["true", "", "2024"])
def test_a_date_field_of_the_wrong_type_asks_for_a_date(check, value):
    [problem] = check({NAME: edited("endorses_guidelines: 2024-09-01", f"endorses_guidelines: {value}")})
    assert "skal være en dato skrevet ÅÅÅÅ-MM-DD" in problem.message and problem.rule == "§2.1"


@pytest.mark.parametrize("title", ['"A\\nB"', '"A\\u0007B"', '"A\\u2028B"', '"A\\u202eB"'])
def test_a_one_line_text_with_a_line_break_or_control_character_is_rejected(check, title):
    [problem] = check({NAME: edited("title: Stand på Torvet om ytringsfrihet", f"title: {title}")})
    assert (problem.rule, problem.message.split(" inneholder")[0]) == ("§6.1", "Teksten i «title»")


def test_a_free_text_field_may_hold_line_breaks_but_no_control_characters(check):
    note = "note: Mottok kvartalsrapport, avtalte besøk i november."
    assert check({NAME: edited(note, 'note: "Mottok rapporten.\\nAvtalte besøk."')}) == []
    [problem] = check({NAME: edited(note, 'note: "Mottok rapporten.\\u0007"')})
    assert problem.message.startswith("Teksten i «note» inneholder usynlige tegn")


def test_a_field_the_category_requires_is_named_with_its_label_when_missing(check):
    [problem] = check({NAME: edited("municipality: Trondheim ", "#")})
    assert problem.message.startswith("Feltet «municipality» (kommune) mangler her.")


def test_a_report_for_a_quarter_before_the_registration_is_an_error(check):
    [problem] = check({NAME: edited("quarter: 2026-Q3", "quarter: 2024-Q2")})
    assert problem.rule == "§6.2" and problem.message.startswith("Rapporten gjelder 2024-Q2, før gruppa ble registrert")


def test_a_closed_group_cannot_report_for_a_quarter_after_it_closed(check):
    closed = edited("status: active ", "status: closed ").replace(
        CLOSURE_COMMENT, "closed:\n  date: 2026-06-30\n  reason: Lagt ned.")
    [problem] = check({NAME: closed})
    assert (problem.rule, problem.line) == ("§6.1", 42)
    assert problem.message.startswith("Rapporten gjelder 2026-Q3, som begynte etter at gruppa ble lagt ned")


def test_a_report_sent_before_its_quarter_began_is_an_error(check):
    # one problem: the quarter or the date is wrong, so the activities' dates are not judged against them
    [problem] = check({NAME: edited("submitted: 2026-10-04", "submitted: 2026-06-04")})
    assert (problem.rule, problem.line) == ("§6.2", 43)
    assert problem.message.startswith("Rapporten for 2026-Q3 er sendt 4. juni 2026, før kvartalet begynte")


def test_an_activity_done_after_the_report_was_sent_is_an_error(check):
    [problem] = check({NAME: edited("date: 2026-09-25", "date: 2026-10-25")})
    assert (problem.rule, problem.line, problem.col) == ("§6.2", 49, 15)
    assert "etter at rapporten ble sendt (4. oktober 2026)" in problem.message


def test_a_group_cannot_close_before_it_was_registered(check):
    closed = edited("status: active ", "status: closed ").replace(
        CLOSURE_COMMENT, "closed:\n  date: 2020-01-01\n  reason: Lagt ned.")
    assert [p.rule for p in check({NAME: closed}) if "før den ble registrert" in p.message] == ["§6.1"]


@pytest.mark.parametrize("edit", [("arrangerer fagkvelder", "arrangerer\tfagkvelder"),
                                  ("meets: Annenhver tirsdag kl. 18 på Litteraturhuset",
                                   "meets: >\n    Annenhver tirsdag kl. 18\n    på Litteraturhuset"),
                                  ("title: Stand på Torvet om ytringsfrihet", "title: \"Stand\tpå Torvet\""),
                                  ("name: Amnesty Nidaros", "name: Amnesty Nidaros 🏳️‍🌈")])
def test_tabs_a_folded_line_and_emoji_are_plain_text(check, edit):
    assert check({NAME: edited(*edit)}) == []


@pytest.mark.parametrize("edit", [("name: Amnesty Nidaros", 'name: "Amnesty\\u200bNidaros"'),
                                  ("name: Amnesty Nidaros", 'name: "Amnesty\\nNidaros"'),
                                  ("municipality: Trondheim ", 'municipality: "Trond\\u200fheim" ')])
def test_a_zero_width_space_a_line_break_or_a_direction_mark_is_refused(check, edit):
    [problem] = check({NAME: edited(*edit)})
    assert problem.rule == "§6.1" and "usynlige tegn" in problem.message


@pytest.mark.parametrize("edit, advice, rule", [
    (("open_to_new_members: true", 'open_to_new_members: "true"'), "Fjern anførselstegnene: open_to_new_members: true",
     "§2.5"),
    (("name: Amnesty Nidaros", "name: Amnesty Nidaros\nfavourite_colour: blue"), "Ukjent felt «favourite_colour»",
     "§6.1"),
])
def test_advice_leads_to_a_valid_file_and_every_problem_has_a_rule(check, edit, advice, rule):
    [problem] = check({NAME: edited(*edit)})
    assert (advice in problem.message, problem.rule) == (True, rule)


def test_an_identity_number_is_never_repeated_in_a_message(check):
    problems = check({NAME: edited('"100871"', f'"{IDENTITY_NUMBER}x"').replace(
        "name: Amnesty Nidaros", f"name: Amnesty Nidaros\n{IDENTITY_NUMBER}: x")})
    assert len(problems) >= 2 and not [p for p in problems if IDENTITY_NUMBER in p.message]


def test_a_d_number_in_a_note_is_an_error(check):
    [problem] = check({NAME: edited("avtalte besøk i november.", f"D-nummer {D_NUMBER}.")})
    assert (problem.rule, problem.line) == ("§6.1", 62) and D_NUMBER not in problem.message


UNREACHABLE = edited("  email: nidaros@example.org        # gruppas egen adresse, ikke en persons\n"
                     "  website: https://example.org/amnesty-nidaros\n  instagram: amnestynidaros\n"
                     "  facebook: https://www.facebook.com/amnestynidaros\n", "")


def test_a_listed_group_nobody_can_reach_is_a_warning_at_its_public_block(check):
    [problem] = check({NAME: UNREACHABLE})
    assert (problem.rule, problem.severity, problem.line, problem.col) == ("§2.5", WARNING, 31, 1)
    assert ("den har verken e-post (email), telefon (phone), nettside (website), Instagram eller Facebook under "
            "public") in problem.message
    assert "kontakten til regionen eller sekretariatet" in problem.message


def test_a_group_without_a_public_block_is_warned_where_its_fields_begin(check):
    whole = UNREACHABLE.split("\npublic:\n")
    without_public = whole[0] + "\n" + whole[1].split("\n\n", 1)[1]
    [problem] = check({NAME: without_public})
    assert (problem.rule, problem.severity, problem.line) == ("§2.5", WARNING, 7)   # the file's first field


def test_any_one_route_reaches_a_group_and_unlisted_or_closed_groups_need_none(check):
    for route in ("  phone: \"+47 22 00 00 00\"\n", "  instagram: amnestynidaros\n",
                  "  website: https://example.org/nidaros\n", "  facebook: https://www.facebook.com/x\n"):
        assert check({NAME: UNREACHABLE.replace("  meets:", route + "  meets:")}) == [], route
    assert check({NAME: edited("listed: true ", "listed: false", UNREACHABLE)}) == []
    closed = edited("status: active ", "status: closed ", UNREACHABLE)
    assert "§2.5" not in [p.rule for p in check({NAME: closed})]
    blank = UNREACHABLE.replace("  meets:", "  email: '  '\n  meets:")
    assert "§2.5" in [p.rule for p in check({NAME: blank})]
