"""The project, read once by the command line and passed down: where it lives, its vocabularies, settings,
region data, municipalities and their map, the post places and postcodes, the two sites' sources and, for the
commands that show it (the internal site's «Historikk»), the groups' Git history.

Nothing below the command line opens a project file or asks the working folder:
what a module needs comes in this value (or the parts of it a function takes).
Every data file is checked like a group file (generator/model/project_data.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from generator.model import project_data
from generator.model.county_outlines import OUTLINE_FILE, Outlines
from generator.model.git_history import Histories, file_histories, merged
from generator.model.municipalities import MUNICIPALITY_FILE
from generator.model.places import Places, places
from generator.model.postcodes import POSTCODE_FILE, Postcodes
from generator.model.problems import Problem, Reading, sort_problems
from generator.model.regions import REGIONS_FILE, RegionData
from generator.model.settings import SETTINGS_FILE, ProjectSettings
from generator.model.vocabulary import VOCABULARY_FILE, Vocabularies

PUBLIC_SCHEMA_FILE = "schema/groups-public.schema.json"


@dataclass(frozen=True)
class SiteSources:
    """What MkDocs builds a site from beside the generated pages."""

    config: Path          # mkdocs.yml or mkdocs.internal.yml
    docs: Path            # the hand-written pages
    site_url: str         # the configuration's site_url, ending in /


@dataclass(frozen=True)
class Project:
    root: Path
    vocab: Vocabularies
    settings: ProjectSettings
    regions: RegionData
    regions_file: Path
    places: Places
    public_site: SiteSources
    internal_site: SiteSources
    public_schema: bytes          # schema/groups-public.schema.json, published with the open data
    outlines: Outlines            # the counties and the municipalities' points, for the public site's maps
    postcodes: Postcodes          # the post places and postcodes, for the public site's place search
    histories: Histories = field(default_factory=Histories)   # by each file's absolute path; read, never changed
    region_problems: tuple[Problem, ...] = ()   # the region file's, which the internal site's dashboard shows

    def with_histories(self, folders: Iterable[Path]) -> Project:
        """The project with the Git history of every file in `folders` (one `git log` a folder)."""
        return replace(self, histories=merged([file_histories(folder) for folder in set(folders)]))


def load_project(root: Path, regions_file: Path | None = None, settings_file: Path | None = None,
                 display=str) -> Reading[Project]:
    """The project under `root` (None when any data file has an error) and every data file's problems, located."""
    vocab, vocab_problems = project_data.vocabularies(root / VOCABULARY_FILE, display(root / VOCABULARY_FILE))
    if vocab is None:
        return None, vocab_problems
    regions_path = regions_file or root / REGIONS_FILE
    settings_path = settings_file or root / SETTINGS_FILE
    regions, region_problems = project_data.regions(regions_path, display(regions_path), vocab)
    settings, settings_problems = project_data.settings(settings_path, display(settings_path))
    municipalities, municipality_problems = project_data.municipalities(root / MUNICIPALITY_FILE,
                                                                        display(root / MUNICIPALITY_FILE))
    outlines, outline_problems = project_data.outlines(root / OUTLINE_FILE, display(root / OUTLINE_FILE))
    postcodes, postcode_problems = project_data.postcodes(root / POSTCODE_FILE, display(root / POSTCODE_FILE),
                                                          municipalities)
    problems = sort_problems(region_problems + settings_problems + municipality_problems + outline_problems
                             + postcode_problems)
    if any(problem.is_error for problem in problems):
        return None, problems
    return Project(root=root, vocab=vocab, settings=settings, regions=regions, regions_file=regions_path,
                   places=places(municipalities, regions),
                   public_site=_site_sources(root / "mkdocs.yml", root / "docs"),
                   internal_site=_site_sources(root / "mkdocs.internal.yml", root / "docs-internal"),
                   public_schema=(root / PUBLIC_SCHEMA_FILE).read_bytes(), outlines=outlines, postcodes=postcodes,
                   region_problems=tuple(region_problems)), problems


def _site_sources(config: Path, docs: Path) -> SiteSources:
    site_url = yaml.safe_load(config.read_text(encoding="utf-8")).get("site_url") or "/"
    return SiteSources(config, docs, site_url.rstrip("/") + "/")
