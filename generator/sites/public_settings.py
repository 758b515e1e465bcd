"""What the public pages need from mkdocs.yml: the site's address and where its files are edited."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import yaml

from ..vocabulary import PROJECT_ROOT

CONFIG_FILE = PROJECT_ROOT / "mkdocs.yml"
HAND_WRITTEN_DOCS = PROJECT_ROOT / "docs"
PUBLIC_SCHEMA_FILE = PROJECT_ROOT / "schema" / "groups-public.schema.json"


@dataclass(frozen=True)
class SiteSettings:
    site_url: str
    repo_url: str
    edit_uri: str
    docs_dir: str

    def page_url(self, path: str) -> str:
        """The absolute address of a site path such as `groups/x/`."""
        return urljoin(self.site_url, path)

    def group_edit_url(self, group_id: str) -> str:
        """Where a group's file is edited: edit_uri points at docs_dir, and groups/ is at the repository root."""
        docs_edit_url = urljoin(self.repo_url.rstrip("/") + "/", self.edit_uri)
        return urljoin(docs_edit_url, posixpath.relpath(f"groups/{group_id}.yaml", self.docs_dir))

    @property
    def host(self) -> str:
        return self.site_url.split("//", 1)[-1].split("/", 1)[0]


def read_settings(config_file: Path = CONFIG_FILE) -> SiteSettings:
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    return SiteSettings(site_url=config["site_url"].rstrip("/") + "/", repo_url=config["repo_url"],
                        edit_uri=config.get("edit_uri", "edit/main/docs/"), docs_dir=config.get("docs_dir", "docs"))
