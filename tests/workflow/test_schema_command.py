"""`grupper schema` keeps the schema and the issue forms equal to the vocabularies, and CODEOWNERS to the group
files' maintainers."""

from __future__ import annotations

import shutil

import yaml

from generator.intake.issue_forms import forms

from tests.conftest import ROOT, vocabularies

FORM_FILES = ("ny-gruppe.yml", "medlemmer.yml", "kvartalsrapport.yml", "nedlegging.yml")


def test_committed_schema_forms_and_codeowners_are_up_to_date(grupper_process):
    result = grupper_process("schema", "--check", "--root", str(ROOT))   # as CI runs it: the exit code a shell sees
    assert result.returncode == 0, result.stderr


def _new_project(tmp_path, groups=("amnesty-nidaros.yaml", "amnesty-ungdom-molde.yaml")):
    """A project folder with the settings and some of the sample groups, nothing generated yet."""
    root = tmp_path / "project"
    (root / "data").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "settings.yaml", root / "data" / "settings.yaml")
    (root / "groups").mkdir()
    for name in groups:
        shutil.copy(ROOT / "groups" / name, root / "groups" / name)
    return root


def test_schema_writes_the_schema_and_every_form(grupper, tmp_path):
    root = _new_project(tmp_path)
    assert grupper("schema", "--root", str(root)).returncode == 0
    assert (root / "schema" / "group.schema.json").read_text() == (ROOT / "schema" / "group.schema.json").read_text()
    for name in FORM_FILES:
        assert (root / ".github" / "ISSUE_TEMPLATE" / name).read_text() == \
               (ROOT / ".github" / "ISSUE_TEMPLATE" / name).read_text()
    assert grupper("schema", "--check", "--root", str(root)).returncode == 0


def test_check_fails_and_names_the_stale_file(grupper, tmp_path):
    root = _new_project(tmp_path)
    grupper("schema", "--root", str(root))
    stale = root / ".github" / "ISSUE_TEMPLATE" / "ny-gruppe.yml"
    stale.write_text(stale.read_text().replace("- Sør\n", ""))
    result = grupper("schema", "--check", "--root", str(root))
    assert result.returncode == 1
    assert "ny-gruppe.yml er utdatert" in result.stderr
    assert "- Sør\n" not in stale.read_text(), "--check must not write"


