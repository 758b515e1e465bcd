"""Realistic, valid synthetic group files for benchmarks: `write_groups(directory, count, ...)`.

Deterministic for a given seed. Categories, regions, municipalities and priority
areas cycle through the vocabularies; each group has members (numbers and roles,
one contact) whose people go to a register export `medlemmer.csv` beside the
folder (`export_of(directory)`), its public fields, `reports_per_group` quarterly reports ending in the quarter
before `as_of` (with completed and planned activities, some public), follow-ups,
meetings and a welcome package.
"""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

import yaml

from generator.model.quarters import Quarter
from generator.model import project_data
from generator.model.vocabulary import VOCABULARY_FILE

_VOCAB, _ = project_data.vocabularies(Path(__file__).resolve().parents[1] / VOCABULARY_FILE, VOCABULARY_FILE)

MUNICIPALITIES = {
    "nord": ["Tromsø", "Bodø", "Alta", "Harstad", "Narvik"],
    "midt": ["Trondheim", "Molde", "Ålesund", "Steinkjer", "Levanger"],
    "vest": ["Bergen", "Stavanger", "Haugesund", "Sunnfjord", "Voss"],
    "sor": ["Kristiansand", "Arendal", "Grimstad", "Lindesnes", "Skien"],
    "ost": ["Oslo", "Hamar", "Lillehammer", "Drammen", "Fredrikstad"],
}
FIRST_NAMES = ["Kari", "Ola", "Ingrid", "Ahmed", "Sofie", "Jonas", "Fatima", "Emil", "Nora", "Sindre", "Maja", "Elias"]
LAST_NAMES = ["Nordmann", "Hansen", "Berg", "Ali", "Vik", "Bakken", "Solheim", "Strøm", "Aune", "Rønning"]
TITLES = ["Stand på torget om {area}", "Leserinnlegg om {area}", "Fagkveld om {area}", "Skriv for liv-kveld",
          "Underskriftsinnsamling for {area}", "Gruppemøte", "Brev til stortingsrepresentanter om {area}"]


def write_groups(directory: Path, count: int, reports_per_group: int = 4, *, as_of: date = date(2026, 11, 24),
                 seed: int = 1) -> list[Path]:
    """Write `count` valid group files into `directory` and return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    chance = random.Random(seed)
    paths, people = [], []
    for number in range(count):
        path = directory / f"gruppe-{number:05d}.yaml"
        path.write_text(yaml.safe_dump(_group(number, chance, reports_per_group, as_of, people), allow_unicode=True,
                                       sort_keys=False), encoding="utf-8")
        paths.append(path)
    with export_of(directory).open("w", encoding="utf-8", newline="") as export:
        writer = csv.writer(export, delimiter=";")
        writer.writerow(("member_number", "name", "email", "phone", "birth_year"))
        writer.writerows(people)
    return paths


def export_of(directory: Path) -> Path:
    """The register export written beside the group folder."""
    return directory.parent / "medlemmer.csv"


def _group(number: int, chance: random.Random, reports: int, as_of: date, people: list) -> dict:
    vocab = _VOCAB
    category = list(vocab.categories)[number % len(vocab.categories)]
    region = list(vocab.regions)[number % len(vocab.regions)]
    municipality = MUNICIPALITIES[region][(number // len(vocab.regions)) % len(MUNICIPALITIES[region])]
    areas = chance.sample(list(vocab.priority_areas), chance.randint(1, 3))
    registered = as_of - timedelta(days=chance.randint(400, 4000))
    group = {
        "name": f"Amnesty {category.capitalize()} {municipality} {number}",
        "category": category,
        "status": "active" if number % 25 else "closed",
        "registered": registered.isoformat(),
        "region": region,
        "municipality": municipality,
        **_category_fields(category, municipality, number),
        "priority_areas": areas,
        "endorses_guidelines": (registered - timedelta(days=3)).isoformat(),
        "open_to_new_members": True,
        "members": _members(number, chance, category == "youth", as_of, people),
        "public": {
            "description": f"Vi er en gruppe i {municipality} som jobber med menneskerettigheter.\n\n"
                           "Vi står på stand, skriver leserinnlegg og holder fagkvelder. Nye medlemmer er velkomne!",
            "email": f"gruppe{number}@example.org",
            "website": f"https://example.org/gruppe-{number}",
            "instagram": f"amnesty_gruppe_{number}",
            "meets": "Annenhver tirsdag kl. 18 på biblioteket",
        },
        "reports": _reports(chance, reports, as_of, areas),
        "followups": [{"date": (as_of - timedelta(days=30 + 90 * k)).isoformat(), "channel": "email",
                       "by": f"Regionrådgiver {vocab.label('regions', region)}", "note": "Fulgte opp gruppa."}
                      for k in range(max(1, reports))],
        "welcome_package_sent": (registered + timedelta(days=14)).isoformat(),
        "meetings": [{"date": (as_of - timedelta(days=200)).isoformat(), "kind": "regional"}],
    }
    if group["status"] == "closed":
        group["closed"] = {"date": (as_of - timedelta(days=60)).isoformat(), "reason": "Medlemmene flyttet."}
    return group


def _category_fields(category: str, municipality: str, number: int) -> dict:
    if category == "student":
        return {"institution": f"Universitetet i {municipality}", "student_council": number % 2 == 0}
    if category == "youth":
        return {"institution": f"{municipality} videregående skole"}
    if category == "theme":
        return {"theme": "Kvinners rettigheter"}
    return {}


def _members(number: int, chance: random.Random, youth: bool, as_of: date, people: list) -> list[dict]:
    """The group's members as its file holds them; their people (the export's rows) added to `people`."""
    members = []
    for index in range(chance.randint(3, 8)):
        member_number = f"{number + 10000:05d}{index:02d}"
        members.append({"member_number": member_number,
                        "roles": ["contact"] if index == 0 else (["leader"] if index == 1 else [])})
        contact = index == 0
        people.append((member_number, f"{chance.choice(FIRST_NAMES)} {chance.choice(LAST_NAMES)}",
                       f"kontakt{number}@example.org" if contact else "",
                       f"+47 9{number % 100:02d} {index:02d} {number % 1000:03d}" if contact else "",
                       as_of.year - chance.randint(14, 18) if youth else ""))
    return members


def _reports(chance: random.Random, count: int, as_of: date, areas: list[str]) -> list[dict]:
    vocab = _VOCAB
    label = vocab.label("priority_areas", areas[0]).lower()
    quarter = Quarter.of(as_of).previous()
    quarters = []
    for _ in range(count):
        quarters.append(quarter)
        quarter = quarter.previous()
    reports = []
    for quarter in reversed(quarters):
        def activity(day: date, public: bool | None = None) -> dict:
            entry = {"date": day.isoformat(), "type": chance.choice(list(vocab.activity_types)),
                     "title": chance.choice(TITLES).format(area=label), "place": "Biblioteket"}
            if public is not None:
                entry["public"] = public
            return entry

        start = quarter.first_day
        reports.append({
            "quarter": str(quarter),
            "submitted": (quarter.last_day + timedelta(days=5)).isoformat(),
            "completed": [activity(start + timedelta(days=chance.randint(0, 80))) for _ in range(2)],
            "planned": [activity(quarter.next().first_day + timedelta(days=chance.randint(0, 170)), public=flag)
                        for flag in (True, False)],
        })
    return reports
