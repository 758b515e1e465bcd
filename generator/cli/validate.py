"""`grupper validate [PATH...]`: check files, with cross-file rules over all of groups/."""

from __future__ import annotations

from pathlib import Path

from generator.checks.run import check_group_files, has_errors, load_group_files
from generator.model.problems import Problem, Severity
from generator.cli.common import (UsageError, add_format_argument, run_context, display_path, group_paths,
                                  print_problems, project, say_what_was_not_checked)
from generator.cli.tracked_exports import tracked_exports


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", metavar="STI", help="filene som skal sjekkes (standard: alle i groups/)")
    add_format_argument(parser)


def _files(path: Path) -> list[Path]:
    """A file as given; a folder as the group files in it."""
    if path.is_dir():
        return group_paths(str(path))
    if not path.is_file():
        raise UsageError(f"finner ikke {path}")
    return [path]


def _group_files_with(group_files: list[Path], given: list[Path]) -> list[Path]:
    """The register as it would be with the given files: a given file stands in for the register's file
    with the same id (an edited copy is checked against the others, not against its own original)."""
    given_ids = {p.stem for p in given}
    return [p for p in group_files if p.stem not in given_ids] + given


def _misplaced(given: list[Path], groups_dir: Path) -> list[Problem]:
    """A file in a folder under groups/ passes alone but stops the build once merged: say so now."""
    inside = groups_dir.resolve()
    folder = f"{groups_dir.as_posix().rstrip('/')}/"
    return [Problem(display_path(p), 1, 1, Severity.ERROR, f"Gruppefila ligger i en undermappe av {folder}. Flytt "
                    f"den rett inn i {folder}, ellers stopper den byggingen av nettsidene.", "§6.1")
            for p in given if inside in p.resolve().parent.parents]


def _repository_folder(groups_dir: str) -> Path:
    """The register's repository: the one holding groups/, or the working folder's when there is none."""
    return Path(groups_dir) if Path(groups_dir).is_dir() else Path.cwd()


def run(options) -> int:
    given = [file for p in options.paths for file in _files(Path(p))]
    others = [] if given and not Path(options.groups_dir).is_dir() else group_paths(options.groups_dir)
    group_files = load_group_files(_group_files_with(others, given), display=display_path)
    targets = {display_path(p) for p in given} if options.paths else None
    loaded = project(options)
    ctx = run_context(options, loaded)
    problems = (_misplaced(given, Path(options.groups_dir)) + check_group_files(group_files, ctx, targets=targets)
                + tracked_exports(_repository_folder(options.groups_dir)))
    print_problems(problems, options.format, len(targets if targets is not None else group_files.paths), loaded)
    say_what_was_not_checked(ctx)
    return 1 if has_errors(problems) else 0
