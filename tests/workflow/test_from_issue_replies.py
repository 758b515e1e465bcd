"""`grupper from-issue` answers in the form's own words: each problem names the field by the label the form shows
and says what to write there, never a line or a key of the group file; a valid form's reply says what becomes
public. The quarter is a choice counted from the issue's day, and a public activity needs a place."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest
import yaml

from generator.intake.answers import Answers
from generator.intake.form_words import FormWords
from generator.intake.issue_forms import PUBLIC_CALENDAR, forms
from generator.model.loading import read_group_file
from generator.model.schema import build_schema

from tests.conftest import ROOT, vocabularies
from .issue_bodies import VOCAB, form_body, label, registration_answers
from .test_from_issue import ÅS

FORMS = {form.key: form for form in forms(VOCAB)}
STAND = label("activity_types", "stand")


def _form_yaml(key: str) -> dict:
    return yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / f"{key}.yml").read_text(encoding="utf-8"))


def _places_in_form(key: str) -> set[str]:
    """What a reply may name as the place of a problem: a field's label as the form YAML shows it, the part of the
    form a label begins with («Planlagt aktivitet 2», «Offentlig informasjon»), or the form's name."""
    document = _form_yaml(key)
    labels = {element["attributes"]["label"] for element in document["body"] if element["type"] != "markdown"}
    return labels | {text.rsplit(": ", 1)[0] for text in labels} | {document["name"]}


def _report(**answers) -> dict:
    return {"group": "amnesty-nidaros", "quarter": "Dette kvartalet", **answers}


# Forms filled in wrong in every way a volunteer can, one problem or more each, across all four forms.
WRONG = {
    "local group without municipality": ("ny-gruppe", {**registration_answers(ÅS),
                                                       "category": label("categories", "local"), "municipality": None}),
    "misspelt municipality": ("ny-gruppe", {**registration_answers(ÅS), "municipality": "Malvk"}),
    "municipality in another region": ("ny-gruppe", {**registration_answers(ÅS), "municipality": "Tromsø"}),
    "student group without institution": ("ny-gruppe", {**registration_answers(ÅS), "institution": None}),
    "guidelines not endorsed": ("ny-gruppe", {**registration_answers(ÅS), "endorses": []}),
    "no priority area": ("ny-gruppe", {**registration_answers(ÅS), "priority_areas": []}),
    "website not a link": ("ny-gruppe", {**registration_answers(ÅS), "website": "vår side"}),
    "no way to reach the group": ("ny-gruppe", {**registration_answers(ÅS), "public_email": None,
                                                "public_phone": None, "instagram": None}),
    "a single member": ("medlemmer", {"group": "amnesty-nidaros", "contact_member_number": "100234"}),
    "one member holds every role": ("medlemmer", {"group": "amnesty-nidaros", "contact_member_number": "100234",
                                                  "members": "100871"}),
    "completed after the report": ("kvartalsrapport", _report(completed2_type=STAND, completed2_date="2026-12-20",
                                                              completed2_title="Stand")),
    "ends before it starts": ("kvartalsrapport", _report(planned2_type=STAND, planned2_date="2027-01-20",
                                                         planned2_title="Stand", planned2_time="20-18")),
    "activity without title": ("kvartalsrapport", _report(planned3_type=STAND, planned3_date="2027-01-20")),
    "public activity without place": ("kvartalsrapport", _report(planned2_type=STAND, planned2_date="2027-01-20",
                                                                 planned2_title="Stand",
                                                                 planned2_public=[PUBLIC_CALENDAR])),
    "quarter not a choice": ("kvartalsrapport", _report(quarter="2026-Q4")),
    "closed before registered": ("nedlegging", {"group": "amnesty-nidaros", "closed_date": "2000-11-20",
                                                "reason": "For få medlemmer.",
                                                "confirm": ["Gruppa er enig i at den legges ned."]}),
    "closure not confirmed": ("nedlegging", {"group": "amnesty-nidaros", "closed_date": "2026-11-20",
                                             "reason": "For få medlemmer."}),
}
_PLACE = re.compile(r"^skjema: (?:feil|advarsel): «(.+?)»: ", re.MULTILINE)


