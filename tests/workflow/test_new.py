"""`grupper new`: asks in Norwegian under a terminal, or takes flags; writes a valid file or refuses."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time

import pytest

from generator.intake.drafts import group_id_for
from generator.model.loading import read_group_file
from generator.model.writing import MODELINE

from generator.checks.run import GroupFiles
from generator.cli.asking import Asker
from generator.cli.new_questions import BY_ANSWER_KEY, BY_KEY, Registration
from tests.conftest import AS_OF, ROOT, context, load_groups
from tests.workflow.conftest import SAMPLE_GROUPS

FLAGS = ["--non-interactive", "--name", "Amnesty Ås", "--category", "local", "--region", "ost",
         "--municipality", "Ås", "--priority-area", "womens-rights", "--contact-number", "130001",
         "--member", "130002"]


class Terminal:
    """The CLI on a pseudo-terminal: wait for a question, type an answer."""

    def __init__(self, cwd, *args: str):
        self.fd, child = pty.openpty()
        self.process = subprocess.Popen([sys.executable, "-m", "generator", "new", "--as-of", AS_OF.isoformat(), *args],
                                        cwd=cwd, stdin=child, stdout=child, stderr=child, close_fds=True)
        os.close(child)
        self.seen = ""      # what it said since the last text expected
        self.said = ""      # all it said

    def expect(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            assert time.monotonic() < deadline, f"waited for {text!r}, saw:\n{self.seen}"
            if select.select([self.fd], [], [], 0.2)[0]:
                try:
                    new = os.read(self.fd, 4096).decode("utf-8", "replace")
                    self.seen, self.said = self.seen + new, self.said + new
                except OSError:
                    break
        self.seen = self.seen[self.seen.index(text) + len(text):]

    def answer(self, question: str, reply: str) -> None:
        self.expect(question)
        os.write(self.fd, (reply + "\n").encode("utf-8"))

    def finish(self) -> int:
        code = self.process.wait(timeout=60)
        while select.select([self.fd], [], [], 0.1)[0]:
            try:
                self.said += os.read(self.fd, 4096).decode("utf-8", "replace")
            except OSError:
                break
        os.close(self.fd)
        return code


def test_new_asks_in_norwegian_and_writes_a_valid_file(project, grupper):
    terminal = Terminal(project)
    terminal.answer("Gruppas navn", "Amnesty Nidaros")
    terminal.expect("Navnet «Amnesty Nidaros» er for likt navnet på en annen gruppe (groups/amnesty-nidaros.yaml)")
    terminal.answer("Gruppas navn", "Amnesty Ås")
    terminal.answer("Skriv nummeret eller navnet", "9")
    terminal.answer("«9» er ikke et av numrene 1-4.", "lokalgruppe")
    terminal.answer("Kommune", "Ås")
    terminal.expect("Region: Øst (ut fra kommunen).")
    terminal.answer("Skriv ett eller flere numre eller navn", "Kvinners rettigheter, 7")
    terminal.expect("navn og kontaktinformasjon henter sekretariatet fra medlemsregisteret")
    terminal.answer("Gruppekontaktens medlemsnummer", "Åse Ødegård")
    terminal.expect("Skriv bare medlemsnummeret")
    terminal.answer("Gruppekontaktens medlemsnummer", "130001")
    terminal.answer("Medlemsnummer", "aase@example.org")
    terminal.expect("Andre medlemmer: Svaret ser ut til å ha en e-postadresse")
    terminal.answer("Medlemsnummer", "130002")
    terminal.answer("Medlemsnummer", "")
    terminal.answer("Leder", "130002")
    terminal.answer("Sekretær", "")
    terminal.answer("Kasserer", "")
    terminal.answer("Ansvarlig for sosiale medier", "")
    terminal.expect("vises for alle i gruppeoversikten")
    terminal.answer("Kort om gruppa", "Vi skriver brev for fanger.")
    terminal.answer("Gruppas egen e-postadresse", "ikke en adresse")
    terminal.expect("er ikke på riktig form")
    terminal.answer("Gruppas egen e-postadresse", "amnesty-as@example.org")
    terminal.answer("Hvor og når gruppa møtes", "")
    terminal.answer("retningslinjer (§2.1) [2026-11-24]", "2026-11-20")
    terminal.answer("registreringen kom inn [2026-11-24]", "")
    assert terminal.finish() == 0, terminal.seen
    assert "aase@" not in terminal.seen and "Åse" not in terminal.seen.split("Ødegård")[-1]
    path = project / "groups" / "amnesty-as.yaml"
    assert path.read_text().startswith(MODELINE + "\n")
    data = read_group_file(path)[0].data
    assert data["category"] == "local" and data["region"] == "ost"
    assert data["priority_areas"] == ["womens-rights", "climate-and-human-rights"]
    assert data["endorses_guidelines"] == "2026-11-20" and data["registered"] == "2026-11-24"
    assert data["members"] == [{"member_number": "130001", "roles": ["contact"]},
                               {"member_number": "130002", "roles": ["leader"]}]
    assert data["public"] == {"description": "Vi skriver brev for fanger.", "email": "amnesty-as@example.org"}
    assert grupper("validate", "groups/amnesty-as.yaml").returncode == 0


def _answer_the_rest(terminal: Terminal) -> None:
    """The questions after the municipality and the region, answered as few as may be."""
    terminal.answer("Skriv ett eller flere numre eller navn", "kvinner")
    terminal.answer("Gruppekontaktens medlemsnummer", "130001")
    terminal.answer("Medlemsnummer", "130002")
    terminal.answer("Medlemsnummer", "")
    for role in ("Leder", "Sekretær", "Kasserer", "Ansvarlig for sosiale medier", "Kort om gruppa"):
        terminal.answer(role, "")
    terminal.answer("Gruppas egen e-postadresse", "post@example.org")
    for question in ("Hvor og når gruppa møtes", "retningslinjer (§2.1)", "registreringen kom inn"):
        terminal.answer(question, "")


LOCATED = re.compile(r"\.yaml:\d|:\d+:\d+|[Ll]inje \d")     # a place in a file: never in what `new` says


def test_new_keeps_every_answer_past_a_misspelt_municipality_and_a_wrong_region(project, grupper):
    terminal = Terminal(project, "--region", "nord")
    terminal.answer("Gruppas navn", "Amnesty Hommelvik")
    terminal.answer("Skriv nummeret eller navnet", "lokal")
    terminal.answer("Kommune", "Malvk")
    terminal.expect("Kommune: Ukjent kommune «Malvk». Mente du «Malvik»")
    terminal.answer("Kommune", "Malvik")
    terminal.expect("Region: Malvik ligger i Trøndelag, som hører til region Midt, ikke Nord.")
    terminal.answer("Skriv nummeret eller navnet", "Midt")
    _answer_the_rest(terminal)
    assert terminal.finish() == 0, terminal.said
    assert "Skrev groups/amnesty-hommelvik.yaml" in terminal.said
    assert not LOCATED.search(terminal.said) and "municipality" not in terminal.said
    data = read_group_file(project / "groups" / "amnesty-hommelvik.yaml")[0].data
    assert (data["name"], data["municipality"], data["region"]) == ("Amnesty Hommelvik", "Malvik", "midt")
    assert grupper("validate", "groups/amnesty-hommelvik.yaml").returncode == 0


def test_new_asks_for_the_county_only_for_a_name_two_municipalities_have(project, grupper):
    terminal = Terminal(project)
    terminal.answer("Gruppas navn", "Amnesty Våler")
    terminal.answer("Skriv nummeret eller navnet", "lokal")
    terminal.answer("Kommune", "Våler")
    terminal.expect("To kommuner har dette navnet")
    terminal.answer("Skriv nummeret eller navnet", "Østfold")
    terminal.expect("Region: Øst (ut fra kommunen).")
    _answer_the_rest(terminal)
    assert terminal.finish() == 0, terminal.said
    data = read_group_file(project / "groups" / "amnesty-valer.yaml")[0].data
    assert (data["municipality"], data["region"]) == ("Våler (Østfold)", "ost")
    assert grupper("validate", "groups/amnesty-valer.yaml").returncode == 0
    assert "Fylke" not in grupper("new", *FLAGS, "--municipality", "Herøy", "--region", "nord", "--id",
                                  "amnesty-heroy").stderr
    missing = grupper("new", *FLAGS, "--municipality", "Herøy", "--id", "amnesty-heroy-2")
    assert missing.returncode == 1 and "«Fylke» (--county)" in missing.stderr


def test_ctrl_c_says_that_nothing_was_written(project):
    terminal = Terminal(project)
    terminal.answer("Gruppas navn", "Amnesty Ås")
    terminal.expect("Skriv nummeret eller navnet")
    time.sleep(0.5)     # in the read, not just before it: a signal there would wait for the line
    terminal.process.send_signal(signal.SIGINT)
    terminal.expect("Avbrutt. Ingen fil er skrevet.")
    assert terminal.finish() == 1
    assert "Traceback" not in terminal.said
    assert sorted(p.name for p in (project / "groups").iterdir()) == sorted(SAMPLE_GROUPS)


def test_the_end_of_the_answers_says_that_nothing_was_written(project):
    terminal = Terminal(project)
    terminal.answer("Gruppas navn", "Amnesty Ås")
    terminal.expect("Skriv nummeret eller navnet")
    os.write(terminal.fd, b"\x04")          # Ctrl-D
    terminal.expect("Ingen fil er skrevet.")
    assert terminal.finish() == 1
    assert "Traceback" not in terminal.said
    assert sorted(p.name for p in (project / "groups").iterdir()) == sorted(SAMPLE_GROUPS)


ANSWERS = {"name": "Amnesty Ås", "category": "Lokalgruppe", "municipality": "Ås",
           "priority-area": ["Kvinners rettigheter"], "contact-number": 130001, "member": [130002],
           "role": ["leder=130002"], "group-email": "as@example.org"}


def test_answers_piped_in_make_the_file(project, grupper):
    piped = "".join(f"{key}: {value}\n" for key, value in ANSWERS.items())
    result = grupper("new", stdin=piped)
    assert result.returncode == 0, result.stderr
    data = read_group_file(project / "groups" / "amnesty-as.yaml")[0].data
    assert (data["category"], data["region"], data["municipality"]) == ("local", "ost", "Ås")
    assert data["members"] == [{"member_number": "130001", "roles": ["contact"]},
                               {"member_number": "130002", "roles": ["leader"]}]
    assert grupper("validate", "groups/amnesty-as.yaml").returncode == 0


def test_an_answers_file_makes_the_file_and_flags_go_before_it(project, grupper):
    (project / "svar.json").write_text(json.dumps(ANSWERS), encoding="utf-8")
    result = grupper("new", "--non-interactive", "--answers", "svar.json", "--name", "Amnesty Ås Sentrum")
    assert result.returncode == 0, result.stderr
    data = read_group_file(project / "groups" / "amnesty-as-sentrum.yaml")[0].data
    assert data["name"] == "Amnesty Ås Sentrum" and data["public"] == {"email": "as@example.org"}
    (project / "feil.yaml").write_text("navn: Amnesty Ås\n", encoding="utf-8")
    refused = grupper("new", "--answers", "feil.yaml")
    assert refused.returncode == 2 and "ukjent spørsmål navn" in refused.stderr


def test_missing_answers_without_a_terminal_are_listed_with_their_flags(project, grupper):
    result = grupper("new", "--non-interactive", "--name", "Amnesty Ås", "--category", "lokal")
    assert result.returncode == 1
    assert ("mangler svar på «Kommune» (--municipality), «Region» (--region), «Prioriterte områder (§2.3)» "
            "(--priority-area) og «Gruppekontaktens medlemsnummer (§2.4)» (--contact-number)") in result.stderr
    assert "Skrev ingen fil" in result.stderr and not (project / "groups" / "amnesty-as.yaml").exists()


def test_a_wrong_answer_without_a_terminal_is_named_by_its_question_not_a_line(project, grupper):
    flags = [f if f != "Ås" else "Malvk" for f in FLAGS]
    result = grupper("new", *flags)
    assert result.returncode == 1
    assert "feil: «Kommune» (--municipality): Ukjent kommune «Malvk». Mente du «Malvik»" in result.stderr
    assert not LOCATED.search(result.stdout + result.stderr) and "«municipality»" not in result.stderr
    assert not (project / "groups" / "amnesty-as.yaml").exists()


def test_new_takes_the_public_block_as_flags_and_says_what_will_be_public(project, grupper):
    result = grupper("new", *FLAGS, "--description", "Vi skriver brev.", "--group-email", "as@example.org",
                     "--meets", "Torsdager på biblioteket")
    assert result.returncode == 0, result.stderr
    data = read_group_file(project / "groups" / "amnesty-as.yaml")[0].data
    assert data["public"] == {"description": "Vi skriver brev.", "email": "as@example.org",
                              "meets": "Torsdager på biblioteket"}
    assert "vises dette for alle i gruppeoversikten: navn, kategori, region, kommune" in result.stderr
    assert "e-postadressen og møtestedet" in result.stderr and "Medlemmene vises aldri" in result.stderr


def test_new_without_a_contact_route_warns_that_no_one_can_reach_the_group(project, grupper):
    result = grupper("new", *FLAGS, "--meets", "Torsdager på biblioteket")
    assert result.returncode == 0, result.stderr
    assert "(§2.5)" in result.stdout + result.stderr


def test_new_takes_everything_as_flags(project, grupper):
    result = grupper("new", *FLAGS)
    assert result.returncode == 0, result.stdout + result.stderr
    data = read_group_file(project / "groups" / "amnesty-as.yaml")[0].data
    assert data["members"] == [{"member_number": "130001", "roles": ["contact"]},
                               {"member_number": "130002", "roles": []}]
    assert data["registered"] == data["endorses_guidelines"] == AS_OF.isoformat()


def test_new_without_a_terminal_does_not_ask(project, grupper):
    result = grupper("new", *FLAGS[1:], "--id", "amnesty-aas")
    assert result.returncode == 0, result.stderr
    assert (project / "groups" / "amnesty-aas.yaml").is_file()


def test_new_refuses_a_taken_id(project, grupper_process):
    before = (project / "groups" / "amnesty-nidaros.yaml").read_text()
    result = grupper_process("new", *FLAGS, "--id", "amnesty-nidaros")   # exit 1 as a shell sees it
    assert result.returncode == 1
    assert "«Id (gruppefilas navn)» (--id): Id-en amnesty-nidaros er tatt" in result.stderr
    assert (project / "groups" / "amnesty-nidaros.yaml").read_text() == before


def test_new_refuses_a_taken_name_written_differently(project, grupper):
    flags = [f if f != "Amnesty Ås" else "AMNESTY  nidaros" for f in FLAGS]
    result = grupper("new", *flags, "--id", "amnesty-nidaros-2")
    assert result.returncode == 1
    assert "er for likt navnet på en annen gruppe (groups/amnesty-nidaros.yaml)" in result.stderr
    assert not (project / "groups" / "amnesty-nidaros-2.yaml").exists()


def test_new_writes_nothing_when_an_answer_the_category_needs_is_missing(project, grupper):
    flags = [f for f in FLAGS if f not in ("--municipality", "Ås")]
    result = grupper("new", *flags)
    assert result.returncode == 1
    assert "mangler svar på «Kommune» (--municipality)" in result.stderr
    assert not (project / "groups" / "amnesty-as.yaml").exists()


def test_new_refuses_an_id_that_is_not_a_plain_slug(tmp_path, run_grupper):
    groups = tmp_path / "groups"
    groups.mkdir()
    for bad in ("../evil", "/abs/x", "amnesty-bergen/../x", "a" * 81):
        result = run_grupper("new", *FLAGS, "--groups-dir", str(groups), "--id", bad)
        assert result.returncode == 1 and "er ugyldig" in result.stderr, bad
    assert list(tmp_path.rglob("*.yaml")) == []


def test_new_refuses_the_id_a_sites_index_page_has(tmp_path, run_grupper):
    groups = tmp_path / "groups"
    groups.mkdir()
    result = run_grupper("new", *FLAGS, "--groups-dir", str(groups), "--name", "Index")
    assert result.returncode == 1 and "er opptatt" in result.stderr
    assert list(groups.iterdir()) == []


def test_text_the_loader_would_refuse_unquoted_is_written_quoted():
    from generator.model.loading import parse_group
    from generator.model.writing import render_fields

    text = render_fields({"municipality": "1_000", "meets": "0b101"})
    assert parse_group("amnesty-x.yaml", text.encode())[0].data == {"municipality": "1_000", "meets": "0b101"}


def test_text_that_yaml_1_1_tools_would_misread_is_written_quoted():
    import yaml

    from generator.model.loading import parse_group
    from generator.model.writing import render_fields

    data = {"meets": "18:00", "name": "a\u0085b", "theme": "x\u2028y"}
    text = render_fields(data)
    assert parse_group("amnesty-x.yaml", text.encode())[0].data == data == yaml.safe_load(text)


def test_a_new_report_is_appended_and_the_earlier_reports_keep_their_comments():
    from generator.model.loading import parse_group
    from generator.model.writing import replace_fields

    from tests.conftest import ROOT

    text = (ROOT / "groups" / "amnesty-nidaros.yaml").read_text(encoding="utf-8")
    group, _ = parse_group("groups/amnesty-nidaros.yaml", text.encode())
    reports = group.data["reports"] + [{"quarter": "2026-Q4", "submitted": "2026-11-20"}]
    written = replace_fields(group, text, {"reports": reports})
    assert written.startswith(text.split("\nfollowups:")[0])
    assert parse_group("groups/amnesty-nidaros.yaml", written.encode())[0].data["reports"] == reports


def test_new_says_it_wrote_nothing_when_the_category_needs_another_answer(project, grupper):
    flags = [f if f != "local" else "student" for f in FLAGS]     # a student group needs its institution (§4)
    result = grupper("new", *flags, "--id", "amnesty-uten-laerested")
    assert result.returncode == 1
    assert "mangler svar på «Lærested (universitet, høyskole eller skole)» (--institution)" in result.stderr
    assert "Skrev ingen fil" in result.stderr
    assert not (project / "groups" / "amnesty-uten-laerested.yaml").exists()


def test_new_refuses_a_name_that_gives_no_id(project, grupper):
    result = grupper("new", *[f if f != "Amnesty Ås" else "!!!" for f in FLAGS])
    assert result.returncode == 1 and "Navnet må ha minst én bokstav fra a til å eller ett tall" in result.stderr


def test_a_name_with_sami_letters_keeps_them_in_its_id():
    assert group_id_for("Amnesty Ŧana Ŋuorra") == "amnesty-tana-nuorra"


def test_new_gives_other_members_roles_so_the_responsibility_is_shared(project, grupper):
    result = grupper("new", *FLAGS, "--id", "amnesty-aas", "--role", "leader=130002", "--role", "treasurer=130001")
    assert result.returncode == 0, result.stderr
    members = read_group_file(project / "groups" / "amnesty-aas.yaml")[0].data["members"]
    assert [m["roles"] for m in members] == [["contact", "treasurer"], ["leader"]]
    assert "§6.4" not in result.stdout
    refused = grupper("new", *FLAGS, "--id", "amnesty-aas-2", "--role", "sjef=130002")
    assert refused.returncode == 1 and "«Roller» (--role): Skriv rolle=medlemsnummer" in refused.stderr
    refused = grupper("new", *FLAGS, "--id", "amnesty-aas-3", "--role", "leader=130099")
    assert refused.returncode == 1 and "Medlemsnummer 130099 er verken gruppekontakten eller et av de andre " \
        "medlemmene" in refused.stderr


def test_new_takes_members_and_roles_by_number_only(project, grupper):
    for flags in (["--member", "Pål Ærø"], ["--member", "Pål Ærø; 130002"], ["--role", "leader=Pål Ærø"],
                  ["--contact-number", "Åse Ødegård"]):
        result = grupper("new", *FLAGS, *flags, "--id", "amnesty-aas")
        assert result.returncode == 1, flags
        assert "Skriv bare medlemsnummeret" in result.stderr or "skriv bare medlemsnummeret" in result.stderr
        assert "Pål" not in result.stderr + result.stdout and "Åse" not in result.stderr + result.stdout
        assert "Skrev ingen fil" in result.stderr
    assert not (project / "groups" / "amnesty-aas.yaml").exists()


def test_an_eight_digit_member_number_is_not_taken_for_a_phone_number(project, grupper):
    flags = [f if f != "130002" else "90012345" for f in FLAGS]
    result = grupper("new", *flags, "--role", "leader=90012345", "--id", "amnesty-aas")
    assert result.returncode == 0, result.stderr
    members = read_group_file(project / "groups" / "amnesty-aas.yaml")[0].data["members"]
    assert members[1] == {"member_number": "90012345", "roles": ["leader"]}


def test_new_has_no_flags_for_names_or_contact_details(grupper):
    for flag in ("--contact-name", "--contact-email", "--contact-phone", "--contact-birth-year"):
        result = grupper("new", *FLAGS, flag, "x")
        assert result.returncode == 2, flag


def test_new_refuses_personal_details_in_any_answer_without_repeating_them(project, grupper):
    from stdnum.no import fodselsnummer

    identity = "15108695088"
    assert fodselsnummer.is_valid(identity)             # python-stdnum's documented example, no one's number
    for flag, value, detail in (("--name", "Amnesty Ås 901 23 456", "telefonnummer"),
                                ("--municipality", "Ås, kari@example.org", "e-postadresse"),
                                ("--theme", f"Fnr {identity}", "fødselsnummer"),
                                ("--member", "kari@example.org", "e-postadresse"),
                                ("--member", "+47 901 23 456", "telefonnummer")):
        flags = [f if f != "Amnesty Ås" or flag != "--name" else value for f in FLAGS] + ["--theme", "Ytringsfrihet"]
        if flag != "--name":
            flags += [flag, value]
        result = grupper("new", *flags, "--category", "theme", "--id", "amnesty-aas")
        shown = result.stdout + result.stderr
        assert result.returncode == 1, (flag, shown)
        assert f"({flag}): Svaret ser ut til å ha" in shown and detail in shown
        assert value not in shown and "901 23 456" not in shown and "kari@" not in shown and identity not in shown
    assert not (project / "groups" / "amnesty-aas.yaml").exists()


def registration() -> Registration:
    return Registration(context(), GroupFiles(load_groups(ROOT / "groups")), str(ROOT / "groups"), {})


def test_new_asks_again_when_a_free_text_answer_holds_a_personal_detail():
    answers, said = iter(["Trondheim, ring 901 23 456", "Trondheim"]), []
    registered, question = registration(), BY_KEY["municipality"]
    place = Asker(read=lambda prompt: next(answers), write=said.append).line(
        "Kommune", lambda answer: registered.check(question, answer)[1])
    assert place == "Trondheim"
    assert registered.check(BY_KEY["contact_number"], "Kari Nordmann")[1].startswith("Skriv bare medlemsnummeret")
    assert said == ["Svaret ser ut til å ha et telefonnummer. Fjern det: medlemmenes kontaktinformasjon står i "
                    "medlemsregisteret."]


_MENUS = {"categories": "category", "regions": "region", "priority_areas": "priority_areas"}


def menu(typed: list[str], vocabulary: str) -> tuple[list[str], list[str]]:
    """What a menu of `grupper new` picks from the lines typed, and what it said (its list of options aside)."""
    answers, said = iter(typed), []
    registered, question = registration(), BY_KEY[_MENUS[vocabulary]]
    terms = registered.options(question)
    chosen = Asker(read=lambda prompt: next(answers), write=said.append).menu(
        "Velg", terms, lambda answer: registered.check(question, answer)[1])
    picked = registered.check(question, chosen)[0]
    return [picked] if isinstance(picked, str) else picked, said[len(terms) + 1:]


@pytest.mark.parametrize("typed, vocabulary, key", [
    ("4", "categories", "local"), ("lokalgruppe", "categories", "local"), ("Lokalgruppe", "categories", "local"),
    ("LOKAL", "categories", "local"), ("local", "categories", "local"), ("nord", "regions", "nord"),
    ("Sør", "regions", "sor"), ("sor", "regions", "sor"),
    ("  kvinners   rettigheter ", "priority_areas", "womens-rights"), ("lhbti", "priority_areas", "lgbti-rights")])
def test_a_menu_takes_the_label_as_typed_in_any_case_or_its_number(typed, vocabulary, key):
    assert menu([typed], vocabulary) == ([key], [])


def test_a_menu_takes_the_beginning_of_a_label_only_when_one_label_begins_so():
    picked, said = menu(["k", "kvinner"], "priority_areas")
    assert picked == ["womens-rights"]
    assert said == ["«k» kan være Kvinners rettigheter eller Klima og menneskerettigheter: skriv mer av navnet, "
                    "eller nummeret."]


def test_a_menu_says_what_it_did_not_understand_and_asks_again():
    picked, said = menu(["9", "lokalgrupper", "1, 2", "ungdom"], "categories")
    assert picked == ["youth"]
    assert said == ["«9» er ikke et av numrene 1-4.",
                    "«lokalgrupper» er ikke et av valgene. Skriv nummeret (1-4) eller navnet.", "Velg bare ett."]


def test_a_menu_of_several_takes_numbers_and_labels_mixed():
    assert menu(["Ytringsfrihet, 2, dødsstraff"], "priority_areas") == (
        ["freedom-of-expression", "womens-rights", "death-penalty"], [])


def test_a_problem_left_at_the_end_is_mended_by_answering_one_question_again(monkeypatch):
    from generator.cli import new

    verdicts = iter([[("feil", BY_KEY["municipality"], "Noe er galt med kommunen.")]])
    monkeypatch.setattr(new, "_verdict", lambda registration: next(verdicts, []))
    answers = {BY_ANSWER_KEY[key].key: value for key, value in ANSWERS.items()}
    registered = Registration(context(), GroupFiles(load_groups(ROOT / "groups")), str(ROOT / "groups"), answers)
    typed, said = iter(["", "", "2026-11-20", "", "kommune", "Malvik"]), []   # the questions ANSWERS leaves open
    new._ask_until_valid(registered, Asker(read=lambda prompt: said.append(prompt) or next(typed),
                                           write=said.append))
    assert (registered.values["municipality"], registered.values["region"]) == ("Malvik", "midt")
    assert registered.values["endorsed"] == "2026-11-20"
    assert "Fila blir ikke gyldig ennå. Hvilket spørsmål vil du svare på igjen:" in said
    assert "Region: Midt (ut fra kommunen)." in said
