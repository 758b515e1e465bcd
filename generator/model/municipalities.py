"""The municipality list (data/kommuner.json): which municipality a group file's `municipality` means.

A name is looked up as written, ignoring case, spacing and invisible characters. It may
be any official name of the municipality: the Norwegian one, a Sámi or the Kven one
("Guovdageaidnu" is Kautokeino), or all of them as Kartverket writes them together
("Guovdageaidnu - Kautokeino"). The four-digit municipality number ("1818", a text in
quotes) and the name with its county in parentheses ("Herøy (Nordland)") are accepted too.

Two Norwegian names belong to two municipalities each in the 2024 structure: Herøy (Møre
og Romsdal and Nordland) and Våler (Innlandet and Østfold). The group's region tells
them apart when it covers exactly one of the two counties; otherwise the file writes
the county in parentheses or the number. Those two are shown as SSB lists them, with
the county ("Herøy (Nordland)"), every other municipality by its Norwegian name.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass

import regex

from generator.model.loading import GroupFile
from generator.model.problems import Problem
from generator.text.names import INVISIBLE

MUNICIPALITY_FILE = "data/kommuner.json"      # under the project root
_INVISIBLE = regex.compile(f"[{INVISIBLE}]+")
_IN_COUNTY = re.compile(r"\s*\(([^()]*)\)\s*$")     # "Herøy (Nordland)": the county in parentheses


def spaced(name: str) -> str:
    """The name with single spaces and none around it."""
    return " ".join(name.split())


def municipality_key(name: str) -> str:
    """A municipality's name as looked up: case, spacing and invisible characters ignored."""
    return spaced(_INVISIBLE.sub("", unicodedata.normalize("NFC", name))).casefold()


@dataclass(frozen=True)
class Municipality:
    number: str                 # "5430"
    name: str                   # the Norwegian name: "Kautokeino"
    county: str                 # the county's name: "Finnmark"
    lat: float
    lon: float
    names: tuple[str, ...]      # every official name, the Norwegian first: ("Kautokeino", "Guovdageaidnu")
    label: str                  # as shown: the Norwegian name, with the county when another municipality has it

    @property
    def in_county(self) -> str:
        """The name with its county, the form that tells a shared name apart: "Herøy (Nordland)"."""
        return f"{self.name} ({self.county})"


@dataclass(frozen=True)
class Municipalities:
    municipalities: tuple[Municipality, ...]
    by_key: Mapping[str, tuple[Municipality, ...]]     # every accepted form, as `municipality_key` makes it
    spellings: Mapping[str, str]                       # each official name casefolded -> as spelt, for suggestions

    def candidates(self, written: str) -> tuple[Municipality, ...]:
        """Every municipality `written` may mean: none (unknown), one, or the two that share a name."""
        return self.by_key.get(municipality_key(written), ())

    def meant(self, written: str, counties: Collection[str]) -> Municipality | None:
        """The municipality `written` means for a group whose region covers `counties`; None when it is unknown,
        or shared by two municipalities and the counties do not tell which."""
        found = self.candidates(written)
        if len(found) > 1:
            found = tuple(m for m in found if m.county in counties)
        return found[0] if len(found) == 1 else None

    def suggestions(self, written: str) -> list[str]:
        """Up to three official names close to `written` (a county in parentheses left out), closest first."""
        name = _IN_COUNTY.sub("", municipality_key(written))
        return [self.spellings[key] for key in difflib.get_close_matches(name, list(self.spellings), n=3)]


def parse_municipalities(raw: dict) -> Municipalities:
    """The register from the contents of data/kommuner.json."""
    counties = {county["number"]: county["name"] for county in raw["counties"]}
    languages = list(raw["languages"])
    shared = Counter(entry["name"] for entry in raw["municipalities"])
    municipalities, official = [], {}
    for entry in raw["municipalities"]:
        names = entry["names"]
        others = [names[lang] for lang in languages if names.get(lang, entry["name"]) != entry["name"]]
        county = counties[entry["county"]]
        label = f"{entry['name']} ({county})" if shared[entry["name"]] > 1 else entry["name"]
        municipality = Municipality(entry["number"], entry["name"], county, entry["lat"], entry["lon"],
                                    (entry["name"], *others), label)
        municipalities.append(municipality)
        official[municipality] = entry["official_name"]      # "Guovdageaidnu - Kautokeino"
    by_key: dict[str, tuple[Municipality, ...]] = {}
    for municipality in municipalities:
        forms = {municipality_key(form) for form in (*municipality.names, official[municipality],
                                                     municipality.number, municipality.in_county)}
        for key in forms:
            by_key[key] = by_key.get(key, ()) + (municipality,)
    spellings = {name.casefold(): name for municipality in municipalities for name in municipality.names}
    return Municipalities(tuple(municipalities), by_key, spellings)


def county_problems(file: GroupFile) -> list[Problem]:
    """A municipality in a county the register does not list (a file the schema has accepted)."""
    counties = {county["number"] for county in file.data["counties"]}
    return [file.problem(("municipalities", i, "county"), f"Fylket «{entry['county']}» står ikke under counties. "
                         "Lag fila på nytt med scripts/refresh-municipalities.")
            for i, entry in enumerate(file.data["municipalities"]) if entry["county"] not in counties]

