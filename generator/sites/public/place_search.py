"""The place search's data (steder.json): what the front page's field and its «Bruk min posisjon» need in the
visitor's browser (docs/assets/place-search.js), fetched only when the visitor uses them.

The field takes a municipality's name (any of its official names), a post place or town, or a postcode, and
leads to the municipality's page; the button lists the groups nearest the visitor's position, measured in the
browser from each group's municipality point, so the position never leaves the browser. The file holds only
what the public already sees: the municipalities, the post register's places and postcodes, and the public
groups' names and pages.

Its shape is made small for the network (one list a kind, numbers where a municipality is meant):

    {"municipalities": [[page, lat, lon, name, other official names...], ...],
     "places": [[name, municipality index, "postcode,postcode,..."], ...],
     "groups": [[name, page, municipality index], ...],
     "attribution": "...", "licence_url": "..."}

Pages are relative to the site's root, points rounded to about 100 m. Postcodes are joined by commas, never
spaces, dots or dashes, so that no run of them reads as a phone or an identity number to the site check.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from generator.model.municipalities import Municipality
from generator.model.postcodes import Postcodes
from generator.sites.public.addresses import PAGES
from generator.views.nearest import places_of
from generator.views.public_view import PublicGroup

POINT_DECIMALS = 3      # about 100 m: the groups are placed at their municipality's point anyway


def place_search_data(municipalities: Sequence[Municipality], page_slugs: Mapping[str, str], postcodes: Postcodes,
                      groups: Sequence[PublicGroup]) -> bytes:
    """The JSON the place search loads: every municipality with its page (`page_slugs`: a municipality's label ->
    its page's slug), every post place, and every public group that has a municipality."""
    index = {municipality.number: i for i, municipality in enumerate(municipalities)}
    data = {
        "municipalities": [[PAGES.url("municipality", page_slugs[municipality.label]),
                            round(municipality.lat, POINT_DECIMALS), round(municipality.lon, POINT_DECIMALS),
                            municipality.label, *municipality.names[1:]] for municipality in municipalities],
        "places": [[place.name, index[place.municipality], ",".join(place.postcodes)]
                   for place in postcodes.places if place.municipality in index],
        "groups": [[group.name, PAGES.url("group", group.id), index[municipality.number]]
                   for municipality, here in places_of(groups, municipalities).items() for group in here],
        "attribution": postcodes.attribution,
        "licence_url": postcodes.licence_url,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