def _file_words() -> set[str]:
    """The group file's keys and vocabulary keys, which a volunteer who used the form never saw; less those that
    are Norwegian words too («region», «status», «type», «start», «stand», «student», «by»)."""
    keys: set[str] = set()

    def walk(schema):
        if isinstance(schema, dict):
            keys.update(schema.get("properties") or {})
            for value in schema.values():
                walk(value)
        elif isinstance(schema, list):
            for value in schema:
                walk(value)
    walk(build_schema(VOCAB))
    for vocabulary in ("categories", "regions", "roles", "activity_types", "priority_areas"):
        keys.update(getattr(VOCAB, vocabulary))
    return keys - {"region", "status", "type", "start", "stand", "student", "nord", "midt", "vest", "by"}


@pytest.mark.parametrize("case", WRONG)
def test_every_problem_names_a_field_the_form_shows_and_no_line_or_key_of_the_file(grupper, case):
    key, answers = WRONG[case]
    text = grupper("from-issue", "--form", key, stdin=form_body(key, answers))
    assert text.returncode in (0, 1) and text.stderr == ""
    places = _PLACE.findall(text.stdout)
    assert places, text.stdout
    assert set(places) <= _places_in_form(key), text.stdout
    reply = html.unescape(grupper("from-issue", "--form", key, "--format", "markdown", "--number", "3",
                                  stdin=form_body(key, answers)).stdout)
    assert not re.search(r"groups/[^`]*:[0-9]+|\bLinje\b|\blinje [0-9]+ i", reply), reply
    words = set(re.findall(r"[a-z_-]+", reply.split("Hva hver regel betyr")[0]))
    assert not words & _file_words(), (words & _file_words(), reply)


def test_every_place_a_reply_can_name_is_a_label_of_the_generated_form():
    """Static: every field and part of a form that a problem's place in the file can lead to, with every activity
    slot filled in, stands in the form YAML as the reply writes it; a renamed field fails here."""
    for key, form in FORMS.items():
        filled = {item.id: (["x"] if item.kind == "checkboxes" else "x") for item in form.fields}
        answers = Answers(form_body(key, filled), form, VOCAB)
        members = [{"member_number": str(100000 + n), "roles": []} for n in range(3)]
        reports = [{"quarter": "2026-Q3"}, {"quarter": "2026-Q4"}]
        words = FormWords(form, answers, {"members": members, "reports": reports})
        named = {place.label for place in words.asked.values()}
        assert named <= _places_in_form(key), named - _places_in_form(key)
        assert form.name == _form_yaml(key)["name"]


@pytest.mark.parametrize("issued, choice, quarter, held", [
    (date(2027, 1, 10), "Forrige kvartal", "2026-Q4", "2026-12-01"),
    (date(2027, 1, 10), "Dette kvartalet", "2027-Q1", "2027-01-05"),
    (date(2026, 11, 24), "Forrige kvartal", "2026-Q3", "2026-09-15")])    # the Q3 report again, sent 2026-10-04
def test_the_quarter_is_a_choice_counted_from_the_day_the_issue_was_sent(grupper, project, issued, choice, quarter,
                                                                         held):
    answers = _report(quarter=choice, completed1_type=STAND, completed1_date=held, completed1_title="Stand")
    result = grupper("from-issue", "--format", "markdown", stdin=form_body("kvartalsrapport", answers), as_of=issued)
    assert result.returncode == 0, result.stdout
    reports = read_group_file(project / "groups" / "amnesty-nidaros.yaml")[0].data["reports"]
    assert reports[-1]["quarter"] == quarter
    assert f"«Kvartal»: {choice} er " in result.stdout and f"({quarter})" in result.stdout


def test_a_public_activity_carries_its_place_into_the_file_and_onto_the_reply(grupper, project):
    answers = _report(planned2_type=STAND, planned2_date="2027-01-20", planned2_title="Stand for ytringsfrihet",
                      planned2_time="12:00-15:00", planned2_place="Torvet i Trondheim",
                      planned2_public=[PUBLIC_CALENDAR])
    result = grupper("from-issue", "--format", "markdown", stdin=form_body("kvartalsrapport", answers))
    assert result.returncode == 0, result.stdout
    [planned] = read_group_file(project / "groups" / "amnesty-nidaros.yaml")[0].data["reports"][-1]["planned"]
    assert planned["place"] == "Torvet i Trondheim" and planned["public"] is True
    assert "### Dette blir offentlig" in result.stdout
    assert ("**Ny i kalenderen:** 20. januar 2027, kl. 12.00–15.00: Stand for ytringsfrihet (Stand), Torvet i "
            "Trondheim") in html.unescape(result.stdout)


