"""What the public pages need beyond the groups: the site's address from mkdocs.yml, the repository's where
visitors may open it, and whom a visitor can write to (settings and regions)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import yaml

from generator.model.regions import REGIONS_FILE, read_regions
from generator.model.settings import ProjectSettings, read_settings as read_project_settings
from generator.model.vocabulary import PROJECT_ROOT, Vocabularies
from generator.sites.public.contact import Reach, reach

CONFIG_FILE = PROJECT_ROOT / "mkdocs.yml"
HAND_WRITTEN_DOCS = PROJECT_ROOT / "docs"
PUBLIC_SCHEMA_FILE = PROJECT_ROOT / "schema" / "groups-public.schema.json"


@dataclass(frozen=True)
class SiteSettings:
    site_url: str
    public_repository: str | None = None   # only where visitors can open it; None: the site never links there

    def page_url(self, path: str) -> str:
        """The absolute address of a site path such as `groups/x/`."""
        return urljoin(self.site_url, path)

    def group_edit_url(self, group_id: str) -> str | None:
        """Where a group's file is edited on GitHub, if a visitor may open the repository."""
        if self.public_repository is None:
            return None
        return f"{self.public_repository.rstrip('/')}/edit/main/groups/{group_id}.yaml"

    @property
    def host(self) -> str:
        return self.site_url.split("//", 1)[-1].split("/", 1)[0]


def read_settings(config_file: Path = CONFIG_FILE, project: ProjectSettings | None = None) -> SiteSettings:
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    project = project or read_project_settings()
    return SiteSettings(site_url=config["site_url"].rstrip("/") + "/", public_repository=project.public_repository)


def read_reach(vocab: Vocabularies, project: ProjectSettings | None = None) -> Reach:
    """The organisation's and the regions' contact routes, from data/settings.yaml and data/regions.yaml."""
    return reach(read_regions(PROJECT_ROOT / REGIONS_FILE, vocab), project or read_project_settings(), vocab)
