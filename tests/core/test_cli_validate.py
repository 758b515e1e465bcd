"""`grupper validate` through the real CLI: formats, exit codes, no tracebacks."""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from .conftest import EXAMPLE, edited, problems_json

BROKEN = edited("roles: [contact, leader]", "roles: [leader]")


def validate_broken(cli, register_dir, *options: str) -> tuple[int, str]:
    """`grupper validate` over a register holding one file without a contact person."""
    (register_dir / "amnesty-x.yaml").write_text(BROKEN, encoding="utf-8")
    code, out, _ = cli("validate", "--groups-dir", str(register_dir), *options, cwd=register_dir.parent)
    return code, out


def test_the_sample_register_validates_clean(cli):
    code, out, err = cli("validate", cwd=ROOT)
    assert (code, out) == (0, "")
    assert "0 feil" in err


def test_text_format_is_path_line_col_severity_message_rule(cli, register_dir):
    code, out = validate_broken(cli, register_dir)
    assert code == 1
    assert out.strip() == ("groups/amnesty-x.yaml:22:3: feil: Gruppa mangler gruppekontakt: gi minst ett medlem "
                           "rollen contact. (§2.4)")


def test_github_format_is_a_workflow_command_per_problem(cli, register_dir):
    code, out = validate_broken(cli, register_dir, "--format", "github")
    assert code == 1
    assert out.strip() == ("::error file=groups/amnesty-x.yaml,line=22,col=3,title=§2.4::Gruppa mangler "
                           "gruppekontakt: gi minst ett medlem rollen contact.")


def test_json_format_lists_problems_with_the_contract_fields(cli, register_dir):
    code, out = validate_broken(cli, register_dir, "--format", "json")
    assert code == 1
    assert problems_json(out) == [{"path": "groups/amnesty-x.yaml", "line": 22, "col": 3, "severity": "error",
                                   "rule": "§2.4", "message": "Gruppa mangler gruppekontakt: gi minst ett medlem "
                                                              "rollen contact."}]


def test_json_format_of_a_clean_register_is_an_empty_list(cli):
    code, out, _ = cli("validate", "--format", "json", cwd=ROOT)
    assert (code, json.loads(out)) == (0, {"problems": []})


def test_warnings_alone_exit_zero(cli, register_dir):
    (register_dir / "amnesty-x.yaml").write_text(edited("roles: [social-media]", "roles: []"), encoding="utf-8")
    code, out, _ = cli("validate", "--groups-dir", str(register_dir), cwd=register_dir.parent)
    assert code == 0 and ": advarsel: " in out


def test_given_paths_are_checked_against_names_in_the_whole_register(cli, register_dir, tmp_path):
    (register_dir / "amnesty-nidaros.yaml").write_text(EXAMPLE, encoding="utf-8")
    proposed = tmp_path / "amnesty-nidaros-2.yaml"
    proposed.write_text(EXAMPLE, encoding="utf-8")
    code, out, _ = cli("validate", "--groups-dir", str(register_dir), str(proposed), cwd=tmp_path)
    assert code == 1
    assert out.startswith("amnesty-nidaros-2.yaml:7:7: feil: Navnet «Amnesty Nidaros»")
    assert "groups/amnesty-nidaros.yaml:" not in out


def test_date_rules_use_the_as_of_date(cli, register_dir):
    (register_dir / "amnesty-nidaros.yaml").write_text(EXAMPLE, encoding="utf-8")
    code, out, _ = cli("validate", "--groups-dir", str(register_dir), "--as-of", "2026-10-01",
                       cwd=register_dir.parent)
    assert code == 1 and "2026-10-04 er etter i dag (2026-10-01)" in out


def test_the_membership_export_enables_register_checks(cli, register_dir, tmp_path):
    (register_dir / "amnesty-nidaros.yaml").write_text(EXAMPLE, encoding="utf-8")
    export = tmp_path / "medlemmer.csv"
    export.write_text("\ufeffmember_number,email\n100234,kari@example.org\n101552,\n", encoding="utf-8")
    code, out, _ = cli("validate", "--groups-dir", str(register_dir), "--members", str(export), cwd=tmp_path)
    assert code == 1
    assert ["§8.1"] == [json_line.rsplit("(", 1)[1].rstrip(")") for json_line in out.splitlines()]


