"""`grupper build`: validate, then build the public and the internal site.

Only problems that make a file invalid in itself stop the build; what depends on
the date or on the membership export is shown on the internal site instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..checking import check_register, has_errors
from .common import add_format_argument, check_context, load_all, print_problems


def add_arguments(parser) -> None:
    parser.add_argument("--public", default="site/public", metavar="MAPPE", help="hvor den offentlige siden bygges")
    parser.add_argument("--internal", default="site/internal", metavar="MAPPE", help="hvor den interne siden bygges")
    add_format_argument(parser)


def run(options) -> int:
    register = load_all(options)
    ctx = check_context(options)
    problems = check_register(register, ctx, intrinsic_only=True)
    if has_errors(problems):
        print_problems(problems, options.format, len(register.groups))
        print("Bygger ikke: rett feilene over først.", file=sys.stderr)
        return 1
    from ..sites.internal import build_internal_site  # MkDocs loads only when a site is built
    from ..sites.public import build_public_site

    build_public_site(register.groups, ctx, Path(options.public))
    build_internal_site(register.groups, ctx, Path(options.internal))
    print(f"Bygget {options.public} og {options.internal}.", file=sys.stderr)
    return 0
