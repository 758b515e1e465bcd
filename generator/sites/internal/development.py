"""The «Utvikling» page from the development figures (`status/development.py`): for the whole country and each
region its charts and the numbers beneath them, which of the mandate's tasks the groups covered, the dashboard's two
trends, and utvikling.csv."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

from generator.model.quarters import Quarter
from generator.model.vocabulary import Vocabularies
from generator.status.deadlines import report_due
from generator.model.loading import GroupFile
from generator.status.development import FIGURE_LABELS, Development, QuarterFigures, development, shown_quarters
from generator.status.spreadsheet import excel_csv
from generator.views.internal_view import InternalGroup
from generator.sites.internal.charts import BarChart, Series, render_chart, render_sparkline

WHOLE_COUNTRY = "Hele landet"
# Each chart: its id's end, its title, what it shows, and the figures it draws.
_CHARTS = (
    ("grupper", "Grupper", "aktive grupper ved kvartalets slutt, nye og nedlagte grupper i kvartalet",
     ("active", "new", "closed")),
    ("rapporter", "Kvartalsrapporter", "rapporter som kom inn innen fristen, etter fristen, og som mangler etter "
     "fristen", ("on_time", "late", "missing", "awaited")),
    ("oppfolging", "Oppfølging", "grupper sekretariatet kontaktet i kvartalet, og grupper uten livstegn på fire "
     "kvartaler ved kvartalets slutt", ("contacted", "possibly_inactive")),
    ("aktivitet", "Aktiviteter og verving", "gjennomførte utadrettede aktiviteter og nye medlemmer gruppene "
     "rapporterte for kvartalet", ("outward", "recruited")),
)
CSV_HEADER = ("Region", "Kvartal", *FIGURE_LABELS.values())
# Colours that say something (from the charts' own, each at least 4.5:1 on white): growth and reports on time green,
# late dark yellow, missing, closed and possibly inactive red, awaited grey; the rest take the charts' order.
_COLOURS = {"new": "#2e7d32", "closed": "#a3195b", "on_time": "#2e7d32", "late": "#8c6d00", "missing": "#a3195b",
            "awaited": "#666666", "possibly_inactive": "#a3195b"}


@dataclass(frozen=True)
class Scope:
    """The whole country or one region on the page."""

    id: str                                     # the start of its charts' ids
    title: str
    charts: tuple[Markup, ...]
    table: Markup                               # the numbers: a row per figure, a column per quarter


@dataclass(frozen=True)
class TaskRow:
    task: str                                   # the task's label
    per_region: tuple[int, ...]                 # active groups that covered it, per region in the vocabulary's order
    total: int


@dataclass(frozen=True)
class Trend:
    """One figure on the dashboard: today's value, the change since the quarter before, and a line of the rest."""

    title: str
    sentence: str
    sparkline: Markup


@dataclass(frozen=True)
class DevelopmentPage:
    quarters: tuple[Quarter, ...]               # the ended quarters shown, oldest first
    scopes: tuple[Scope, ...]                   # the whole country, then each region
    tasks: tuple[TaskRow, ...]
    trends: tuple[Trend, ...]                   # for the dashboard
    csv: str


def development_page(groups: list[GroupFile], shown: Sequence[InternalGroup], as_of: date, vocab: Vocabularies,
                     grace_days: int) -> DevelopmentPage:
    """The page of the ended quarters, and the dashboard's trends, which also count the quarter still running."""
    quarters = shown_quarters(as_of)
    running = Quarter.of(as_of)
    developments = development(groups, (*quarters, running), as_of, vocab, grace_days)
    ended = [Development(d.region, d.quarters[:-1]) for d in developments]
    return DevelopmentPage(quarters, tuple(_scope(d, vocab) for d in ended), task_rows(shown, vocab),
                           trends(ended[0], developments[0].quarters[-1], as_of, grace_days),
                           development_csv(ended, vocab))


def _scope(development: Development, vocab: Vocabularies) -> Scope:
    key = development.region or "hele-landet"
    title = vocab.label("regions", development.region) if development.region else WHOLE_COUNTRY
    quarters = development.quarters
    shown = [name for name in FIGURE_LABELS if name != "awaited" or any(f.awaited for f in quarters)]
    charts = tuple(Markup(render_chart(_chart(f"utvikling-{key}-{end}", f"{name}, {title}", what, figures,
                                              quarters), numbers=False))
                   for end, name, what, figures in _CHARTS)
    return Scope(key, title, charts, _table(title, quarters, shown))


