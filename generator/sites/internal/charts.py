"""Bar charts drawn at build time as inline SVG, each with a title, a description and its numbers as a table.

A chart is a figure whose SVG is an image with a text alternative
(`role="img"`, `<title>`, `<desc>`), followed by the same numbers in a table, so
a screen reader and a printed page lose nothing.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

COLOURS = ("#1f5aa6", "#b3470c", "#2e7d32", "#6a3d9a", "#8c6d00", "#00727a", "#a3195b")
# Drawn for a phone: 300 units wide, shown at that width on a 360 px screen (and at least 12 px text on a
# 320 px one), larger on wider screens (docs-internal/assets/internal.css).
WIDTH, FONT, LINE = 300, 12.5, 15
RIGHT, TOP, HEIGHT = 4, 10, 150                  # the plot, with the value axis's labels left of it
DIGIT = 7.5                                      # the width of a digit at FONT, for room left of the axis
BAR_GAP = 4                                      # between the groups of bars
LEGEND_ROW = 20
MAX_TICKS = 5                                    # intervals on the value axis, at most


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[int, ...]
    colour: str | None = None            # None: the chart's next colour

    def fill(self, index: int) -> str:
        return self.colour or COLOURS[index % len(COLOURS)]


@dataclass(frozen=True)
class BarChart:
    id: str
    title: str
    description: str
    categories: tuple[str, ...]          # along the x axis (quarters)
    series: tuple[Series, ...]


def render_chart(chart: BarChart, numbers: bool = True) -> str:
    """The figure as one HTML block (no blank lines, so Markdown passes it through); `numbers`: with its own table
    of the numbers (without, the page shows them in a table of its own)."""
    return "\n".join([f'<figure class="chart" id="{chart.id}">', _svg(chart),
                      f"<figcaption>{_e(chart.title)}</figcaption>", *([_table(chart)] if numbers else []),
                      "</figure>"])


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def ticks(peak: int) -> list[int]:
    """The values on the axis: 0 to at least `peak` in a round step (1, 2 or 5 times a power of ten), at most
    MAX_TICKS steps."""
    step = 1
    while step * MAX_TICKS < peak:
        step = _next_step(step)
    top = max(2, -(-peak // step) * step)   # a count of 0 or 1 still gets a tick between
    return list(range(0, top + 1, step))


def _next_step(step: int) -> int:
    """1, 2, 5, 10, 20, 50, ..."""
    digits = str(step)
    lead, zeros = int(digits[0]), len(digits) - 1
    return {1: 2, 2: 5, 5: 10}[lead] * 10 ** zeros


def _svg(chart: BarChart) -> str:
    values = ticks(max([v for s in chart.series for v in s.values] + [0]))
    top = values[-1]
    left = 10 + DIGIT * len(str(top))
    slot = (WIDTH - left - RIGHT) / len(chart.categories)
    bar = (slot - BAR_GAP) / len(chart.series)
    axis_y = TOP + HEIGHT
    legend_top = axis_y + 2 * LINE + 24
    total_height = legend_top + LEGEND_ROW * len(chart.series)

    def y(value: float) -> float:
        return axis_y - HEIGHT * value / top

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {total_height}" '
             f'width="{WIDTH}" height="{total_height}" aria-labelledby="{chart.id}-title {chart.id}-desc" '
             f'font-size="{FONT}">',
             f'<title id="{chart.id}-title">{_e(chart.title)}</title>',
             f'<desc id="{chart.id}-desc">{_e(chart.description)}</desc>']
    for value in values:
        parts.append(f'<line x1="{left}" y1="{y(value):.1f}" x2="{WIDTH - RIGHT}" y2="{y(value):.1f}" '
                     f'stroke="{"#333" if value == 0 else "#d0d0d0"}"/>')
        parts.append(f'<text class="tick" x="{left - 5}" y="{y(value) + FONT / 3:.1f}" '
                     f'text-anchor="end">{value}</text>')
    year = None
    for i, category in enumerate(chart.categories):
        x0 = left + BAR_GAP / 2 + i * slot
        for j, series in enumerate(chart.series):
            height = HEIGHT * series.values[i] / top
            parts.append(f'<rect x="{x0 + j * bar:.2f}" y="{axis_y - height:.2f}" width="{max(bar - 0.5, 1):.2f}" '
                         f'height="{height:.2f}" fill="{series.fill(j)}"/>')
        middle = left + (i + 0.5) * slot
        first, _, second = category.partition("-")   # "2026-Q3": the quarter, and the year when it changes
        label, new_year = (second, first) if second else (category, None)
        parts.append(f'<text x="{middle:.1f}" y="{axis_y + LINE}" text-anchor="middle">{_e(label)}</text>')
        if new_year and new_year != year:
            parts.append(f'<text x="{middle:.1f}" y="{axis_y + 2 * LINE}" text-anchor="middle">{_e(new_year)}</text>')
        year = new_year
    for j, series in enumerate(chart.series):
        row = legend_top + LEGEND_ROW * j
        parts.append(f'<rect x="{left}" y="{row - 11}" width="12" height="12" fill="{series.fill(j)}"/>')
        parts.append(f'<text x="{left + 18}" y="{row}">{_e(series.label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _table(chart: BarChart) -> str:
    """The numbers, a row per category (quarter) and a column per series, so a phone has room for them."""
    head = "".join(f'<th scope="col">{_e(s.label)}</th>' for s in chart.series)
    rows = "".join(f'<tr><th scope="row">{_e(c)}</th>' + "".join(f"<td>{s.values[i]}</td>" for s in chart.series)
                   + "</tr>" for i, c in enumerate(chart.categories))
    return (f"<details><summary>Tallene bak figuren</summary><table><caption>{_e(chart.title)}</caption>"
            f'<thead><tr><th scope="col">Kvartal</th>{head}</tr></thead><tbody>{rows}</tbody></table></details>')


SPARK_WIDTH, SPARK_HEIGHT, SPARK_PAD = 96, 24, 3


def render_sparkline(label: str, values: tuple[int, ...]) -> str:
    """A small line of `values` to stand beside a figure in text, its numbers read out by its label."""
    top = max([*values, 1])
    step = (SPARK_WIDTH - 2 * SPARK_PAD) / max(len(values) - 1, 1)
    points = [(SPARK_PAD + i * step, SPARK_HEIGHT - SPARK_PAD - (SPARK_HEIGHT - 2 * SPARK_PAD) * v / top)
              for i, v in enumerate(values)]
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    last_x, last_y = points[-1] if points else (SPARK_PAD, SPARK_HEIGHT - SPARK_PAD)
    return (f'<svg class="sparkline" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{_e(label)}" '
            f'viewBox="0 0 {SPARK_WIDTH} {SPARK_HEIGHT}" width="{SPARK_WIDTH}" height="{SPARK_HEIGHT}">'
            f'<polyline fill="none" stroke="{COLOURS[0]}" stroke-width="2" points="{line}"/>'
            f'<circle cx="{last_x:.1f}" cy="{last_y:.1f}" r="3" fill="{COLOURS[0]}"/></svg>')