def test_usage_errors_exit_2(cli, tmp_path):
    code, _, err = cli("validate", "finnes-ikke.yaml", cwd=ROOT)
    assert code == 2 and "finner ikke" in err
    code, _, err = cli("validate", "--members", str(tmp_path / "mangler.csv"), cwd=ROOT)
    assert code == 2 and "kan ikke lese" in err
    (tmp_path / "feil.csv").write_text("nummer\n1\n", encoding="utf-8")
    code, _, err = cli("validate", "--members", str(tmp_path / "feil.csv"), cwd=ROOT)
    assert code == 2 and "member_number" in err


@pytest.mark.parametrize("as_of", ["2026-02-30", "20260101", "2026-W48-4", "0001-01-01"])
def test_an_invalid_as_of_date_is_a_usage_error(cli, as_of):
    code, _, err = cli("validate", "--as-of", as_of, cwd=ROOT)
    assert code == 2 and "ugyldig dato" in err


def test_an_internal_bug_is_one_line_and_debug_shows_the_traceback(cli, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("oops")
    monkeypatch.setattr("generator.cli.validate.check_group_files", broken)
    code, out, err = cli("validate", cwd=ROOT)
    assert code == 2 and err.count("\n") == 1 and "intern feil (RuntimeError: oops)" in err
    assert "Traceback" not in err
    code, out, err = cli("validate", "--debug", cwd=ROOT)
    assert code == 2 and "Traceback" in err


def test_python_dash_m_generator_works_as_the_console_script():
    result = subprocess.run([sys.executable, "-m", "generator", "validate"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_register_file_given_by_its_absolute_path_is_not_a_clash_with_itself(cli):
    code, out, _ = cli("validate", str(ROOT / "groups" / "amnesty-nidaros.yaml"), cwd=ROOT)
    assert (code, out) == (0, "")


def test_a_folder_given_is_checked_file_by_file(cli, register_dir):
    (register_dir / "amnesty-x.yaml").write_text(BROKEN, encoding="utf-8")
    code, out, err = cli("validate", "--groups-dir", str(register_dir), str(register_dir), cwd=register_dir.parent)
    assert code == 1 and out.startswith("groups/amnesty-x.yaml:22:3: feil:") and "1 gruppefil sjekket" in err


def test_the_markdown_summary_links_each_rule_to_its_section_of_the_error_guide(cli, register_dir):
    (register_dir / "amnesty-x.yaml").write_text(BROKEN, encoding="utf-8")
    code, out, _ = cli("validate", "--groups-dir", str(register_dir), "--format", "markdown", cwd=register_dir.parent)
    assert code == 1
    assert "| 22 | feil | [§2.4](https://" in out and "/feilmeldinger/#regel-2-4) |" in out


def test_the_markdown_summary_shows_a_hostile_value_as_written_without_markup(cli, register_dir):
    hostile = "http://x/![px](https://evil.example/p.png)"
    (register_dir / "amnesty-x.yaml").write_text(edited("https://example.org/amnesty-nidaros", hostile),
                                                 encoding="utf-8")
    code, out, _ = cli("validate", "--groups-dir", str(register_dir), "--format", "markdown", cwd=register_dir.parent)
    assert code == 1 and "![px](" not in out and f"«{hostile}»" in html.unescape(out)


def test_the_markdown_summary_reads_as_plain_text(cli, register_dir):
    (register_dir / "amnesty-x.yaml").write_text(edited("category: local ", "category: lokal "), encoding="utf-8")
    code, out, _ = cli("validate", "--groups-dir", str(register_dir), "--format", "markdown", cwd=register_dir.parent)
    assert code == 1 and "&#" not in out
    assert "«lokal» er ikke en gyldig verdi for «category». Mente du «local»? Gyldige verdier: youth (Ungdomsgruppe)" in out


def test_an_edited_copy_outside_the_register_stands_in_for_its_original(cli, register_dir, tmp_path):
    (register_dir / "amnesty-nidaros.yaml").write_text(EXAMPLE, encoding="utf-8")
    copy = tmp_path / "utkast" / "amnesty-nidaros.yaml"
    copy.parent.mkdir()
    copy.write_text(edited("municipality: Trondheim", "municipality: Tråante"), encoding="utf-8")
    code, out, _ = cli("validate", "--groups-dir", str(register_dir), str(copy), cwd=tmp_path)
    assert (code, out) == (0, "")


def test_given_files_are_checked_where_there_is_no_register_folder(cli, tmp_path):
    (tmp_path / "amnesty-x.yaml").write_text(BROKEN, encoding="utf-8")
    code, out, _ = cli("validate", "amnesty-x.yaml", cwd=tmp_path)
    assert code == 1 and out.startswith("amnesty-x.yaml:22:3: feil:")


def test_a_stray_file_in_the_register_is_reported_not_skipped(cli, register_dir):
    (register_dir / "amnesty-x.yaml.bak").write_text(EXAMPLE, encoding="utf-8")
    (register_dir / ".gitkeep").write_text("", encoding="utf-8")
    (register_dir / "arkiv").mkdir()
    code, out = cli("validate", "--groups-dir", str(register_dir), cwd=register_dir.parent)[:2]
    assert code == 1 and "Filnavnet «amnesty-x.yaml.bak» er ugyldig" in out and ".gitkeep:1:1: feil:" in out
    assert "arkiv:1:1: feil: Dette er en mappe" in out


def test_a_link_or_a_pipe_in_the_register_is_refused_without_reading_it(cli, register_dir):
    (register_dir / "amnesty-null.yaml").symlink_to("/dev/zero")
    (register_dir / "amnesty-passord.yaml").symlink_to("/etc/passwd")
    os.mkfifo(register_dir / "amnesty-ror.yaml")
    code, out = cli("validate", "--groups-dir", str(register_dir), cwd=register_dir.parent)[:2]
    assert code == 1 and "root:" not in out
    assert "amnesty-null.yaml:1:1: feil: Fila er en symbolsk lenke" in out
    assert "amnesty-passord.yaml:1:1: feil: Fila er en symbolsk lenke" in out
    assert "amnesty-ror.yaml:1:1: feil: Dette er ikke en vanlig fil" in out


def test_usage_errors_and_help_are_in_norwegian(cli):
    code, out, err = cli("validate", "--format", "xml", cwd=ROOT)
    assert code == 2 and out == ""
    assert err.startswith("bruk: grupper validate")
    assert "grupper validate: feil: --format: ugyldig valg 'xml' (velg en av 'text'" in err
    help_text = cli("new", "--help", cwd=ROOT)[1]
    assert help_text.startswith("bruk: grupper new") and "\nvalg:\n" in help_text
    assert "vis denne hjelpen og avslutt" in help_text and "options" not in help_text


def test_an_unknown_flag_is_named_with_the_commands_own_usage():
    def grupper(*args):   # the real process: argparse's exit 2 as a shell sees it
        return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True)

    strict = grupper("validate", "--strict")
    assert strict.returncode == 2 and strict.stdout == ""
    assert strict.stderr.startswith("bruk: grupper validate ") and "KOMMANDO" not in strict.stderr
    assert strict.stderr.endswith("\ngrupper validate: ukjent valg: --strict\n")
    typo = grupper("status", "--formt", "json")
    assert typo.stderr.startswith("bruk: grupper status ")
    assert "grupper status: ukjent valg: --formt (mente du --format?)" in typo.stderr


def test_a_group_file_in_a_subfolder_is_refused_even_when_given_by_name(cli, register_dir):
    (register_dir / "nord").mkdir()
    (register_dir / "nord" / "amnesty-nidaros.yaml").write_text(EXAMPLE, encoding="utf-8")
    code, out, _ = cli("validate", "--groups-dir", str(register_dir), str(register_dir / "nord" / "amnesty-nidaros.yaml"),
                       cwd=register_dir.parent)
    assert code == 1 and out.startswith("groups/nord/amnesty-nidaros.yaml:1:1: feil: Gruppefila ligger i en undermappe")
