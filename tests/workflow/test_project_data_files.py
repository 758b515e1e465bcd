"""Every project data file is checked like a group file: a missing, empty, unreadable or mistyped one stops
validate, build and status with a located problem in that file and exit 1, never a traceback or a silent default;
each real data file passes its schema in schema/, for check-jsonschema too."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import common
from generator.cli.main import main
from generator.model.data_schemas import DATA_SCHEMAS, render_data_schemas
from tests.conftest import AS_OF, ROOT, vocabularies

REGIONS, SETTINGS, VOCABULARIES = "data/regions.yaml", "data/settings.yaml", "schema/vocabularies.yaml"
MUNICIPALITIES, OUTLINES = "data/kommuner.json", "data/fylker-omriss.json"
POSTCODES, ABELVAER = "data/postnummer.json", '"Abelvær": {"5060": ["7950"]}'


def _replaced(old: str, new: str):
    def edit(text: str) -> str:
        assert old in text
        return text.replace(old, new, 1)
    return edit


def _line_of(text: str, old: str) -> int:
    return text[:text.index(old)].count("\n") + 1


# data file -> fault -> (the file's new text from its old, the line the problem is at: None for the edit's line)
BROKEN = {
    REGIONS: {"not parseable": ("regions:\n  nord: [\n", 3), "wrong type": ("regions:\n  - nord\n", 2)},
    SETTINGS: {"not parseable": ('contact: "grupper@example.org\n', 1), "wrong type": ("contact:\n  - navn\n", 2)},
    VOCABULARIES: {"not parseable": ("regions:\n\tnord: {label: Nord}\n", 2),
                   "wrong type": (_replaced("nord: {label: Nord}", "nord: {label: [Nord]}"), None)},
    MUNICIPALITIES: {"not parseable": ('{"counties": [1, 2,]}', 1),
                     "wrong type": (_replaced('"lat": 59.98125', '"lat": "59.98125"'), None)},
    OUTLINES: {"not parseable": ('{\n"viewBox": "0 0 1 1"\n"points": {}}', 3),
               "wrong type": (_replaced('"viewBox": "0 0 1213 1507"', '"viewBox": 1213'), None)},
    POSTCODES: {"not parseable": ('{\n"places": {\n  "Hommelvik": }\n}', 3),
                "wrong type": (_replaced(ABELVAER, '"Abelvær": {"5060": [7950]}'), None),
                "unknown municipality": (_replaced(ABELVAER, '"Abelvær": {"9999": ["7950"]}'), None)},
}
EDITED_AT = {REGIONS: None, SETTINGS: None, VOCABULARIES: "nord: {label: Nord}", MUNICIPALITIES: '"lat": 59.98125',
             OUTLINES: '"viewBox": "0 0 1213 1507"', POSTCODES: ABELVAER}
CASES = [(name, fault) for name in BROKEN for fault in ("missing", "empty", *BROKEN[name])]
COMMANDS = {"validate": ["validate"], "build": ["build", "--public", "site/public", "--internal", "site/internal"],
            "status": ["status"]}


def _project_copy(folder: Path) -> Path:
    """The project's code, data, schemas, sample groups and site configurations, in a folder of its own."""
    for name in ("generator", "schema", "data", "groups"):
        shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml", "mkdocs.internal.yml"):
        shutil.copy(ROOT / name, folder / name)
    return folder


def _break(root: Path, name: str, fault: str) -> int:
    """Break the data file `name` under `root` with `fault`; the line its problem is at."""
    path = root / name
    if fault == "missing":
        path.unlink()
        return 1
    if fault == "empty":
        path.write_text("", encoding="utf-8")
        return 1
    change, line = BROKEN[name][fault]
    old = path.read_text(encoding="utf-8")
    path.write_text(change(old) if callable(change) else change, encoding="utf-8")
    return line or _line_of(old, EDITED_AT[name])


def _located(name: str, line: int) -> re.Pattern:
    return re.compile(rf"^{re.escape(name)}:{line}:\d+: (feil|error): ", re.MULTILINE)


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    return _project_copy(tmp_path_factory.mktemp("prosjekt"))


@pytest.fixture
def broken_root(copy, tmp_path, monkeypatch) -> Path:
    """A project whose data files a test may break: the code's own copy, read by the command in this process."""
    root = tmp_path / "prosjekt"
    for name in ("schema", "data"):
        shutil.copytree(copy / name, root / name)
    for name in ("mkdocs.yml", "mkdocs.internal.yml"):
        shutil.copy(copy / name, root / name)
    monkeypatch.setattr(common, "PROJECT_ROOT", root)
    monkeypatch.chdir(root)
    common.vocabularies.cache_clear()
    yield root
    common.vocabularies.cache_clear()


@pytest.mark.parametrize(("name", "fault"), CASES)
def test_a_broken_data_file_stops_validate_build_and_status_at_its_line(broken_root, capsys, name, fault):
    line = _break(broken_root, name, fault)
    for command, arguments in COMMANDS.items():
        code = main([*arguments, "--groups-dir", str(ROOT / "groups"), "--as-of", AS_OF.isoformat()])
        out, err = capsys.readouterr()
        assert code == 1, (command, out, err)
        assert _located(name, line).search(out + err), (command, out, err)
        assert "intern feil" not in err
    assert not (broken_root / "site").exists()


@pytest.mark.parametrize(("name", "command"), [(REGIONS, "validate"), (SETTINGS, "build"), (VOCABULARIES, "status"),
                                               (MUNICIPALITIES, "validate"), (OUTLINES, "build")])
def test_the_real_command_says_where_a_data_file_is_missing_without_a_traceback(copy, tmp_path, name, command):
    root = tmp_path / "prosjekt"
    shutil.copytree(copy, root)
    (root / name).unlink()
    done = subprocess.run([sys.executable, "-m", "generator", *COMMANDS[command], "--as-of", AS_OF.isoformat()],
                          cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert _located(name, 1).search(done.stdout + done.stderr), done.stderr
    assert "Traceback" not in done.stderr


def test_validate_in_json_reports_a_data_file_in_the_agreed_shape(broken_root, capsys):
    _break(broken_root, REGIONS, "wrong type")
    assert main(["validate", "--groups-dir", str(ROOT / "groups"), "--format", "json"]) == 1
    out = capsys.readouterr().out
    assert '"path": "data/regions.yaml"' in out and '"line": 2' in out


def test_a_region_file_the_reader_rejects_is_one_problem_where_schema_and_reader_agree(broken_root, capsys):
    (broken_root / REGIONS).write_text("regions:\n  nordland:\n    adviser: Rådgiver\n", encoding="utf-8")
    assert main(["status", "--groups-dir", str(ROOT / "groups")]) == 1
    said = "".join(capsys.readouterr())
    assert said.count("data/regions.yaml:2:3:") == 1 and "Mente du «nord»?" in said


def test_the_committed_data_schemas_are_what_grupper_schema_writes():
    for name, text in render_data_schemas(vocabularies()).items():
        assert (ROOT / name).read_text(encoding="utf-8") == text, "run `grupper schema`"


@pytest.mark.parametrize("entry", DATA_SCHEMAS, ids=lambda entry: entry.data_file)
def test_check_jsonschema_accepts_each_real_data_file(entry):
    tool = Path(sys.executable).parent / "check-jsonschema"
    done = subprocess.run([str(tool), "--schemafile", str(ROOT / entry.schema_file), str(ROOT / entry.data_file)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
