"""A membership register export full of planted personal values, and a search for them in what was built.

Every membership number in the given group folders gets a person whose name and
e-mail address carry one unique token (`Plantetnavn Qzxv104`,
`planted-qzxv104@example.org`) and whose phone number is unique (`+47 4104 0104`).
The fixture groups' own members keep the values planted for them in
tests/fixtures/medlemsregister-plantet.csv. A token found in a file is a leak;
a phone is searched for as written and as bare digits.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.sites.site_search import index_file_text

from tests.conftest import ROOT

PLANTED_EXPORT = ROOT / "tests" / "fixtures" / "medlemsregister-plantet.csv"
FIELDS = ("member_number", "name", "email", "phone", "birth_year")


@dataclass(frozen=True)
class PlantedPerson:
    number: str
    name: str
    email: str
    phone: str
    birth_year: str
    tokens: tuple[str, ...]      # what is unique to this person in the name and the e-mail address

    def needles(self) -> list[str]:
        """What gives this person away, in lower case, to be looked for in a lowered text (so in any case): each
        token, and the phone as written and as bare digits."""
        phone = self.phone.removeprefix("+47").strip()
        found = [token.lower() for token in self.tokens]
        if phone:
            found += [phone, phone.replace(" ", "")]
        return found


def member_numbers(*folders: Path) -> list[str]:
    """Every membership number in the group files of `folders`, once, sorted."""
    numbers = set()
    for folder in folders:
        for path in folder.glob("*.yaml"):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            numbers.update(str(m["member_number"]) for m in data.get("members") or [] if m.get("member_number"))
    return sorted(numbers)


def planted_people(*folders: Path, birth_year=lambda i: "") -> list[PlantedPerson]:
    """A person for every membership number in `folders`; `birth_year(i)` gives the i-th generated one's year."""
    with PLANTED_EXPORT.open(encoding="utf-8", newline="") as file:
        fixed = {row["member_number"]: row for row in csv.DictReader(file, delimiter=";")}
    people = []
    for i, number in enumerate(member_numbers(*folders), start=100):
        if number in fixed:
            row = fixed[number]
            tokens = tuple(re.findall(r"planted[a-z]+", f"{row['name']} {row['email']}", flags=re.IGNORECASE))
            people.append(PlantedPerson(number, row["name"], row["email"], row["phone"], row["birth_year"], tokens))
        else:
            people.append(PlantedPerson(number, f"Plantetnavn Qzxv{i}", f"planted-qzxv{i}@example.org",
                                        f"+47 4{i} 0{i}", str(birth_year(i)), (f"Qzxv{i}",)))
    assert len(people) < 900, "the tokens have three digits"
    return people


def write_export(people: list[PlantedPerson], path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(FIELDS)
        writer.writerows((p.number, p.name, p.email, p.phone, p.birth_year) for p in people)
    return path


@functools.cache
def site_files(site: Path) -> tuple[tuple[str, str], ...]:
    """(path, text) of every file of a built site, the search index, sitemap, feeds and CSV files included; read
    once per site (the built sites are the session's, never changed)."""
    return tuple((str(path.relative_to(site)), _text(path))
                 for path in sorted(site.rglob("*")) if path.is_file() and path.suffix != ".gz")


def _text(path: Path) -> str:
    """A file's text; the search index's files (gzip) as the text they hold."""
    indexed = index_file_text(path)
    return path.read_bytes().decode("utf-8", errors="replace") if indexed is None else indexed


def leaks(files: Iterable[tuple[str, str]], people: list[PlantedPerson]) -> list[tuple[str, str, str]]:
    """(file, member number, what was found) for every planted value found in `files`."""
    return [(name, person.number, needle) for name, content in files for lowered in [content.lower()]
            for person in people for needle in person.needles() if needle in lowered]
