"""Imports run one way, down the pipeline: a module imports from its own stage and the stages before it, never
from a later one. The stages, in order: text, model, checks, status, views, then intake and sites (one stage, side
by side), then cli; a module's stage is its folder under generator/."""

from __future__ import annotations

import ast
from pathlib import Path

GENERATOR = Path(__file__).resolve().parents[2] / "generator"
STAGES = {"text": 0, "model": 1, "checks": 2, "status": 3, "views": 4, "intake": 5, "sites": 5, "cli": 6}
ENTRY = len(STAGES)   # generator/__main__.py and generator/__init__.py: above everything


def _modules() -> list[Path]:
    return sorted(GENERATOR.rglob("*.py"))


def _dotted(path: Path) -> str:
    parts = path.relative_to(GENERATOR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _stage(path: Path) -> int:
    folder = path.relative_to(GENERATOR).parts
    return STAGES[folder[0]] if len(folder) > 1 else ENTRY


def _package(path: Path) -> str:
    return _dotted(path) if path.name == "__init__.py" else _dotted(path).rpartition(".")[0]


def _imported(source: str, package: str):
    """(line, dotted module) of every import in the source, at the top or inside a function; relative imports
    resolved in `package`."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(part for part in (base, node.module) if part)
            if module == "generator":   # `from generator import views`: the stage is the name's
                yield from ((node.lineno, f"{module}.{alias.name}") for alias in node.names)
            else:
                yield node.lineno, module


def _stage_of_name(name: str) -> int | None:
    parts = name.split(".")
    if parts[0] != "generator" or len(parts) < 2 or parts[1] not in STAGES:
        return None
    return STAGES[parts[1]]


def test_every_folder_of_the_generator_is_a_stage():
    folders = {p.name for p in GENERATOR.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders <= set(STAGES), f"folders with no stage in {__name__}.STAGES: {sorted(folders - set(STAGES))}"


def test_no_module_imports_from_a_later_stage():
    against = sorted({f"{path.relative_to(GENERATOR.parent)}:{line} imports {name}"
                      for path in _modules()
                      for line, name in _imported(path.read_text(encoding="utf-8"), _package(path))
                      if (_stage_of_name(name) or 0) > _stage(path)})
    assert not against, "imports against the pipeline (text, model, checks, status, views, intake|sites, cli):\n" + \
        "\n".join(against)


def test_every_kind_of_import_is_seen():
    source = ("import generator.views.public_view\n"
              "from generator import views\n"
              "def later():\n"
              "    from ..status.model import GroupStatus\n"
              "from . import loading\n")
    names = [name for _, name in _imported(source, "generator.model")]
    assert "generator.views.public_view" in names and "generator.views" in names and "generator" not in names
    assert "generator.status.model" in names and "generator.model" in names
    assert [_stage_of_name(n) for n in ("generator.views", "generator.status.model", "json")] == [4, 3, None]
