"""Data above the groups (data/regions.yaml): each region's adviser (and the adviser's GitHub account, whom the
reminders of a group without accounts of its own go to), its e-mail address and the counties it covers, the
regional meetings held, with or without the board, and the national meetings (§7.4).

Read with the group files' loader, so the same bounds apply and every problem
comes back located (path, line, column), never as an exception.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from generator.model.access import text
from generator.model.loading import GroupFile, read_data_file
from generator.model.problems import Problem, Reading
from generator.model.privacy_guard import personal_detail_problems
from generator.model.quarters import parse_date
from generator.model.schema import EMAIL_PATTERN, GITHUB_USER_PATTERN
from generator.text.wording import norwegian_list
from generator.model.vocabulary import Vocabularies
from generator.text.quoting import quoted

REGIONS_FILE = "data/regions.yaml"      # under the project root
_TOP_FIELDS = ("regions", "national_meetings")
_REGION_FIELDS = ("adviser", "adviser_github", "email", "counties", "meetings")
# Norway's counties from 1 January 2024; `counties` in the region file must name each of them once.
COUNTIES = ("Oslo", "Rogaland", "Møre og Romsdal", "Nordland", "Østfold", "Akershus", "Buskerud", "Innlandet",
            "Vestfold", "Telemark", "Agder", "Vestland", "Trøndelag", "Troms", "Finnmark")
_MEETING_FIELDS = ("date", "place", "board_present")
_NATIONAL_MEETING_FIELDS = ("date", "place", "name")


@dataclass(frozen=True)
class Meeting:
    date: date
    place: str | None = None
    board_present: bool | None = None     # None: not recorded (regional meetings only)
    name: str | None = None               # "Landsmøtet 2026" (national meetings only)


@dataclass(frozen=True)
class Region:
    id: str
    adviser: str | None = None
    meetings: tuple[Meeting, ...] = ()     # sorted by date
    counties: tuple[str, ...] = ()         # as listed in the file
    email: str | None = None               # the region's address, which its adviser reads
    adviser_github: str | None = None      # the adviser's GitHub account: reminders of groups without their own


@dataclass(frozen=True)
class RegionData:
    regions: dict[str, Region] = field(default_factory=dict)
    national_meetings: tuple[Meeting, ...] = ()     # sorted by date

    def region(self, region_id: str) -> Region:
        return self.regions.get(region_id) or Region(region_id)


def read_regions(path: Path, vocab: Vocabularies, display: str | None = None) -> Reading[RegionData]:
    """The region data in `path` and its problems, located; a missing file is no data, an unreadable one None."""
    if not path.exists():
        return RegionData(), []
    loaded, problems = read_data_file(path, display or str(path))
    if loaded is None:
        return None, problems
    data, problems = parse_regions(loaded, vocab)
    return data, problems + personal_detail_problems(loaded, own_contact=(("regions", "*", "email"),))


def parse_regions(file: GroupFile, vocab: Vocabularies) -> Reading[RegionData]:
    """The regions and national meetings in `file` that can be read, and the problems of those that cannot."""
    regions = file.data.get("regions")
    if not isinstance(regions, dict):
        return RegionData(), [file.problem((), "Fila må ha feltet «regions» med én oppføring per region.")]
    problems = list(_unknown_fields(file, (), file.data, _TOP_FIELDS))
    national_meetings = _meetings(file, ("national_meetings",), file.data.get("national_meetings"),
                                  _NATIONAL_MEETING_FIELDS, problems)
    read: dict[str, Region] = {}
    for region_id, entry in regions.items():
        if region_id not in vocab.regions:
            problems.append(file.problem(("regions", region_id), _unknown_region(region_id, vocab), at_key=True))
        elif isinstance(entry, dict):
            read[region_id] = _region(file, region_id, entry, problems)
        else:
            problems.append(file.problem(("regions", region_id), f"Regionen «{region_id}» må være en "
                                         f"samling av felt ({', '.join(_REGION_FIELDS)})."))
    problems.extend(_county_coverage(file, read))
    return RegionData(read, national_meetings), problems


def _unknown_region(region_id: str, vocab: Vocabularies) -> str:
    match = difflib.get_close_matches(str(region_id), list(vocab.regions), n=1)
    hint = f" Mente du «{match[0]}»?" if match else ""
    return f"Ukjent region {quoted(region_id, 'her')}.{hint} Gyldige regioner: {', '.join(vocab.regions)}."


def _region(file: GroupFile, region_id: str, entry: dict, problems: list[Problem]) -> Region:
    where = ("regions", region_id)
    problems.extend(_unknown_fields(file, where, entry, _REGION_FIELDS))
    adviser = entry.get("adviser")
    if adviser is not None and not text(adviser):
        problems.append(file.problem(where + ("adviser",), "«adviser» skal være navnet på regionrådgiveren."))
    meetings = _meetings(file, where + ("meetings",), entry.get("meetings"), _MEETING_FIELDS, problems)
    email = entry.get("email")
    if email is not None and not (isinstance(email, str) and re.match(EMAIL_PATTERN, email)):
        problems.append(file.problem(where + ("email",), "«email» skal være regionens e-postadresse, for eksempel "
                                     "region.nord@example.org."))
        email = None
    github = entry.get("adviser_github")
    if github is not None and not (isinstance(github, str) and re.match(GITHUB_USER_PATTERN, github)):
        problems.append(file.problem(where + ("adviser_github",), "«adviser_github» skal være regionrådgiverens "
                                     "brukernavn på GitHub, uten @, for eksempel regionradgiver-nord."))
        github = None
    return Region(region_id, text(adviser), meetings, _counties(file, where + ("counties",), entry.get("counties"),
                                                                  problems), email, github)


def _counties(file: GroupFile, where: tuple, listed, problems: list[Problem]) -> tuple[str, ...]:
    """The counties listed at `where` that are counties; a misspelt one is a problem that suggests the name."""
    if listed is None:
        return ()
    if not isinstance(listed, list):
        problems.append(file.problem(where, "«counties» skal være en liste over fylkene i regionen, for eksempel "
                                     "[Troms, Finnmark]."))
        return ()
    known = []
    for i, county in enumerate(listed):
        if county in COUNTIES:
            known.append(county)
            continue
        match = difflib.get_close_matches(str(county), COUNTIES, n=1)
        hint = f" Mente du «{match[0]}»?" if match else ""
        problems.append(file.problem(where + (i,), f"Ukjent fylke {quoted(county, 'her')}.{hint} Fylkene fra 2024: "
                                     f"{', '.join(COUNTIES)}."))
    return tuple(known)


def _county_coverage(file: GroupFile, regions: dict[str, Region]):
    """Once any region lists counties, every county belongs to exactly one region."""
    if not any(region.counties for region in regions.values()):
        return
    owners: dict[str, str] = {}
    for region_id in regions:
        listed = file.data["regions"][region_id].get("counties")
        for i, county in enumerate(listed if isinstance(listed, list) else []):
            if county not in COUNTIES:
                continue
            if county in owners:
                yield file.problem(("regions", region_id, "counties", i), f"{county} står allerede under regionen "
                                   f"«{owners[county]}». Et fylke hører til én region.")
            owners.setdefault(county, region_id)
    missing = [county for county in COUNTIES if county not in owners]
    if missing:
        yield file.problem(("regions",), f"Ingen region dekker {norwegian_list(missing)}. Før hvert fylke under "
                           "«counties» i én region.", at_key=True)


def _meetings(file: GroupFile, where: tuple, listed, fields: tuple[str, ...],
              problems: list[Problem]) -> tuple[Meeting, ...]:
    """The meetings listed at `where` (each with only `fields`), sorted by date."""
    listed = listed or []
    if not isinstance(listed, list):
        problems.append(file.problem(where, f"«{where[-1]}» skal være en liste over møter."))
        listed = []
    held = [_meeting(file, where + (i,), m, fields, problems) for i, m in enumerate(listed)]
    return tuple(sorted((m for m in held if m), key=lambda m: m.date))


def _meeting(file: GroupFile, where: tuple, entry, fields: tuple[str, ...], problems: list[Problem]) -> Meeting | None:
    if not isinstance(entry, dict):
        problems.append(file.problem(where, f"Et møte skal ha feltene {', '.join(fields)}."))
        return None
    problems.extend(_unknown_fields(file, where, entry, fields))
    day = parse_date(entry.get("date"))
    if day is None:
        problems.append(file.problem(where + ("date",), "Møtet mangler en gyldig dato (date: ÅÅÅÅ-MM-DD).", "§7.4"))
        return None
    board_present = entry.get("board_present") if "board_present" in fields else None
    if board_present is not None and not isinstance(board_present, bool):
        problems.append(file.problem(where + ("board_present",), "«board_present» skal være true (styret var "
                                     "representert) eller false.", "§7.4"))
        board_present = None
    name = text(entry.get("name")) if "name" in fields else None
    return Meeting(day, text(entry.get("place")), board_present, name)


def _unknown_fields(file: GroupFile, where: tuple, entry: dict, allowed: tuple[str, ...]):
    for key in entry:
        if key not in allowed:
            yield file.problem(where + (key,), f"Ukjent felt {quoted(key, 'her')}. Tillatte felt: "
                                               f"{', '.join(allowed)}.", at_key=True)
