"""§6.1: the GitHub accounts that may approve changes to a group file (`maintainers`, made into .github/CODEOWNERS).

A malformed user name is the schema's to report, and so is the same name twice. Whether
an account exists cannot be known offline: GitHub marks an unknown owner in CODEOWNERS on
the file's page, and since the secretariat's team stands on every line, no group file is
ever left without an owner by one.
"""

from __future__ import annotations

from generator.model.loading import GroupFile
from generator.text.quoting import quoted
from generator.model.context import RunContext
from generator.model.rules import Rule


def one_spelling_per_account(group: GroupFile, ctx: RunContext):
    """§6.1: GitHub user names are case-insensitive, so `Kari-Nordmann` and `kari-nordmann` are one account."""
    listed = group.data.get("maintainers")
    if not isinstance(listed, list):
        return
    first: dict[str, str] = {}
    for index, login in enumerate(listed):
        if not isinstance(login, str):
            continue
        seen = first.setdefault(login.casefold(), login)
        if seen != login:
            yield group.problem(("maintainers", index),
                                f"{quoted(login, 'Kontoen her')} er den samme GitHub-kontoen som "
                                f"{quoted(seen, 'en annen')} før i lista: GitHub skiller "
                                "ikke mellom store og små bokstaver i brukernavn. Fjern den ene.", Rule.REGISTRATION)
