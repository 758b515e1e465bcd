"""`grupper` / `python -m generator`: a thin shell that parses options and runs a command.

Each command lives in `generator/cli/<name>.py` with `add_arguments(parser)`
and `run(options) -> exit code`. The clock, the terminal and the file system are
touched here and in those modules, never in the core.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from datetime import date

from generator.cli.common import ProjectDataError, UsageError
from generator.checks.reporters import REPORTERS, render_problems
from generator.text.io_messages import io_message
from generator.cli.norwegian_argparse import NorwegianArgumentParser
from generator.model.quarters import parse_date
from generator.text.quoting import quoted

COMMANDS = {
    "validate": "sjekk gruppefilene mot skjema og retningslinjer",
    "build": "sjekk, og bygg den offentlige og den interne nettsiden",
    "serve": "forhåndsvis en nettside med automatisk oppdatering",
    "status": "sekretariatets oppfølgingsstatus per en dato",
    "new": "lag en ny gruppefil",
    "from-issue": "lag eller endre en gruppefil fra et utfylt GitHub-skjema",
    "schema": "lag JSON-skjemaene i schema/ og skjemaene i .github på nytt fra vokabularene, og .github/CODEOWNERS "
              "fra gruppefilene",
    "changed-files": "list gruppefilene en gren har lagt til eller endret siden en annen",
    "preview-changes": "list de offentlige gruppesidene en gren legger til, fjerner og endrer siden en annen",
    "check-site": "les den bygde offentlige siden før den publiseres: ingen personopplysninger, ingenting fra "
                  "grupper som ikke er offentlige, ingen døde lenker",
    "maintainers": "si om den som laget en pull request, er en av GitHub-kontoene til gruppene den endrer",
    "remind": "påminnelser til gruppene om det de skal gjøre, og planen for påminnelsessakene på GitHub",
}


def _as_of(text: str) -> date:
    day = parse_date(text)
    if day is None:
        raise argparse.ArgumentTypeError(f"ugyldig dato {quoted(text, 'i --as-of')}, "
                                         "skriv ÅÅÅÅ-MM-DD (år 1900-2099)")
    return day


def _command_module(name: str):
    return importlib.import_module(f"generator.cli.{name.replace('-', '_')}")


def build_parser() -> argparse.ArgumentParser:
    common = NorwegianArgumentParser(add_help=False)
    common.add_argument("--as-of", type=_as_of, default=None, metavar="ÅÅÅÅ-MM-DD",
                        help="datoen status og aldersregler regnes for (standard: i dag)")
    common.add_argument("--members", metavar="FIL.csv",
                        help="uttrekk fra medlemsregisteret (kolonnen member_number)")
    common.add_argument("--groups-dir", default="groups", metavar="MAPPE", help="mappen med gruppefiler")
    common.add_argument("--debug", action="store_true", help="vis hele feilsporet ved interne feil")
    parser = NorwegianArgumentParser(prog="grupper", description="Grupperegisteret for Amnesty Norge.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    for name, help_text in COMMANDS.items():
        command = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        _command_module(name).add_arguments(command)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        parser = build_parser()    # the choices of some options come from the vocabularies
    except ProjectDataError as exc:
        return _refuse_data(exc, "text", "grupper")
    options = parser.parse_args(argv)
    options.as_of = options.as_of or date.today()
    # Each print to stdout is written at once, not when 8 KiB have gathered: a reader gone away (`grupper status |
    # head`) is met at the first output, so no note on stderr follows whatever the output's size, and a note never
    # comes before output printed ahead of it (`2>&1` keeps their order).
    sys.stdout.reconfigure(line_buffering=True)
    try:
        code = _command_module(options.command).run(options)
        sys.stdout.flush()      # here, so that a reader gone away is met by the handler below, not at exit
        return code
    except ProjectDataError as exc:
        return _refuse_data(exc, getattr(options, "format", "text"), f"grupper {options.command}")
    except UsageError as exc:
        print(f"grupper {options.command}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped (`grupper status | head`): nothing is wrong, and nothing to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except (KeyboardInterrupt, EOFError):  # Ctrl+C, or Ctrl+D at a question
        print(f"grupper {options.command}: avbrutt", file=sys.stderr)
        return 130
    except OSError as exc:  # the machine said no: a full disk, a missing permission, a file where a folder goes
        if options.debug:
            traceback.print_exc()
        print(f"grupper {options.command}: {io_message(exc)}", file=sys.stderr)
        return 2
    except Exception as exc:  # the last guard: one line, never a traceback unless asked
        if options.debug:
            traceback.print_exc()
        print(f"grupper {options.command}: intern feil ({type(exc).__name__}: {exc}). "
              "Kjør med --debug for detaljer, og meld feilen til utviklerne.", file=sys.stderr)
        return 2


def _refuse_data(exc: ProjectDataError, fmt: str, command: str) -> int:
    """The data files' problems, in the command's format where it is one for problems, and exit 1."""
    if fmt in REPORTERS:
        print(render_problems(exc.problems, fmt))
    else:
        print(render_problems(exc.problems, "text"), file=sys.stderr)
    print(f"{command}: rett feilene i prosjektets datafiler over først", file=sys.stderr)
    return 1
