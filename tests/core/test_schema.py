"""The JSON Schema: generated from the vocabularies, usable alone by other tools."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from generator.model.schema import render_schema

from tests.conftest import ROOT, vocabularies

SCHEMA_FILE = ROOT / "schema" / "group.schema.json"
SAMPLES = sorted((ROOT / "groups").glob("*.yaml"))


def test_the_committed_schema_is_generated_from_the_vocabularies():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == render_schema(vocabularies()), "run `grupper schema`"


def test_the_schema_is_valid_draft_2020_12():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_every_property_has_a_norwegian_title_and_description():
    def properties(schema):
        for name, sub in schema.get("properties", {}).items():
            yield name, sub
            yield from properties(sub)
            yield from properties(sub.get("items", {}))
        for sub in schema.get("$defs", {}).values():
            yield from properties(sub)
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    missing = [name for name, sub in properties(schema) if not (sub.get("title") and sub.get("description"))]
    assert missing == []


def test_every_vocabulary_key_is_an_enum_with_its_label():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    regions = schema["properties"]["region"]
    assert regions["enum"] == ["nord", "midt", "vest", "sor", "ost"]
    assert regions["enumDescriptions"] == ["Nord", "Midt", "Vest", "Sør", "Øst"]


def test_check_jsonschema_accepts_every_sample_file_with_the_schema_alone():
    tool = Path(sys.executable).with_name("check-jsonschema")
    result = subprocess.run([str(tool), "--schemafile", str(SCHEMA_FILE), *map(str, SAMPLES)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(SAMPLES) >= 13


def test_check_jsonschema_rejects_a_javascript_link(tmp_path):
    text = (ROOT / "groups" / "amnesty-nidaros.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "amnesty-x.yaml"
    bad.write_text(text.replace("https://example.org/amnesty-nidaros", "javascript:alert(1)"), encoding="utf-8")
    tool = Path(sys.executable).with_name("check-jsonschema")
    result = subprocess.run([str(tool), "--schemafile", str(SCHEMA_FILE), str(bad)], capture_output=True, text=True)
    assert result.returncode == 1


def test_if_only_the_compiled_validator_objects_its_verdict_stands_located(monkeypatch):
    from generator.model.schema_check import SchemaChecker
    from generator.model.loading import parse_group
    from generator.model.schema import build_schema

    checker = SchemaChecker(build_schema(vocabularies()))
    monkeypatch.setattr(SchemaChecker, "_explainer", jsonschema.Draft202012Validator({}))  # explains nothing
    text = (ROOT / "groups" / "amnesty-nidaros.yaml").read_text(encoding="utf-8").replace("region: midt", "region: 5")
    problems = checker.check(parse_group("amnesty-nidaros.yaml", text.encode())[0])
    assert [(p.line, p.rule) for p in problems] == [(11, "§6.1")]


def test_an_e_mail_address_with_markup_is_rejected_by_every_tool(tmp_path, run_grupper):
    text = (ROOT / "groups" / "amnesty-nidaros.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "amnesty-x.yaml"
    bad.write_text(text.replace("nidaros@example.org", '"<script>@x.y"'), encoding="utf-8")
    tool = Path(sys.executable).with_name("check-jsonschema")
    assert subprocess.run([str(tool), "--schemafile", str(SCHEMA_FILE), str(bad)], capture_output=True).returncode == 1
    grupper = run_grupper("validate", str(bad), cwd=ROOT)
    assert grupper.returncode == 1 and ":35:10: feil:" in grupper.stdout
