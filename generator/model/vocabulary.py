"""The register's vocabularies (schema/vocabularies.yaml): keys, Norwegian labels, flags."""

from __future__ import annotations

from dataclasses import dataclass

from generator.text.names import name_key

VOCABULARY_FILE = "schema/vocabularies.yaml"      # under the project root


@dataclass(frozen=True)
class Term:
    key: str
    label: str
    outward: bool = False


@dataclass(frozen=True, eq=False)
class Vocabularies:
    categories: dict[str, Term]
    statuses: dict[str, Term]
    regions: dict[str, Term]
    priority_areas: dict[str, Term]
    roles: dict[str, Term]
    activity_types: dict[str, Term]
    followup_channels: dict[str, Term]
    meeting_kinds: dict[str, Term]

    def label(self, vocabulary: str, key: str) -> str:
        term = getattr(self, vocabulary).get(key)
        return term.label if term else (key or "(mangler)")

    @property
    def outward_types(self) -> frozenset[str]:
        return frozenset(key for key, term in self.activity_types.items() if term.outward)


def spelling(word: str) -> str:
    """A key or label as compared with what someone typed: case, accents, spacing, hyphens and underscores
    ignored, and æ, ø, å written as themselves, as ae, o, a or as their plain letter ("Sør" = "sor" = "SØR")."""
    return name_key(word.replace("-", " ").replace("_", " ")).replace("ae", "a")


def keys_named(word: str, terms: dict[str, Term]) -> list[str]:
    """The keys `word` may name: the one whose key or label it spells (see `spelling`), else every one whose key
    or label begins with it ("lokal" names local, Lokalgruppe)."""
    typed = spelling(word)
    if not typed:
        return []
    names = {key: (spelling(key), spelling(term.label)) for key, term in terms.items()}
    exact = [key for key, spelt in names.items() if typed in spelt]
    return exact or [key for key, spelt in names.items() if any(name.startswith(typed) for name in spelt)]


def parse_vocabularies(raw: dict) -> Vocabularies:
    return Vocabularies(**{
        name: {key: Term(key, entry["label"], bool(entry.get("outward", False))) for key, entry in terms.items()}
        for name, terms in raw.items()
    })

