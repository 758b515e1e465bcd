"""What several commands share at the edge: the project read once, finding files, the context, printing
problems."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from generator.checks.run import GroupFiles, load_group_files
from generator.model.context import RunContext
from generator.model.git_history import Histories
from generator.model.loading import group_entries
from generator.model.membership import MemberExport, read_member_export
from generator.model.problems import Problem, sort_problems
from generator.checks.reporters import REPORTERS, format_text, render_problems, summary_line
from generator.model import project_data
from generator.model.project import Project, load_project
from generator.model.settings import ProjectSettings, read_settings
from generator.model.vocabulary import VOCABULARY_FILE, Term, Vocabularies, keys_named
from generator.text.quoting import quoted
from generator.text.wording import norwegian_alternatives

PROJECT_ROOT = Path(__file__).resolve().parents[2]   # the checkout this command runs from, wherever it is run


class UsageError(Exception):
    """Bad options or unreadable inputs: the command exits 2 with this message."""


class ProjectDataError(Exception):
    """Project data that cannot be used: the command shows every problem of the data files, located, and exits 1."""

    def __init__(self, problems: Iterable[Problem]):
        super().__init__()
        self.problems = sort_problems(problems)


def add_format_argument(parser, reporters=REPORTERS, help="utdataformat") -> None:
    """`--format`, one of the names in `reporters` (a table name -> renderer), text by default."""
    parser.add_argument("--format", choices=list(reporters), default="text", help=help)


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


def load_all(options) -> GroupFiles:
    return load_group_files(group_paths(options.groups_dir), display=display_path)


NOT_CHECKED = "Medlemskap, alder og kontaktinformasjon er ikke sjekket: oppgi --members (uttrekk fra medlemsregisteret)."


@cache
def vocabularies() -> Vocabularies:
    """The project's vocabularies, for the choices of the options (read before any option is); a problem in
    them raises ProjectDataError."""
    vocab, problems = project_data.vocabularies(PROJECT_ROOT / VOCABULARY_FILE,
                                                display_path(PROJECT_ROOT / VOCABULARY_FILE))
    if vocab is None:
        raise ProjectDataError(problems)
    return vocab


def add_vocabulary_option(parser, flag: str, vocabulary: str, what: str, help: str, **keywords) -> None:
    """An option whose value is a key of `vocabulary` (`categories`, `regions`, ...), given as the key or its
    Norwegian label (`vocabulary_key`); its help lists the labels. `what` names a value in messages ("region")."""
    terms = getattr(vocabularies(), vocabulary)
    labels = ", ".join(term.label for term in terms.values())
    parser.add_argument(flag, type=vocabulary_key(terms, what), help=f"{help}: {labels}", **keywords)


def vocabulary_key(terms: dict[str, Term], what: str) -> Callable[[str], str]:
    """An argparse `type`: the key a typed word names, by key or label, in any case, with or without æ, ø and å,
    or by the beginning of just one (`keys_named`: "lokal", "Sør", "MIDT", "sor"); otherwise a message saying
    what to write."""
    def key_of(word: str) -> str:
        named = keys_named(word, terms)
        if len(named) == 1:
            return named[0]
        if named:
            which = norwegian_alternatives([terms[key].label for key in named])
            raise argparse.ArgumentTypeError(f"{quoted(word, 'verdien')} kan være {which}: skriv mer av navnet")
        labels = ", ".join(term.label for term in terms.values())
        raise argparse.ArgumentTypeError(f"ukjent {what} {quoted(word, '')}".rstrip() + f", velg en av {labels}")
    return key_of


def project(options) -> Project:
    """The project, read once a command: an error in a data file raises ProjectDataError (exit 1), its warnings
    are said once; a region file named with --regions-file that is not there is a usage error."""
    named = getattr(options, "regions_file", None)
    regions_file = Path(named) if named else None
    if regions_file is not None and not regions_file.is_file():   # named, so meant: no data is not what was asked
        raise UsageError(f"{named} er en mappe, ikke en regionfil" if regions_file.is_dir() else
                         f"finner ikke regionfila {named}")
    loaded, problems = load_project(PROJECT_ROOT, regions_file, display=display_path)
    if loaded is None:
        raise ProjectDataError(problems)
    for problem in problems:
        print(format_text(problem), file=sys.stderr)
    return loaded


def usable_settings(path: Path) -> ProjectSettings:
    """The settings file at `path` (another project's, for `grupper schema --root`); one that cannot be used is
    a usage error, located."""
    settings, problems = read_settings(path, display_path(path))
    if settings is None:
        print(render_problems(problems, "text"), file=sys.stderr)
        raise UsageError("rett innstillingene over først")
    return settings


def run_context(options, project: Project) -> RunContext:
    """The vocabularies, the date, the places, with --members the register export, and the group files' Git
    history if the project holds it (`Project.with_histories`)."""
    return RunContext(vocab=project.vocab, as_of=options.as_of, places=project.places,
                      member_export=member_export(options), histories=_group_histories(options, project))


def _group_histories(options, project: Project) -> Histories:
    """Each group file's history by the name `load_all` gives the file (`GroupFile.path`): the history is keyed
    by the resolved path, which only the edge may work out (a relative path is read against the working folder)."""
    if not project.histories.read:
        return project.histories
    return project.histories.rekeyed({display_path(path): path.resolve() for path in group_paths(options.groups_dir)})


def say_what_was_not_checked(ctx: RunContext) -> None:
    """Without the export one line says so, after the results, so nobody reads "not checked" as "passed"."""
    if ctx.member_export is None:
        print(NOT_CHECKED, file=sys.stderr)


def member_export(options) -> MemberExport | None:
    if not options.members:
        return None
    export, problems = read_member_export(Path(options.members), display_path(Path(options.members)))
    if export is None:
        [unusable] = problems
        raise UsageError(f"{unusable.file}:{unusable.line}:{unusable.col}: {unusable.message}" if unusable.line
                         else unusable.message)
    if problems:
        print(render_problems(problems, "text"), file=sys.stderr)
    if any(problem.is_error for problem in problems):
        raise UsageError(f"rett linjene over i {display_path(Path(options.members))} først")
    return export


def print_problems(problems: list[Problem], fmt: str, files: int, project: Project | None = None) -> None:
    """The problems in `fmt`; the markdown format links the error guide on the project's public site."""
    guide = error_guide_url(project) if fmt == "markdown" and project is not None else None
    output = render_problems(problems, fmt, guide)
    if output:
        print(output)
    if fmt == "text":
        print(summary_line(problems, files), file=sys.stderr)


def error_guide_url(project: Project) -> str:
    """The public site's page that explains each rule."""
    return project.public_site.site_url + "feilmeldinger/"
