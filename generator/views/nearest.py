"""The nearest groups: for every municipality, the groups there and the nearest others, by straight-line distance.

A group is placed at its municipality's point (data/kommuner.json: inside the municipality,
not its centre), so the distance between two groups is the great-circle distance between
their municipalities' points. Groups whose municipality the register does not know (the
validator refuses them) or that name none have no place, and are in no neighbourhood.

The cost is linear: the groups are gathered once by municipality (the places), and each
municipality measures its distance to each place once and keeps the `nearest` closest
with a bounded heap, so the work is municipalities x places (357 x at most 357 places,
however many groups there are) plus, per municipality, at most `nearest` groups from each
of its `nearest` closest places.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from generator.model.municipalities import Municipality
from generator.views.public_view import PublicGroup

EARTH_RADIUS_KM = 6371.0088      # the mean radius (IUGG)
NEAREST = 5                      # groups in other municipalities a neighbourhood lists


@dataclass(frozen=True)
class Nearby:
    """A group in another municipality, and how far away it is in whole kilometres (at least 1)."""

    group: PublicGroup
    municipality: Municipality
    km: int


@dataclass(frozen=True)
class Neighbourhood:
    municipality: Municipality
    here: tuple[PublicGroup, ...]          # the groups in the municipality, by name
    nearest: tuple[Nearby, ...]            # the nearest groups elsewhere, closest first (ties by name)


def distance_km(a: Municipality, b: Municipality) -> float:
    """The great-circle distance between two municipalities' points (on a sphere of the Earth's mean radius)."""
    return _arc_km(_squared_chord(_unit(a), _unit(b)))


def _unit(municipality: Municipality) -> tuple[float, float, float]:
    """The point as a unit vector from the Earth's centre."""
    return _unit_at(municipality.lat, municipality.lon)


@lru_cache(maxsize=1024)
def _unit_at(lat: float, lon: float) -> tuple[float, float, float]:
    lat, lon = math.radians(lat), math.radians(lon)
    return math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat)


def _squared_chord(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    """The squared straight line through the Earth between two unit vectors: it orders points as their great-circle
    distance does, so only the nearest need the arc."""
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2


def _arc_km(squared_chord: float) -> float:
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(squared_chord) / 2))


def places_of(groups: Iterable[PublicGroup], municipalities: Sequence[Municipality]
              ) -> Mapping[Municipality, tuple[PublicGroup, ...]]:
    """The municipalities that have groups, in the register's order, each with its groups by name. A group's
    `municipality` is the register's label ("Trondheim", "Herøy (Nordland)")."""
    by_label = {municipality.label: municipality for municipality in municipalities}
    gathered: dict[Municipality, list[PublicGroup]] = {}
    for group in groups:
        municipality = by_label.get(group.municipality) if group.municipality else None
        if municipality is not None:
            gathered.setdefault(municipality, []).append(group)
    ordered = {municipality: tuple(sorted(gathered[municipality], key=_by_name))
               for municipality in municipalities if municipality in gathered}
    return MappingProxyType(ordered)


def neighbourhoods(groups: Iterable[PublicGroup], municipalities: Sequence[Municipality],
                   nearest: int = NEAREST) -> dict[str, Neighbourhood]:
    """Every municipality's neighbourhood, by municipality number."""
    places = places_of(groups, municipalities)
    measured = _measured(places)
    return {municipality.number: _neighbourhood(municipality, places, measured, nearest)
            for municipality in municipalities}


def neighbourhood(municipality: Municipality, places: Mapping[Municipality, tuple[PublicGroup, ...]],
                  nearest: int = NEAREST) -> Neighbourhood:
    """The groups in `municipality` and the `nearest` closest groups in the other places."""
    return _neighbourhood(municipality, places, _measured(places), nearest)


_Measured = tuple[tuple[float, float, float, str, Municipality, tuple[PublicGroup, ...]], ...]


def _measured(places: Mapping[Municipality, tuple[PublicGroup, ...]]) -> _Measured:
    """Each place with its unit vector, worked out once for every municipality to measure from."""
    return tuple((*_unit(place), place.number, place, groups) for place, groups in places.items())


def _neighbourhood(municipality: Municipality, places: Mapping[Municipality, tuple[PublicGroup, ...]],
                   measured: _Measured, nearest: int) -> Neighbourhood:
    """Each place has a group, so the `nearest` closest places hold the `nearest` closest groups; the squared
    chord orders the places as their distance does (numbers break ties), and only the chosen get the arc."""
    (hx, hy, hz), own = _unit(municipality), municipality.number
    closest = heapq.nsmallest(nearest, (((x - hx) ** 2 + (y - hy) ** 2 + (z - hz) ** 2, number, place, groups)
                                        for x, y, z, number, place, groups in measured if number != own))
    candidates = [(chord, _by_name(group), Nearby(group, place, max(1, round(_arc_km(chord)))))
                  for chord, _, place, groups in closest for group in groups[:nearest]]
    chosen = tuple(nearby for *_, nearby in sorted(candidates, key=lambda c: c[:2])[:nearest])
    return Neighbourhood(municipality, places.get(municipality, ()), chosen)


def _by_name(group: PublicGroup) -> tuple[str, str]:
    return group.name.casefold(), group.id