def test_a_public_activity_without_a_place_is_refused_by_the_place_field(grupper, project):
    before = (project / "groups" / "amnesty-nidaros.yaml").read_text(encoding="utf-8")
    key, answers = WRONG["public activity without place"]
    result = grupper("from-issue", stdin=form_body(key, answers))
    assert result.returncode == 1
    assert ("«Planlagt aktivitet 2: sted»: aktiviteten skal vises i den offentlige kalenderen, så skriv hvor den "
            "holdes") in result.stdout
    assert "ta bort krysset under «Planlagt aktivitet 2: offentlig»" in result.stdout
    assert (project / "groups" / "amnesty-nidaros.yaml").read_text(encoding="utf-8") == before


def test_an_activity_that_is_not_public_needs_no_place(grupper, project):
    answers = _report(planned1_type=STAND, planned1_date="2027-01-20", planned1_title="Planleggingsmøte")
    assert grupper("from-issue", stdin=form_body("kvartalsrapport", answers)).returncode == 0


@pytest.mark.parametrize("case, says", [
    ("municipality in another region",
     "«Region»: Tromsø ligger i Troms, som hører til region Nord, ikke Øst. Velg Nord under «Region», eller rett "
     "«Kommune»."),
    ("completed after the report", "«Gjennomført aktivitet 2: dato»: Aktiviteten er datert 20. desember 2026"),
    ("completed after the report", "rett datoen, eller skriv den som planlagt aktivitet i stedet."),
    ("ends before it starts", "«Planlagt aktivitet 2: klokkeslett»: Aktiviteten slutter kl. 18.00, men begynner "
                              "kl. 20.00: slutten må komme etter starten. Rett klokkeslettet"),
    ("activity without title", "«Planlagt aktivitet 3: tittel»: Svaret mangler. Fyll ut feltet."),
    ("guidelines not endorsed", "«Vedtekter, visjon og retningslinjer»: Svaret mangler. Kryss av for «Gruppa "
                                "slutter seg til"),
    ("no priority area", "«Prioriterte områder»: Kryss av for minst ett av valgene."),
    ("no way to reach the group", "«Offentlig informasjon»: Gruppa vises i gruppeoversikten, men den som vil bli "
                                  "med, kan ikke nå den: skjemaet har ingen e-post, telefon, nettside, Instagram "
                                  "eller Facebook for gruppa."),
    ("one member holds every role", "«Leder»: Medlem 100234 er den eneste med en rolle i gruppa."),
    ("quarter not a choice", "«Kvartal»: «2026-Q4» er ikke et av valgene. Velg «Forrige kvartal» eller «Dette "
                             "kvartalet»."),
])
def test_a_problem_says_what_to_write_in_the_field(grupper, case, says):
    key, answers = WRONG[case]
    result = grupper("from-issue", stdin=form_body(key, answers))
    assert says in result.stdout, result.stdout


def test_the_same_problem_from_two_fields_of_the_file_is_said_once(grupper):
    key, answers = WRONG["guidelines not endorsed"]
    result = grupper("from-issue", stdin=form_body(key, answers))
    assert result.stdout.count("«Vedtekter, visjon og retningslinjer»") == 1, result.stdout


def test_a_new_groups_reply_shows_what_becomes_public_and_not_the_members(grupper):
    result = grupper("from-issue", "--format", "markdown", stdin=form_body("ny-gruppe", registration_answers(ÅS)))
    assert result.returncode == 0, result.stdout
    shown = html.unescape(result.stdout)
    public = shown.split("### Dette blir offentlig")[1]
    for line in ("- **Navn:** Amnesty Ås og Ørsta", "- **Kategori:** Studentgruppe", "- **Kommune:** Ås",
                 "- **Region:** Øst", "- **E-post:** amnesty.as@example.org", "- **Instagram:** amnestyas",
                 "- **Prioriterte områder:** Kvinners rettigheter og Klima og menneskerettigheter",
                 "- **Studentrådet:** Gruppa deltar ikke i Studentrådet."):
        assert line in public, public
    assert "130001" not in shown and "Tema" not in public     # members and empty answers are not shown
    assert "Alt annet i skjemaet ser bare sekretariatet" in public


def test_a_closures_reply_says_the_group_leaves_the_public_directory(grupper):
    result = grupper("from-issue", "--format", "markdown", stdin=form_body("nedlegging", {
        "group": "amnesty-nidaros", "closed_date": "2026-11-20", "reason": "For få medlemmer.",
        "confirm": ["Gruppa er enig i at den legges ned."]}))
    assert result.returncode == 0, result.stdout
    assert "Gruppa tas ut av den offentlige gruppeoversikten." in result.stdout
