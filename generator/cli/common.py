"""What several commands share at the edge: finding files, the context, printing problems."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from generator.checks.run import Register, load_register
from generator.checks.context import CheckContext
from generator.model.loading import group_entries
from generator.model.membership import MemberExportError, MemberRegister, read_member_export
from generator.model.problems import Problem
from generator.views.reporters import render_problems, summary_line
from generator.model.settings import SETTINGS_FILE, ProjectSettings, SettingsError
from generator.model.settings import read_settings as read_project_settings
from generator.model.vocabulary import vocabularies


class UsageError(Exception):
    """Bad options or unreadable inputs: the command exits 2 with this message."""


def add_format_argument(parser, choices=("text", "github", "json")) -> None:
    parser.add_argument("--format", choices=choices, default="text", help="utdataformat")


def display_path(path: Path) -> str:
    """A path as users see it: relative to the working directory when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def group_paths(groups_dir: str) -> list[Path]:
    directory = Path(groups_dir)
    if not directory.is_dir():
        raise UsageError(f"finner ikke mappen {groups_dir}/")
    return group_entries(directory)


def load_all(options) -> Register:
    return load_register(group_paths(options.groups_dir), display=display_path)


NOT_CHECKED = "Medlemskap, alder og kontaktinformasjon er ikke sjekket: oppgi --members (uttrekk fra medlemsregisteret)."


def check_context(options) -> CheckContext:
    """The date and, with --members, the register export."""
    return CheckContext(vocab=vocabularies(), as_of=options.as_of, member_register=member_register(options))


def say_what_was_not_checked(ctx: CheckContext) -> None:
    """Without the export one line says so, after the results, so nobody reads "not checked" as "passed"."""
    if ctx.member_register is None:
        print(NOT_CHECKED, file=sys.stderr)


def member_register(options) -> MemberRegister | None:
    if not options.members:
        return None
    try:
        register = read_member_export(Path(options.members), display_path(Path(options.members)))
    except MemberExportError as exc:
        raise UsageError(str(exc)) from None
    if register.problems:
        print(render_problems(list(register.problems), "text"), file=sys.stderr)
        raise UsageError(f"rett linjene over i {display_path(Path(options.members))} først")
    return register


def project_settings(path: Path | None = None) -> ProjectSettings:
    """data/settings.yaml, or `path` (the register's page for a member, the secretariat's team); a malformed file
    is a usage error, located."""
    path = path or SETTINGS_FILE
    try:
        return read_project_settings(path, display_path(path))
    except SettingsError as exc:
        print(render_problems(exc.problems, "text"), file=sys.stderr)
        raise UsageError(f"rett {display_path(path)} først") from None


def error_guide_url() -> str:
    """The public site's page that explains each rule (site_url from mkdocs.yml)."""
    from generator.sites.public.settings import read_settings

    return read_settings().page_url("feilmeldinger/")


def print_problems(problems: list[Problem], fmt: str, files: int) -> None:
    output = render_problems(problems, fmt, error_guide_url() if fmt == "markdown" else None)
    if output:
        print(output)
    if fmt == "text":
        print(summary_line(problems, files), file=sys.stderr)
