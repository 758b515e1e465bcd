"""The project's own settings (data/settings.yaml): what the organisation configures once, outside the groups.

`member_url` is the membership register's page for one member, with
`{member_number}` where the number goes; the internal site links each member's
number there, so a site built without the export still leads the secretariat to
the person. `secretariat_team` is the secretariat's team on GitHub (`@org/team`),
owner of everything in `.github/CODEOWNERS` beside each group's maintainers.
`contact` is the organisation's one set of contact details (the secretariat's:
name, e-mail, maybe phone and web), shown in the public site's footer, on the
pages that tell how to start a group or get access, and on a listed group's
page when neither the group nor its region gives a way to reach it.
`student_council_email` is the Student Council's address. `repository_url` is
the repository's address on GitHub; `repository_public` says whether visitors
can open it (default false: the public site then never links to it). `logo` is
a logo the organisation supplies, an image among the public site's hand-written
files (`docs/`); without it the header shows the text wordmark. `engine` is what
builds and previews both sites: MkDocs + Material (default) or Zensical.
`reminders` says when `grupper remind` reminds a group: a quarterly report some days
after its deadline, a confirmation some days before the group would be marked
possibly inactive.
Read with the group files' loader, so every problem is located. The command line
reads the file and passes the settings in; nothing else opens it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path
from urllib.parse import quote, urlsplit

from generator.model.loading import MAX_BYTES, GroupFile, read_data_file
from generator.model.problems import Problem, Reading
from generator.model.privacy_guard import personal_detail_problems
from generator.model.schema import EMAIL_PATTERN, HTTPS_PATTERN, PHONE_PATTERN
from generator.text.quoting import quoted

SETTINGS_FILE = "data/settings.yaml"      # under the project root
MEMBER_NUMBER_FIELD = "{member_number}"
MAX_REMINDER_DAYS = 365
ENGINES = ("mkdocs", "zensical")   # what builds the sites: MkDocs + Material (the default) or Zensical
DEFAULT_ENGINE = "mkdocs"
_FIELDS = ("member_url", "secretariat_team", "contact", "student_council_email", "repository_url",
           "repository_public", "logo", "reminders", "engine")
_CONTACT_FIELDS = ("name", "email", "phone", "website")
# The organisation's own addresses, which may hold an e-mail address or a phone number.
_OWN_CONTACT = (("contact",), ("contact", "email"), ("contact", "phone"), ("student_council_email",))
# @organisation/team: the organisation by GitHub's rule for account names, the team by its slug
# a logo: an SVG or PNG file under docs/, named by its path there, never leaving it
LOGO_PATTERN = re.compile(r"(?!/)(?!.*\.\.)[A-Za-z0-9_/.-]+\.(?:svg|png)\Z")
TEAM_PATTERN = re.compile(r"@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/[A-Za-z0-9][A-Za-z0-9_-]{0,99}\Z")


@dataclass(frozen=True)
class Contact:
    """How to reach the organisation (the secretariat): shown to visitors, so only the organisation's own details."""

    name: str
    email: str
    phone: str | None = None
    website: str | None = None


@dataclass(frozen=True)
class ReminderSettings:
    """When the groups are reminded (`grupper remind`): a report some days after its deadline, a confirmation some
    days before the group would be marked possibly inactive."""

    start_days_after_deadline: int = 14
    days_before_inactive: int = 30


@dataclass(frozen=True)
class ProjectSettings:
    member_url: str | None = None    # https://…/{member_number}; None: numbers are shown without a link
    secretariat_team: str | None = None   # @org/team on GitHub; None: CODEOWNERS cannot be made
    contact: Contact | None = None        # the secretariat's contact details; None: the site names no address
    student_council_email: str | None = None
    repository_url: str | None = None     # https://github.com/org/repo
    repository_public: bool = False       # False: the public site never links to the repository
    logo: str | None = None               # "assets/logo.svg" under docs/; None: the text wordmark
    reminders: ReminderSettings = ReminderSettings()
    engine: str = DEFAULT_ENGINE          # one of ENGINES: what builds and previews both sites

    @property
    def public_repository(self) -> str | None:
        """The repository's address where a visitor may follow it, else None."""
        return self.repository_url if self.repository_public else None

    def member_page(self, number: object) -> str | None:
        """The register's page for a member, or None without a template or a number."""
        if self.member_url is None or not isinstance(number, str) or not number.strip():
            return None
        return self.member_url.replace(MEMBER_NUMBER_FIELD, quote(number.strip(), safe=""))


