"""Bar charts drawn at build time as inline SVG, each with a title, a description and its numbers as a table.

A chart is a figure whose SVG is an image with a text alternative
(`role="img"`, `<title>`, `<desc>`), followed by the same numbers in a table, so
a screen reader and a printed page lose nothing.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

COLOURS = ("#1f5aa6", "#b3470c", "#2e7d32", "#6a3d9a", "#8c6d00", "#00727a", "#a3195b")
BAR, GAP, HEIGHT, LEFT, BOTTOM, TOP = 12, 16, 160, 36, 40, 12
LABEL_WIDTH = 46   # a quarter's label ("2026-Q3") at font size 10, so labels never run together


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class BarChart:
    id: str
    title: str
    description: str
    categories: tuple[str, ...]          # along the x axis (quarters)
    series: tuple[Series, ...]


def render_chart(chart: BarChart) -> str:
    """The figure as one HTML block (no blank lines, so Markdown passes it through)."""
    return "\n".join([f'<figure class="chart" id="{chart.id}">', _svg(chart),
                      f"<figcaption>{_e(chart.title)}</figcaption>", _table(chart), "</figure>"])


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _svg(chart: BarChart) -> str:
    peak = max([v for s in chart.series for v in s.values] + [1])
    slot = max(BAR * len(chart.series) + GAP, LABEL_WIDTH)
    width = LEFT + slot * len(chart.categories) + GAP
    legend_top = TOP + HEIGHT + BOTTOM
    total_height = legend_top + 18 * len(chart.series)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {total_height}" '
             f'width="{width}" height="{total_height}" aria-labelledby="{chart.id}-title {chart.id}-desc">',
             f'<title id="{chart.id}-title">{_e(chart.title)}</title>',
             f'<desc id="{chart.id}-desc">{_e(chart.description)}</desc>',
             f'<line x1="{LEFT}" y1="{TOP + HEIGHT}" x2="{width}" y2="{TOP + HEIGHT}" stroke="#333"/>',
             f'<text x="{LEFT - 4}" y="{TOP + 10}" text-anchor="end" font-size="11">{peak}</text>',
             f'<text x="{LEFT - 4}" y="{TOP + HEIGHT}" text-anchor="end" font-size="11">0</text>']
    for i, category in enumerate(chart.categories):
        x0 = LEFT + GAP + i * slot
        for j, series in enumerate(chart.series):
            height = round(HEIGHT * series.values[i] / peak)
            parts.append(f'<rect x="{x0 + j * BAR}" y="{TOP + HEIGHT - height}" width="{BAR - 1}" '
                         f'height="{height}" fill="{COLOURS[j % len(COLOURS)]}"/>')
        parts.append(f'<text x="{x0 + BAR * len(chart.series) / 2}" y="{TOP + HEIGHT + 16}" text-anchor="middle" '
                     f'font-size="10">{_e(category)}</text>')
    for j, series in enumerate(chart.series):
        y = legend_top + 18 * j
        parts.append(f'<rect x="{LEFT}" y="{y - 10}" width="10" height="10" fill="{COLOURS[j % len(COLOURS)]}"/>')
        parts.append(f'<text x="{LEFT + 16}" y="{y}" font-size="11">{_e(series.label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _table(chart: BarChart) -> str:
    head = "".join(f'<th scope="col">{_e(c)}</th>' for c in chart.categories)
    rows = "".join(f'<tr><th scope="row">{_e(s.label)}</th>' + "".join(f"<td>{v}</td>" for v in s.values) + "</tr>"
                   for s in chart.series)
    return (f"<details><summary>Tallene bak figuren</summary><table><caption>{_e(chart.title)}</caption>"
            f'<thead><tr><th scope="col">Serie</th>{head}</tr></thead><tbody>{rows}</tbody></table></details>')
