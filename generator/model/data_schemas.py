"""The JSON Schemas of the project's data files: the region data, the settings, the vocabularies, the
municipality list and the county outlines, each what its reader needs and nothing it would not read.

`grupper schema` writes them to schema/ (the region schema takes its regions from the vocabularies), and a
test keeps the committed files equal to them; the command line checks each data file against the schema made
here, so a data file is judged as its schema file says even before that file is written again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Callable

from generator.model.county_outlines import OUTLINE_FILE
from generator.model.municipalities import MUNICIPALITY_FILE
from generator.model.postcodes import POSTCODE_FILE
from generator.model.regions import COUNTIES, REGIONS_FILE
from generator.model.schema import DATE_PATTERN, EMAIL_PATTERN, GITHUB_USER_PATTERN, HTTPS_PATTERN, PHONE_PATTERN
from generator.model.settings import ENGINES, LOGO_PATTERN, MAX_REMINDER_DAYS, MEMBER_NUMBER_FIELD, SETTINGS_FILE, TEAM_PATTERN
from generator.model.vocabulary import VOCABULARY_FILE, Vocabularies

_NUMBER = r"-?[0-9]+(?:\.[0-9]+)?"
_OUTLINE_PATH = rf"^M{_NUMBER}[ ,]?{_NUMBER}[-0-9. ,MLlz]*$(?!\n)"    # a move to a point, then lines: path_box
_VIEW_BOX = rf"^{_NUMBER} {_NUMBER} {_NUMBER} {_NUMBER}$(?!\n)"


def _text(description: str) -> dict:
    return {"type": "string", "minLength": 1, "description": description}


def _shaped(pattern: str, description: str, hint: str) -> dict:
    return {"type": "string", "pattern": pattern, "description": description, "patternErrorMessage": hint}


def _date(description: str) -> dict:
    return {"type": "string", "format": "date", "pattern": DATE_PATTERN, "description": description,
            "patternErrorMessage": "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-09-03."}


def _email(description: str) -> dict:
    return _shaped(EMAIL_PATTERN, description, "Skriv en e-postadresse, for eksempel navn@example.org.")


def _https(description: str) -> dict:
    return _shaped(HTTPS_PATTERN, description, "Adressen må begynne med https://")


def _object(description: str, properties: dict, required: tuple[str, ...] = (), **extra) -> dict:
    return {"type": "object", "description": description, "properties": properties, "required": list(required),
            "additionalProperties": False, **extra}


def _list(items: dict, description: str, **extra) -> dict:
    return {"type": "array", "items": items, "description": description, **extra}


def _days(description: str) -> dict:
    return {"type": "integer", "minimum": 0, "maximum": MAX_REMINDER_DAYS, "description": description}


def _numbered(digits: int, description: str) -> dict:
    return _shaped(f"^[0-9]{{{digits}}}$(?!\\n)", description, f"Skriv nummeret med {digits} sifre, i anførselstegn.")


def _schema(name: str, title: str, description: str, body: dict) -> dict:
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"https://amnesty.no/grupperegister/{name}", "title": title, "description": description, **body}


def _source(attribution: str) -> dict:
    return {"type": "object", "description": "Hvor dataene kommer fra, og lisensen.", "required": [
        "attribution", "licence_url"], "properties": {
        "attribution": _text(attribution), "licence_url": _https("Lisensens adresse.")}}


def _meeting(description: str, extra: dict) -> dict:
    return _object(description, {"date": _date("Dagen møtet ble holdt."), "place": _text("Hvor møtet ble holdt."),
                                 **extra}, ("date",))


def regions_schema(vocab: Vocabularies) -> dict:
    """data/regions.yaml: one entry per region of the vocabularies, the counties from 2024 each in one region."""
    region = _object("Regionens regionrådgiver, e-postadresse, fylker og regionmøter.", {
        "adviser": _text("Navnet på regionrådgiveren som følger opp gruppene i regionen."),
        "adviser_github": _shaped(GITHUB_USER_PATTERN, "Regionrådgiverens brukernavn på GitHub, uten @. "
                                  "Påminnelsene til en gruppe uten egne GitHub-kontoer går hit.",
                                  "Skriv brukernavnet på GitHub uten @."),
        "email": _email("Regionens e-postadresse, som regionrådgiveren leser."),
        "counties": _list({"enum": list(COUNTIES), "description": "Et fylke i inndelingen fra 2024."},
                          "Fylkene regionen dekker. Hvert fylke står under én region.", uniqueItems=True),
        "meetings": _list(_meeting("Et regionmøte (§7.4).", {
            "board_present": {"type": "boolean", "description": "true når styret var representert, false ellers."}}),
            "Regionmøtene som er holdt i regionen (§7.4)."),
    })
    return _schema("regions.schema.json", "Regiondata", "data/regions.yaml: sekretariatets regioner og møter.",
                   _object("Regionene og de nasjonale møtene.", {
                       "regions": _object("Én oppføring per region, med regionens id fra vokabularene.",
                                          {key: region for key in vocab.regions}),
                       "national_meetings": _list(_meeting("Et nasjonalt møte eller et landsmøte (§7.4).", {
                           "name": _text("Møtets navn, for eksempel «Landsmøtet 2026».")}),
                           "De nasjonale møtene som er holdt (§7.4)."),
                   }, ("regions",)))


def settings_schema(_vocab: Vocabularies | None = None) -> dict:
    """data/settings.yaml: every setting optional, each in its shape."""
    team, logo = (pattern.pattern.removesuffix(r"\Z") for pattern in (TEAM_PATTERN, LOGO_PATTERN))
    return _schema("settings.schema.json", "Innstillinger", "data/settings.yaml: det organisasjonen stiller inn "
                   "én gang, utenom gruppene.", _object("Prosjektets innstillinger.", {
                       "member_url": _shaped(r"^https://\S+$(?!\n)", "Adressen til et medlems side i "
                                             f"medlemsregisteret, med {MEMBER_NUMBER_FIELD} der medlemsnummeret "
                                             "skal stå.", "Adressen må begynne med https:// og ha "
                                             f"{MEMBER_NUMBER_FIELD}."),
                       "secretariat_team": _shaped(f"^{team}$(?!\\n)", "Sekretariatets team på GitHub, skrevet "
                                                   "@organisasjon/team.", "Skriv teamet som @organisasjon/team."),
                       "contact": _object("Organisasjonens kontaktinformasjon, vist på den offentlige siden.", {
                           "name": _text("Navnet som vises, for eksempel «Amnesty International Norge»."),
                           "email": _email("Organisasjonens e-postadresse."),
                           "phone": _shaped(PHONE_PATTERN, "Organisasjonens telefonnummer, i anførselstegn.",
                                            "Skriv telefonnummeret med sifre, i anførselstegn: \"+47 22 40 22 00\"."),
                           "website": _https("Organisasjonens nettside (https://)."),
                       }, ("name", "email")),
                       "student_council_email": _email("Studentrådets e-postadresse."),
                       "repository_url": _https("Repositoriets adresse på GitHub (https://)."),
                       "repository_public": {"type": "boolean", "description": "true bare hvis alle kan åpne "
                                                                               "repositoriet."},
                       "reminders": _object("Når gruppene får påminnelser (grupper remind).", {
                           "start_days_after_deadline": _days("Dager etter fristen for kvartalsrapporten før "
                                                              "gruppa får påminnelse om den (standard 14)."),
                           "days_before_inactive": _days("Dager før gruppa ville blitt merket som mulig inaktiv "
                                                         "at den blir bedt om å bekrefte opplysningene "
                                                         "(standard 30)."),
                       }),
                       "logo": _shaped(f"^{logo}$(?!\\n)",
                                       "En logo organisasjonen selv har levert: stien til en SVG- eller PNG-fil i "
                                       "docs/. Uten den står navnet i toppen som tekst.",
                                       "Skriv stien til en SVG- eller PNG-fil i docs/, for eksempel assets/logo.svg."),
                       "engine": {"enum": list(ENGINES), "description": "Det som bygger og forhåndsviser begge "
                                                                       "sidene: mkdocs (standard) eller zensical."},
                   }))


def vocabularies_schema(_vocab: Vocabularies | None = None) -> dict:
    """schema/vocabularies.yaml: every vocabulary the register knows, each a mapping of keys to labels."""
    term = _object("En verdi: teksten folk leser, og for aktivitetstyper om den vender utover og hvilke oppgaver i "
                   "mandatet den tjener.", {
        "label": _text("Den norske teksten som vises."),
        "outward": {"type": "boolean", "description": "true når aktiviteten har en mottaker utenfor gruppa (§6.3)."},
        "tasks": _list({"type": "string", "minLength": 1}, "For aktivitetstyper: oppgavene i mandatet (nøkler under "
                       "mandate_tasks) aktiviteten tjener (§3.2).", minItems=1, uniqueItems=True),
        "description": _text("For oppgavene i mandatet: hva oppgaven er, slik den offentlige siden «Hva grupper "
                             "gjør» sier det."),
    }, ("label",))
    vocabulary = {"type": "object", "minProperties": 1, "additionalProperties": term,
                  "description": "Nøklene (engelsk) er det gruppefilene skriver; hver har en norsk tekst."}
    names = [field.name for field in fields(Vocabularies)]
    return _schema("vocabularies.schema.json", "Vokabularer", "schema/vocabularies.yaml: alle faste lister i "
                   "registeret, ett sted.", _object("Vokabularene.", {name: vocabulary for name in names},
                                                    tuple(names)))


def municipalities_schema(_vocab: Vocabularies | None = None) -> dict:
    """data/kommuner.json: the counties and municipalities with their names and points."""
    names = {"type": "object", "additionalProperties": _text("Navnet på dette språket."),
             "description": "De offisielle navnene etter språk (nor, sme, smj, sma, fkv)."}
    place = {"official_name": _text("Det offisielle navnet slik Kartverket skriver det, alle språk sammen."),
             "names": names,
             "lat": {"type": "number", "minimum": -90, "maximum": 90, "description": "Breddegrad (WGS 84)."},
             "lon": {"type": "number", "minimum": -180, "maximum": 180, "description": "Lengdegrad (WGS 84)."}}
    county = _object("Et fylke.", {"number": _numbered(2, "Fylkesnummeret."), "name": _text("Fylkets navn."),
                                   **place}, ("number", "name"))
    municipality = _object("En kommune.", {
        "number": _numbered(4, "Kommunenummeret."), "name": _text("Det norske navnet."),
        "county": _numbered(2, "Nummeret på fylket kommunen ligger i."), **place,
    }, ("number", "name", "official_name", "names", "county", "lat", "lon"))
    return _schema("kommuner.schema.json", "Kommuner og fylker", "data/kommuner.json: kommunene og fylkene fra "
                   "2024, laget av scripts/refresh-municipalities.", _object("Kommuneregisteret.", {
                       "about": _text("Hva fila er."), "structure": _date("Inndelingen dataene følger."),
                       "source": {"type": "object", "description": "Hvor dataene kommer fra."},
                       "languages": {"type": "object", "additionalProperties": _text("Språkets navn."),
                                     "description": "Språkkodene i names, med språkets navn."},
                       "counties": _list(county, "Fylkene.", minItems=1),
                       "municipalities": _list(municipality, "Kommunene.", minItems=1),
                   }, ("languages", "counties", "municipalities")))


def outlines_schema(_vocab: Vocabularies | None = None) -> dict:
    """data/fylker-omriss.json: the counties' outlines and the municipalities' points on one map."""
    point = _list({"type": "number"}, "Punktet på kartet: x og y i kilometer.", minItems=2, maxItems=2)
    county = _object("Et fylkes omriss.", {
        "number": _numbered(2, "Fylkesnummeret."), "name": _text("Fylkets navn."),
        "label": point | {"description": "Hvor fylkets navn står på kartet."},
        "path": _shaped(_OUTLINE_PATH, "Omrisset som SVG-stidata: M, så l og z.",
                        "Omrisset må begynne med M og et punkt."),
    }, ("number", "name", "path"))
    return _schema("fylker-omriss.schema.json", "Fylkenes omriss", "data/fylker-omriss.json: kartet på den "
                   "offentlige siden, laget av scripts/refresh-municipalities.", _object("Kartet.", {
                       "about": _text("Hva fila er."), "structure": _date("Inndelingen dataene følger."),
                       "source": _source("Kreditering som vises under kartet."),
                       "projection": {"type": "object", "description": "Hvordan koordinatene er regnet om."},
                       "simplification": {"type": "object", "description": "Hvordan omrissene er forenklet."},
                       "viewBox": _shaped(_VIEW_BOX, "Kartets utsnitt: venstre, topp, bredde og høyde.",
                                          "Skriv fire tall med mellomrom."),
                       "fill_rule": {"enum": ["evenodd", "nonzero"], "description": "SVG-ens fill-rule."},
                       "counties": _list(county, "Fylkene.", minItems=1),
                       "points": {"type": "object", "additionalProperties": point,
                                  "description": "Hver kommunes punkt på kartet, etter kommunenummer."},
                   }, ("viewBox", "source", "counties", "points")))


def postcodes_schema(_vocab: Vocabularies | None = None) -> dict:
    """data/postnummer.json: each post place with the municipalities it lies in and its postcodes there."""
    postcodes = _list(_numbered(4, "Et postnummer."), "Postnumrene stedet har i denne kommunen.", minItems=1,
                      uniqueItems=True)
    place = {"type": "object", "minProperties": 1, "additionalProperties": postcodes,
             "description": "Kommunene stedet ligger i, etter kommunenummer, med postnumrene der."}
    return _schema("postnummer.schema.json", "Postnummer og poststeder", "data/postnummer.json: poststedene og "
                   "postnumrene fra Postens postnummerregister, laget av scripts/refresh-postcodes.", _object(
                       "Postnummerregisteret.", {
                           "about": _text("Hva fila er."), "structure": _date("Kommuneinndelingen dataene følger."),
                           "source": _source("Kreditering som vises ved stedssøket."),
                           "places": {"type": "object", "minProperties": 1, "additionalProperties": place,
                                      "description": "Poststedene etter navn."},
                       }, ("source", "places")))


@dataclass(frozen=True)
class DataSchema:
    data_file: str                                  # the data file under the project root
    schema_file: str                                # its schema under the project root
    build: Callable[[Vocabularies], dict]


REGIONS = DataSchema(REGIONS_FILE, "schema/regions.schema.json", regions_schema)
SETTINGS = DataSchema(SETTINGS_FILE, "schema/settings.schema.json", settings_schema)
VOCABULARIES = DataSchema(VOCABULARY_FILE, "schema/vocabularies.schema.json", vocabularies_schema)
MUNICIPALITIES = DataSchema(MUNICIPALITY_FILE, "schema/kommuner.schema.json", municipalities_schema)
OUTLINES = DataSchema(OUTLINE_FILE, "schema/fylker-omriss.schema.json", outlines_schema)
POSTCODES = DataSchema(POSTCODE_FILE, "schema/postnummer.schema.json", postcodes_schema)
DATA_SCHEMAS = (REGIONS, SETTINGS, VOCABULARIES, MUNICIPALITIES, OUTLINES, POSTCODES)


def render_data_schemas(vocab: Vocabularies) -> dict[str, str]:
    """Each data schema's text by its file under the project root."""
    return {entry.schema_file: json.dumps(entry.build(vocab), ensure_ascii=False, indent=2) + "\n"
            for entry in DATA_SCHEMAS}
