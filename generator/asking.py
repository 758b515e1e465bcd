"""Questions in the terminal, in Norwegian, asked again until the answer is usable."""

from __future__ import annotations

import re
from collections.abc import Callable

from .vocabulary import Term


class Asker:
    def __init__(self, read: Callable[[str], str] = input, write: Callable[[str], None] = print):
        self.read = read
        self.write = write

    def text(self, question: str, *, required: bool = True, default: str | None = None,
             pattern: str | None = None, hint: str = "") -> str | None:
        """A line of text; None for an empty optional answer."""
        prompt = f"{question} [{default}]: " if default else f"{question}{'' if required else ' (valgfritt)'}: "
        while True:
            answer = " ".join(self.read(prompt).split()) or default
            if not answer and not required:
                return None
            if answer and (pattern is None or re.match(pattern, answer)):
                return answer
            self.write(hint or "Svaret kan ikke være tomt.")

    def checked(self, question: str, check: Callable[[str], str | None], *, required: bool = True,
                default: str | None = None) -> str | None:
        """A line that `check` accepts (it returns a message for what it does not)."""
        while True:
            answer = self.text(question, required=required, default=default)
            problem = check(answer) if answer is not None else None
            if problem is None:
                return answer
            self.write(problem)

    def choice(self, question: str, terms: dict[str, Term]) -> str:
        """One vocabulary key, chosen by number, key or label."""
        return self.choices(question, terms, single=True)[0]

    def choices(self, question: str, terms: dict[str, Term], single: bool = False) -> list[str]:
        """Vocabulary keys chosen by number, key or label, separated by commas."""
        keys = list(terms)
        self.write(question)
        for number, key in enumerate(keys, 1):
            self.write(f"  {number}. {terms[key].label}")
        by_word = {word.casefold(): key for key in keys for word in (key, terms[key].label)}
        by_word.update({str(number): key for number, key in enumerate(keys, 1)})
        what = "Skriv nummeret" if single else "Skriv ett eller flere numre, skilt med komma"
        while True:
            words = [w.strip().casefold() for w in self.read(f"{what}: ").split(",") if w.strip()]
            picked = list(dict.fromkeys(by_word.get(word) for word in words))
            if picked and None not in picked and (not single or len(picked) == 1):
                return picked
            self.write(f"Velg blant numrene 1-{len(keys)}.")

    def yes_no(self, question: str) -> bool:
        while True:
            answer = self.read(f"{question} (ja/nei): ").strip().casefold()
            if answer in ("ja", "j", "nei", "n"):
                return answer.startswith("j")
            self.write("Svar ja eller nei.")
