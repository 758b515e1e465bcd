"""`grupper check-site [MAPPE]`: read a built public site back before it is published
(`generator/sites/public/site_check.py`): no identity number, no address or phone
the public views do not hold, no member number, nothing of a closed or unlisted
group, no link that leads nowhere or to a repository that is not public.

The publishing workflow runs it on the site `grupper build` made, so a change to
data alone is published once it is built and checked, without the code's tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.cli.common import UsageError, add_format_argument, run_context, load_all, project
from generator.sites.public.site_check import site_problems
from generator.checks.reporters import render_problems


def add_arguments(parser) -> None:
    parser.add_argument("site", nargs="?", default="site/public", metavar="MAPPE",
                        help="den bygde offentlige siden (standard: site/public)")
    add_format_argument(parser)


def run(options) -> int:
    site = Path(options.site)
    if not site.is_dir():
        raise UsageError(f"finner ikke mappen {options.site}; bygg siden først med grupper build")
    loaded = project(options)
    problems = site_problems(site, load_all(options).groups, run_context(options, loaded), loaded)
    if problems:
        print(render_problems(problems, options.format))
        print(f"Den offentlige siden i {options.site} kan ikke publiseres: rett feilene over.", file=sys.stderr)
        return 1
    print(f"Den offentlige siden i {options.site} holder ingenting den ikke skal.", file=sys.stderr)
    return 0
