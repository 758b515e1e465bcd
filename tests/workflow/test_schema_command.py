"""`grupper schema` keeps the schema and the issue forms equal to the vocabularies."""

from __future__ import annotations

import yaml

from generator.issue_forms import forms
from generator.vocabulary import vocabularies

from .conftest import ROOT

FORM_FILES = ("ny-gruppe.yml", "medlemmer.yml", "kvartalsrapport.yml", "nedlegging.yml")


def test_committed_schema_and_forms_are_up_to_date(grupper):
    result = grupper("schema", "--check", "--root", str(ROOT))
    assert result.returncode == 0, result.stderr


def test_schema_writes_the_schema_and_every_form(grupper, tmp_path):
    root = tmp_path / "project"
    assert grupper("schema", "--root", str(root)).returncode == 0
    assert (root / "schema" / "group.schema.json").read_text() == (ROOT / "schema" / "group.schema.json").read_text()
    for name in FORM_FILES:
        assert (root / ".github" / "ISSUE_TEMPLATE" / name).read_text() == \
               (ROOT / ".github" / "ISSUE_TEMPLATE" / name).read_text()
    assert grupper("schema", "--check", "--root", str(root)).returncode == 0


def test_check_fails_and_names_the_stale_file(grupper, tmp_path):
    root = tmp_path / "project"
    grupper("schema", "--root", str(root))
    stale = root / ".github" / "ISSUE_TEMPLATE" / "ny-gruppe.yml"
    stale.write_text(stale.read_text().replace("- Sør\n", ""))
    result = grupper("schema", "--check", "--root", str(root))
    assert result.returncode == 1
    assert "ny-gruppe.yml er utdatert" in result.stderr
    assert "- Sør\n" not in stale.read_text(), "--check must not write"


def _elements(name: str) -> list[dict]:
    return yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / name).read_text())["body"]


def _options(element: dict) -> list[str]:
    return [o["label"] if isinstance(o, dict) else o for o in element["attributes"].get("options", [])]


def test_every_vocabulary_is_a_dropdown_or_checkboxes_with_all_its_labels():
    vocab = vocabularies()
    for form in forms(vocab):
        elements = {e.get("id"): e for e in _elements(f"{form.key}.yml")}
        for item in (f for f in form.fields if f.vocabulary):
            element = elements[item.id]
            assert element["type"] in ("dropdown", "checkboxes")
            assert _options(element) == [t.label for t in getattr(vocab, item.vocabulary).values()]


def test_the_forms_cover_region_category_priority_areas_activity_types_and_roles():
    vocab = vocabularies()
    registration = {e.get("id"): e for e in _elements("ny-gruppe.yml")}
    assert _options(registration["region"]) == ["Nord", "Midt", "Vest", "Sør", "Øst"]
    assert _options(registration["category"]) == [t.label for t in vocab.categories.values()]
    assert _options(registration["priority_areas"]) == [t.label for t in vocab.priority_areas.values()]
    role_labels = {e["attributes"]["label"] for e in _elements("medlemmer.yml") if e.get("id", "").startswith("role_")}
    assert role_labels == {t.label for k, t in vocab.roles.items() if k != "contact"}
    report_types = [e for e in _elements("kvartalsrapport.yml") if e.get("id", "").endswith("_type")]
    assert report_types and all(_options(e) == [t.label for t in vocab.activity_types.values()] for e in report_types)


def test_forms_have_unique_ids_and_labels_and_the_labels_github_needs():
    for name in FORM_FILES:
        document = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / name).read_text())
        assert {"name", "description", "body"} <= set(document)
        fields = [e for e in document["body"] if e["type"] != "markdown"]
        assert len({e["id"] for e in fields}) == len(fields)
        assert len({e["attributes"]["label"].casefold() for e in fields}) == len(fields)
        assert "skjema" in document["labels"]
