"""Questions in the terminal, in Norwegian, asked again until the answer is usable."""

from __future__ import annotations

from collections.abc import Callable

from generator.model.vocabulary import Term, keys_named
from generator.text.quoting import quoted
from generator.text.wording import norwegian_alternatives


Check = Callable[[object], "str | None"]    # what is wrong with an answer, or None when it holds


class Asker:
    """Each question asked until its `check` accepts the answer, saying what is wrong in between."""

    def __init__(self, read: Callable[[str], str] = input, write: Callable[[str], None] = print):
        self.read = read
        self.write = write

    def line(self, question: str, check: Check, *, required: bool = True, default: str | None = None) -> str | None:
        """A line of text; None for an empty optional answer."""
        prompt = f"{question} [{default}]: " if default else f"{question}{'' if required else ' (valgfritt)'}: "
        while True:
            answer = " ".join(self.read(prompt).split()) or default
            if not answer and not required:
                return None
            problem = check(answer) if answer else "Svaret kan ikke være tomt."
            if problem is None:
                return answer
            self.write(problem)

    def menu(self, question: str, terms: dict[str, Term], check: Check, *, several: bool = False) -> str:
        """A line choosing from a numbered list: numbers, labels or keys (see `pick`), several with commas."""
        self.write(f"{question}:")
        for number, term in enumerate(terms.values(), 1):
            self.write(f"  {number}. {term.label}")
        what = "Skriv ett eller flere numre eller navn, skilt med komma" if several else "Skriv nummeret eller navnet"
        return self.line(what, check)

    def yes_no(self, question: str, check: Check) -> str:
        return self.line(f"{question} (ja/nei)", check)

    def lines(self, question: str, check: Check) -> list[str]:
        """Answers one a line until an empty one, each checked with those before it."""
        given: list[str] = []
        while answer := self.line(question, lambda line: check([*given, line]), required=False):
            given.append(answer)
        return given

    def for_each(self, labels: dict[str, str], check: Check) -> list[str]:
        """For each key, a line of answers (empty for none) as `key=answer`, checked with those before it."""
        given: list[str] = []
        for key, label in labels.items():
            if answer := self.line(label, lambda line: check([*given, f"{key}={line}"]), required=False):
                given.append(f"{key}={answer}")
        return given


def pick(word: str, terms: dict[str, Term]) -> tuple[str | None, str | None]:
    """The key `word` names, or why it names none: a number in the menu, or a key or label as `keys_named` reads
    it ("lokalgruppe", "Nord", "sor", or the beginning of just one: "lokal", "kvinner")."""
    keys = list(terms)
    if word.isdigit():
        number = int(word)
        if 1 <= number <= len(keys):
            return keys[number - 1], None
        return None, f"{quoted(word, 'Svaret')} er ikke et av numrene 1-{len(keys)}."
    named = keys_named(word, terms)
    if len(named) == 1:
        return named[0], None
    if named:
        which = norwegian_alternatives([terms[key].label for key in named])
        return None, f"{quoted(word, 'Svaret')} kan være {which}: skriv mer av navnet, eller nummeret."
    return None, f"{quoted(word, 'Svaret')} er ikke et av valgene. Skriv nummeret (1-{len(keys)}) eller navnet."
