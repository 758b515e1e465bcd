"""Questions in the terminal, in Norwegian, asked again until the answer is usable."""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.model.vocabulary import Term
from generator.text.quoting import quoted
from generator.text.wording import norwegian_alternatives


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
        """One vocabulary key, chosen by number, or by its label or key as typed (see `pick`)."""
        return self.choices(question, terms, single=True)[0]

    def choices(self, question: str, terms: dict[str, Term], single: bool = False) -> list[str]:
        """Vocabulary keys chosen by number, label or key (see `pick`), separated by commas."""
        self.write(question)
        for number, term in enumerate(terms.values(), 1):
            self.write(f"  {number}. {term.label}")
        what = "Skriv nummeret eller navnet" if single else "Skriv ett eller flere numre eller navn, skilt med komma"
        while True:
            words = [word for word in (" ".join(part.split()) for part in self.read(f"{what}: ").split(",")) if word]
            found = [pick(word, terms) for word in words]
            problems = [problem for _, problem in found if problem]
            picked = list(dict.fromkeys(key for key, _ in found if key))
            if problems:
                self.write(" ".join(problems))
            elif not picked:
                self.write(f"{what}.")
            elif single and len(picked) > 1:
                self.write("Velg bare ett.")
            else:
                return picked

    def yes_no(self, question: str) -> bool:
        while True:
            answer = self.read(f"{question} (ja/nei): ").strip().casefold()
            if answer in ("ja", "j", "nei", "n"):
                return answer.startswith("j")
            self.write("Svar ja eller nei.")


def pick(word: str, terms: dict[str, Term]) -> tuple[str | None, str | None]:
    """The key `word` names, or why it names none: a number in the menu, a label or key in any case ("lokalgruppe",
    "Nord", "sor"), or the beginning of just one of them ("lokal", "kvinner")."""
    keys = list(terms)
    if word.isdigit():
        number = int(word)
        if 1 <= number <= len(keys):
            return keys[number - 1], None
        return None, f"{quoted(word, 'Svaret')} er ikke et av numrene 1-{len(keys)}."
    typed = " ".join(word.split()).casefold()
    names = {key: (key.casefold(), " ".join(terms[key].label.split()).casefold()) for key in keys}
    exact = [key for key, spellings in names.items() if typed in spellings]
    if exact:
        return exact[0], None
    begun = [key for key, spellings in names.items() if any(name.startswith(typed) for name in spellings)]
    if len(begun) == 1:
        return begun[0], None
    if begun:
        which = norwegian_alternatives([terms[key].label for key in begun])
        return None, f"{quoted(word, 'Svaret')} kan være {which}: skriv mer av navnet, eller nummeret."
    return None, f"{quoted(word, 'Svaret')} er ikke et av valgene. Skriv nummeret (1-{len(keys)}) eller navnet."
