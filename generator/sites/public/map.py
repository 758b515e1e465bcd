"""The map of the groups' places: inline SVG drawn at build time from the county outlines in
data/fylker-omriss.json (Kartverket's, simplified), with no script, no tiles and no request.

The outlines are in kilometres of UTM zone 33 (y downwards), and every municipality's point is
given on the same map, so nothing is projected here. A map is the whole country, or framed on
some counties (a region's). Each place is one link: to the group's page, or, where several
groups share a municipality, to the municipality's page; its accessible name names the place
and its groups. The points keep their size on screen whatever the map's scale (a round-capped
stroke of zero length with `vector-effect: non-scaling-stroke`), so they stay large enough to
tap on a 360 px phone; the styles are in docs/assets/public.css.

The map is not a picture of its links: the `<svg>` is a named group (role="img" would make its
links presentational and hide them from screen readers), its county shapes are hidden from
assistive technology, and the page lists the same groups in text beside it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from markupsafe import Markup, escape

from generator.text import markdown as text

OUTLINE_FILE = "data/fylker-omriss.json"      # under the project root
FRAME_MARGIN_KM = 25
# A point's disc: this radius on a phone, whose column is about this wide (360 px less the margins).
TARGET_RADIUS_PX = 6
PHONE_COLUMN_PX = 328
_PATH_TOKEN = re.compile(r"[MLlz]|-?\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    def union(self, other: Box) -> Box:
        return Box(min(self.left, other.left), min(self.top, other.top),
                   max(self.right, other.right), max(self.bottom, other.bottom))

    def meets(self, other: Box) -> bool:
        return not (other.left > self.right or other.right < self.left
                    or other.top > self.bottom or other.bottom < self.top)

    def widened(self, margin: float) -> Box:
        return Box(self.left - margin, self.top - margin, self.right + margin, self.bottom + margin)

    def clipped(self, limit: Box) -> Box:
        return Box(max(self.left, limit.left), max(self.top, limit.top),
                   min(self.right, limit.right), min(self.bottom, limit.bottom))

    @property
    def view_box(self) -> str:
        return " ".join(_number(value) for value in (self.left, self.top, self.right - self.left,
                                                     self.bottom - self.top))


@dataclass(frozen=True)
class County:
    number: str
    name: str
    path: str       # SVG path data: `M` absolute, then `l` relative, `z`
    box: Box


@dataclass(frozen=True)
class Outlines:
    whole: Box                                         # the file's viewBox
    fill_rule: str
    counties: tuple[County, ...]
    points: Mapping[str, tuple[float, float]]          # municipality number -> its point on the map
    attribution: str                                   # "Inneholder data under CC BY 4.0 fra Kartverket"
    licence_url: str


@dataclass(frozen=True)
class MapPoint:
    """A place on the map: where it is, where its link goes (relative to the page), and its accessible name."""

    number: str        # the municipality's number
    href: str
    name: str


def parse_outlines(raw: dict) -> Outlines:
    """The outlines from the contents of data/fylker-omriss.json."""
    left, top, width, height = (float(value) for value in raw["viewBox"].split())
    counties = tuple(County(county["number"], county["name"], county["path"], path_box(county["path"]))
                     for county in raw["counties"])
    points = {number: (float(x), float(y)) for number, (x, y) in raw["points"].items()}
    return Outlines(Box(left, top, left + width, top + height), raw.get("fill_rule", "evenodd"), counties,
                    MappingProxyType(points), raw["source"]["attribution"], raw["source"]["licence_url"])


def read_outlines(path: Path) -> Outlines:
    """The outlines in `path` (the project's data/fylker-omriss.json, made by scripts/refresh-municipalities)."""
    return parse_outlines(json.loads(path.read_text(encoding="utf-8")))


def path_box(path: str) -> Box:
    """The bounding box of an outline's path (absolute moves and lines, relative lines, closes)."""
    xs, ys = [], []
    x = y = 0.0
    command, numbers = "M", []
    for token in _PATH_TOKEN.findall(path):
        if token in "MLlz":
            command, numbers = token, []
            continue
        numbers.append(float(token))
        if len(numbers) == 2:
            dx, dy = numbers
            x, y = (x + dx, y + dy) if command == "l" else (dx, dy)
            if command == "M":
                command = "L"        # further pairs after a move are lines to absolute points
            xs.append(x)
            ys.append(y)
            numbers = []
    return Box(min(xs), min(ys), max(xs), max(ys))


def frame_of(outlines: Outlines, counties: Collection[str], points: Sequence[MapPoint] = ()) -> Box:
    """The part of the map that shows `counties` (by name) and `points`, with a margin; the whole map for none."""
    boxes = [county.box for county in outlines.counties if county.name in counties]
    boxes += [Box(x, y, x, y) for x, y in (outlines.points[point.number] for point in points
                                           if point.number in outlines.points)]
    if not counties or not boxes:
        return outlines.whole
    frame = boxes[0]
    for box in boxes[1:]:
        frame = frame.union(box)
    return frame.widened(FRAME_MARGIN_KM).clipped(outlines.whole)


def map_svg(outlines: Outlines, points: Sequence[MapPoint], name: str, counties: Collection[str] = ()) -> Markup:
    """The map as one `<svg>` element, named `name`: every county that reaches into the frame (the given
    `counties` by name, shaded, or the whole country), and a link for every point whose municipality the map
    knows, in the order given (which is the keyboard's)."""
    frame = frame_of(outlines, counties, points)
    shapes = "".join(
        f'<path class="kart-fylke{" kart-fylke--valgt" if county.name in counties else ""}" d="{county.path}"/>'
        for county in outlines.counties if county.box.meets(frame))
    reach = (frame.right - frame.left) * TARGET_RADIUS_PX / PHONE_COLUMN_PX
    links = "".join(_point(point, outlines.points[point.number], reach) for point in points
                    if point.number in outlines.points)
    return Markup(f'<svg class="gruppekart__kart" xmlns="http://www.w3.org/2000/svg" viewBox="{frame.view_box}" '
                  f'role="group" aria-label="{text.attribute(name)}">'
                  f'<g aria-hidden="true" fill-rule="{text.attribute(outlines.fill_rule)}">{shapes}</g>'
                  f'<g class="kart-punkter">{links}</g></svg>')


def _point(point: MapPoint, where: tuple[float, float], reach: float) -> str:
    """A point: a transparent disc (the link's area on the page, for touch exploration and tapping, with its
    stroke), then the black ring and the yellow dot, which keep their size on screen."""
    x, y = _number(where[0]), _number(where[1])
    at = f"M{x} {y}h0"
    name = text.attribute(point.name)
    return (f'<a href="{text.attribute(point.href)}" aria-label="{name}"><title>{name}</title>'
            f'<circle class="kart-treff" cx="{x}" cy="{y}" r="{_number(reach)}"/><path class="kart-ring" d="{at}"/>'
            f'<path class="kart-prikk" d="{at}"/></a>')


def map_figure(outlines: Outlines, points: Sequence[MapPoint], name: str, caption: str,
               counties: Collection[str] = ()) -> Markup:
    """The map in a `<figure>` whose caption says what it shows and credits the data, as one raw HTML block of
    a Markdown page (no blank line in it)."""
    credit = _linked_licence(outlines.attribution, outlines.licence_url) or escape(outlines.attribution)
    return Markup(f'<figure class="gruppekart">\n{map_svg(outlines, points, name, counties)}\n'
                  f'<figcaption>{text.inline(caption)} <span class="gruppekart__kilde">{credit}.</span>'
                  f'</figcaption>\n</figure>')


def _linked_licence(attribution: str, licence_url: str) -> str | None:
    """«Inneholder data under <a>CC BY 4.0</a> fra Kartverket»: the licence's name as a link to it."""
    match = re.search(r"CC BY \d\.\d", attribution)
    if match is None or not licence_url.startswith("https://"):
        return None
    before, licence, after = attribution[:match.start()], match[0], attribution[match.end():]
    return f'{escape(before)}<a href="{text.attribute(licence_url)}">{escape(licence)}</a>{escape(after)}'



def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")
