"""`grupper validate [PATH...]`: check files, with cross-file rules over all of groups/."""

from __future__ import annotations

from pathlib import Path

from ..checking import check_register, has_errors
from .common import UsageError, add_format_argument, check_context, display_path, load_all, print_problems


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", metavar="STI", help="filene som skal sjekkes (standard: alle i groups/)")
    add_format_argument(parser, choices=("text", "github", "json", "markdown"))


def run(options) -> int:
    given = [Path(p) for p in options.paths]
    missing = [str(p) for p in given if not p.is_file()]
    if missing:
        raise UsageError(f"finner ikke {', '.join(missing)}")
    register = load_all(options, given)
    targets = {display_path(p) for p in given} or None
    problems = check_register(register, check_context(options), targets=targets)
    print_problems(problems, options.format, len(targets) if targets else len(register.groups) + len(
        {p.path for p in register.unreadable}))
    return 1 if has_errors(problems) else 0
