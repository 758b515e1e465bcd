"""The nearest groups: for every municipality, the groups there and the others within a walk, a bus or a train ride
(WITHIN_KM, by straight-line distance), or, where none is that near, the nearest groups of its own region.

A group is placed at its municipality's point (data/kommuner.json: inside the municipality,
not its centre), so the distance between two groups is the great-circle distance between
their municipalities' points. Groups whose municipality the register does not know (the
validator refuses them) or that name none have no place, and are in no neighbourhood.

A far group is never offered as near: Malvik's page lists the Trondheim groups 17 km away,
never the Oslo theme groups 377 km away; a municipality with no group within WITHIN_KM
lists the nearest groups of its region instead, and says so.

The cost is linear: the groups are gathered once by municipality (the places), and each
municipality measures its distance to each place once and keeps the closest with a bounded
heap, so the work is municipalities x places (357 x at most 357 places, however many
groups there are) plus, per municipality, a bounded number of groups from each of its
closest places.
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
WITHIN_KM = 50                   # "near": what a municipality's page lists first ("Grupper innen 50 km")
MAX_WITHIN = 10                  # groups within WITHIN_KM a neighbourhood lists at most
NEAREST = 5                      # groups of its region a neighbourhood with none within WITHIN_KM lists


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
    within: tuple[Nearby, ...]             # groups in other municipalities within WITHIN_KM, closest first (ties by name)
    region: str | None = None              # the region the municipality's county belongs to
    in_region: tuple[Nearby, ...] = ()     # only when none is within: the nearest groups of `region`, closest first


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
                   region_of_county: Mapping[str, str] = MappingProxyType({})) -> dict[str, Neighbourhood]:
    """Every municipality's neighbourhood, by municipality number; `region_of_county` (county name -> region id)
    says which region's groups a municipality with none near falls back to."""
    places = places_of(groups, municipalities)
    measured = _measured(places)
    return {municipality.number: _neighbourhood(municipality, places, measured,
                                                region_of_county.get(municipality.county))
            for municipality in municipalities}


def neighbourhood(municipality: Municipality, places: Mapping[Municipality, tuple[PublicGroup, ...]],
                  region: str | None = None) -> Neighbourhood:
    """The groups in `municipality`, those within WITHIN_KM in the other places, and, if none is, the nearest of
    `region`."""
    return _neighbourhood(municipality, places, _measured(places), region)


_Measured = tuple[tuple[float, float, float, str, Municipality, tuple[PublicGroup, ...]], ...]


def _measured(places: Mapping[Municipality, tuple[PublicGroup, ...]]) -> _Measured:
    """Each place with its unit vector, worked out once for every municipality to measure from."""
    return tuple((*_unit(place), place.number, place, groups) for place, groups in places.items())


# WITHIN_KM as the squared chord between two unit vectors, what the places are measured in
_WITHIN_CHORD = (2 * math.sin(WITHIN_KM / (2 * EARTH_RADIUS_KM))) ** 2


def _neighbourhood(municipality: Municipality, places: Mapping[Municipality, tuple[PublicGroup, ...]],
                   measured: _Measured, region: str | None) -> Neighbourhood:
    """The squared chord orders the places as their distance does (numbers break ties)."""
    (hx, hy, hz), own = _unit(municipality), municipality.number
    others = [((x - hx) ** 2 + (y - hy) ** 2 + (z - hz) ** 2, number, place, groups)
              for x, y, z, number, place, groups in measured if number != own]
    within = _closest_groups([other for other in others if other[0] <= _WITHIN_CHORD], MAX_WITHIN)
    in_region = () if within or region is None else _closest_groups(
        [(chord, number, place, tuple(group for group in groups if group.region == region))
         for chord, number, place, groups in others if any(group.region == region for group in groups)], NEAREST)
    return Neighbourhood(municipality, places.get(municipality, ()), within, region, in_region)


def _closest_groups(places: list[tuple[float, str, Municipality, tuple[PublicGroup, ...]]], limit: int
                    ) -> tuple[Nearby, ...]:
    """The `limit` closest groups of `places` (each holding at least one, so the `limit` closest places hold them);
    only the chosen get the arc."""
    closest = heapq.nsmallest(limit, places, key=lambda place: place[:2])
    candidates = [(chord, _by_name(group), Nearby(group, place, max(1, round(_arc_km(chord)))))
                  for chord, _, place, groups in closest for group in groups[:limit]]
    return tuple(nearby for *_, nearby in sorted(candidates, key=lambda c: c[:2])[:limit])


def _by_name(group: PublicGroup) -> tuple[str, str]:
    return group.name.casefold(), group.id
