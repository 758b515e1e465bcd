"""docs/development.md names every module of generator/ in its table, so the notes, the tree and the code agree."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT

NOTES = (ROOT / "docs" / "development.md").read_text(encoding="utf-8")
STAGES = ("model", "checks", "status", "views", "intake", "text", "sites", "cli")
MODULES = sorted(path for path in (ROOT / "generator").rglob("*.py") if path.name not in ("__init__.py", "__main__.py"))


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_every_module_is_in_the_notes_under_its_stage(module):
    stage, *rest = module.relative_to(ROOT / "generator").parts
    assert stage in STAGES, f"{module.name} lies outside the stages of the tree"
    section = NOTES.split(f"| **{stage}/** | |", 1)[1].split("| **", 1)[0]
    assert f"`{'/'.join(rest)}`" in section


def test_the_notes_show_each_stage_of_the_tree():
    tree = NOTES.split("generator/\n", 1)[1].split("```", 1)[0]
    for stage in STAGES:
        assert f"  {stage}/" in tree
    assert sorted(p.name for p in (ROOT / "generator").iterdir() if p.is_dir() and p.name != "__pycache__") == \
        sorted(STAGES)
