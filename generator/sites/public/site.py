"""The public directory: public views of the active groups, rendered to Markdown and feeds, built by MkDocs."""

from __future__ import annotations

import tempfile
from datetime import date
from functools import lru_cache
from pathlib import Path

from generator.model.context import RunContext
from generator.model.loading import GroupFile
from generator.model.project import Project
from generator.model.vocabulary import Vocabularies
from generator.views.public_view import PublicGroup, public_views
from generator.model.settings import DEFAULT_ENGINE
from generator.sites.engine import build_site, stage_pages
from generator.sites.public.addresses import PAGES
from generator.sites.public.calendar import calendar_feed
from generator.sites.public.contact import filled_docs, footer_contact
from generator.sites.public.export import SCHEMA_PATH, groups_json
from generator.sites.public.pages import PublicPages
from generator.sites.public.place_search import place_search_data
from generator.sites.public.settings import SiteSettings, project_reach, site_settings

SITE_CALENDAR_NAME = "Amnesty-grupper"


def build_public_site(groups: list[GroupFile], ctx: RunContext, project: Project, site_dir: Path,
                      engine: str = DEFAULT_ENGINE) -> None:
    """Build the public site from the group files into `site_dir` with a real `mkdocs build` (or, with
    `engine="zensical"`, a real `zensical build`)."""
    with tempfile.TemporaryDirectory(prefix="grupper-public-") as scratch:
        staging = Path(scratch) / "docs"
        stage_pages(staging, public_files(groups, ctx, project), hand_written=project.public_site.docs)
        build_site(project.public_site.config, staging, site_dir, "public", engine, **theme_overrides(project))


def theme_overrides(project: Project) -> dict:
    """What the theme shows beyond mkdocs.yml: the secretariat in the footer, the organisation's own logo if it
    supplies one (else the text wordmark), the repository only if public."""
    extra = footer_contact(project_reach(project).secretariat)
    if project.settings.logo:
        extra["logo"] = project.settings.logo
    overrides: dict = {"extra": extra}
    if project.settings.public_repository:
        overrides.update(repo_url=project.settings.public_repository, edit_uri="edit/main/docs/")
    return overrides


def public_files(groups: list[GroupFile], ctx: RunContext, project: Project) -> dict[str, str | bytes]:
    """Every generated file of the site (relative path -> content), made from public views only, and the
    hand-written pages that name the secretariat with its address filled in."""
    settings, reach = site_settings(project), project_reach(project)
    views = public_views(groups, ctx.places, ctx.as_of)
    files: dict[str, str | bytes] = filled_docs(project.public_site.docs, reach.secretariat)
    pages = PublicPages(views, ctx.vocab, settings, ctx.as_of, reach, ctx.places.municipalities.municipalities,
                        project.outlines)
    files.update(pages.all_pages())
    files[PAGES.path("place_search")] = place_search_data(pages.listed, pages.page_slugs, project.postcodes, views)
    files.update(_feeds(views, ctx, settings))
    files["groups.json"] = groups_json(views, ctx.vocab, settings, ctx.as_of)
    files[SCHEMA_PATH] = project.public_schema
    return files


def _feeds(views: list[PublicGroup], ctx: RunContext, settings: SiteSettings) -> dict[str, bytes]:
    feeds = {PAGES.path("calendar_feed"): _feed(SITE_CALENDAR_NAME, views, ctx.vocab, settings, ctx.as_of)}
    for view in views:
        feeds[PAGES.path("group_calendar_feed", view.id)] = _group_feed(view, ctx.vocab, settings, ctx.as_of)
    return feeds


@lru_cache(maxsize=4096)
def _group_feed(view: PublicGroup, vocab: Vocabularies, settings: SiteSettings, as_of: date) -> bytes:
    """One group's feed; cached by its public view, so that `grupper serve` makes again only what a save changed."""
    return _feed(f"{view.name} ({SITE_CALENDAR_NAME})", [view], vocab, settings, as_of)


def _feed(name: str, groups: list[PublicGroup], vocab: Vocabularies, settings: SiteSettings, as_of: date) -> bytes:
    events = sorted(((group, activity) for group in groups for activity in group.upcoming(as_of)),
                    key=lambda pair: (pair[1].date, pair[0].id, pair[1].title))
    return calendar_feed(name, events, vocab=vocab, host=settings.host, as_of=as_of,
                         group_url=lambda group_id: settings.page_url(PAGES.url("group", group_id)))
