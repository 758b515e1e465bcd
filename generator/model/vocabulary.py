"""The register's vocabularies (schema/vocabularies.yaml): keys, Norwegian labels, flags."""

from __future__ import annotations

from dataclasses import dataclass

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


def parse_vocabularies(raw: dict) -> Vocabularies:
    return Vocabularies(**{
        name: {key: Term(key, entry["label"], bool(entry.get("outward", False))) for key, entry in terms.items()}
        for name, terms in raw.items()
    })

