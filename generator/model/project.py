"""The project, read once by the command line and passed down: where it lives, its vocabularies, settings,
region data, municipalities and their map, the two sites' sources and, for the commands that show it (the
internal site's «Historikk»), the groups' Git history.

Nothing below the command line opens a project file or asks the working folder:
what a module needs comes in this value (or the parts of it a function takes).
The region file is optional; without it, `notices` says so once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from generator.model.county_outlines import OUTLINE_FILE, Outlines, read_outlines
from generator.model.git_history import Histories, file_histories, merged
from generator.model.municipalities import MUNICIPALITY_FILE, read_municipalities
from generator.model.places import Places, places
from generator.model.regions import REGIONS_FILE, RegionData, read_regions
from generator.model.settings import SETTINGS_FILE, ProjectSettings, read_settings
from generator.model.vocabulary import VOCABULARY_FILE, Vocabularies, read_vocabularies

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
    histories: Histories = field(default_factory=Histories)   # by each file's absolute path; read, never changed
    notices: tuple[str, ...] = ()  # what the user should hear once: an optional file that is missing

    def with_histories(self, folders: Iterable[Path]) -> Project:
        """The project with the Git history of every file in `folders` (one `git log` a folder)."""
        return replace(self, histories=merged([file_histories(folder) for folder in set(folders)]))


def load_project(root: Path, regions_file: Path | None = None, settings_file: Path | None = None,
                 display=str) -> Project:
    """The project under `root`. A settings file that cannot be used raises SettingsError (located problems);
    problems in the region file are in `regions.problems`, for the commands that report them."""
    vocab = read_vocabularies(root / VOCABULARY_FILE)
    regions_path = regions_file or root / REGIONS_FILE
    regions = read_regions(regions_path, vocab, display(regions_path))
    notices = () if regions_path.exists() else (
        f"Fant ikke {display(regions_path)}: regionene har ingen regionrådgiver, fylker eller regionmøter.",)
    settings_path = settings_file or root / SETTINGS_FILE
    settings = read_settings(settings_path, display(settings_path))
    return Project(root=root, vocab=vocab, settings=settings, regions=regions, regions_file=regions_path,
                   places=places(read_municipalities(root / MUNICIPALITY_FILE), regions),
                   public_site=_site_sources(root / "mkdocs.yml", root / "docs"),
                   internal_site=_site_sources(root / "mkdocs.internal.yml", root / "docs-internal"),
                   public_schema=(root / PUBLIC_SCHEMA_FILE).read_bytes(),
                   outlines=read_outlines(root / OUTLINE_FILE), notices=notices)


def _site_sources(config: Path, docs: Path) -> SiteSources:
    site_url = yaml.safe_load(config.read_text(encoding="utf-8")).get("site_url") or "/"
    return SiteSources(config, docs, site_url.rstrip("/") + "/")
