"""`grupper status`: the secretariat's follow-up as of a date, by region, in the terminal or as data."""

from __future__ import annotations

import sys

from generator.model.regions import REGIONS_FILE
from generator.checks.reporters import format_text
from generator.status import compute_status
from generator.status.render import STATUS_FORMATS
from generator.cli.common import (add_format_argument, add_vocabulary_option, display_path, load_all, project,
                                  run_context, say_what_was_not_checked)


def add_arguments(parser) -> None:
    add_vocabulary_option(parser, "--region", "regions", "region", "vis bare én region", metavar="REGION")
    add_format_argument(parser, STATUS_FORMATS, help="utdataformat (csv: for Excel, github: merknader i GitHub "
                                                     "Actions, markdown: for et jobbsammendrag i GitHub Actions)")
    parser.add_argument("--regions-file", metavar="FIL",
                        help=f"regiondata: regionrådgivere og regionmøter (standard: {REGIONS_FILE})")


def run(options) -> int:
    loaded = project(options)
    group_files = load_all(options)
    ctx = run_context(options, loaded)
    path, regions = loaded.regions_file, loaded.regions
    for problem in group_files.unreadable:
        print(format_text(problem), file=sys.stderr)
    report = compute_status(group_files.groups, regions, ctx, unreadable=group_files.unreadable)
    if options.region:
        report = report.for_region(options.region)
    output = _render(report, regions, display_path(path), ctx.vocab, options.format, ctx.member_export is not None)
    print(output, end="" if options.format == "csv" else "\n")
    say_what_was_not_checked(ctx)
    return 0


def _render(report, regions, regions_path: str, vocab, fmt: str, members_checked: bool) -> str:
    return STATUS_FORMATS[fmt](report, regions, regions_path, vocab, members_checked)
