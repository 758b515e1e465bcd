"""`grupper from-issue`: submitted issue forms become valid group files, or exit 1 with the problems."""

from __future__ import annotations

import html

import pytest

from generator.loading import read_group_file
from generator.writing import MODELINE

from .conftest import AS_OF
from .issue_bodies import form_body, label, member_answers, registration_answers

TODAY = AS_OF.isoformat()

ÅS = {
    "name": "Amnesty Ås og Ørsta", "category": "student", "status": "active", "registered": TODAY,
    "region": "ost", "municipality": "Ås", "institution": "Norges miljø- og biovitenskapelige universitet",
    "student_council": False, "priority_areas": ["womens-rights", "climate-and-human-rights"],
    "endorses_guidelines": TODAY, "open_to_new_members": True,
    "members": [
        {"name": "Åse Ødegård", "member_number": "130001", "email": "aase@example.org",
         "phone": "+47 901 23 456", "roles": ["contact", "leader"]},
        {"name": "Pål Ærø", "member_number": "130002", "roles": ["treasurer", "social-media"]},
        {"name": "Bjørg Lie", "member_number": "130003", "email": "bjorg@example.org", "roles": []},
    ],
    "public": {"description": "Vi er studenter på Ås som jobber for kvinners rettigheter.\nBli med!\n",
               "instagram": "amnestyas", "meets": "Hver torsdag kl. 18 i Aud. Max"},
}


def _written(project, group_id: str) -> dict:
    return read_group_file(project / "groups" / f"{group_id}.yaml").data


