"""The internal status site: built with its own MkDocs configuration, never linked from the public one.

Everything comes in already read: the groups, the context and the project (its
region data, settings and the groups' Git history, read by the command line).
Names and contact details come only from the membership register export in the
context: built without it, the site holds nothing the repository does not.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from generator.model.context import RunContext
from generator.model.loading import GroupFile
from generator.model.project import Project
from generator.model.settings import DEFAULT_ENGINE
from generator.sites.engine import build_site, stage_pages
from generator.sites.internal.pages import internal_pages


def build_internal_site(groups: list[GroupFile], ctx: RunContext, project: Project, site_dir: Path,
                        engine: str = DEFAULT_ENGINE) -> None:
    with tempfile.TemporaryDirectory(prefix="grupper-internal-") as staging:
        stage_pages(Path(staging), internal_pages(groups, ctx, project), project.internal_site.docs)
        build_site(project.internal_site.config, Path(staging), site_dir, "internal", engine)
