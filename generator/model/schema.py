"""The JSON Schema of a group file, made from the vocabularies.

`schema/group.schema.json` is generated from this module (`grupper schema`), and a
test keeps the committed file equal to it, so the vocabularies live in one place.
"""

from __future__ import annotations

import json

from generator.model.vocabulary import Vocabularies
from generator.model.waivers import WAIVABLE

SCHEMA_FILE = "schema/group.schema.json"      # under the project root
SCHEMA_ID = "https://amnesty.no/grupperegister/group.schema.json"

YEAR = r"(?:19|20)[0-9]{2}"  # 1900-2099: real dates of a register, and safe to compute with


def _whole(body: str) -> str:
    """A pattern the whole value must match; `(?!\n)` because Python's `$` also matches before a final newline."""
    return f"^{body}$(?!\\n)"


DATE_PATTERN = _whole(YEAR + r"-[0-9]{2}-[0-9]{2}")
QUARTER_PATTERN = _whole(YEAR + r"-Q[1-4]")
TIME_PATTERN = _whole(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]")  # 00:00-23:59, Norwegian time (Europe/Oslo)
# E-mail and URL are checked by pattern alone (the WHATWG form-field rule for e-mail), not by `format`:
# validators disagree on what "email" and "uri" allow, and every tool must agree with `grupper validate`.
HTTPS_PATTERN = _whole(r"""https://[^\s/?#<>"'\\]+(?:[/?#][^\s<>"'\\]*)?""")
EMAIL_PATTERN = _whole(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+")
PHONE_PATTERN = _whole(r"\(?(?:\+|00)?[0-9][0-9 ()-]{6,20}[0-9]")
MEMBER_NUMBER_PATTERN = _whole(r"[0-9]{1,12}")
HANDLE_PATTERN = _whole(r"[A-Za-z0-9._]{1,30}")
# GitHub's rule for user names: letters, digits and single hyphens inside, at most 39 characters.
GITHUB_USER_PATTERN = _whole(r"[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}")
VISIBLE_PATTERN = r"[0-9A-Za-z\u00C0-\u024F]"  # a name needs a letter or digit, not only spaces or invisible marks


# Exactly what the public directory shows of a listed, active group (views/public_view.py is the allowlist).
PUBLIC_FIELDS_DESCRIPTION = ("Alt her vises i den offentlige gruppeoversikten. Ellers viser den bare gruppas navn, "
                             "kategori, region, kommune, lærested, tema, om gruppa er med i Studentrådet, "
                             "prioriterte områder og planlagte aktiviteter merket public. En gruppe med "
                             "listed: false eller status closed vises ikke. Ikke skriv personopplysninger her.")


def _text(title: str, description: str, max_length: int = 200, **extra) -> dict:
    return {"type": "string", "title": title, "description": description, "minLength": 1,
            "maxLength": max_length, **extra}


def _date(title: str, description: str) -> dict:
    return {"$ref": "#/$defs/date", "title": title, "description": description}


def _time(title: str, description: str) -> dict:
    return {"type": "string", "pattern": TIME_PATTERN, "title": title, "description": description,
            "patternErrorMessage": "Skriv klokkeslettet som TT:MM, fra 00:00 til 23:59, i anførselstegn: \"18:00\"."}


def _choice(vocabulary: dict, title: str, description: str) -> dict:
    keys = list(vocabulary)
    return {"type": "string", "title": title, "description": description, "enum": keys,
            "enumDescriptions": [vocabulary[k].label for k in keys]}


def _list(items: dict, title: str, description: str, **extra) -> dict:
    return {"type": "array", "title": title, "description": description, "items": items, **extra}


def _object(title: str, description: str, properties: dict, required: list[str], **extra) -> dict:
    return {"type": "object", "title": title, "description": description, "properties": properties,
            "required": required, "additionalProperties": False, **extra}


def _definitions(vocab: Vocabularies) -> dict:
    activity = _object(
        "Aktivitet", "En gjennomført eller planlagt aktivitet (§6.2, §6.3).",
        {
            "date": _date("Dato", "Dagen aktiviteten ble eller skal bli holdt."),
            "type": _choice(vocab.activity_types, "Type aktivitet", "Hva slags aktivitet (§6.3)."),
            "title": _text("Tittel", "Kort beskrivelse av aktiviteten."),
            "place": _text("Sted", "Hvor aktiviteten holdes."),
            "start": _time("Starter", "Klokkeslettet aktiviteten begynner, norsk tid, i anførselstegn: \"18:00\"."),
            "end": _time("Slutter", "Klokkeslettet aktiviteten slutter, norsk tid, i anførselstegn: \"20:00\". "
                                    "Krever start."),
            "signatures": {"type": "integer", "minimum": 0, "title": "Underskrifter",
                           "description": "Antall underskrifter samlet inn."},
            "public": {"type": "boolean", "title": "Offentlig",
                       "description": "true: vises i den offentlige kalenderen (bare planlagte aktiviteter)."},
        },
        ["date", "type", "title"],
        dependentRequired={"end": ["start"]},
    )
    return {
        "date": {"type": "string", "format": "date", "pattern": DATE_PATTERN,
                 "patternErrorMessage": "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-09-03."},
        "https_url": {"type": "string", "pattern": HTTPS_PATTERN, "maxLength": 500,
                      "patternErrorMessage": "Lenken må begynne med https://"},
        "email": {"type": "string", "pattern": EMAIL_PATTERN, "maxLength": 200,
                  "patternErrorMessage": "Skriv en e-postadresse, for eksempel navn@example.org."},
        "activity": activity,
    }


def _member(vocab: Vocabularies) -> dict:
    return _object(
        "Medlem", "Et medlem av gruppa, med medlemsnummer og roller. Navn, e-post, telefon og fødselsår står i "
                  "medlemsregisteret, aldri i gruppefila (§2.2).",
        {
            "member_number": {"type": "string", "pattern": MEMBER_NUMBER_PATTERN, "title": "Medlemsnummer",
                              "description": "Medlemsnummeret i Amnesty Norge, i anførselstegn (§2.2).",
                              "patternErrorMessage": "Medlemsnummeret skal bare ha sifre, i anførselstegn: \"100234\"."},
            "roles": _list(_choice(vocab.roles, "Rolle", "En rolle i gruppa."), "Roller",
                           "Rollene medlemmet har. Minst ett medlem må være gruppekontakt, contact (§2.4).",
                           uniqueItems=True),
        },
        ["member_number"],
    )


def _report() -> dict:
    activities = {"$ref": "#/$defs/activity"}
    return _object(
        "Kvartalsrapport", "Gruppas rapport til sekretariatet for ett kvartal (§6.2).",
        {
            "quarter": {"type": "string", "pattern": QUARTER_PATTERN, "title": "Kvartal",
                        "description": "Kvartalet rapporten gjelder, for eksempel 2026-Q3.",
                        "patternErrorMessage": "Skriv kvartalet som år-Q og nummer, for eksempel 2026-Q3."},
            "submitted": _date("Sendt", "Dagen rapporten ble sendt."),
            "completed": _list(activities, "Gjennomførte aktiviteter", "Aktiviteter gruppa har gjennomført."),
            "planned": _list(activities, "Planlagte aktiviteter", "Aktiviteter gruppa planlegger."),
            "recruited": {"type": "integer", "minimum": 0, "title": "Nye medlemmer",
                          "description": "Hvor mange nye medlemmer gruppa vervet i kvartalet (§3.2)."},
        },
        ["quarter", "submitted"],
    )


def _public() -> dict:
    return _object(
        "Offentlig informasjon", PUBLIC_FIELDS_DESCRIPTION,
        {
            "description": _text("Beskrivelse", "Hva gruppa gjør, for nye medlemmer og publikum.", 2000),
            "email": {"$ref": "#/$defs/email", "title": "Gruppas e-post",
                      "description": "Gruppas egen adresse, ikke en persons."},
            "phone": {"type": "string", "pattern": PHONE_PATTERN, "title": "Gruppas telefon",
                      "description": "Gruppas eget telefonnummer, ikke en persons, i anførselstegn: \"+47 22 40 22 00\".",
                      "patternErrorMessage": "Skriv telefonnummeret med sifre, i anførselstegn: \"+47 22 40 22 00\"."},
            "website": {"$ref": "#/$defs/https_url", "title": "Nettside", "description": "Gruppas nettside (https://)."},
            "instagram": {"type": "string", "pattern": HANDLE_PATTERN, "title": "Instagram",
                          "description": "Brukernavnet på Instagram, uten @.",
                          "patternErrorMessage": "Skriv bare brukernavnet, uten @ og uten lenke."},
            "facebook": {"$ref": "#/$defs/https_url", "title": "Facebook", "description": "Lenke til Facebook-siden."},
            "meets": _text("Møtes", "Når og hvor gruppa møtes."),
        },
        [],
    )


def _waivers() -> dict:
    rules = list(WAIVABLE)
    return _list(_object(
        "Fritak", "Sekretariatets fritak for gruppa fra én plikt fram til en dato.", {
            "rule": {"type": "string", "title": "Regel", "enum": rules,
                     "enumDescriptions": [WAIVABLE[rule] for rule in rules],
                     "description": "Plikten gruppa er fritatt fra: bare plikter sekretariatet følger opp, aldri "
                                    "kriteriene i §2 eller personvernet."},
            "granted": _date("Innvilget", "Dagen sekretariatet ga fritaket."),
            "until": _date("Til og med", "Den siste dagen fritaket gjelder. Dagen etter gjelder plikten igjen. "
                                         "Høyst ett år etter innvilget."),
            "reason": _text("Begrunnelse", "Hvorfor gruppa er fritatt, for eksempel «på utveksling høsten 2026». "
                                           "Ikke skriv personopplysninger her.", 300),
        }, ["rule", "granted", "until", "reason"]),
        "Fritak", "Plikter sekretariatet har fritatt gruppa fra for en tid. Mens fritaket gjelder, vises funnet "
                  "bare som informasjon, og gruppa får ingen påminnelse om det.")


def _category_requirements() -> list[dict]:
    def when(category: str, then: dict) -> dict:
        return {"if": {"properties": {"category": {"const": category}}, "required": ["category"]}, "then": then}

    return [
        when("student", {"required": ["institution"]}),
        when("theme", {"required": ["theme"]}),
        when("local", {"required": ["municipality"]}),
        # A closed group's file is its history: it needs its closure, and no longer the criteria of an active
        # group, so that a group that fails them (§8.2) can be closed.
        {"if": {"properties": {"status": {"const": "closed"}}, "required": ["status"]},
         "then": {"required": ["closed"]},
         "else": {"required": ["open_to_new_members", "members"],
                  "properties": {"open_to_new_members": {"const": True}, "members": {"minItems": 1}}}},
    ]


def build_schema(vocab: Vocabularies) -> dict:
    """The complete group-file schema as a JSON-ready dict."""
    properties = {
        "name": _text("Navn", "Gruppas navn, slik det vises offentlig.", 100, pattern=VISIBLE_PATTERN,
                      patternErrorMessage="Navnet må ha minst én bokstav fra a til å eller ett tall."),
        "category": _choice(vocab.categories, "Kategori", "Gruppas kategori (§4)."),
        "status": _choice(vocab.statuses, "Status", "active for aktive grupper, closed når gruppa er lagt ned."),
        "registered": _date("Registrert", "Dagen sekretariatet mottok registreringen (§6.1)."),
        "confirmed": _date("Sist bekreftet", "Dagen gruppekontakten sist bekreftet at gruppas opplysninger "
                           "stemmer: kvartalsrapportskjemaet og medlemsskjemaet setter den (§6.2). Sammen med "
                           "kvartalsrapportene og registreringen avgjør den om gruppa kan være inaktiv."),
        "region": _choice(vocab.regions, "Region", "Sekretariatets region som følger opp gruppa."),
        "municipality": _text("Kommune", "Kommunen gruppa holder til i, med et offisielt navn i inndelingen fra 2024 "
                              "(norsk, samisk eller kvensk: Trondheim, Guovdageaidnu) eller kommunenummeret i "
                              "anførselstegn. Herøy og Våler finnes i to fylker: skriv fylket i parentes, "
                              "Herøy (Nordland), når regionen ikke avgjør hvilken. Kommunen må ligge i gruppas "
                              "region. Påkrevd for lokalgrupper (§4.4)."),
        "institution": _text("Lærested", "Universitet eller høyskole (studentgrupper, påkrevd) eller skole (ungdomsgrupper)."),
        "theme": _text("Tema", "Saksfeltet eller området en temagruppe jobber med (§4.3)."),
        "student_council": {"type": "boolean", "title": "Studentrådet",
                            "description": "true hvis studentgruppa deltar i Studentrådet (§5)."},
        "priority_areas": _list(_choice(vocab.priority_areas, "Prioritert område", "Et av Amnesty Norges prioriterte områder."),
                                "Prioriterte områder", "Områdene gruppa jobber med, minst ett (§2.3).",
                                minItems=1, uniqueItems=True),
        "endorses_guidelines": _date("Slutter seg til retningslinjene",
                                     "Datoen gruppa sluttet seg til vedtekter, visjon og retningslinjer (§2.1)."),
        "open_to_new_members": {"type": "boolean", "title": "Åpen for nye medlemmer",
                                "description": "Må være true for en aktiv gruppe: grupper er åpne for nye "
                                               "medlemmer (§2.5)."},
        "listed": {"type": "boolean", "title": "Vises i gruppeoversikten",
                   "description": "false: gruppa er registrert, men skjult fra den offentlige gruppeoversikten, "
                                  "for grupper der det er en risiko å stå oppført. Standard true."},
        "maintainers": _list({"type": "string", "pattern": GITHUB_USER_PATTERN, "title": "GitHub-konto",
                              "description": "Brukernavnet på GitHub, uten @.",
                              "patternErrorMessage": "Skriv brukernavnet på GitHub uten @: bokstaver, tall og "
                                                     "enkle bindestreker, høyst 39 tegn."},
                             "Gruppas GitHub-kontoer", "GitHub-kontoene som kan godkjenne endringer i fila.",
                             uniqueItems=True),
        "members": _list(_member(vocab), "Medlemmer", "Gruppas medlemmer (§2.2, §6.1); minst ett i en aktiv "
                                                      "gruppe."),
        "public": _public(),
        "reports": _list(_report(), "Kvartalsrapporter", "Rapporter til sekretariatet, én per kvartal (§6.2)."),
        "followups": _list(
            _object("Oppfølging", "En kontakt fra sekretariatet med gruppa (§7.1).", {
                "date": _date("Dato", "Dagen for kontakten."),
                "channel": _choice(vocab.followup_channels, "Kanal", "Hvordan sekretariatet tok kontakt."),
                "by": _text("Av", "Hvem i sekretariatet som tok kontakt."),
                "note": _text("Notat", "Hva kontakten gjaldt.", 2000),
            }, ["date", "channel"]),
            "Oppfølging", "Sekretariatets kontakter med gruppa (§7.1, §7.2)."),
        "welcome_package_sent": _date("Velkomstpakke sendt", "Dagen velkomstpakken ble sendt (§7.5)."),
        "meetings": _list(
            _object("Møte", "Et møte gruppa var representert på (§6.5).", {
                "date": _date("Dato", "Dagen for møtet."),
                "kind": _choice(vocab.meeting_kinds, "Type møte", "Regionmøte, nasjonalt møte, landsmøte eller opplæring."),
            }, ["date", "kind"]),
            "Møter", "Møter gruppa var representert på (§6.5)."),
        "waivers": _waivers(),
        "closed": _object("Nedlagt", "Når og hvorfor gruppa ble lagt ned (§6.1, §8.2).", {
            "date": _date("Dato", "Dagen gruppa ble lagt ned."),
            "reason": _text("Årsak", "Hvorfor gruppa ble lagt ned.", 1000),
        }, ["date", "reason"]),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Gruppe i Amnesty Norge",
        "description": "Én fil per gruppe i groups/. Se retningslinjene for grupper og README.",
        "type": "object",
        "properties": properties,
        "required": ["name", "category", "status", "registered", "region", "priority_areas",
                     "endorses_guidelines"],
        "additionalProperties": False,
        "allOf": _category_requirements(),
        "$defs": _definitions(vocab),
    }


def render_schema(vocab: Vocabularies) -> str:
    return json.dumps(build_schema(vocab), ensure_ascii=False, indent=2) + "\n"
