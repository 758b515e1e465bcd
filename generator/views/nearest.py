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
    """The great-circle (haversine) distance between two municipalities' points."""
    lat_a, lat_b = math.radians(a.lat), math.radians(b.lat)
    half_chord = (math.sin((lat_b - lat_a) / 2) ** 2
                  + math.cos(lat_a) * math.cos(lat_b) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(half_chord)))


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
    return {municipality.number: neighbourhood(municipality, places, nearest) for municipality in municipalities}


def neighbourhood(municipality: Municipality, places: Mapping[Municipality, tuple[PublicGroup, ...]],
                  nearest: int = NEAREST) -> Neighbourhood:
    """The groups in `municipality` and the `nearest` closest groups in the other places. Each place has a group,
    so the `nearest` closest places hold the `nearest` closest groups."""
    closest = heapq.nsmallest(nearest, ((distance_km(municipality, place), place.number, place)
                                        for place in places if place != municipality))
    candidates = [(km, _by_name(group), Nearby(group, place, max(1, round(km))))
                  for km, _, place in closest for group in places[place][:nearest]]
    chosen = tuple(nearby for *_, nearby in sorted(candidates, key=lambda c: c[:2])[:nearest])
    return Neighbourhood(municipality, places.get(municipality, ()), chosen)


def _by_name(group: PublicGroup) -> tuple[str, str]:
    return group.name.casefold(), group.id
