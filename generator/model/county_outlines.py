"""The county outlines for the public site's map (data/fylker-omriss.json, Kartverket's, simplified by
scripts/refresh-municipalities; data/KILDER.md), read by the command line with the rest of the project.

The outlines are in kilometres of UTM zone 33 (y downwards), and every municipality's point is given on the
same map, so nothing is projected when a map is drawn (generator/sites/public/map.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

OUTLINE_FILE = "data/fylker-omriss.json"      # under the project root
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


def parse_outlines(raw: dict) -> Outlines:
    """The outlines from the contents of data/fylker-omriss.json."""
    left, top, width, height = (float(value) for value in raw["viewBox"].split())
    counties = tuple(County(county["number"], county["name"], county["path"], path_box(county["path"]))
                     for county in raw["counties"])
    points = {number: (float(x), float(y)) for number, (x, y) in raw["points"].items()}
    return Outlines(Box(left, top, left + width, top + height), raw.get("fill_rule", "evenodd"), counties,
                    points, raw["source"]["attribution"], raw["source"]["licence_url"])


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