def _table(title: str, quarters: tuple[QuarterFigures, ...], shown: list[str]) -> Markup:
    """A row per figure and a column per quarter; on a phone a card per figure, its quarters two by two
    (docs-internal/assets/internal.css), each value named by its quarter (`data-label`, as `table_cards` does)."""
    names = [str(f.quarter) for f in quarters]
    head = "".join(f'<th scope="col" style="text-align: right">{q}</th>' for q in names)
    rows = "".join(f'<tr><th scope="row">{escape(FIGURE_LABELS[name])}</th>'
                   + "".join(f'<td data-label="{q}" style="text-align: right"><span>{v}</span></td>'
                             for q, v in zip(names, _values(quarters, name))) + "</tr>"
                   for name in shown)
    return Markup(f'<table data-cards data-quarters><caption>Tallene for {escape(title)}</caption><thead><tr>'
                  f'<th scope="col">Tall</th>{head}</tr></thead><tbody>{rows}</tbody></table>')


def _chart(chart_id: str, title: str, what: str, figures: tuple[str, ...],
           quarters: tuple[QuarterFigures, ...]) -> BarChart:
    drawn = [name for name in figures if name != "awaited" or any(f.awaited for f in quarters)]
    first, last = quarters[0].quarter, quarters[-1].quarter
    return BarChart(chart_id, title, f"Per kvartal fra {first} til {last}: {what}. Tallene står i tabellen under "
                                     "figurene.",
                    tuple(str(f.quarter) for f in quarters),
                    tuple(Series(FIGURE_LABELS[name], _values(quarters, name), _COLOURS.get(name)) for name in drawn))


def _values(quarters: Sequence[QuarterFigures], name: str) -> tuple[int, ...]:
    return tuple(getattr(figures, name) for figures in quarters)


def task_rows(groups: Sequence[InternalGroup], vocab: Vocabularies) -> tuple[TaskRow, ...]:
    """For each of the mandate's tasks, how many active groups covered it in the last four quarters."""
    active = [g for g in groups if not g.closed]
    rows = []
    for i, term in enumerate(vocab.mandate_tasks.values()):
        covering = [g for g in active if g.mandate_tasks[i][1]]
        rows.append(TaskRow(term.label, tuple(sum(g.region == region for g in covering) for region in vocab.regions),
                            len(covering)))
    return tuple(rows)


def trends(country: Development, current: QuarterFigures, as_of: date, grace_days: int) -> tuple[Trend, ...]:
    """The two figures the secretariat steers by: reports on time for the latest quarter past its deadline, and
    groups contacted so far in the running quarter, each against the quarter before."""
    due = [f for f in country.quarters if report_due(f.quarter, grace_days) < as_of]
    on_time = [(f.on_time, f.on_time + f.late + f.missing, f.quarter) for f in due]
    contacted = [(f.contacted, f.active, f.quarter) for f in country.quarters]
    running = (current.contacted, current.active, current.quarter)
    return (_trend("Kvartalsrapporter inn i tide", _compared(on_time, "for"), on_time),
            _trend("Grupper kontaktet av sekretariatet (§7.1)",
                   f"{running[0]} av {running[1]} hittil i {running[2]}; {_compared(contacted, 'i')}", contacted))


def _trend(title: str, sentence: str, figures: list[tuple[int, int, Quarter]]) -> Trend:
    spoken = f"{title} per kvartal: " + ", ".join(f"{quarter}: {value}" for value, _, quarter in figures)
    return Trend(title, sentence, Markup(render_sparkline(spoken, tuple(value for value, _, _ in figures))))


def _share(figure: tuple[int, int, Quarter], preposition: str) -> str:
    value, whole, quarter = figure
    return f"{value} av {whole} {preposition} {quarter}"


def _compared(figures: list[tuple[int, int, Quarter]], preposition: str) -> str:
    """The latest value out of its whole, and how it changed since the one before: "9 av 15 for 2026-Q3, opp fra
    7 av 14 for 2026-Q2"."""
    if not figures:
        return "ingen kvartaler ennå"
    now = _share(figures[-1], preposition)
    if len(figures) < 2:
        return now
    before = figures[-2]
    change = "opp fra" if figures[-1][0] > before[0] else "ned fra" if figures[-1][0] < before[0] else "samme som"
    return f"{now}, {change} {_share(before, preposition)}"


def development_csv(developments: Sequence[Development], vocab: Vocabularies) -> str:
    """One row per region and quarter (the whole country is their sum), every figure a column."""
    rows = [(vocab.label("regions", d.region), str(f.quarter), *(getattr(f, name) for name in FIGURE_LABELS))
            for d in developments if d.region for f in d.quarters]
    return excel_csv(CSV_HEADER, rows)