def test_codeowners_gives_everything_to_the_team_then_each_group_file_to_its_maintainers_and_the_team(grupper,
                                                                                                      tmp_path):
    root = _new_project(tmp_path, ("amnesty-nidaros.yaml", "amnesty-ungdom-molde.yaml",
                                   "amnesty-studentgruppe-ntnu.yaml"))
    molde = root / "groups" / "amnesty-ungdom-molde.yaml"
    molde.write_text(molde.read_text(encoding="utf-8").replace("open_to_new_members: true\n",
                                                               "open_to_new_members: true\nmaintainers: [Ola-N]\n"))
    assert grupper("schema", "--root", str(root)).returncode == 0
    text = (root / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    comments = [line for line in text.splitlines() if line.startswith("#")]
    assert "grupper schema" in comments[0] and "Ikke rediger for hånd" in comments[1]
    assert [line for line in text.splitlines() if line and not line.startswith("#")] == [
        "* @amnesty-norge/sekretariatet",
        "/groups/amnesty-nidaros.yaml @kari-nordmann @amnesty-norge/sekretariatet",
        "/groups/amnesty-studentgruppe-ntnu.yaml @ingrid-solberg @MatsHolm @amnesty-norge/sekretariatet",
        "/groups/amnesty-ungdom-molde.yaml @Ola-N @amnesty-norge/sekretariatet",
    ]


def test_a_group_without_maintainers_is_the_teams_alone_and_adds_no_line(grupper, tmp_path):
    root = _new_project(tmp_path)
    grupper("schema", "--root", str(root))
    before = (root / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    shutil.copy(ROOT / "groups" / "amnesty-hamar.yaml", root / "groups" / "amnesty-hamar.yaml")
    assert "maintainers" not in (root / "groups" / "amnesty-hamar.yaml").read_text(encoding="utf-8")
    assert grupper("schema", "--check", "--root", str(root)).returncode == 0
    assert "amnesty-ungdom-molde" not in before     # a new group from a form leaves CODEOWNERS as it is


def test_check_fails_when_a_maintainer_is_added_without_running_schema(grupper, tmp_path):
    root = _new_project(tmp_path)
    grupper("schema", "--root", str(root))
    nidaros = root / "groups" / "amnesty-nidaros.yaml"
    nidaros.write_text(nidaros.read_text(encoding="utf-8").replace("[kari-nordmann]", "[kari-nordmann, ola-n]"))
    result = grupper("schema", "--check", "--root", str(root))
    assert result.returncode == 1
    assert ".github/CODEOWNERS er utdatert: kjør `grupper schema`." in result.stderr
    assert "ola-n" not in (root / ".github" / "CODEOWNERS").read_text(encoding="utf-8"), "--check must not write"
    assert grupper("schema", "--root", str(root)).returncode == 0
    assert "/groups/amnesty-nidaros.yaml @kari-nordmann @ola-n @amnesty-norge/sekretariatet\n" in \
           (root / ".github" / "CODEOWNERS").read_text(encoding="utf-8")


def test_a_malformed_maintainer_never_reaches_codeowners_and_is_a_located_error(grupper, tmp_path):
    root = _new_project(tmp_path)
    nidaros = root / "groups" / "amnesty-nidaros.yaml"
    nidaros.write_text(nidaros.read_text(encoding="utf-8").replace("[kari-nordmann]",
                                                                   "[kari-nordmann, '@ola', 'x y']"))
    assert grupper("schema", "--root", str(root)).returncode == 0
    assert "/groups/amnesty-nidaros.yaml @kari-nordmann @amnesty-norge/sekretariatet\n" in \
           (root / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    result = grupper("validate", "project/groups/amnesty-nidaros.yaml")
    assert result.returncode == 1
    shown = "project/groups/amnesty-nidaros.yaml"
    assert [line.split(": ")[0] for line in result.stdout.splitlines()] == [f"{shown}:19:30", f"{shown}:19:38"]


def test_the_same_maintainer_in_two_spellings_is_a_located_error(grupper, tmp_path):
    root = _new_project(tmp_path)
    nidaros = root / "groups" / "amnesty-nidaros.yaml"
    nidaros.write_text(nidaros.read_text(encoding="utf-8").replace("[kari-nordmann]",
                                                                   "[Kari-Nordmann, ola, kari-nordmann]"))
    result = grupper("validate", "project/groups/amnesty-nidaros.yaml")
    assert result.returncode == 1
    assert result.stdout.startswith("project/groups/amnesty-nidaros.yaml:19:35: feil: «kari-nordmann» er den "
                                    "samme GitHub-kontoen som «Kari-Nordmann»")
    assert result.stdout.rstrip().endswith("(§6.1)")
    assert grupper("schema", "--root", str(root)).returncode == 0
    assert "/groups/amnesty-nidaros.yaml @Kari-Nordmann @ola @amnesty-norge/sekretariatet\n" in \
           (root / ".github" / "CODEOWNERS").read_text(encoding="utf-8")


def test_codeowners_needs_the_secretariats_team_in_the_settings(grupper, tmp_path):
    root = _new_project(tmp_path)
    (root / "data" / "settings.yaml").write_text("member_url: https://medlem.example.org/{member_number}\n")
    result = grupper("schema", "--root", str(root))
    assert result.returncode == 2
    assert "mangler secretariat_team" in result.stderr
    (root / "data" / "settings.yaml").write_text("secretariat_team: sekretariatet\n")
    result = grupper("schema", "--root", str(root))
    assert result.returncode == 2
    assert "settings.yaml:1:19: feil: secretariat_team må være et team på GitHub" in result.stderr


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