def test_registration_round_trips_to_the_same_group(grupper, project):
    result = grupper("from-issue", stdin=form_body("ny-gruppe", registration_answers(ÅS)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert _written(project, "amnesty-as-og-orsta") == ÅS
    assert (project / "groups" / "amnesty-as-og-orsta.yaml").read_text().startswith(MODELINE + "\n")
    assert grupper("validate", "groups/amnesty-as-og-orsta.yaml").returncode == 0


def test_the_written_file_is_clean_block_yaml(grupper, project):
    grupper("from-issue", stdin=form_body("ny-gruppe", registration_answers(ÅS)))
    text = (project / "groups" / "amnesty-as-og-orsta.yaml").read_text()
    assert f"registered: {TODAY}\n" in text
    assert 'member_number: "130001"' in text and 'phone: "+47 901 23 456"' in text
    assert "roles: [contact, leader]" in text
    assert text.index("name:") < text.index("category:") < text.index("members:") < text.index("public:")


def test_windows_line_breaks_spacing_and_a_pasted_signature_are_ignored(grupper, project):
    answers = registration_answers(ÅS)
    answers["name"] = "  Amnesty Ås   og Ørsta "
    answers["members"] += ("\n\nMed vennlig hilsen\nÅse Ødegård\nGruppekontakt, Amnesty Ås\nTlf. 901 23 456")
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
    answers = {**registration_answers(ÅS), "category": label("categories", "local"), "municipality": None,
               "contact_email": None, "contact_phone": None}
    result = grupper("from-issue", "--format", "markdown", "--number", "7", stdin=form_body("ny-gruppe", answers))
    assert result.returncode == 1
    assert not (project / "groups" / "amnesty-as-og-orsta.yaml").exists()
    assert "sak #7" in result.stdout and "§2.4" in result.stdout and "Rediger saken" in result.stdout
    assert "Feltet «Kommune» mangler her" in result.stdout and "feilmeldinger/#regel-2-4" in result.stdout


def test_unreadable_answers_are_named_by_their_form_label(grupper, project):
    answers = {**registration_answers(ÅS), "members": "Pål Ærø uten nummer", "role_leader": "Ukjent Person"}
    result = grupper("from-issue", stdin=form_body("ny-gruppe", answers))
    assert result.returncode == 1
    assert "«Andre medlemmer»: «Pål Ærø uten nummer»" in result.stdout
    assert "«Leder»: finner ikke «Ukjent Person»" in result.stdout


def test_a_problem_with_a_member_is_named_by_the_member_and_the_form_field(grupper, project):
    answers = {**registration_answers(ÅS), "contact_name": "K" * 300, "role_leader": None,
               "members": "Pål Ærø; 130002\nBjørg Lie; 130002"}
    result = grupper("from-issue", "--format", "markdown", stdin=form_body("ny-gruppe", answers))
    assert result.returncode == 1
    shown = html.unescape(result.stdout)
    assert "Teksten i «Gruppekontaktens navn» er for lang" in shown
    assert "«Andre medlemmer», Bjørg Lie: Medlemsnummer 130002 står også på medlem nummer 2" in shown


def test_a_role_given_while_the_contact_has_no_name_is_a_form_error_not_a_crash(grupper, project):
    members = [{"name": "Kari Nordmann", "member_number": "100234", "email": "kari.nordmann@example.org",
                "roles": ["contact"]}, {"name": "Ola Hansen", "member_number": "100871", "roles": ["leader"]}]
    answers = {"group": "amnesty-nidaros", **member_answers(members), "contact_name": None}
    result = grupper("from-issue", "--format", "markdown", stdin=form_body("medlemmer", answers))
    assert result.returncode == 1 and "intern feil" not in result.stderr
    assert "«Gruppekontaktens navn»" in result.stdout


def test_answers_and_the_issue_title_are_shown_in_the_reply_as_written_without_markup(grupper, project):
    hostile = "@amnesty/sekretariatet <img src=https://evil.example/x.png> [logg inn](https://evil.example)"
    answers = {**registration_answers(ÅS), "region": hostile}
    result = grupper("from-issue", "--format", "markdown", "--title", hostile,
                     stdin=form_body("ny-gruppe", answers))
    assert result.returncode == 1
    assert "<img" not in result.stdout and "](https://evil" not in result.stdout and "@amnesty/" not in result.stdout
    assert hostile in html.unescape(result.stdout)


@pytest.mark.parametrize("part", [{"completed1_signatures": "50"},
                                  {"planned1_public": ["Vis aktiviteten i den offentlige kalenderen"]}])
def test_an_activity_answered_only_in_part_is_not_dropped_without_a_word(grupper, project, part):
    answers = {"group": "amnesty-nidaros", "quarter": "2026-Q4", **part}
    result = grupper("from-issue", "--format", "markdown", stdin=form_body("kvartalsrapport", answers))
    assert result.returncode == 1 and "mangler" in result.stdout


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
    members = [{"name": "Ingrid Berg", "member_number": "101552", "email": "ingrid.berg@example.org",
                "roles": ["contact"]},
               {"name": "Øystein Æsøy", "member_number": "101999", "roles": ["leader"]}]
    body = form_body("medlemmer", {"group": "Amnesty Nidaros", **member_answers(members)})
    result = grupper("from-issue", stdin=body)
    assert result.returncode == 0, result.stdout
    after = path.read_text()
    assert read_group_file(path).data["members"] == members
    assert after.split("\nmembers:")[0] == before.split("\nmembers:")[0], "comments above the members stay"
    assert after.split("\npublic:")[1] == before.split("\npublic:")[1]


def test_quarterly_report_is_appended(grupper, project):
    answers = {"group": "amnesty-nidaros", "quarter": "2026 q4",
               "completed1_type": label("activity_types", "open-event"), "completed1_date": "2026-10-15",
               "completed1_title": "Fagkveld om ytringsfrihet på Litteraturhuset", "completed1_signatures": "35",
               "planned1_type": label("activity_types", "stand"), "planned1_date": "2027-01-20",
               "planned1_title": "Stand på Torvet", "planned1_public": ["Vis aktiviteten i den offentlige kalenderen"]}
    result = grupper("from-issue", stdin=form_body("kvartalsrapport", answers))
    assert result.returncode == 0, result.stdout
    reports = _written(project, "amnesty-nidaros")["reports"]
    assert [r["quarter"] for r in reports] == ["2026-Q3", "2026-Q4"]
    assert reports[-1] == {
        "quarter": "2026-Q4", "submitted": TODAY,
        "completed": [{"date": "2026-10-15", "type": "open-event",
                       "title": "Fagkveld om ytringsfrihet på Litteraturhuset", "signatures": 35}],
        "planned": [{"date": "2027-01-20", "type": "stand", "title": "Stand på Torvet", "public": True}]}


@pytest.mark.parametrize("layout", ["dashes at the key's column", "a list on one line"])
def test_a_report_is_added_however_the_file_writes_its_list_of_reports(grupper, project, layout):
    path = project / "groups" / "amnesty-nidaros.yaml"
    text = path.read_text()
    reports = text[text.index("\nreports:") + 1:text.index("\nfollowups:") + 1]
    written = (reports.replace("\n  ", "\n") if layout.startswith("dashes") else
               "reports: [{quarter: 2026-Q3, submitted: 2026-10-04}]\n\n")
    path.write_text(text.replace(reports, written))
    answers = {"group": "amnesty-nidaros", "quarter": "2026-Q4", "completed1_type": label("activity_types", "stand"),
               "completed1_date": "2026-10-15", "completed1_title": "Stand på Torvet"}
    result = grupper("from-issue", stdin=form_body("kvartalsrapport", answers))
    assert result.returncode == 0, result.stdout
    assert [r["quarter"] for r in _written(project, "amnesty-nidaros")["reports"]] == ["2026-Q3", "2026-Q4"]
    assert grupper("validate", str(path)).returncode == 0


def test_a_report_sent_again_replaces_the_first_and_keeps_the_day_it_was_sent(grupper, project):
    answers = {"group": "amnesty-nidaros", "quarter": "2026-Q3",
               "completed1_type": label("activity_types", "stand"), "completed1_date": "2026-08-20",
               "completed1_title": "Stand på Torvet"}
    first = next(r for r in _written(project, "amnesty-nidaros")["reports"] if r["quarter"] == "2026-Q3")
    assert grupper("from-issue", stdin=form_body("kvartalsrapport", answers)).returncode == 0
    [again] = [r for r in _written(project, "amnesty-nidaros")["reports"] if r["quarter"] == "2026-Q3"]
    assert again["submitted"] == first["submitted"] and again["completed"][0]["title"] == "Stand på Torvet"


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


def test_a_body_that_is_no_form_is_a_usage_error(grupper):
    result = grupper("from-issue", stdin="Hei! Vi vil starte en gruppe.\n")
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

    text = "Ola Hansen; 100871\n--\nIngrid Berg; 101552"
    assert without_signature(text) == text


def test_a_closed_group_is_not_changed_by_a_form(tmp_path):
    import shutil
    import subprocess
    import sys

    from .conftest import ROOT

    groups = tmp_path / "groups"
    shutil.copytree(ROOT / "groups", groups)
    before = (groups / "amnesty-hamar.yaml").read_text(encoding="utf-8")
    body = ("### Gruppas id eller navn\n\namnesty-hamar\n\n### Dato for nedleggelse\n\n2026-11-20\n\n"
            "### Årsak\n\nNy grunn\n\n### Bekreftelse\n\n- [X] Gruppa er enig i at den legges ned.\n")
    result = subprocess.run([sys.executable, "-m", "generator", "from-issue", "-", "--groups-dir", str(groups)],
                            input=body, capture_output=True, text=True)
    assert result.returncode == 1 and "lagt ned" in result.stdout + result.stderr
    assert (groups / "amnesty-hamar.yaml").read_text(encoding="utf-8") == before
