"""`grupper remind`: a reminder to each group that owes something it can do itself, and with `--plan` what to
do with the open reminder issues (open, update, close) so that each such group has exactly one."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from generator.checks.reporters import format_text
from generator.cli.common import UsageError, display_path, load_all, project, run_context
from generator.status import compute_status
from generator.text.io_messages import io_message
from generator.text.wording import count, norwegian_date
from generator.views.reminder_issues import OpenIssue, open_issues, plan
from generator.views.reminders import Reminder, reminders

FORMATS = ("text", "json")


def add_arguments(parser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="text",
                        help="utdataformat (json: en liste med group, maintainers, rules, title og body)")
    parser.add_argument("--plan", action="store_true",
                        help="skriv i stedet hva som skal gjøres med sakene som alt er åpne (JSON): åpne, oppdatere "
                             "eller lukke, så hver gruppe med noe å gjøre har én sak")
    parser.add_argument("--open-issues", metavar="FIL.json",
                        help="de åpne påminnelsene, slik `gh issue list --label påminnelse --json "
                             "number,title,body` skriver dem (med --plan)")


def run(options) -> int:
    if options.plan != bool(options.open_issues):
        raise UsageError("--plan og --open-issues hører sammen: oppgi begge eller ingen")
    issues = _read_open_issues(Path(options.open_issues)) if options.plan else []
    loaded = project(options)
    group_files = load_all(options)
    for problem in group_files.unreadable:
        print(format_text(problem), file=sys.stderr)
    ctx = run_context(options, loaded)
    report = compute_status(group_files.groups, loaded.regions, ctx, unreadable=group_files.unreadable)
    found = reminders(group_files.groups, report, loaded.regions, loaded.settings)
    if options.plan:
        print(json.dumps(plan(found, issues, options.as_of), ensure_ascii=False, indent=2))
    elif options.format == "json":
        print(json.dumps([r.as_json() for r in found], ensure_ascii=False, indent=2))
    else:
        print(_text(found, options.as_of))
    return 0


def _read_open_issues(path: Path) -> list[OpenIssue]:
    try:
        listed = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"kan ikke lese {display_path(path)}: {io_message(exc)}") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise UsageError(f"{display_path(path)} er ikke JSON fra `gh issue list --json number,title,body`") from None
    issues = open_issues(listed)
    if issues is None:
        raise UsageError(f"{display_path(path)} må være en liste med number, title og body for hver sak, slik "
                         "`gh issue list --json number,title,body` skriver den")
    return issues


def _text(found: list[Reminder], as_of) -> str:
    if not found:
        return f"Ingen grupper har noe å gjøre som de skal minnes om per {norwegian_date(as_of)}."
    blocks = [f"{r.group}: til {', '.join('@' + a for a in r.recipients) or 'ingen'} ({', '.join(r.rules)})\n"
              f"{r.title}\n\n{r.body}" for r in found]
    rule = "\n" + "-" * 60 + "\n"
    return rule.join(blocks) + f"\n{count(len(found), 'påminnelse', 'påminnelser')} per {norwegian_date(as_of)}."