def read_settings(path: Path, display: str | None = None) -> Reading[ProjectSettings]:
    """The settings in `path`; no file is the defaults, a malformed one None with its problems, located."""
    if not path.exists() and not path.is_symlink():
        return ProjectSettings(), []
    if path.is_file() and not path.is_symlink() and _only_comments(path):
        return ProjectSettings(), []
    loaded, problems = read_data_file(path, display or str(path))
    if loaded is None:
        return None, problems
    return parse_settings(loaded)


def _only_comments(path: Path) -> bool:
    """A file of comments and blank lines (every setting commented out) is the defaults, not an empty file."""
    try:
        lines = path.read_bytes()[:MAX_BYTES].decode("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return False      # the loader says what is wrong
    return all(not line.strip() or line.lstrip().startswith("#") for line in lines)


def parse_settings(file: GroupFile) -> Reading[ProjectSettings]:
    problems = personal_detail_problems(file, own_contact=_OWN_CONTACT)
    problems += [file.problem((key,), f"Ukjent innstilling {quoted(key, 'her')}. Innstillingene er: "
                                      f"{', '.join(_FIELDS)}.", at_key=True)
                 for key in file.data if key not in _FIELDS]
    member_url = file.data.get("member_url")
    fault = _member_url_fault(member_url)
    if fault:
        problems.append(file.problem(("member_url",), fault))
    team = file.data.get("secretariat_team")
    if team is not None and not (isinstance(team, str) and TEAM_PATTERN.match(team)):
        problems.append(file.problem(("secretariat_team",), "secretariat_team må være et team på GitHub, skrevet "
                                     "@organisasjon/team, for eksempel @amnesty-norge/sekretariatet."))
    contact = _contact(file, problems)
    council = file.data.get("student_council_email")
    if council is not None and not _shaped(council, EMAIL_PATTERN):
        problems.append(file.problem(("student_council_email",), "student_council_email må være Studentrådets "
                                     "e-postadresse, for eksempel studentradet@example.org."))
    repository = file.data.get("repository_url")
    if repository is not None and not _shaped(repository, HTTPS_PATTERN):
        problems.append(file.problem(("repository_url",), "repository_url må være repositoriets https-adresse, "
                                     "for eksempel https://github.com/amnesty-norge/grupperegister."))
    public = file.data.get("repository_public", False)
    if not isinstance(public, bool):
        problems.append(file.problem(("repository_public",), "repository_public må være true (alle kan åpne "
                                     "repositoriet) eller false (det er privat)."))
    elif public and repository is None:
        problems.append(file.problem(("repository_public",), "repository_public: true trenger repository_url, "
                                     "repositoriets adresse, som siden da lenker til."))
    logo = file.data.get("logo")
    if logo is not None and not (isinstance(logo, str) and LOGO_PATTERN.match(logo)):
        problems.append(file.problem(("logo",), "logo må være stien til en SVG- eller PNG-fil i docs/, for "
                                     "eksempel assets/logo.svg."))
    reminders = _reminders(file, problems)
    engine = file.data.get("engine", DEFAULT_ENGINE)
    if engine not in ENGINES:
        problems.append(file.problem(("engine",), f"engine må være {' eller '.join(ENGINES)} (det som bygger "
                                     "sidene; standard mkdocs)."))
    if problems:
        return None, problems
    return ProjectSettings(member_url=member_url or None, secretariat_team=team, contact=contact,
                           student_council_email=council, repository_url=repository, repository_public=public,
                           logo=logo, reminders=reminders, engine=engine), []


def _shaped(value: object, pattern: str) -> bool:
    return isinstance(value, str) and re.match(pattern, value) is not None


_CONTACT_RULES = {
    "name": (None, "contact.name må være navnet som vises, for eksempel «Amnesty International Norge»."),
    "email": (EMAIL_PATTERN, "contact.email må være en e-postadresse, for eksempel grupper@example.org."),
    "phone": (PHONE_PATTERN, 'contact.phone må være et telefonnummer i anførselstegn, for eksempel "+47 22 00 00 00".'),
    "website": (HTTPS_PATTERN, "contact.website må være en https-adresse, for eksempel https://example.org/."),
}


def _contact(file: GroupFile, problems: list[Problem]) -> Contact | None:
    """The organisation's contact details, each field in its shape; name and e-mail are required."""
    given = file.data.get("contact")
    if given is None:
        return None
    if not isinstance(given, dict):
        problems.append(file.problem(("contact",), "contact må ha feltene name og email (og gjerne phone og "
                                     "website)."))
        return None
    found = len(problems)
    problems.extend(file.problem(("contact", key), f"Ukjent felt {quoted(key, 'her')} i contact. Feltene er: "
                                 f"{', '.join(_CONTACT_FIELDS)}.", at_key=True)
                    for key in given if key not in _CONTACT_FIELDS)
    for key, (pattern, message) in _CONTACT_RULES.items():
        value = given.get(key)
        missing = value is None and key in ("name", "email")
        if missing or (value is not None and not (_shaped(value, pattern) if pattern else
                                                   isinstance(value, str) and value.strip())):
            problems.append(file.problem(("contact",) if missing else ("contact", key), message))
    if len(problems) > found:
        return None
    return Contact(" ".join(given["name"].split()), given["email"], given.get("phone"), given.get("website"))


def _reminders(file: GroupFile, problems: list[Problem]) -> ReminderSettings:
    """When reminders start, each a whole number of days from 0 to 365; a key left out keeps its default."""
    given = file.data.get("reminders")
    if given is None:
        return ReminderSettings()
    names = [f.name for f in fields(ReminderSettings)]
    if not isinstance(given, dict):
        problems.append(file.problem(("reminders",), f"reminders må ha feltene {' og '.join(names)}."))
        return ReminderSettings()
    problems.extend(file.problem(("reminders", key), f"Ukjent felt {quoted(key, 'her')} i reminders. Feltene er: "
                                 f"{', '.join(names)}.", at_key=True) for key in given if key not in names)
    days = {key: value for key, value in given.items() if key in names}
    for key, value in days.items():
        if not (isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_REMINDER_DAYS):
            problems.append(file.problem(("reminders", key), f"reminders.{key} må være et antall dager fra 0 til "
                                         f"{MAX_REMINDER_DAYS}, for eksempel 14."))
    return ReminderSettings(**days)


def _member_url_fault(value: object) -> str | None:
    if value is None:
        return None
    example = f"https://medlem.example.org/{MEMBER_NUMBER_FIELD}"
    if not isinstance(value, str) or not value.startswith("https://") or any(c.isspace() for c in value):
        return f"member_url må være en https-adresse uten mellomrom, for eksempel {example}."
    rest = value.replace(MEMBER_NUMBER_FIELD, "", 1)
    if MEMBER_NUMBER_FIELD not in value or "{" in rest or "}" in rest:
        return (f"member_url må ha {MEMBER_NUMBER_FIELD} der medlemsnummeret skal stå, én gang og uten andre "
                f"klammeparenteser, for eksempel {example}.")
    host = urlsplit(value).netloc
    if not host or MEMBER_NUMBER_FIELD in host:
        return f"member_url må ha en vertsadresse før medlemsnummeret, for eksempel {example}."
    return None
