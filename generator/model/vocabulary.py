"""The register's vocabularies (schema/vocabularies.yaml): keys, Norwegian labels, flags, and the mandate's tasks
(§3.2) each activity type serves."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model.loading import GroupFile
from generator.model.problems import Problem
from generator.text.names import name_key

VOCABULARY_FILE = "schema/vocabularies.yaml"      # under the project root


@dataclass(frozen=True)
class Term:
    key: str
    label: str
    outward: bool = False
    tasks: tuple[str, ...] = ()      # an activity type: the mandate's tasks it serves (keys of mandate_tasks)
    description: str | None = None   # a mandate task: what it means, as the public site says it


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
    mandate_tasks: dict[str, Term]

    def label(self, vocabulary: str, key: str) -> str:
        term = getattr(self, vocabulary).get(key)
        return term.label if term else (key or "(mangler)")

    @property
    def outward_types(self) -> frozenset[str]:
        return frozenset(key for key, term in self.activity_types.items() if term.outward)

    def serving(self, task: str) -> tuple[Term, ...]:
        """The activity types that serve one of the mandate's tasks, in the vocabulary's order."""
        return tuple(term for term in self.activity_types.values() if task in term.tasks)

    def tasks_served(self, activity_types) -> frozenset[str]:
        """The mandate's tasks (§3.2) that activities of these types serve; a type the vocabulary lacks serves none."""
        return frozenset(task for key in activity_types if (term := self.activity_types.get(key)) for task in term.tasks)


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
        name: {key: Term(key, entry["label"], bool(entry.get("outward", False)), tuple(entry.get("tasks", ())),
                         entry.get("description")) for key, entry in terms.items()}
        for name, terms in raw.items()
    })


def task_problems(file: GroupFile) -> list[Problem]:
    """A file the schema has accepted, read for what the schema cannot say: every activity type serves at least one
    of the mandate's tasks, each of them one that mandate_tasks lists (§3.2)."""
    tasks = file.data["mandate_tasks"]
    problems = [file.problem(("activity_types", key), f"Aktivitetstypen «{key}» mangler tasks: skriv hvilke av "
                             f"oppgavene i mandate_tasks den tjener (§3.2), for eksempel tasks: [{next(iter(tasks))}].")
                for key, entry in file.data["activity_types"].items() if not entry.get("tasks")]
    problems += [file.problem(("activity_types", key, "tasks", i), f"Oppgaven «{task}» står ikke under mandate_tasks. "
                              f"Velg blant {', '.join(tasks)}.")
                 for key, entry in file.data["activity_types"].items()
                 for i, task in enumerate(entry.get("tasks", ())) if task not in tasks]
    return problems

