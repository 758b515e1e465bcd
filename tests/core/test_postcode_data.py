"""The post places and postcodes (data/postnummer.json, from Posten Bring's register by scripts/refresh-postcodes;
data/KILDER.md): well-formed, every postcode once, every municipality number one of data/kommuner.json and every
municipality reached, the towns a visitor writes found, source and size, from the committed file alone; and the
refresh script's reading of Bring's own file."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from generator.model.postcodes import parse_postcodes
from tests.conftest import PROJECT, ROOT

POSTCODE_FILE = ROOT / "data" / "postnummer.json"
RAW = json.loads(POSTCODE_FILE.read_text(encoding="utf-8"))
MUNICIPALITIES = {m["number"]: m["name"] for m in json.loads((ROOT / "data" / "kommuner.json").read_text(
    encoding="utf-8"))["municipalities"]}
POSTCODES = parse_postcodes(RAW)
BY_POSTCODE = {code: place for place in POSTCODES.places for code in place.postcodes}
SIZE_BUDGET = 120_000      # bytes; about 90 kB with Bring's 5,114 postcodes of 2026
SCRIPT = ROOT / "scripts" / "refresh-postcodes"


def _municipality_of(place_name: str) -> set[str]:
    return {MUNICIPALITIES[place.municipality] for place in POSTCODES.places if place.name == place_name}


def test_every_postcode_is_four_digits_and_given_once():
    codes = [code for place in POSTCODES.places for code in place.postcodes]
    assert len(codes) == len(set(codes)) > 5000
    assert all(re.fullmatch(r"[0-9]{4}", code) for code in codes)


def test_every_place_lies_in_a_municipality_of_the_2024_structure_and_every_municipality_has_postcodes():
    assert RAW["structure"] == "2024-01-01"
    numbers = {place.municipality for place in POSTCODES.places}
    assert numbers - MUNICIPALITIES.keys() == set()
    assert MUNICIPALITIES.keys() - numbers == set()


def test_a_town_and_its_postcode_lead_to_its_municipality():
    assert _municipality_of("Hommelvik") == {"Malvik"}
    assert BY_POSTCODE["7550"].name == "Hommelvik" and MUNICIPALITIES[BY_POSTCODE["7550"].municipality] == "Malvik"
    assert MUNICIPALITIES[BY_POSTCODE["0150"].municipality] == "Oslo"
    assert _municipality_of("Mo i Rana") == {"Rana"}
    assert _municipality_of("Bryne") == {"Klepp", "Time"}       # one place, two municipalities


def test_places_are_written_as_names_not_in_capitals():
    names = {place.name for place in POSTCODES.places}
    assert {"Hommelvik", "Mo i Rana", "Nes på Hedmarken", "Kristiansand S"} <= names
    assert not [name for name in names if re.search(r"[A-ZÆØÅ]{2}", name)]


def test_svalbard_and_jan_mayen_are_left_out_as_no_municipality():
    assert not {"9170", "9171", "8099"} & BY_POSTCODE.keys()


def test_the_source_and_licence_are_named_and_the_file_stays_small():
    source = RAW["source"]
    assert source["provider"] == "Posten Bring AS" and source["register"] == "Postnummerregister"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", source["updated"]) and re.fullmatch(r"[0-9a-f]{40}", source["commit"])
    assert source["licence_url"].startswith("https://") and "NLOD" in source["licence"]
    assert source["attribution"] in (ROOT / "data" / "KILDER.md").read_text(encoding="utf-8")
    assert POSTCODE_FILE.stat().st_size < SIZE_BUDGET


def test_the_project_reads_the_file_as_committed():
    assert PROJECT.postcodes == POSTCODES


def test_the_refresh_script_reads_brings_latin_1_file_and_writes_one_place_a_line(tmp_path):
    register = tmp_path / "Postnummerregister-ansi.txt"
    lines = ["7550\tHOMMELVIK\t5031\tMALVIK\tG", "7551\tHOMMELVIK\t5031\tMALVIK\tP", "8601\tMO I RANA\t1833\tRANA\tB",
             "9170\tLONGYEARBYEN\t2100\tSVALBARD\tG"]
    register.write_bytes("\r\n".join(lines).encode("latin-1"))
    known = tmp_path / "kommuner.json"
    known.write_text(json.dumps({"structure": "2024-01-01", "municipalities": [{"number": "5031"},
                                                                              {"number": "1833"}]}), encoding="utf-8")
    out = tmp_path / "postnummer.json"
    done = subprocess.run([sys.executable, str(SCRIPT), str(register), "--updated", "2026-05-26", "--source-commit",
                           "0" * 40, "--out", str(out), "--municipalities", str(known)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "9170 Longyearbyen (Svalbard)" in done.stdout
    written = out.read_text(encoding="utf-8")
    assert '  "Hommelvik": {"5031": ["7550", "7551"]},\n  "Mo i Rana": {"1833": ["8601"]}\n' in written
    assert json.loads(written)["source"]["updated"] == "2026-05-26"


def test_the_refresh_script_stops_at_a_municipality_the_list_does_not_have(tmp_path):
    register = tmp_path / "register.tsv"
    register.write_text("7550\tHOMMELVIK\t1663\tMALVIK\tG\n", encoding="utf-8")    # Malvik's number before 2018
    known = tmp_path / "kommuner.json"
    known.write_text(json.dumps({"structure": "2024-01-01", "municipalities": [{"number": "5031"}]}),
                     encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCRIPT), str(register), "--updated", "2026-05-26", "--source-commit",
                           "0" * 40, "--out", str(tmp_path / "out.json"), "--municipalities", str(known)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "municipality 1663" in done.stderr and not (tmp_path / "out.json").exists()
