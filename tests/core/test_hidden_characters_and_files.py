"""Nothing in the register hides: no hidden file in groups/, no invisible character in a text or a name."""

from __future__ import annotations

import subprocess

import pytest

from .conftest import EXAMPLE, edited

NAME = "amnesty-nidaros.yaml"
NAME_LINE = "name: Amnesty Nidaros"
SCOTLAND = "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"
DESCRIPTION = "  description: |\n"


def _git(repo, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=repo,
                          capture_output=True, text=True, check=True).stdout.strip()


def test_a_hidden_file_in_groups_is_an_error_in_validate(cli, register_dir):
    (register_dir / NAME).write_text(EXAMPLE, encoding="utf-8")
    (register_dir / ".notes.yaml").write_text("notat: Kari har telefon 99999999\n", encoding="utf-8")
    code, out, _ = cli("validate", "--groups-dir", "groups", "--as-of", "2026-11-24", cwd=register_dir.parent)
    assert code == 1
    [line] = out.splitlines()
    assert line.startswith("groups/.notes.yaml:1:1: feil: Fila «.notes.yaml» er skjult")
    assert "skjulte filer er ikke tillatt i groups/" in line and "Flytt fila ut av groups/ eller slett den" in line
    assert line.endswith("(§6.1)") and "99999999" not in out


def test_a_hidden_file_given_by_name_is_an_error_too(cli, register_dir):
    (register_dir / ".utkast.yaml").write_text(EXAMPLE, encoding="utf-8")
    code, out, _ = cli("validate", "groups/.utkast.yaml", "--as-of", "2026-11-24", cwd=register_dir.parent)
    assert code == 1 and out.startswith("groups/.utkast.yaml:1:1: feil: Fila «.utkast.yaml» er skjult")


def test_a_hidden_file_in_groups_stops_the_build(cli, register_dir, tmp_path):
    (register_dir / NAME).write_text(EXAMPLE, encoding="utf-8")
    (register_dir / ".gitkeep").write_text("", encoding="utf-8")
    code, out, err = cli("build", "--groups-dir", "groups", "--as-of", "2026-11-24", "--public",
                         str(tmp_path / "public"), "--internal", str(tmp_path / "internal"), cwd=register_dir.parent)
    assert code == 1 and "Bygger ikke" in err
    assert out.startswith("groups/.gitkeep:1:1: feil: Fila «.gitkeep» er skjult")
    assert not (tmp_path / "public").exists()


def test_changed_files_lists_a_hidden_file_added_to_groups_and_allows_deleting_one(cli, register_dir):
    repo = register_dir.parent
    (register_dir / NAME).write_text(EXAMPLE, encoding="utf-8")
    (register_dir / ".old.yaml").write_text("a: 1\n", encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "base")
    base = _git(repo, "rev-parse", "HEAD")
    (register_dir / ".notes.yaml").write_text("a: 1\n", encoding="utf-8")
    (register_dir / ".old.yaml").unlink()
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "change")
    code, out, err = cli("changed-files", "--base", base, cwd=repo)
    assert (code, out.split(), err) == (0, ["groups/.notes.yaml"], "")


@pytest.mark.parametrize("character", ["\u034f", "\u3164", "\u2800", "\u115f", "\uffa0", "\u00ad", "\u200d",
                                       "\ufe0f", "\U000E0041"])
def test_an_invisible_character_in_the_name_is_an_error_at_the_name(check, character):
    [problem] = check({NAME: edited(NAME_LINE, f'name: "Amnesty{character}Nidaros"')})
    assert (problem.rule, problem.line, problem.col) == ("§6.1", 7, 7)
    assert problem.message.startswith("Teksten i «name» inneholder linjeskift eller usynlige tegn "
                                      f"(U+{ord(character):04X} etter «Amnesty»)")


@pytest.mark.parametrize("character", ["\u034f", "\u3164", "\u2800", "\u00ad", "\u200b", "\U000E0001"])
def test_an_invisible_character_in_free_text_is_an_error_at_the_text(check, character):
    [problem] = check({NAME: edited(DESCRIPTION, f"{DESCRIPTION}    Vi{character} er\n")})
    assert (problem.rule, problem.line, problem.col) == ("§6.1", 32, 16)
    assert problem.message.startswith(f"Teksten i «description» inneholder usynlige tegn (U+{ord(character):04X} "
                                      "etter «Vi»)")


@pytest.mark.parametrize("name", ["Regnbuegruppa 🏳️‍🌈", f"Amnesty Skottland {SCOTLAND}", "Amnesty 👩🏽‍💻",
                                  "Amnesty 🏳️‍⚧️", "Gruppe 1️⃣"])
def test_emoji_with_joiners_selectors_and_flag_tags_pass_in_names_and_texts(check, name):
    text = edited(NAME_LINE, f"name: {name}")
    assert check({NAME: edited(DESCRIPTION, f"{DESCRIPTION}    Vi heier {name}\n", text)}) == []


@pytest.mark.parametrize("other", ["Amnesty\u034f Nidaros", "Amnesty\u3164Nidaros", "Amnesty\u2800Nidaros",
                                   "Amn\u00adesty Nidaros"])
def test_two_names_that_differ_only_by_invisible_characters_clash(check, other):
    files = {NAME: EXAMPLE, "amnesty-nidaros-2.yaml": edited(NAME_LINE, f'name: "{other}"')}
    clashes = [p for p in check(files) if "er for likt navnet på en annen gruppe" in p.message]
    assert sorted((p.file, p.rule, p.line, p.col) for p in clashes) == [
        ("amnesty-nidaros-2.yaml", "§6.1", 7, 7), ("amnesty-nidaros.yaml", "§6.1", 7, 7)]
