"""The project's data files read like group files: each against its JSON Schema (generator/model/data_schemas.py)
with the group files' located Norwegian messages, then by its reader's own checks.

A data file that is missing, empty, not YAML or JSON, or of the wrong shape is a located problem, never a
silent default: `load_project` returns no project and every problem of every data file, and the command line
stops with them (exit 1).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.model.schema_check import SchemaChecker
from generator.model.county_outlines import Outlines, parse_outlines
from generator.model.data_schemas import (MUNICIPALITIES, OUTLINES, POSTCODES, REGIONS, SETTINGS, VOCABULARIES,
                                          DataSchema)
from generator.model.loading import GroupFile, read_data_file, read_json_file
from generator.model.municipalities import Municipalities, county_problems, parse_municipalities
from generator.model.postcodes import Postcodes, parse_postcodes, postcode_problems
from generator.model.problems import Problem, Reading
from generator.model.regions import RegionData, read_regions
from generator.model.settings import ProjectSettings, read_settings
from generator.model.vocabulary import Vocabularies, parse_vocabularies, task_problems

Reader = Callable[[Path, str], Reading[GroupFile]]


def checked(path: Path, display: str, data_schema: DataSchema, vocab: Vocabularies | None = None,
            read: Reader = read_data_file) -> Reading[GroupFile]:
    """The file as read (None when it cannot be read at all) and its problems: the reading's, else the schema's."""
    loaded, problems = read(path, display)
    if loaded is None:
        return None, problems
    return loaded, SchemaChecker(data_schema.build(vocab), group_file=False).check(loaded)


def vocabularies(path: Path, display: str) -> Reading[Vocabularies]:
    """The vocabularies in `path`; without them nothing can be checked, so any problem makes them None."""
    file, problems = checked(path, display, VOCABULARIES)
    problems = problems or task_problems(file)
    return (None, problems) if problems else (parse_vocabularies(file.data), [])


def regions(path: Path, display: str, vocab: Vocabularies) -> Reading[RegionData]:
    _, problems = checked(path, display, REGIONS, vocab)
    data, found = read_regions(path, vocab, display)
    return data, _beside(found, problems)


def settings(path: Path, display: str) -> tuple[ProjectSettings, list[Problem]]:
    _, problems = checked(path, display, SETTINGS)
    read, found = read_settings(path, display)
    return ProjectSettings() if read is None else read, _beside(found, problems)


def municipalities(path: Path, display: str) -> Reading[Municipalities]:
    """The municipality list; None when it has problems."""
    file, problems = checked(path, display, MUNICIPALITIES, read=read_json_file)
    problems = problems or (county_problems(file) if file else [])
    return (None if problems else parse_municipalities(file.data)), problems


def outlines(path: Path, display: str) -> Reading[Outlines]:
    """The county outlines of the map; None when they have problems."""
    file, problems = checked(path, display, OUTLINES, read=read_json_file)
    return (None if problems else parse_outlines(file.data)), problems


def postcodes(path: Path, display: str, municipalities: Municipalities | None) -> Reading[Postcodes]:
    """The post places and postcodes; None when they have problems. Without the municipality list (it has problems
    of its own) their municipality numbers are not checked."""
    file, problems = checked(path, display, POSTCODES, read=read_json_file)
    if file and not problems and municipalities is not None:
        problems = postcode_problems(file, {municipality.number for municipality in municipalities.municipalities})
    return (None if problems else parse_postcodes(file.data)), problems


def _beside(reader: list[Problem], schema: list[Problem]) -> list[Problem]:
    """The reader's problems, which say most, and the schema's where the reader found nothing."""
    said = {(problem.line, problem.col) for problem in reader}
    return list(reader) + [problem for problem in schema if (problem.line, problem.col) not in said]
