"""`grupper new`: asks in Norwegian under a terminal, or takes flags; writes a valid file or refuses."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time

import pytest

from generator.intake.drafts import group_id_for
from generator.model.loading import read_group_file
from generator.model.writing import MODELINE

from tests.conftest import AS_OF

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
        self.seen = ""

    def expect(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            assert time.monotonic() < deadline, f"waited for {text!r}, saw:\n{self.seen}"
            if select.select([self.fd], [], [], 0.2)[0]:
                try:
                    self.seen += os.read(self.fd, 4096).decode("utf-8", "replace")
                except OSError:
                    break
        self.seen = self.seen[self.seen.index(text) + len(text):]

    def answer(self, question: str, reply: str) -> None:
        self.expect(question)
        os.write(self.fd, (reply + "\n").encode("utf-8"))

    def finish(self) -> int:
        code = self.process.wait(timeout=60)
        os.close(self.fd)
        return code


def test_new_asks_in_norwegian_and_writes_a_valid_file(project, grupper):
    terminal = Terminal(project)
    terminal.answer("Gruppas navn", "Amnesty Nidaros")
    terminal.expect("Navnet er tatt av groups/amnesty-nidaros.yaml")
    terminal.answer("Gruppas navn", "Amnesty Ås")
    terminal.answer("Skriv nummeret eller navnet", "9")
    terminal.answer("«9» er ikke et av numrene 1-4.", "lokalgruppe")
    terminal.answer("Kommune", "Ås")
    terminal.answer("Skriv nummeret eller navnet", "øst")
    terminal.answer("Skriv ett eller flere numre eller navn", "Kvinners rettigheter, 7")
    terminal.expect("navn og kontaktinformasjon henter sekretariatet fra medlemsregisteret")
    terminal.answer("Gruppekontaktens medlemsnummer", "Åse Ødegård")
    terminal.expect("Skriv bare medlemsnummeret")
    terminal.answer("Gruppekontaktens medlemsnummer", "130001")
    terminal.answer("Medlemsnummer", "aase@example.org")
    terminal.expect("Svaret ser ut til å ha en e-postadresse")
    terminal.answer("Medlemsnummer", "130002")
    terminal.answer("Medlemsnummer", "")
    terminal.answer("Leder", "130002")
    terminal.answer("Sekretær", "")
    terminal.answer("Kasserer", "")
    terminal.answer("Ansvarlig for sosiale medier", "")
    terminal.expect("vises for alle i gruppeoversikten")
    terminal.answer("Kort om gruppa", "Vi skriver brev for fanger.")
    terminal.answer("Gruppas egen e-postadresse", "ikke en adresse")
    terminal.expect("Skriv en e-postadresse")
    terminal.answer("Gruppas egen e-postadresse", "amnesty-as@example.org")
    terminal.answer("Hvor og når gruppa møtes", "")
    terminal.answer("retningslinjer (§2.1) [2026-11-24]", "2026-11-20")
    terminal.answer("registreringen kom inn [2026-11-24]", "")
    assert terminal.finish() == 0, terminal.seen
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
    assert "id-en amnesty-nidaros er tatt" in result.stderr
    assert (project / "groups" / "amnesty-nidaros.yaml").read_text() == before


def test_new_refuses_a_taken_name_written_differently(project, grupper):
    flags = [f if f != "Amnesty Ås" else "AMNESTY  nidaros" for f in FLAGS]
    result = grupper("new", *flags, "--id", "amnesty-nidaros-2")
    assert result.returncode == 1
    assert "er tatt av groups/amnesty-nidaros.yaml" in result.stderr
    assert not (project / "groups" / "amnesty-nidaros-2.yaml").exists()


def test_new_writes_nothing_when_the_group_would_be_invalid(project, grupper):
    flags = [f for f in FLAGS if f not in ("--municipality", "Ås")]
    result = grupper("new", *flags)
    assert result.returncode == 1
    assert "municipality" in result.stdout and "(§4.4)" in result.stdout
    assert not (project / "groups" / "amnesty-as.yaml").exists()


def test_new_refuses_an_id_that_is_not_a_plain_slug(tmp_path, run_grupper):
    groups = tmp_path / "groups"
    groups.mkdir()
    for bad in ("../evil", "/abs/x", "amnesty-bergen/../x", "a" * 81):
        result = run_grupper("new", "--non-interactive", "--groups-dir", str(groups), "--id", bad,
                             "--name", "Amnesty Foo")
        assert result.returncode == 1 and "er ugyldig" in result.stderr, bad
    assert list(tmp_path.rglob("*.yaml")) == []


def test_new_refuses_the_id_a_sites_index_page_has(tmp_path, run_grupper):
    groups = tmp_path / "groups"
    groups.mkdir()
    result = run_grupper("new", "--non-interactive", "--groups-dir", str(groups), "--name", "Index")
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


def test_new_says_it_wrote_nothing_when_the_answers_break_a_rule(project, grupper):
    flags = [f if f != "local" else "student" for f in FLAGS]     # a student group needs its institution (§4)
    result = grupper("new", *flags, "--id", "amnesty-uten-laerested")
    assert result.returncode == 1
    assert "Feltet «institution» (lærested) mangler" in result.stdout
    assert "Skrev ikke groups/amnesty-uten-laerested.yaml" in result.stderr
    assert not (project / "groups" / "amnesty-uten-laerested.yaml").exists()


def test_new_refuses_a_name_that_gives_no_id(project, grupper):
    result = grupper("new", *[f if f != "Amnesty Ås" else "!!!" for f in FLAGS])
    assert result.returncode == 1 and "navnet «!!!» gir ingen id" in result.stderr


def test_a_name_with_sami_letters_keeps_them_in_its_id():
    assert group_id_for("Amnesty Ŧana Ŋuorra") == "amnesty-tana-nuorra"


def test_new_gives_other_members_roles_so_the_responsibility_is_shared(project, grupper):
    result = grupper("new", *FLAGS, "--id", "amnesty-aas", "--role", "leader=130002", "--role", "treasurer=130001")
    assert result.returncode == 0, result.stderr
    members = read_group_file(project / "groups" / "amnesty-aas.yaml")[0].data["members"]
    assert [m["roles"] for m in members] == [["contact", "treasurer"], ["leader"]]
    assert "§6.4" not in result.stdout
    refused = grupper("new", *FLAGS, "--id", "amnesty-aas-2", "--role", "sjef=130002")
    assert refused.returncode == 1 and "--role: skriv rolle=medlemsnummer" in refused.stderr
    refused = grupper("new", *FLAGS, "--id", "amnesty-aas-3", "--role", "leader=130099")
    assert refused.returncode == 1 and "medlemsnummer 130099 er verken gruppekontakten eller et --member" \
        in refused.stderr


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
        flags = [f if f != "Amnesty Ås" or flag != "--name" else value for f in FLAGS]
        if flag != "--name":
            flags += [flag, value]
        result = grupper("new", *flags, "--category", "theme", "--id", "amnesty-aas")
        shown = result.stdout + result.stderr
        assert result.returncode == 1, (flag, shown)
        assert f"{flag}: svaret ser ut til å ha" in shown and detail in shown
        assert value not in shown and "901 23 456" not in shown and "kari@" not in shown and identity not in shown
    assert not (project / "groups" / "amnesty-aas.yaml").exists()


def test_new_asks_again_when_a_free_text_answer_holds_a_personal_detail():
    from generator.cli.asking import Asker
    from generator.cli.new import _number_problem, _text_problem

    answers, said = iter(["Trondheim, ring 901 23 456", "Trondheim"]), []
    place = Asker(read=lambda prompt: next(answers), write=said.append).checked("Kommune", _text_problem)
    assert place == "Trondheim"
    assert _number_problem("Kari Nordmann").startswith("Skriv bare medlemsnummeret")
    assert said == ["Svaret ser ut til å ha et telefonnummer. Fjern det: medlemmenes kontaktinformasjon står i "
                    "medlemsregisteret."]


def menu(typed: list[str], vocabulary: str, single: bool = True) -> tuple[list[str], list[str]]:
    """What a menu of `grupper new` picks from the lines typed, and what it said (its list of options aside)."""
    from generator.cli.asking import Asker
    from tests.conftest import vocabularies

    answers, said = iter(typed), []
    asker = Asker(read=lambda prompt: next(answers), write=said.append)
    terms = getattr(vocabularies(), vocabulary)
    picked = asker.choices("Velg:", terms, single=single)
    return picked, said[len(terms) + 1:]


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
    assert menu(["Ytringsfrihet, 2, dødsstraff"], "priority_areas", single=False) == (
        ["freedom-of-expression", "womens-rights", "death-penalty"], [])
