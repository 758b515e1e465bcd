"""`grupper status`: the secretariat's follow-up as of a date, by region, in the terminal or as data."""

from __future__ import annotations

import sys
from pathlib import Path

from generator.model.regions import REGIONS_FILE, read_regions
from generator.views.reporters import format_text
from generator.status import compute_status
from generator.status.render import render_csv, render_github, render_json, render_markdown, render_text
from generator.cli.common import UsageError, check_context, display_path, load_all, say_what_was_not_checked


def add_arguments(parser) -> None:
    parser.add_argument("--region", metavar="REGION", help="vis bare én region (for eksempel vest)")
    parser.add_argument("--format", choices=("text", "github", "json", "csv", "markdown"), default="text",
                        help="utdataformat (csv: for Excel, github: merknader i GitHub Actions, markdown: for et "
                             "jobbsammendrag i GitHub Actions)")
    parser.add_argument("--regions-file", metavar="FIL",
                        help=f"regiondata: regionrådgivere og regionmøter (standard: {REGIONS_FILE})")


def run(options) -> int:
    ctx = check_context(options)
    if options.region and options.region not in ctx.vocab.regions:
        raise UsageError(f"ukjent region «{options.region}», velg en av {', '.join(ctx.vocab.regions)}")
    register = load_all(options)
    path = Path(options.regions_file or REGIONS_FILE)
    if options.regions_file and not path.is_file():   # named, so meant: no data would give every region a finding
        raise UsageError(f"{options.regions_file} er en mappe, ikke en regionfil" if path.is_dir() else
                         f"finner ikke regionfila {options.regions_file}")
    regions = read_regions(path, ctx.vocab, display_path(path))
    for problem in register.unreadable + regions.problems:
        print(format_text(problem), file=sys.stderr)
    report = compute_status(register.groups, regions, ctx, unreadable=register.unreadable)
    if options.region:
        report = report.for_region(options.region)
    output = _render(report, regions, display_path(path), ctx.vocab, options.format, ctx.member_register is not None)
    print(output, end="" if options.format == "csv" else "\n")
    say_what_was_not_checked(ctx)
    return 0


def _render(report, regions, regions_path: str, vocab, fmt: str, members_checked: bool) -> str:
    if fmt == "github":
        return render_github(report, regions_path)
    if fmt == "json":
        return render_json(report)
    if fmt == "csv":
        return render_csv(report, vocab)
    if fmt == "markdown":
        return render_markdown(report, vocab, members_checked)
    return render_text(report, regions, vocab)
