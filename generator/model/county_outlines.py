"""The county outlines for the public site's map (data/fylker-omriss.json, Kartverket's, simplified by
scripts/refresh-municipalities; data/KILDER.md), read by the command line with the rest of the project.

The outlines are in kilometres of UTM zone 33 (y downwards), and every municipality's point is given on the
same map, so nothing is projected when a map is drawn (generator/sites/public/map.py).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

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
    xs, ys = zip(*(point for ring in path_rings(path) for point in ring))
    return Box(min(xs), min(ys), max(xs), max(ys))


Point = tuple[float, float]


def path_rings(path: str) -> list[list[Point]]:
    """An outline's path as its rings (one a move), each the list of its corners in order."""
    rings: list[list[Point]] = []
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
                rings.append([])
            rings[-1].append((x, y))
            numbers = []
    return rings


def coarser(outlines: Outlines, tolerance: float) -> Outlines:
    """The outlines with fewer corners, for a map drawn so small that a corner `tolerance` km off the line
    cannot be seen: each stretch of coast between two corners that counties share is simplified
    (Douglas-Peucker), while the shared corners, and so the borders, stay as they are (neighbours still meet);
    an island with no shared corner that is smaller than a square of 2 x `tolerance` and holds no
    municipality's point is left out."""
    rings = {county.number: path_rings(county.path) for county in outlines.counties}
    shared = Counter(point for county in rings.values() for point in {p for ring in county for p in ring})
    points = list(outlines.points.values())

    def kept(ring: list[Point]) -> list[Point] | None:
        anchored = [i for i, point in enumerate(ring) if shared[point] > 1]
        if not anchored and _area(ring) < (2 * tolerance) ** 2 and not _holds_any(ring, points):
            return None
        simpler = _simplified_ring(ring, anchored, tolerance)
        return simpler if len(simpler) >= 3 else ring

    counties = tuple(replace(county, path=_path(ring for ring in map(kept, rings[county.number]) if ring))
                     for county in outlines.counties)
    return replace(outlines, counties=counties)


def _simplified_ring(ring: list[Point], anchored: list[int], tolerance: float) -> list[Point]:
    """The ring simplified between its anchored corners (for an island: its first corner and the farthest)."""
    if not anchored:
        first = ring[0]
        anchored = [0, max(range(len(ring)), key=lambda i: math.dist(first, ring[i]))]
    simpler = []
    for start, end in zip(anchored, [*anchored[1:], anchored[0] + len(ring)]):
        stretch = [ring[i % len(ring)] for i in range(start, end + 1)]
        simpler.extend(_douglas_peucker(stretch, tolerance)[:-1])
    return simpler


def _douglas_peucker(line: Sequence[Point], tolerance: float) -> list[Point]:
    """The line's corners that keep it within `tolerance` of itself, its two ends always."""
    if len(line) < 3:
        return list(line)
    (x1, y1), (x2, y2) = line[0], line[-1]
    length = math.hypot(x2 - x1, y2 - y1)

    def off(point: Point) -> float:
        px, py = point
        return abs((y2 - y1) * (px - x1) - (x2 - x1) * (py - y1)) / length if length else math.dist(point, line[0])

    farthest = max(range(1, len(line) - 1), key=lambda i: off(line[i]))
    if off(line[farthest]) <= tolerance:
        return [line[0], line[-1]]
    return _douglas_peucker(line[:farthest + 1], tolerance)[:-1] + _douglas_peucker(line[farthest:], tolerance)


def _area(ring: Sequence[Point]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, [*ring[1:], ring[0]]))) / 2


def _holds_any(ring: Sequence[Point], points: Sequence[Point]) -> bool:
    """Whether any of the points lies within the ring's bounding box (an island that may hold a place)."""
    xs, ys = zip(*ring)
    return any(min(xs) <= x <= max(xs) and min(ys) <= y <= max(ys) for x, y in points)


def _path(rings: Iterator[list[Point]]) -> str:
    """Rings as path data in the outline file's form: `M` to the first corner, `l` steps to the next, `z`."""
    return "".join(_ring_path(ring) for ring in rings)


def _ring_path(ring: list[Point]) -> str:
    steps = " ".join(f"{svg_number(b[0] - a[0])} {svg_number(b[1] - a[1])}" for a, b in zip(ring, ring[1:]))
    return f"M{svg_number(ring[0][0])} {svg_number(ring[0][1])}l{steps.replace(' -', '-')}z"


def svg_number(value: float) -> str:
    """A length on the map as SVG writes it: to a tenth of a kilometre, without needless zeros."""
    return f"{round(value, 1) + 0.0:.1f}".rstrip("0").rstrip(".")   # + 0.0: never "-0"
