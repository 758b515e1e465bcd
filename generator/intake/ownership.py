"""Who owns a group file: its `maintainers` (GitHub accounts) and the secretariat's team.

`render_codeowners` makes `.github/CODEOWNERS` from the group files and the team named in
data/settings.yaml; `Authorship` says whether the author of a form or a pull request is one
of a group's maintainers. GitHub user names are case-insensitive, so every comparison is
too. Pure functions: the command line reads the files and the settings and passes them in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from generator.model.schema import GITHUB_USER_PATTERN

CODEOWNERS_FILE = ".github/CODEOWNERS"      # under the project root
FORM_LABEL = "skjema"
NEW_GROUP_LABEL = "ny-gruppe"
NOT_MAINTAINER_LABEL = "ikke-gruppas-kontakt"

_USER = re.compile(GITHUB_USER_PATTERN)
_CODEOWNERS_HEADER = """\
# Laget av `grupper schema` fra gruppefilene (maintainers) og data/settings.yaml (secretariat_team).
# Ikke rediger for hånd: endre kildene og kjør `grupper schema`.
# Den siste linjen som passer en fil, bestemmer hvem som eier den. Derfor står sekretariatet
# først som eier av alt, og så hver gruppefil med gruppas GitHub-kontoer og sekretariatet.
"""


def is_github_user(login: object) -> bool:
    """A well-formed GitHub user name (not a bot's `name[bot]`, not an `@`-prefixed one)."""
    return isinstance(login, str) and _USER.match(login) is not None


def maintainers_of(data: object) -> tuple[str, ...]:
    """The well-formed user names under `maintainers`, each account once (the first spelling), in file order.
    Read defensively: the schema reports what is malformed, and a malformed name must never reach CODEOWNERS."""
    listed = data.get("maintainers") if isinstance(data, dict) else None
    seen: dict[str, str] = {}
    for login in listed if isinstance(listed, list) else ():
        if is_github_user(login):
            seen.setdefault(login.casefold(), login)
    return tuple(seen.values())


def same_account(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def render_codeowners(groups: Iterable[tuple[str, object]], team: str) -> str:
    """CODEOWNERS for `groups`, (path from the repository root with `/`, the file's data): everything owned by
    `team`, then each group file with maintainers owned by them and `team` (later lines win). A group without
    maintainers has no line of its own: the first line already gives it to the team, and a new group from a
    form then leaves this file as it is."""
    lines = [_CODEOWNERS_HEADER, f"* {team}"]
    for path, data in sorted(groups):
        owners = maintainers_of(data)
        if owners:
            lines.append(" ".join([f"/{path.lstrip('/')}", *(f"@{login}" for login in owners), team]))
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Authorship:
    """Who sent a change, and whether that account is one of the target group's maintainers. On an edited issue it
    is the account that edited it (GitHub's event sender), not the one that first wrote it."""

    author: str | None                     # the GitHub account; None: not given
    maintainers: tuple[str, ...] | None    # the target group's as they were; None: a new group
    edited: bool = False                   # the form was edited after it was sent: `author` edited it

    @property
    def known_author(self) -> bool:
        return is_github_user(self.author)

    @property
    def by_maintainer(self) -> bool:
        return (self.maintainers is not None and self.known_author
                and any(same_account(login, self.author) for login in self.maintainers))

    def labels(self) -> list[str]:
        """The pull request's labels: a form's, a new group's, and a warning when the author is not one of the
        group's own (also when the author is unknown, so that nothing unconfirmed passes unmarked)."""
        if self.maintainers is None:
            return [FORM_LABEL, NEW_GROUP_LABEL]
        return [FORM_LABEL] if self.by_maintainer else [FORM_LABEL, NOT_MAINTAINER_LABEL]

    def sentence(self) -> str | None:
        """What the reply and the pull request say about it (Markdown that reads as plain text too)."""
        who = f"@{self.author}" if self.known_author else None
        done, did = ("endret", "endret skjemaet") if self.edited else ("sendt", "sendte skjemaet")
        if self.maintainers is None:
            sent = f"Skjemaet er {done} av {who}. " if who else ""
            return sent + "En ny gruppe godkjennes alltid av sekretariatet."
        if self.author is None:
            return None
        if self.by_maintainer:
            return f"Skjemaet er {done} av {who}, en av gruppas GitHub-kontoer (`maintainers` i gruppefila)."
        sender = f"Skjemaet er {done} av {who}, som ikke er en av gruppas GitHub-kontoer" if who else \
            f"Vi vet ikke hvilken GitHub-konto som {did}, så det er ikke bekreftet at det er en av " \
            "gruppas GitHub-kontoer"
        if not self.maintainers:
            return (f"{sender}. Gruppa har ingen GitHub-kontoer i gruppefila (`maintainers`), så sekretariatet "
                    "sjekker med gruppekontakten at endringen er ønsket.")
        return (f"{sender} (`maintainers` i gruppefila). Sekretariatet sjekker med gruppa at endringen er ønsket "
                "før den godkjennes.")


@dataclass(frozen=True)
class ChangedGroupFile:
    """A group file a pull request adds or changes: its maintainers on the base branch (None: a new file) and in
    the pull request."""

    path: str
    before: tuple[str, ...] | None
    after: tuple[str, ...]

    @property
    def maintainers_changed(self) -> bool:
        old = {login.casefold() for login in self.before or ()}
        return old != {login.casefold() for login in self.after}


def render_pull_request_owners(author: str, files: list[ChangedGroupFile], markdown: bool = False,
                               committers: Iterable[str] = ()) -> str:
    """For each changed group file, whether the pull request's `author` and every other account that made or pushed
    its commits (`committers`) maintain it on the base branch (what the pull request itself writes into
    `maintainers` does not count: CODEOWNERS is read from the base). A bot is not judged: a form's pull request
    says in its description who sent the form, and the accounts behind its commits are judged here."""
    if not files:
        return ""
    code = (lambda text: f"`{text}`") if markdown else (lambda text: text)
    judged = _judged(author, committers)
    if _is_bot(author):
        intro = (f"Pull requesten er laget av {code(author)}, altså fra et skjema. Hvem som sendte skjemaet, og om "
                 "det er en av gruppas GitHub-kontoer, står i beskrivelsen av pull requesten.")
    elif is_github_user(author):
        intro = f"Pull requesten er laget av @{author}."
    else:
        intro = "Vi vet ikke hvilken GitHub-konto som laget pull requesten."
    others = [login for login in judged if login != author]
    if others:
        intro += f" Commiter på grenen er også laget eller lagt til av {_accounts(others)}."
    lines = [f"## Gruppas GitHub-kontoer\n\n{intro}\n"] if markdown else [intro]
    for changed in files:
        lines.append(f"- {code(changed.path)}: {_verdict(judged, changed, code)}")
    return "\n".join(lines) + "\n"


def pull_request_labels(author: str, files: list[ChangedGroupFile], committers: Iterable[str] = ()) -> list[str]:
    """`ikke-gruppas-kontakt` when an account judged is not one of the maintainers of a changed group file that
    exists on the base (a new group is always the secretariat's to approve), as a form's pull request gets it."""
    judged = _judged(author, committers)
    warned = any(changed.before is not None and _outsiders(judged, changed) for changed in files)
    return [NOT_MAINTAINER_LABEL] if warned else []


def _is_bot(login: object) -> bool:
    return isinstance(login, str) and login.endswith("[bot]")


def _judged(author: str, committers: Iterable[str]) -> list[str]:
    """The accounts whose changes the pull request holds, each once: its author and the others, bots left out."""
    judged = [] if _is_bot(author) else [author]
    for login in committers:
        if login and not _is_bot(login) and not any(same_account(login, seen) for seen in judged if seen):
            judged.append(login)
    return judged


def _outsiders(judged: list[str], changed: ChangedGroupFile) -> list[str]:
    return [login for login in judged if not Authorship(login, changed.before).by_maintainer]


def _accounts(logins: list[str]) -> str:
    return ", ".join(f"@{login}" if is_github_user(login) else "en ukjent konto" for login in logins)


def _verdict(judged: list[str], changed: ChangedGroupFile, code) -> str:
    if changed.before is None:
        said = "ny gruppe; en ny gruppe godkjennes alltid av sekretariatet."
    elif not changed.before:
        said = f"gruppa har ingen GitHub-kontoer i {code('maintainers')}, så sekretariatet godkjenner endringen."
    else:
        owners = ", ".join(code(login) for login in changed.before)
        outsiders = _outsiders(judged, changed)
        if not judged:
            said = f"gruppas GitHub-kontoer: {owners}."
        elif not outsiders:
            said = f"laget av {'en av ' if len(judged) == 1 else ''}gruppas GitHub-kontoer ({owners})."
        else:
            named = f": {_accounts(outsiders)}" if len(judged) > 1 else ""
            said = (f"ikke laget av en av gruppas GitHub-kontoer ({owners}){named}; sekretariatet sjekker med gruppa "
                    "at endringen er ønsket.")
    if changed.maintainers_changed and changed.before is not None:
        said += (f" Endrer {code('maintainers')}: hvem som eier gruppefila, godkjenner sekretariatet "
                 f"({code('.github/CODEOWNERS')}).")
    return said
