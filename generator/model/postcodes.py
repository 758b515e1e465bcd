"""Post places and postcodes (data/postnummer.json, made from Posten Bring's postcode register by
scripts/refresh-postcodes; data/KILDER.md): the municipality each post place and postcode lies in, so that a
visitor of the public site finds a municipality's page from a town ("Hommelvik") or a postcode ("7550").

A post place is a town or settlement as the post writes it; most lie in one municipality, a few in two
("Bryne": Klepp and Time), and then each municipality has its own postcodes of the place.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from generator.model.loading import GroupFile
from generator.model.problems import Problem
from generator.text.quoting import quoted

POSTCODE_FILE = "data/postnummer.json"      # under the project root


@dataclass(frozen=True)
class PostPlace:
    name: str                      # "Hommelvik"
    municipality: str              # the number of the municipality it lies in: "5031"
    postcodes: tuple[str, ...]     # its postcodes there: ("7550", "7551")


@dataclass(frozen=True)
class Postcodes:
    places: tuple[PostPlace, ...]    # in the file's order (Norwegian alphabetical); one a place and municipality
    attribution: str                 # "Postnummer og poststeder fra Posten Bring"
    licence_url: str


def parse_postcodes(raw: dict) -> Postcodes:
    """The post places from the contents of data/postnummer.json (a file its schema has accepted)."""
    places = tuple(PostPlace(name, number, tuple(codes))
                   for name, by_municipality in raw["places"].items() for number, codes in by_municipality.items())
    return Postcodes(places, raw["source"]["attribution"], raw["source"]["licence_url"])


def postcode_problems(file: GroupFile, municipalities: Collection[str]) -> list[Problem]:
    """A post place in a municipality the municipality list does not have, and a postcode given twice."""
    problems, seen = [], set()
    for name, by_municipality in file.data["places"].items():
        for number, codes in by_municipality.items():
            if number not in municipalities:
                problems.append(file.problem(("places", name, number), f"Kommunenummeret {quoted(number)} står ikke "
                                             "i data/kommuner.json. Lag fila på nytt med scripts/refresh-postcodes.",
                                             at_key=True))
            for i, code in enumerate(codes):
                if code in seen:
                    problems.append(file.problem(("places", name, number, i), f"Postnummeret {quoted(code)} står flere "
                                                 "steder. Lag fila på nytt med scripts/refresh-postcodes."))
                seen.add(code)
    return problems
