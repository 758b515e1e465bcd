"""`grupper from-issue`: submitted issue forms become valid group files, or exit 1 with the problems."""

from __future__ import annotations

import html

import pytest
import yaml
from stdnum.no import fodselsnummer

from generator.intake.issue_forms import PUBLIC_CALENDAR, forms
from generator.model.loading import read_group_file
from generator.intake.member_lines import MemberLineError, parse_member_line
from generator.model.writing import MODELINE

from tests.conftest import AS_OF, ROOT, vocabularies
from .issue_bodies import form_body, label, member_answers, registration_answers

TODAY = AS_OF.isoformat()

ÅS = {
    "name": "Amnesty Ås og Ørsta", "category": "student", "status": "active", "registered": TODAY,
    "region": "ost", "municipality": "Ås", "institution": "Norges miljø- og biovitenskapelige universitet",
    "student_council": False, "priority_areas": ["womens-rights", "climate-and-human-rights"],
    "endorses_guidelines": TODAY, "open_to_new_members": True,
    "members": [
        {"member_number": "130001", "roles": ["contact", "leader"]},
        {"member_number": "130002", "roles": ["treasurer", "social-media"]},
        {"member_number": "130003", "roles": []},
    ],
    "public": {"description": "Vi er studenter på Ås som jobber for kvinners rettigheter.\nBli med!\n",
               "email": "amnesty.as@example.org", "phone": "+47 64 96 50 00",
               "instagram": "amnestyas", "meets": "Hver torsdag kl. 18 i Aud. Max"},
}


def _written(project, group_id: str) -> dict:
    return read_group_file(project / "groups" / f"{group_id}.yaml")[0].data


