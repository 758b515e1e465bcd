"""The internal site's pages as Markdown: the internal view laid out by the templates, and the CSV files."""

from __future__ import annotations

from markupsafe import Markup

from generator.model.context import RunContext
from generator.model.loading import GroupFile
from generator.model.project import Project
from generator.model.vocabulary import Vocabularies
from generator.status import StatusSettings, compute_status
from generator.status.development import TASK_QUARTERS, shown_quarters
from generator.views.internal_view import InternalView, internal_view
from generator.sites.internal.addresses import PAGES
from generator.sites.internal.charts import render_chart
from generator.sites.internal.development import development_page
from generator.sites.internal.exports import csv_files, exports
from generator.sites.internal.figures import outward_chart, reports_chart
from generator.sites.internal.render import markdown_environment


def internal_pages(groups: list[GroupFile], ctx: RunContext, project: Project,
                   settings: StatusSettings = StatusSettings()) -> dict[str, str]:
    """Every page and CSV file; names and contact details only when `ctx` holds the membership register export."""
    report = compute_status(groups, project.regions, ctx, settings)
    view = internal_view(groups, report, ctx, project, settings)
    vocab = ctx.vocab
    env = markdown_environment(vocab)
    downloads = exports(view.members_checked)
    development = development_page(groups, view.groups, view.as_of, vocab, settings.report_grace_days)
    common = {"as_of": view.as_of, "vocab": vocab, "members_checked": view.members_checked,
              "task_quarters": development.quarters[-TASK_QUARTERS:]}

    pages: dict[str, str] = {}

    def render(template: str, kind: str, key: str | None = None, **context) -> None:
        here = PAGES.path(kind, key)
        pages[here] = env.get_template(template).render(here=here, **common, **context)

    render("dashboard.md.j2", "dashboard", dashboard=view.dashboard, region_problems=project.region_problems,
           charts=_charts(view, vocab), exports=downloads, trends=development.trends)
    render("development.md.j2", "development", page=development, regions=view.regions)
    render("groups.md.j2", "groups", groups=view.groups)
    render("exports.md.j2", "exports", exports=downloads)
    for region in view.regions:
        render("region.md.j2", "region", region.id, region=region)
    for group in view.groups:
        render("group.md.j2", "group", group.id, group=group, member_links=project.settings.member_url is not None)
    pages.update(csv_files(view.groups, vocab, view.members_checked, development.csv))
    return pages


def _charts(view: InternalView, vocab: Vocabularies) -> list[Markup]:
    quarters = shown_quarters(view.as_of)
    return [Markup(render_chart(chart(view.groups, quarters, vocab))) for chart in (reports_chart, outward_chart)]
