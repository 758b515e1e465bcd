"""The personal-data guard sees everything a reader of a file sees: values of every type, keys and comments, in a
group file and in the project's data files; the message says where and what to remove, never the value."""

from __future__ import annotations

import pytest

from generator.model.loading import parse_mapping
from generator.model.marked_yaml import Comment
from tests.conftest import ROOT
from .conftest import EXAMPLE, edited

IDENTITY_NUMBER = "15076500050"      # valid check digits, written as eleven digits
EMAIL = "ola.nordmann@gmail.com"
PHONE = "912 34 567"

GROUP_CASES = {
    "an identity number written as a YAML number": (
        "        signatures: 214", f"        signatures: {IDENTITY_NUMBER}", IDENTITY_NUMBER, "«signatures»"),
    "a key holding an e-mail address": (
        "listed: true ", f"{EMAIL}: true\nlisted: true ", EMAIL, "Et feltnavn i fila"),
    "a comment holding a phone number": (
        "listed: true                      # false: registrert, men skjult fra gruppeoversikten",
        f"listed: true  # Kari, tlf {PHONE}", PHONE, "Kommentaren"),
    "an e-mail address in a link's query": (
        "  website: https://example.org/amnesty-nidaros", f"  website: https://example.org/?to={EMAIL}", EMAIL,
        "«website»"),
    "an e-mail address as a link's user": (
        "  website: https://example.org/amnesty-nidaros", f"  website: https://{EMAIL}/", EMAIL, "«website»"),
}


def _place(text: str, value: str) -> tuple[int, int]:
    """1-based line and column of the problem about `value` in `text`: its comment's #, its key, or its whole value."""
    line_no, line = next((n, line) for n, line in enumerate(text.splitlines(), 1) if value in line)
    if "#" in line:
        return line_no, line.index("#") + 1
    key, _, rest = line.partition(": ")
    return line_no, (line.index(value) if value in key else len(key) + 2 + len(rest) - len(rest.lstrip())) + 1


@pytest.mark.parametrize("case", GROUP_CASES)
def test_validate_finds_a_personal_detail_wherever_it_is_written_and_never_repeats_it(cli, register_dir, case):
    old, new, value, named = GROUP_CASES[case]
    text = edited(old, new)
    (register_dir / "amnesty-nidaros.yaml").write_text(text, encoding="utf-8")
    code, out, err = cli("validate", "--groups-dir", str(register_dir), cwd=register_dir.parent)
    line, col = _place(text, value)
    assert code == 1
    assert f"groups/amnesty-nidaros.yaml:{line}:{col}: feil: {named}" in out, out
    assert value not in out + err


def test_the_group_s_own_address_and_phone_may_hold_its_contact_details(cli, register_dir):
    text = edited("  email: nidaros@example.org", f'  email: {EMAIL}\n  phone: "{PHONE}"')
    (register_dir / "amnesty-nidaros.yaml").write_text(text, encoding="utf-8")
    code, out, _ = cli("validate", "--groups-dir", str(register_dir), cwd=register_dir.parent)
    assert code == 0, out


def test_a_hash_inside_a_quoted_or_block_value_is_no_comment_and_a_block_header_may_end_in_one():
    text = 'a: "x # y"  # one\nb: |  # two\n  z # not a comment\nc: d#e\n# three\n'
    loaded, _ = parse_mapping("f.yaml", text.encode("utf-8"), "tom")
    assert loaded.comments == (Comment(1, 13, "one"), Comment(2, 7, "two"), Comment(5, 1, "three"))


def test_a_comment_in_the_regions_file_holding_a_phone_stops_status_at_its_place(cli, tmp_path):
    written = (ROOT / "data" / "regions.yaml").read_text(encoding="utf-8")
    old = "    meetings:          # regionmøter holdt i regionen (§7.4)"
    assert written.count(old) == 1
    regions = tmp_path / "regions.yaml"
    regions.write_text(written.replace(old, f"    meetings:          # spør Kari på {PHONE}"), encoding="utf-8")
    line = written.splitlines().index(old) + 1
    code, out, err = cli("status", "--regions-file", str(regions), cwd=ROOT)
    assert code == 1
    assert f"{regions}:{line}:24: feil: Kommentaren inneholder det som ser ut som et telefonnummer" in out + err
    assert PHONE not in out + err


def test_an_identity_number_in_the_settings_stops_validate_at_its_place(cli, tmp_path, monkeypatch):
    settings = tmp_path / "settings.yaml"
    settings.write_text(f"member_url: https://medlem.example.org/{{member_number}}\nrepository_public: false\n"
                        f"# kontaktperson: {IDENTITY_NUMBER}\n", encoding="utf-8")
    monkeypatch.setattr("generator.model.project.SETTINGS_FILE", str(settings))   # an absolute name under the root
    code, out, err = cli("validate", cwd=ROOT)
    assert code in (1, 2)   # a settings file that cannot be used: the contract's error or usage code, never 0
    assert f"{settings}:3:1: feil: Kommentaren inneholder det som ser ut som et fødselsnummer" in out + err
    assert IDENTITY_NUMBER not in out + err


def test_build_refuses_an_identity_number_written_as_a_number_so_no_site_holds_it(cli, register_dir, tmp_path):
    text = edited("        signatures: 214", f"        signatures: {IDENTITY_NUMBER}")
    (register_dir / "amnesty-nidaros.yaml").write_text(text, encoding="utf-8")
    code, out, err = cli("build", "--groups-dir", str(register_dir), "--public", str(tmp_path / "public"),
                         "--internal", str(tmp_path / "internal"), cwd=register_dir.parent)
    assert code == 1
    assert not (tmp_path / "internal").exists() and not (tmp_path / "public").exists()
    assert IDENTITY_NUMBER not in out + err


@pytest.mark.parametrize("written", [f"signatures: {IDENTITY_NUMBER}", f'"{EMAIL}": 1', f"x: 1 # {PHONE}"])
def test_a_duplicate_key_or_the_quoting_advice_never_repeats_a_personal_value(cli, register_dir, written):
    text = EXAMPLE.replace("status: active", f"{written}\n{written}\nstatus: active", 1)
    (register_dir / "amnesty-nidaros.yaml").write_text(text, encoding="utf-8")
    code, out, err = cli("validate", "--groups-dir", str(register_dir), cwd=register_dir.parent)
    assert code == 1
    assert all(value not in out + err for value in (IDENTITY_NUMBER, EMAIL, PHONE))
