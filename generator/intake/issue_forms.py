"""The GitHub issue forms (`.github/ISSUE_TEMPLATE/*.yml`), made from the vocabularies.

One definition serves both ways: `grupper schema` writes the forms from it, and
`grupper from-issue` reads a submitted form's answers by the same field labels.
Every fixed vocabulary is a dropdown or a checkbox list, never free text.

Everyone who can propose a change reads every issue, so the forms ask for
people only by membership number: names and contact details come from the
membership register. Each form says once, at its top, not to write phone
numbers, e-mail addresses or identity numbers, and again only in the free
descriptions, where people are most likely to; `from-issue` refuses an answer
that holds one anywhere (outside the group's own e-mail and phone fields).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from generator.model.schema import EMAIL_PATTERN, PHONE_PATTERN
from generator.model.vocabulary import Vocabularies

FORMS_DIR = ".github/ISSUE_TEMPLATE"      # under the project root
COMPLETED_SLOTS = 4
PLANNED_SLOTS = 3
YES, NO = "Ja", "Nei"
NO_DETAILS = "Ikke skriv telefonnummer, e-postadresse eller fødselsnummer."
PUBLIC_CALENDAR = "Vis aktiviteten i den offentlige kalenderen"
# The quarter a report is for, as the form offers it: each label and how many quarters before the it means.
QUARTERS_BACK = {"Forrige kvartal": 1, "Dette kvartalet": 0}
PRIVACY_INTRO = ("**Ingen personopplysninger i skjemaet.** Alle som kan foreslå endringer i registeret, kan lese "
                 "saken og historikken dens. Skriv derfor aldri telefonnumre, e-postadresser eller fødselsnumre "
                 "(eller D-numre) her. Skjemaet avvises til de er fjernet.")
MEMBERS_INTRO = ("Medlemmer oppgis bare med medlemsnummer. Navn, e-post og telefon henter sekretariatet fra "
                 "Amnesty Norges medlemsregister, så alle i gruppa må holde opplysningene sine oppdatert hos "
                 "Amnesty Norge.")
HEADER = ("# Laget av `grupper schema` fra schema/vocabularies.yaml og generator/intake/issue_forms.py.\n"
          "# Ikke rediger for hånd: endre kilden og kjør `grupper schema`.\n")


@dataclass(frozen=True)
class Field:
    id: str
    label: str
    kind: str                       # input | textarea | dropdown | checkboxes
    description: str = ""
    required: bool = False
    vocabulary: str | None = None   # the Vocabularies attribute the options come from
    options: tuple[str, ...] = ()   # fixed options that are no vocabulary (Ja/Nei, a confirmation)
    placeholder: str = ""
    contact_pattern: str | None = None   # a field made for the group's own e-mail or phone: the whole answer's shape
    member_numbers: bool = False         # a field that holds membership numbers only
    free_description: bool = False       # free prose, where the privacy reminder is repeated

    @property
    def shown_description(self) -> str:
        """The description in the form: a free description says again what must never be written in it."""
        return f"{self.description} {NO_DETAILS}".strip() if self.free_description else self.description

    def option_labels(self, vocab: Vocabularies) -> list[str]:
        if self.vocabulary:
            return [term.label for term in getattr(vocab, self.vocabulary).values()]
        return list(self.options)


@dataclass(frozen=True)
class Form:
    key: str                        # the file name without .yml, and the value of `from-issue --form`
    name: str
    description: str
    title: str
    intro: str
    fields: tuple[Field, ...] = field(default_factory=tuple)

    def field(self, field_id: str) -> Field:
        return next(f for f in self.fields if f.id == field_id)

    @property
    def labels(self) -> tuple[str, ...]:
        return ("skjema", self.key)


def _group_field() -> Field:
    return Field("group", "Gruppas id eller navn", "input", required=True,
                 description="Id-en står i adressen til gruppesiden og er filnavnet i groups/ uten .yaml, "
                             "for eksempel amnesty-nidaros. Du kan også skrive gruppas navn.",
                 placeholder="amnesty-nidaros")


def _member_fields(vocab: Vocabularies) -> tuple[Field, ...]:
    """The contact person, the other members, and who holds each other role (§2.2, §2.4, §6.1), by number."""
    roles = tuple(
        Field(f"role_{key}", term.label, "input", member_numbers=True,
              description=f"Medlemsnummeret til den som er {term.label.lower()}, ikke navnet. Nummeret må stå over, "
                          "som gruppekontakt eller under «Andre medlemmer». Flere skilles med komma. "
                          "La stå tomt hvis ingen har rollen.")
        for key, term in vocab.roles.items() if key != "contact")
    return (
        Field("contact_member_number", "Gruppekontaktens medlemsnummer", "input", required=True, member_numbers=True,
              description="Gruppekontakten er den sekretariatet tar kontakt med (§2.4). Medlemsnummeret står på "
                          "medlemskortet og i e-post fra Amnesty. Bare sifre, ikke navn.", placeholder="100234"),
        Field("members", "Andre medlemmer", "textarea", member_numbers=True,
              description="Ett medlemsnummer per linje, bare sifre. Ikke skriv navn eller fødselsår: "
                          "de står i medlemsregisteret.",
              placeholder="100871\n101552"),
    ) + roles


def _registration(vocab: Vocabularies) -> Form:
    return Form(
        "ny-gruppe", "Registrer en ny gruppe", "Meld inn en ny Amnesty-gruppe til sekretariatet (§6.1).",
        "Ny gruppe: ",
        "Fyll ut skjemaet, så lager vi gruppefila og en pull request som sekretariatet ser over. "
        "Alle i gruppa må være medlemmer i Amnesty Norge. Det du skriver under «Offentlig informasjon» "
        "vises i den offentlige gruppeoversikten; alt annet er for sekretariatet og dem som kan foreslå "
        "endringer i registeret.\n\n" + MEMBERS_INTRO + "\n\n" + PRIVACY_INTRO,
        (
            Field("name", "Gruppas navn", "input", required=True, placeholder="Amnesty Ås",
                  description="Slik navnet skal stå i gruppeoversikten. Det kan ikke være likt en annen gruppes navn."),
            Field("category", "Kategori", "dropdown", required=True, vocabulary="categories",
                  description="Ungdomsgruppe (13-19 år), studentgruppe, temagruppe eller lokalgruppe (§4)."),
            Field("region", "Region", "dropdown", required=True, vocabulary="regions",
                  description="Regionen i sekretariatet som følger opp gruppa."),
            Field("municipality", "Kommune", "input",
                  description="Kommunens offisielle navn, for eksempel Trondheim eller Guovdageaidnu; Herøy og Våler "
                              "med fylket: Herøy (Nordland). Påkrevd for lokalgrupper (§4.4)."),
            Field("institution", "Skole, universitet eller høyskole", "input",
                  description="Påkrevd for studentgrupper (universitet eller høyskole). Ungdomsgrupper kan oppgi skolen."),
            Field("theme", "Tema", "input", description="Påkrevd for temagrupper: saken eller området gruppa jobber med (§4.3)."),
            Field("student_council", "Deltar gruppa i Studentrådet?", "dropdown", options=(YES, NO),
                  description="Bare for studentgrupper (§5)."),
            Field("priority_areas", "Prioriterte områder", "checkboxes", vocabulary="priority_areas",
                  description="Kryss av for ett eller flere av Amnesty Norges prioriterte områder (§2.3)."),
            Field("endorses", "Vedtekter, visjon og retningslinjer", "checkboxes", required=True,
                  options=("Gruppa slutter seg til Amnesty Norges og Amnesty Internationals vedtekter, "
                           "visjon og retningslinjer, og er åpen for nye medlemmer.",),
                  description="Kravene for å bli godkjent som gruppe (§2.1, §2.5)."),
        ) + _member_fields(vocab) + (
            Field("description", "Offentlig informasjon: beskrivelse", "textarea", free_description=True,
                  description="Hva gruppa gjør, for nye medlemmer og publikum."),
            Field("public_email", "Offentlig informasjon: gruppas e-post", "input", contact_pattern=EMAIL_PATTERN,
                  description="Gruppas egen adresse, ikke en persons. Ikke skriv noe annet her.",
                  placeholder="gruppa@example.org"),
            Field("public_phone", "Offentlig informasjon: gruppas telefon", "input", contact_pattern=PHONE_PATTERN,
                  description="Gruppas eget telefonnummer, ikke en persons. Ikke skriv noe annet her.",
                  placeholder="+47 22 40 22 00"),
            Field("website", "Offentlig informasjon: nettside", "input", placeholder="https://"),
            Field("instagram", "Offentlig informasjon: Instagram", "input", description="Brukernavnet, uten @."),
            Field("facebook", "Offentlig informasjon: Facebook", "input", placeholder="https://www.facebook.com/"),
            Field("meets", "Offentlig informasjon: når og hvor gruppa møtes", "input", free_description=True),
        ),
    )


def _member_change(vocab: Vocabularies) -> Form:
    return Form(
        "medlemmer", "Endre medlemmer eller roller", "Meld fra om nye medlemmer, medlemmer som slutter, "
        "eller ny gruppekontakt (§6.1).", "Medlemmer: ",
        "Skriv hele medlemslista slik den er nå, med medlemsnumre: lista erstatter den gamle. "
        "Alle må være medlemmer i Amnesty Norge.\n\n" + MEMBERS_INTRO + "\n\n" + PRIVACY_INTRO,
        (_group_field(),) + _member_fields(vocab),
    )


def _activity_slots(vocab: Vocabularies, prefix: str, heading: str, count: int) -> tuple[Field, ...]:
    fields: list[Field] = []
    for n in range(1, count + 1):
        name = f"{heading} {n}"
        fields += [
            Field(f"{prefix}{n}_type", f"{name}: type", "dropdown", vocabulary="activity_types",
                  description="Hva slags aktivitet (§6.3). La stå tomt hvis det ikke er flere."),
            Field(f"{prefix}{n}_date", f"{name}: dato", "input", placeholder="ÅÅÅÅ-MM-DD"),
            Field(f"{prefix}{n}_title", f"{name}: tittel", "input"),
        ]
        if prefix == "completed":
            fields.append(Field(f"{prefix}{n}_signatures", f"{name}: antall underskrifter", "input",
                                description="Bare hvis dere samlet inn underskrifter."))
        else:
            fields += [
                Field(f"{prefix}{n}_time", f"{name}: klokkeslett", "input", placeholder="18:00-20:00",
                      description="Når aktiviteten begynner, og gjerne når den slutter, norsk tid: 18:00 eller "
                                  "18:00-20:00. La stå tomt hvis den varer hele dagen."),
                Field(f"{prefix}{n}_place", f"{name}: sted", "input", placeholder="Torget i Trondheim",
                      description="Hvor aktiviteten holdes, slik publikum finner fram. Påkrevd når aktiviteten "
                                  "skal vises i den offentlige kalenderen."),
                Field(f"{prefix}{n}_public", f"{name}: offentlig", "checkboxes", options=(PUBLIC_CALENDAR,)),
            ]
    return tuple(fields)


def _quarterly_report(vocab: Vocabularies) -> Form:
    return Form(
        "kvartalsrapport", "Send kvartalsrapport", "Fortell sekretariatet hva gruppa har gjort og planlegger (§6.2).",
        "Kvartalsrapport: ",
        "Gruppekontakten sender en rapport hvert kvartal om gjennomførte og planlagte aktiviteter. "
        "Fyll ut så mange aktiviteter som passer, og la resten stå tomme.\n\n" + PRIVACY_INTRO,
        (_group_field(),
         Field("quarter", "Kvartal", "dropdown", required=True, options=tuple(QUARTERS_BACK),
               description="Kvartalet rapporten gjelder, regnet fra dagen du sender skjemaet. Kvartalene er "
                           "januar-mars, april-juni, juli-september og oktober-desember: sender du 10. januar, "
                           "er forrige kvartal oktober-desember året før."))
        + _activity_slots(vocab, "completed", "Gjennomført aktivitet", COMPLETED_SLOTS)
        + (Field("recruited", "Nye medlemmer", "input", placeholder="0",
                 description="Hvor mange nye medlemmer gruppa vervet i kvartalet, som et tall. La stå tomt hvis "
                             "dere ikke vet."),)
        + _activity_slots(vocab, "planned", "Planlagt aktivitet", PLANNED_SLOTS),
    )


def _closure(vocab: Vocabularies) -> Form:
    return Form(
        "nedlegging", "Legg ned en gruppe", "Meld fra om at gruppa avslutter arbeidet (§6.1, §8.2).",
        "Nedlegging: ",
        "Gruppefila blir liggende med status nedlagt, og gruppa forsvinner fra den offentlige oversikten.\n\n"
        + PRIVACY_INTRO,
        (_group_field(),
         Field("closed_date", "Dato for nedleggelse", "input", required=True, placeholder="ÅÅÅÅ-MM-DD"),
         Field("reason", "Årsak", "textarea", required=True, free_description=True,
               description="Kort om hvorfor gruppa legges ned."),
         Field("confirm", "Bekreftelse", "checkboxes", required=True,
               options=("Gruppa er enig i at den legges ned.",))),
    )


def forms(vocab: Vocabularies) -> tuple[Form, ...]:
    return (_registration(vocab), _member_change(vocab), _quarterly_report(vocab), _closure(vocab))


def _element(item: Field, vocab: Vocabularies) -> dict:
    attributes: dict = {"label": item.label}
    if item.shown_description:
        attributes["description"] = item.shown_description
    if item.placeholder:
        attributes["placeholder"] = item.placeholder
    if item.kind == "dropdown":
        attributes["options"] = item.option_labels(vocab)
    if item.kind == "checkboxes":
        # GitHub requires checkboxes one by one: a required checkbox field is a confirmation
        attributes["options"] = [{"label": label, "required": item.required} for label in item.option_labels(vocab)]
    element = {"type": item.kind, "id": item.id, "attributes": attributes}
    if item.required and item.kind != "checkboxes":
        element["validations"] = {"required": True}
    return element


def render_form(form: Form, vocab: Vocabularies) -> str:
    document = {
        "name": form.name,
        "description": form.description,
        "title": form.title,
        "labels": list(form.labels),
        "body": [{"type": "markdown", "attributes": {"value": form.intro}}]
                + [_element(item, vocab) for item in form.fields],
    }
    return HEADER + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)


def rendered_forms(vocab: Vocabularies) -> dict[str, str]:
    """Each form's file name (in FORMS_DIR) and its text."""
    return {f"{form.key}.yml": render_form(form, vocab) for form in forms(vocab)}