def test_registration_round_trips_to_the_same_group(grupper, grupper_process, project):
    # the real process: its exit code as a shell sees it
    result = grupper_process("from-issue", stdin=form_body("ny-gruppe", registration_answers(ÅS)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert _written(project, "amnesty-as-og-orsta") == ÅS
    assert (project / "groups" / "amnesty-as-og-orsta.yaml").read_text().startswith(MODELINE + "\n")
    assert grupper("validate", "groups/amnesty-as-og-orsta.yaml").returncode == 0


def test_the_written_file_is_clean_block_yaml(grupper, project):
    grupper("from-issue", stdin=form_body("ny-gruppe", registration_answers(ÅS)))
    text = (project / "groups" / "amnesty-as-og-orsta.yaml").read_text()
    assert f"registered: {TODAY}\n" in text
    assert 'member_number: "130001"' in text and 'phone: "+47 64 96 50 00"' in text
    assert "roles: [contact, leader]" in text
    assert text.index("name:") < text.index("category:") < text.index("members:") < text.index("public:")


def test_windows_line_breaks_spacing_bullets_and_a_pasted_signature_are_ignored(grupper, project):
    answers = registration_answers(ÅS)
    answers["name"] = "  Amnesty Ås   og Ørsta "
    answers["members"] = "- 130 002\n*   130003  \n\nMed vennlig hilsen\nÅse Ødegård\nGruppekontakt, Amnesty Ås"
    answers["meets"] += "\n\n-- \nSendt fra min iPhone"
    body = form_body("ny-gruppe", answers).replace("\n", "\r\n")
    result = grupper("from-issue", stdin=body)
    assert result.returncode == 0, result.stdout
    assert _written(project, "amnesty-as-og-orsta") == ÅS


def test_empty_optional_answers_are_left_out(grupper, project):
    group = {**ÅS, "category": "local", "members": ÅS["members"][:2]}
    del group["institution"], group["student_council"], group["public"]
    answers = registration_answers(group)
    result = grupper("from-issue", "--form", "ny-gruppe", stdin=form_body("ny-gruppe", answers))
    assert result.returncode == 0, result.stdout
    written = _written(project, "amnesty-as-og-orsta")
    assert "public" not in written and "institution" not in written and "theme" not in written
    assert written == group


def test_an_invalid_registration_writes_nothing_and_says_why(grupper, project):
    answers = {**registration_answers(ÅS), "category": label("categories", "local"), "municipality": None}
    result = grupper("from-issue", "--format", "markdown", "--number", "7", stdin=form_body("ny-gruppe", answers))
    assert result.returncode == 1
    assert not (project / "groups" / "amnesty-as-og-orsta.yaml").exists()
    shown = html.unescape(result.stdout)
    assert "sak #7" in shown and "[§4]" in shown and "Rediger saken" in shown
    assert "«Kommune»: Svaret mangler. Fyll ut feltet: Kommunens offisielle navn" in shown
    assert "feilmeldinger/#regel-4" in shown and "Linje" not in shown and "municipality" not in shown


def test_a_member_line_or_a_role_holding_a_name_is_refused_without_repeating_it(grupper, project):
    answers = {**registration_answers(ÅS), "members": "130002\nPål Ærø uten nummer",
               "role_leader": "Ukjent Person", "role_secretary": "130099"}
    result = grupper("from-issue", "--format", "markdown", stdin=form_body("ny-gruppe", answers))
    assert result.returncode == 1
    assert not (project / "groups" / "amnesty-as-og-orsta.yaml").exists()
    shown = html.unescape(result.stdout)
    assert "«Andre medlemmer»: linje 2: skriv bare medlemsnummeret" in shown
    assert "«Leder»: skriv bare medlemsnumre" in shown
    assert "«Sekretær»: medlemsnummer 130099 står ikke blant medlemmene" in shown
    assert "Pål" not in shown and "Ukjent" not in shown


def test_a_member_number_written_twice_is_one_member(grupper, project):
    answers = {**registration_answers(ÅS), "members": "130002\n130001\n130003\n130002"}
    result = grupper("from-issue", stdin=form_body("ny-gruppe", answers))
    assert result.returncode == 0, result.stdout
    assert _written(project, "amnesty-as-og-orsta")["members"] == ÅS["members"]


def test_a_problem_with_a_member_is_named_by_its_number_and_the_form_field(grupper, project):
    export = project / "medlemmer.csv"
    export.write_text("member_number;name\n130001;Åse Ødegård\n130003;Bjørg Lie\n", encoding="utf-8")
    result = grupper("from-issue", "--members", str(export), "--format", "markdown",
                     stdin=form_body("ny-gruppe", registration_answers(ÅS)))
    assert result.returncode == 1
    shown = html.unescape(result.stdout)
    assert "«Andre medlemmer»" in shown and "130002" in shown, shown
    assert "Åse" not in shown and "Bjørg" not in shown


def test_a_role_given_while_the_contact_has_no_number_is_a_form_error_not_a_crash(grupper, project):
    members = [{"member_number": "100234", "roles": ["contact"]}, {"member_number": "100871", "roles": ["leader"]}]
    answers = {"group": "amnesty-nidaros", **member_answers(members), "contact_member_number": None}
    result = grupper("from-issue", "--format", "markdown", stdin=form_body("medlemmer", answers))
    assert result.returncode == 1 and "intern feil" not in result.stderr
    assert "«Gruppekontaktens medlemsnummer»" in result.stdout


def test_answers_and_the_issue_title_are_shown_in_the_reply_as_written_without_markup(grupper, project):
    hostile = "@amnesty/sekretariatet <img src=https://evil.example/x.png> [logg inn](https://evil.example)"
    answers = {**registration_answers(ÅS), "region": hostile}
    result = grupper("from-issue", "--format", "markdown", "--title", hostile,
                     stdin=form_body("ny-gruppe", answers))
    assert result.returncode == 1
    assert "<img" not in result.stdout and "](https://evil" not in result.stdout and "@amnesty/" not in result.stdout
    assert hostile in html.unescape(result.stdout)


@pytest.mark.parametrize("part, named", [({"completed1_signatures": "50"}, "«Gjennomført aktivitet 1: dato»"),
                                         ({"planned1_public": [PUBLIC_CALENDAR]}, "«Planlagt aktivitet 1: sted»")])
def test_an_activity_answered_only_in_part_is_not_dropped_without_a_word(grupper, project, part, named):
    answers = {"group": "amnesty-nidaros", "quarter": "Dette kvartalet", **part}
    result = grupper("from-issue", "--format", "markdown", stdin=form_body("kvartalsrapport", answers))
    assert result.returncode == 1 and named in result.stdout


def test_a_yes_or_no_answer_must_be_one_of_the_two(grupper, project):
    answers = {**registration_answers(ÅS), "student_council": "Ja, vi deltar"}
    result = grupper("from-issue", stdin=form_body("ny-gruppe", answers))
    assert result.returncode == 1 and "«Ja, vi deltar» er ikke et av valgene (Ja eller Nei)" in result.stdout


def test_a_taken_name_is_refused(grupper, project):
    answers = {**registration_answers(ÅS), "name": "amnesty NIDAROS"}
    result = grupper("from-issue", stdin=form_body("ny-gruppe", answers))
    assert result.returncode == 1
    assert "finnes allerede (groups/amnesty-nidaros.yaml)" in result.stdout


def test_member_change_rewrites_only_the_members(grupper, project):
    path = project / "groups" / "amnesty-nidaros.yaml"
    before = path.read_text()
    members = [{"member_number": "101552", "roles": ["contact"]}, {"member_number": "101999", "roles": ["leader"]}]
    body = form_body("medlemmer", {"group": "Amnesty Nidaros", **member_answers(members)})
    result = grupper("from-issue", stdin=body)
    assert result.returncode == 0, result.stdout
    after = path.read_text()
    assert read_group_file(path)[0].data["members"] == members
    confirmation = f"confirmed: {TODAY}\n"      # the form, sent by the group, confirms its details that day
    assert after.split("\nmembers:")[0].replace(confirmation, "", 1) == before.split("\nmembers:")[0], \
        "comments above the members stay"
    assert after.split("\npublic:")[1] == before.split("\npublic:")[1]
    assert read_group_file(path)[0].data["confirmed"] == TODAY
    assert after.index("registered:") < after.index(confirmation) < after.index("region:")


def test_quarterly_report_is_appended(grupper, project):
    answers = {"group": "amnesty-nidaros", "quarter": "Dette kvartalet",
               "completed1_type": label("activity_types", "open-event"), "completed1_date": "2026-10-15",
               "completed1_title": "Fagkveld om ytringsfrihet på Litteraturhuset", "completed1_signatures": "35",
               "planned1_type": label("activity_types", "stand"), "planned1_date": "2027-01-20",
               "planned1_title": "Stand på Torvet", "planned1_place": "Torvet i Trondheim",
               "planned1_public": [PUBLIC_CALENDAR]}
    result = grupper("from-issue", stdin=form_body("kvartalsrapport", answers))
    assert result.returncode == 0, result.stdout
    reports = _written(project, "amnesty-nidaros")["reports"]
    assert [r["quarter"] for r in reports] == ["2026-Q3", "2026-Q4"]
    assert reports[-1] == {
        "quarter": "2026-Q4", "submitted": TODAY,
        "completed": [{"date": "2026-10-15", "type": "open-event",
                       "title": "Fagkveld om ytringsfrihet på Litteraturhuset", "signatures": 35}],
        "planned": [{"date": "2027-01-20", "type": "stand", "title": "Stand på Torvet", "place": "Torvet i Trondheim",
                     "public": True}]}
    assert _written(project, "amnesty-nidaros")["confirmed"] == TODAY     # the group's sign of life that day


def test_a_quarterly_report_carries_the_new_members_the_group_recruited(grupper, project):
    answers = {"group": "amnesty-nidaros", "quarter": "Forrige kvartal", "recruited": "4"}
    result = grupper("from-issue", stdin=form_body("kvartalsrapport", answers))
    assert result.returncode == 0, result.stdout
    assert _written(project, "amnesty-nidaros")["reports"][-1]["recruited"] == 4


def test_new_members_written_as_a_word_are_refused_under_the_field(grupper, project):
    answers = {"group": "amnesty-nidaros", "quarter": "Forrige kvartal", "recruited": "fire"}
    result = grupper("from-issue", stdin=form_body("kvartalsrapport", answers))
    assert result.returncode == 1 and "«Nye medlemmer»: «fire» er ikke et tall." in result.stdout, result.stdout


@pytest.mark.parametrize("written, start, end", [("18:00-20:00", "18:00", "20:00"), ("kl. 9.30 – 11", "09:30", "11:00"),
                                                  ("18.00 til 20.30", "18:00", "20:30"), ("19:00", "19:00", None)])
def test_a_planned_activity_gets_the_time_of_day_the_form_gives(grupper, project, written, start, end):
    answers = {"group": "amnesty-nidaros", "quarter": "Dette kvartalet",
               "planned1_type": label("activity_types", "open-event"), "planned1_date": "2027-01-20",
               "planned1_title": "Fagkveld", "planned1_time": written, "planned1_place": "Litteraturhuset",
               "planned1_public": [PUBLIC_CALENDAR]}
    result = grupper("from-issue", stdin=form_body("kvartalsrapport", answers))
    assert result.returncode == 0, result.stdout
    [planned] = _written(project, "amnesty-nidaros")["reports"][-1]["planned"]
    assert (planned.get("start"), planned.get("end")) == (start, end)
    text = (project / "groups" / "amnesty-nidaros.yaml").read_text()
    assert f'start: "{start}"' in text     # quoted: 18:00 is a number to YAML 1.1 readers


@pytest.mark.parametrize("written, says", [("kveld", "«kveld» er ikke et klokkeslett"),
                                           ("25:00", "«25:00» er ikke et klokkeslett"),
                                           ("20:00-18:00", "Aktiviteten slutter kl. 18.00, men begynner kl. 20.00")])
def test_a_time_of_day_the_form_cannot_use_is_refused_with_a_reason(grupper, project, written, says):
    answers = {"group": "amnesty-nidaros", "quarter": "Dette kvartalet", "planned1_type": label("activity_types", "stand"),
               "planned1_date": "2027-01-20", "planned1_title": "Stand", "planned1_time": written}
    result = grupper("from-issue", stdin=form_body("kvartalsrapport", answers))
    assert result.returncode == 1 and says in result.stdout, result.stdout


@pytest.mark.parametrize("layout", ["dashes at the key's column", "a list on one line"])
def test_a_report_is_added_however_the_file_writes_its_list_of_reports(grupper, project, layout):
    path = project / "groups" / "amnesty-nidaros.yaml"
    text = path.read_text()
    reports = text[text.index("\nreports:") + 1:text.index("\nfollowups:") + 1]
    written = (reports.replace("\n  ", "\n") if layout.startswith("dashes") else
               "reports: [{quarter: 2026-Q3, submitted: 2026-10-04}]\n\n")
    path.write_text(text.replace(reports, written))
    answers = {"group": "amnesty-nidaros", "quarter": "Dette kvartalet", "completed1_type": label("activity_types", "stand"),
               "completed1_date": "2026-10-15", "completed1_title": "Stand på Torvet"}
    result = grupper("from-issue", stdin=form_body("kvartalsrapport", answers))
    assert result.returncode == 0, result.stdout
    assert [r["quarter"] for r in _written(project, "amnesty-nidaros")["reports"]] == ["2026-Q3", "2026-Q4"]
    assert grupper("validate", str(path)).returncode == 0


def test_a_report_sent_again_replaces_the_first_and_keeps_the_day_it_was_sent(grupper, project):
    answers = {"group": "amnesty-nidaros", "quarter": "Forrige kvartal",
               "completed1_type": label("activity_types", "stand"), "completed1_date": "2026-08-20",
               "completed1_title": "Stand på Torvet"}
    first = next(r for r in _written(project, "amnesty-nidaros")["reports"] if r["quarter"] == "2026-Q3")
    assert grupper("from-issue", stdin=form_body("kvartalsrapport", answers)).returncode == 0
    [again] = [r for r in _written(project, "amnesty-nidaros")["reports"] if r["quarter"] == "2026-Q3"]
    assert again["submitted"] == first["submitted"] and again["completed"][0]["title"] == "Stand på Torvet"
    assert _written(project, "amnesty-nidaros")["confirmed"] == TODAY     # sending it again is a sign of life too


def test_a_form_is_not_refused_for_what_was_wrong_in_the_file_before_it(grupper, project):
    nidaros = project / "groups" / "amnesty-nidaros.yaml"
    nidaros.write_text(nidaros.read_text(encoding="utf-8").replace("welcome_package_sent: 2024-09-20",
                                                                  "welcome_package_sent: 2099-09-20"), encoding="utf-8")
    answers = {"group": "amnesty-nidaros", "closed_date": "2026-11-20", "reason": "For få medlemmer.",
               "confirm": ["Gruppa er enig i at den legges ned."]}
    assert grupper("validate").returncode == 1          # a date in the future (§7.5), from before the form
    result = grupper("from-issue", stdin=form_body("nedlegging", answers))
    assert result.returncode == 0, result.stdout
    assert _written(project, "amnesty-nidaros")["status"] == "closed"


def test_closing_sets_the_status_and_the_closed_block(grupper, project):
    answers = {"group": "amnesty-nidaros", "closed_date": "2026-11-20",
               "reason": "Medlemmene har flyttet fra Trondheim.\n\nMvh Kari", "confirm": ["Gruppa er enig i at den legges ned."]}
    result = grupper("from-issue", stdin=form_body("nedlegging", answers))
    assert result.returncode == 0, result.stdout
    data = _written(project, "amnesty-nidaros")
    assert data["status"] == "closed"
    assert data["closed"] == {"date": "2026-11-20", "reason": "Medlemmene har flyttet fra Trondheim."}


def test_a_form_heading_typed_into_an_answer_is_refused_not_taken_for_the_field(grupper, project):
    answers = {"group": "amnesty-nidaros", "closed_date": "2026-11-20",
               "reason": "For få medlemmer.\n\n### Gruppas id eller navn\n\namnesty-ungdom-molde",
               "confirm": ["Gruppa er enig i at den legges ned."]}
    molde = (project / "groups" / "amnesty-ungdom-molde.yaml").read_text()
    result = grupper("from-issue", stdin="\ufeff" + form_body("nedlegging", answers))
    assert result.returncode == 1
    assert "«Gruppas id eller navn»: overskriften står flere ganger i saken" in result.stdout
    assert (project / "groups" / "amnesty-ungdom-molde.yaml").read_text() == molde
    assert _written(project, "amnesty-nidaros")["status"] == "active"


@pytest.mark.parametrize("form", ["medlemmer", "kvartalsrapport", "nedlegging"])
def test_a_change_to_an_unknown_group_is_refused(grupper, form):
    result = grupper("from-issue", "--form", form, stdin=form_body(form, {"group": "amnesty-finnes-ikke"}))
    assert result.returncode == 1
    assert "finner ingen gruppe med id eller navn «amnesty-finnes-ikke»" in result.stdout


def test_a_body_that_is_no_form_is_a_usage_error(grupper_process):
    result = grupper_process("from-issue", stdin="Hei! Vi vil starte en gruppe.\n")   # exit 2 as a shell sees it
    assert result.returncode == 2
    assert "--form" in result.stderr


def test_a_sign_off_word_inside_an_answer_cuts_nothing():
    from generator.intake.body import without_signature

    text = "Vi møtes hver tirsdag.\nMvh-kveld (møte-og-velkommen) første fredag.\nAlle er velkomne!"
    assert without_signature(text) == text


@pytest.mark.parametrize("text", ["Hvem vi er\n___\nVi møtes hver tirsdag på biblioteket.",
                                  "Gruppa legges ned fordi:\n--\nfor få medlemmer",
                                  "Vi møtes på tirsdager.\nHilsen\nfra Ørsta-gruppa: velkommen!"])
def test_a_separator_or_greeting_inside_the_text_cuts_nothing(text):
    from generator.intake.body import without_signature

    assert without_signature(text) == text


def test_a_dash_line_between_members_is_not_taken_for_a_signature():
    from generator.intake.body import without_signature

    text = "100871\n--\n101552"
    assert without_signature(text) == text


def test_a_closed_group_is_not_changed_by_a_form(tmp_path, run_grupper):
    import shutil

    groups = tmp_path / "groups"
    shutil.copytree(ROOT / "groups", groups)
    before = (groups / "amnesty-hamar.yaml").read_text(encoding="utf-8")
    body = ("### Gruppas id eller navn\n\namnesty-hamar\n\n### Dato for nedleggelse\n\n2026-11-20\n\n"
            "### Årsak\n\nNy grunn\n\n### Bekreftelse\n\n- [X] Gruppa er enig i at den legges ned.\n")
    result = run_grupper("from-issue", "-", "--groups-dir", str(groups), stdin=body)
    assert result.returncode == 1 and "lagt ned" in result.stdout + result.stderr
    assert (groups / "amnesty-hamar.yaml").read_text(encoding="utf-8") == before


# python-stdnum's own documented example number, its check digits computed here: valid in form, no one's
_STEM = "151086950"
IDENTITY_NUMBER = _STEM + fodselsnummer.calc_check_digit1(_STEM)
IDENTITY_NUMBER += fodselsnummer.calc_check_digit2(IDENTITY_NUMBER)
PHONE = "901 23 456"
EMAIL = "aase.odegard@example.org"


def _refused(result, project, *details: str) -> str:
    """The reply, after checking that nothing was written and no detail is repeated."""
    assert result.returncode == 1, result.stdout + result.stderr
    assert sorted(p.name for p in (project / "groups").iterdir()) == [
        "amnesty-nidaros.yaml", "amnesty-studentgruppe-ntnu.yaml", "amnesty-ungdom-molde.yaml"]
    shown = html.unescape(result.stdout + result.stderr)
    for detail in details:
        assert detail not in shown and detail.replace(" ", "") not in shown.replace(" ", "")
    return shown


def test_the_identity_number_used_here_is_valid():
    assert fodselsnummer.is_valid(IDENTITY_NUMBER)


@pytest.mark.parametrize("output", ["text", "markdown"])
def test_a_phone_number_in_an_answer_is_refused_by_field_without_repeating_it(grupper, project, output):
    nidaros = (project / "groups" / "amnesty-nidaros.yaml").read_text()
    answers = {**registration_answers(ÅS), "meets": f"Hver torsdag. Ring Åse på {PHONE}"}
    result = grupper("from-issue", "--format", output, "--number", "9", stdin=form_body("ny-gruppe", answers))
    shown = _refused(result, project, PHONE)
    assert "«Offentlig informasjon: når og hvor gruppa møtes»: svaret ser ut til å ha et telefonnummer" in shown
    assert "Fjern det" in shown and "medlemsregisteret" in shown
    assert (project / "groups" / "amnesty-nidaros.yaml").read_text() == nidaros
    if output == "markdown":
        assert "sak #9" in shown and "Rediger saken" in shown and "Delete revision from history" in shown


@pytest.mark.parametrize(("form", "field_id", "answers"), [
    ("ny-gruppe", "description", registration_answers(ÅS)),
    ("medlemmer", "members", {"group": "amnesty-nidaros", "contact_member_number": "100234"}),
    ("kvartalsrapport", "completed1_title", {"group": "amnesty-nidaros", "quarter": "Dette kvartalet",
                                             "completed1_date": "2026-10-15"}),
    ("nedlegging", "reason", {"group": "amnesty-nidaros", "closed_date": "2026-11-20",
                              "confirm": ["Gruppa er enig i at den legges ned."]}),
])
@pytest.mark.parametrize("written", [IDENTITY_NUMBER, IDENTITY_NUMBER[:6] + " " + IDENTITY_NUMBER[6:]])
def test_an_identity_number_in_any_form_is_refused_without_repeating_it(grupper, project, form, field_id, answers,
                                                                        written):
    answers = {**answers, field_id: f"Kontakt: {written}"}
    result = grupper("from-issue", "--format", "markdown", stdin=form_body(form, answers))
    shown = _refused(result, project, IDENTITY_NUMBER, written)
    label_ = next(f.label for f in forms(vocabularies()) if f.key == form for f in [f.field(field_id)])
    assert f"«{label_}»: svaret ser ut til å ha et fødselsnummer, D-nummer eller H-nummer" in shown
    assert "Fjern nummeret" in shown


def test_an_email_address_among_the_other_members_is_refused_without_repeating_it(grupper, project):
    answers = {"group": "amnesty-nidaros", "contact_member_number": "100234", "members": f"100871\n{EMAIL}"}
    result = grupper("from-issue", stdin=form_body("medlemmer", answers))
    shown = _refused(result, project, EMAIL)
    assert "«Andre medlemmer»: svaret ser ut til å ha en e-postadresse. Fjern den, og skriv bare medlemsnumre" \
        in shown


def test_a_phone_number_in_a_role_field_is_refused_but_an_eight_digit_member_number_is_not(grupper, project):
    answers = {"group": "amnesty-nidaros", "contact_member_number": "40012345", "members": "90012345",
               "role_leader": "90012345"}
    assert grupper("from-issue", stdin=form_body("medlemmer", answers)).returncode == 0
    members = _written(project, "amnesty-nidaros")["members"]
    assert members == [{"member_number": "40012345", "roles": ["contact"]},
                       {"member_number": "90012345", "roles": ["leader"]}]
    answers["role_leader"] = "+47 900 12 345"
    shown = _refused(grupper("from-issue", stdin=form_body("medlemmer", answers)), project, "900 12 345")
    assert "«Leder»: svaret ser ut til å ha et telefonnummer" in shown


def test_a_pasted_signature_with_a_phone_number_is_refused_not_cut_away(grupper, project):
    answers = {**registration_answers(ÅS), "members": f"130002\n130003\n\nMvh\nÅse\nTlf. {PHONE}"}
    shown = _refused(grupper("from-issue", stdin=form_body("ny-gruppe", answers)), project, PHONE)
    assert "«Andre medlemmer»: svaret ser ut til å ha et telefonnummer" in shown


def test_a_detail_in_a_repeated_heading_or_above_the_first_field_is_found(grupper, project):
    body = form_body("ny-gruppe", registration_answers(ÅS))
    above = f"Hei! Ring meg på {PHONE}.\n\n" + body
    shown = _refused(grupper("from-issue", stdin=above), project, PHONE)
    assert "Teksten over det første spørsmålet: svaret ser ut til å ha et telefonnummer" in shown
    repeated = body.replace("### Tema\n", f"### Tema\n\n{EMAIL}\n\n### Tema\n", 1)
    shown = _refused(grupper("from-issue", stdin=repeated), project, EMAIL)
    assert "«Tema»: svaret ser ut til å ha en e-postadresse" in shown


def test_the_groups_own_email_and_phone_fields_take_only_the_groups_address_and_number(grupper, project):
    answers = {**registration_answers(ÅS), "public_email": f"amnesty.as@example.org (eller {PHONE})"}
    shown = _refused(grupper("from-issue", stdin=form_body("ny-gruppe", answers)), project, PHONE)
    assert "«Offentlig informasjon: gruppas e-post»: svaret har mer enn gruppas egen e-postadresse. " \
           "Skriv bare gruppas egen e-postadresse her" in shown
    answers = {**registration_answers(ÅS), "public_phone": EMAIL}
    shown = _refused(grupper("from-issue", stdin=form_body("ny-gruppe", answers)), project, EMAIL)
    assert "Skriv bare gruppas eget telefonnummer her" in shown


@pytest.mark.parametrize("output", ["text", "markdown"])
def test_a_detail_in_the_issue_title_is_refused_and_never_repeated(grupper, project, output):
    title = f"Ny gruppe: Amnesty Ås, ring {PHONE}"
    result = grupper("from-issue", "--format", output, "--number", "4", "--title", title,
                     stdin=form_body("ny-gruppe", registration_answers(ÅS)))
    shown = _refused(result, project, PHONE)
    assert "Tittelen på saken: den ser ut til å ha et telefonnummer. Rediger tittelen" in shown
    assert "Amnesty Ås, ring" not in shown


def test_a_member_line_is_a_membership_number_and_a_name_is_refused_without_repeating_it():
    assert parse_member_line("  - 100 871 ") == {"member_number": "100871"}
    assert parse_member_line("2. 100871") == {"member_number": "100871"}
    for line in ("Kari Nordmann", "Kari Nordmann; 100234", "100234; kari@example.org", "100234; 2009"):
        with pytest.raises(MemberLineError) as refused:
            parse_member_line(line)
        assert "skriv bare medlemsnummeret" in str(refused.value)
        assert not any(part in str(refused.value) for part in ("Kari", "kari@", "2009", "100234"))


def test_the_forms_ask_for_members_by_number_only():
    asked = set()
    for path in (ROOT / ".github" / "ISSUE_TEMPLATE").glob("*.yml"):
        if path.name == "config.yml":
            continue
        for element in yaml.safe_load(path.read_text())["body"]:
            if element["type"] != "markdown":
                asked.add((element["id"], element["attributes"]["label"].casefold()))
    for field_id, label_ in asked:
        assert not any(word in field_id for word in ("contact_", "name", "email", "phone", "birth")) or \
            field_id in ("name", "contact_member_number", "public_email", "public_phone"), field_id
        assert not any(word in label_ for word in ("fødselsår", "navn på", "kontaktens navn", "kontaktens e-post",
                                                   "kontaktens telefon")), label_
    assert ("members", "andre medlemmer") in asked and ("contact_member_number", "gruppekontaktens medlemsnummer") \
        in asked


def test_the_privacy_reminder_stands_at_the_top_of_each_form_and_again_only_in_free_descriptions():
    free_descriptions = {"description", "meets", "reason"}
    for form in forms(vocabularies()):
        document = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / f"{form.key}.yml").read_text())
        intro = document["body"][0]["attributes"]["value"]
        assert "aldri telefonnumre, e-postadresser eller fødselsnumre" in intro, form.key
        reminded = {element["id"] for element in document["body"][1:]
                    if "Ikke skriv telefonnummer, e-postadresse eller fødselsnummer." in
                    element["attributes"].get("description", "")}
        assert reminded == free_descriptions & {item.id for item in form.fields}, form.key
        assert yaml.safe_dump(document, allow_unicode=True).count("fødselsnum") <= 3, form.key
        for element in document["body"][1:]:
            if element["id"] in ("public_email", "public_phone"):
                assert "ikke en persons" in element["attributes"]["description"]


def test_the_member_forms_say_the_details_come_from_the_membership_register():
    for key in ("ny-gruppe", "medlemmer"):
        intro = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / f"{key}.yml").read_text())["body"][0]
        assert "medlemsregister" in intro["attributes"]["value"] and "oppdatert" in intro["attributes"]["value"]
