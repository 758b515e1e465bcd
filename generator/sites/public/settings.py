"""What the public pages need beyond the groups, taken from the project: the site's address, the repository's
where visitors may open it, and whom a visitor can write to (settings and regions)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from generator.model.project import Project
from generator.sites.public.contact import Reach, reach


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


def site_settings(project: Project) -> SiteSettings:
    return SiteSettings(site_url=project.public_site.site_url, public_repository=project.settings.public_repository)


def project_reach(project: Project) -> Reach:
    """The organisation's and the regions' contact routes."""
    return reach(project.regions, project.settings, project.vocab)
