"""The place search's data (steder.json): what the front page's field and its «Bruk min posisjon» need in the
visitor's browser (docs/assets/place-search-ui.js), fetched only when the visitor uses them.

The field takes a municipality's name (any of its official names), a post place or town, or a postcode, and
leads to the municipality's page; the button lists the groups nearest the visitor's position, measured in the
browser from each group's municipality point, so the position never leaves the browser. The file holds only
what the public already sees: the municipalities, the post register's places and postcodes, and the public
groups' names and pages.

Its shape is made small for the network (one list a kind, numbers where a municipality is meant):

    {"municipalities": [[page, lat, lon, name, other official names...], ...],
     "places": [[name, municipality index], ...],
     "postcodes": [step, place index, step, place index, ...],
     "groups": [[name, page, municipality index], ...],
     "attribution": "...", "licence_url": "..."}

Pages are relative to the site's root, points rounded to about 100 m. The postcodes go in ascending order, each
as its step from the one before (the first from 0), with the place it belongs to: no postcode stands written in
the file, so none reads as a year, and a person's planted birth year is still found if it leaks (every year from
1900 to 2010 is also a postcode). The numbers are joined by commas, never spaces, dots or dashes, so that no run
of them reads as a phone or an identity number to the site check.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from generator.model.municipalities import Municipality
from generator.model.postcodes import Postcodes, PostPlace
from generator.sites.public.addresses import PAGES
from generator.views.nearest import places_of
from generator.views.public_view import PublicGroup

POINT_DECIMALS = 3      # about 100 m: the groups are placed at their municipality's point anyway


def place_search_data(municipalities: Sequence[Municipality], page_slugs: Mapping[str, str], postcodes: Postcodes,
                      groups: Sequence[PublicGroup]) -> bytes:
    """The JSON the place search loads: every municipality with its page (`page_slugs`: a municipality's label ->
    its page's slug), every post place, and every public group that has a municipality."""
    index = {municipality.number: i for i, municipality in enumerate(municipalities)}
    places = [place for place in postcodes.places if place.municipality in index]
    data = {
        "municipalities": [[PAGES.url("municipality", page_slugs[municipality.label]),
                            round(municipality.lat, POINT_DECIMALS), round(municipality.lon, POINT_DECIMALS),
                            municipality.label, *municipality.names[1:]] for municipality in municipalities],
        "places": [[place.name, index[place.municipality]] for place in places],
        "postcodes": _postcode_steps(places),
        "groups": [[group.name, PAGES.url("group", group.id), index[municipality.number]]
                   for municipality, here in places_of(groups, municipalities).items() for group in here],
        "attribution": postcodes.attribution,
        "licence_url": postcodes.licence_url,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _postcode_steps(places: Sequence[PostPlace]) -> list[int]:
    """Every postcode of `places` in ascending order, as its step from the one before and its place's index."""
    numbered = sorted((int(code), i) for i, place in enumerate(places) for code in place.postcodes)
    steps, before = [], 0
    for code, place in numbered:
        steps += [code - before, place]
        before = code
    return steps
