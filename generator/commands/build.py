"""`grupper build`: validate, then build the public and the internal site.

Only problems that make a file invalid in itself stop the build; what depends on
the date or on the membership export is shown on the internal site instead.
"""

from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ..checking import check_register, has_errors
from ..vocabulary import PROJECT_ROOT
from .common import UsageError, add_format_argument, check_context, load_all, print_problems

PROTECTED = ("groups", "docs", "docs-internal", "data", "schema", "generator", "tests", ".git")


def add_arguments(parser) -> None:
    parser.add_argument("--public", default="site/public", metavar="MAPPE", help="hvor den offentlige siden bygges")
    parser.add_argument("--internal", default="site/internal", metavar="MAPPE", help="hvor den interne siden bygges")
    add_format_argument(parser)


def _check_outputs(public: Path, internal: Path, groups_dir: Path) -> None:
    """MkDocs empties the folder it builds into: never one that holds the register, and never one folder for
    both sites (the internal one holds personal data and must not be published with the public one)."""
    public, internal = public.resolve(), internal.resolve()
    if public == internal or public in internal.parents or internal in public.parents:
        raise UsageError("den offentlige og den interne siden må bygges i hver sin mappe")
    for option, output in (("--public", public), ("--internal", internal)):
        if output.exists() and not output.is_dir():
            raise UsageError(f"{option} {output} er en fil; oppgi en mappe")
    kept = [Path.cwd().resolve(), groups_dir.resolve(), *(PROJECT_ROOT / name for name in PROTECTED)]
    for output in (public, internal):
        if any(output == folder or output in folder.parents for folder in kept):
            raise UsageError(f"vil ikke bygge i {output}: mappen ville blitt tømt, og den inneholder "
                             "registeret eller prosjektets filer. Velg en egen mappe, for eksempel site/public")


def run(options) -> int:
    _check_outputs(Path(options.public), Path(options.internal), Path(options.groups_dir))
    register = load_all(options)
    ctx = check_context(options)
    problems = check_register(register, ctx, intrinsic_only=True)
    if has_errors(problems):
        print_problems(problems, options.format, len(register.groups))
        print("Bygger ikke: rett feilene over først.", file=sys.stderr)
        return 1
    from ..sites.internal import build_internal_site  # MkDocs loads only when a site is built
    from ..sites.public import build_public_site

    # The two builds share nothing but their input, and each is one CPU-bound `mkdocs build`:
    # the internal one runs in a second process, so both finish in the time of the longer one.
    with ProcessPoolExecutor(max_workers=1) as second_process:
        internal = second_process.submit(build_internal_site, register.groups, ctx, Path(options.internal))
        build_public_site(register.groups, ctx, Path(options.public))
        internal.result()
    print(f"Bygget {options.public} og {options.internal}.", file=sys.stderr)
    return 0
