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

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from generator.model.county_outlines import Box, Outlines, coarser, svg_number as _number
from generator.text import markdown as text

FRAME_MARGIN_KM = 25
# The map is at most this wide on a page (docs/assets/public.css: .gruppekart, 26rem), so its outlines need no
# corner that would lie less than this far from the line it makes: they are simplified to the map's scale.
MAP_WIDTH_PX = 520
UNSEEN_PX = 2
# A point's disc: this radius on a phone, whose column is about this wide (360 px less the margins).
TARGET_RADIUS_PX = 6
PHONE_COLUMN_PX = 328


@dataclass(frozen=True)
class MapPoint:
    """A place on the map: where it is, where its link goes (relative to the page), and its accessible name."""

    number: str        # the municipality's number
    href: str
    name: str


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
    drawn = coarser(outlines, (frame.right - frame.left) * UNSEEN_PX / MAP_WIDTH_PX)
    shapes = "".join(
        f'<path class="kart-fylke{" kart-fylke--valgt" if county.name in counties else ""}" d="{county.path}"/>'
        for county in drawn.counties if county.box.meets(frame))
    reach = (frame.right - frame.left) * TARGET_RADIUS_PX / PHONE_COLUMN_PX
    links = "".join(_point(point, outlines.points[point.number], reach) for point in points
                    if point.number in outlines.points)
    return Markup(f'<svg class="gruppekart__kart" xmlns="http://www.w3.org/2000/svg" viewBox="{_view_box(frame)}" '
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



def _view_box(box: Box) -> str:
    return " ".join(_number(value) for value in (box.left, box.top, box.right - box.left, box.bottom - box.top))

