"""The internal status site: built with its own MkDocs configuration, never linked from the public one.

Region data and Git history are read here from their conventional places
(data/regions.yaml, the Git history of the groups' folder), so the caller needs
only the groups, the context, the project settings (data/settings.yaml, read by
the command line) and where to build. Names and contact details come only from
the membership register export in the context: built without it, the site
holds nothing the repository does not.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from generator.checks.context import CheckContext
from generator.model.loading import GroupFile
from generator.model.regions import REGIONS_FILE, read_regions
from generator.model.settings import ProjectSettings
from generator.status import StatusSettings, compute_status
from generator.model.vocabulary import PROJECT_ROOT
from generator.sites.engine import build_site, stage_pages
from generator.model.git_history import file_histories
from generator.sites.internal.pages import internal_pages

CONFIG = PROJECT_ROOT / "mkdocs.internal.yml"
HAND_WRITTEN = PROJECT_ROOT / "docs-internal"


def internal_site_pages(groups: list[GroupFile], ctx: CheckContext, regions_file: Path = REGIONS_FILE,
                        settings: StatusSettings = StatusSettings(),
                        project: ProjectSettings = ProjectSettings()) -> dict[str, str]:
    """The pages; names and contact details only when `ctx` holds the membership register export."""
    regions = read_regions(regions_file, ctx.vocab)
    report = compute_status(groups, regions, ctx, settings)
    folders = {Path(g.path).parent for g in groups}
    histories = {path: commits for folder in folders for path, commits in file_histories(folder).items()}
    return internal_pages(groups, report, regions, histories, ctx.vocab, ctx.member_register, settings, project)


def build_internal_site(groups: list[GroupFile], ctx: CheckContext, site_dir: Path,
                        project: ProjectSettings = ProjectSettings()) -> None:
    with tempfile.TemporaryDirectory(prefix="grupper-internal-") as staging:
        stage_pages(Path(staging), internal_site_pages(groups, ctx, project=project), HAND_WRITTEN)
        build_site(CONFIG, Path(staging), site_dir, "internal")
