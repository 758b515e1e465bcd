"""argparse in Norwegian: the headings, the help option and the usage errors users see.

argparse writes its own words in English; its documented extension points (the
help formatter, `add_argument_group`, `add_argument` and `error`) are enough to
give a volunteer one language from the first line of help to the last error.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys

_WORDS = {
    "positional arguments": "argumenter",
    "options": "valg",
    "show this help message and exit": "vis denne hjelpen og avslutt",
}

_ERRORS = (
    (re.compile(r"argument (?P<arg>\S+): invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)"),
     "{arg}: ugyldig valg {value} (velg en av {choices})"),
    (re.compile(r"argument (?P<arg>\S+): expected one argument"), "{arg} trenger en verdi"),
    (re.compile(r"argument (?P<arg>\S+): invalid int value: (?P<value>.+)"), "{arg}: {value} er ikke et heltall"),
    (re.compile(r"argument (?P<arg>\S+): ignored explicit argument (?P<value>.+)"), "{arg} tar ingen verdi ({value})"),
    (re.compile(r"argument (?P<arg>\S+): not allowed with argument (?P<other>.+)"),
     "{arg} kan ikke brukes sammen med {other}"),
    (re.compile(r"argument (?P<arg>\S+): (?P<message>.+)"), "{arg}: {message}"),
    (re.compile(r"the following arguments are required: (?P<args>.+)"), "mangler: {args}"),
    (re.compile(r"unrecognized arguments: (?P<args>.+)"), "ukjente argumenter: {args}"),
    (re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)"),
     "{option} kan bety flere valg: {matches}"),
)


def norwegian_error(message: str) -> str:
    for pattern, norwegian in _ERRORS:
        match = pattern.fullmatch(message)
        if match:
            return norwegian.format(**match.groupdict())
    return message


class NorwegianHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix="bruk: " if prefix is None else prefix)


class NorwegianArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", NorwegianHelpFormatter)
        super().__init__(*args, **kwargs)

    def add_argument_group(self, title=None, *args, **kwargs):
        return super().add_argument_group(_WORDS.get(title, title), *args, **kwargs)

    def add_argument(self, *args, **kwargs):
        if kwargs.get("help") in _WORDS:
            kwargs["help"] = _WORDS[kwargs["help"]]
        return super().add_argument(*args, **kwargs)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: feil: {norwegian_error(message)}\n")

    def parse_args(self, args=None, namespace=None):
        """As argparse's, but an argument no parser knows is reported by the command it was given to, with that
        command's usage (argparse reports it with the top-level usage and the program's name alone)."""
        options, unknown = self.parse_known_args(args, namespace)
        if unknown:
            command = self._command_parser(options)
            command.print_usage(sys.stderr)
            self.exit(2, f"{command.prog}: {command._unknown_message(unknown)}\n")
        return options

    def _command_parser(self, options) -> argparse.ArgumentParser:
        """The parser of the (sub)command `options` were parsed for; argparse keeps its subcommands only in the
        private action list."""
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                chosen = action.choices.get(getattr(options, action.dest, None))
                if isinstance(chosen, NorwegianArgumentParser):
                    return chosen._command_parser(options)
        return self

    def _unknown_message(self, unknown: list[str]) -> str:
        """The unknown flags (what follows one is likely its value), else the unknown arguments, with the flag
        that was probably meant."""
        flags = [arg for arg in unknown if arg.startswith("-")]
        if not flags:
            written = " ".join(unknown)
            return f"ukjent argument: {written}" if len(unknown) == 1 else f"ukjente argumenter: {written}"
        known = [option for action in self._actions for option in action.option_strings]
        close = difflib.get_close_matches(flags[0].split("=")[0], known, n=1, cutoff=0.7) if len(flags) == 1 else []
        return f"ukjent valg: {' '.join(flags)}" + (f" (mente du {close[0]}?)" if close else "")
