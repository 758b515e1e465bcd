"""argparse in Norwegian: a translation catalogue for the words argparse writes itself (headings, the help
option, usage and errors), and an unknown flag reported by the command it was given to.

argparse marks its messages for translation the gettext way: `from gettext import gettext as _, ngettext`
(Lib/argparse.py), and it looks the two names up in its module each time it makes a message. So the catalogue is
installed by setting `argparse._` and `argparse.ngettext`, once, when this module is imported; a message missing
from the catalogue stays English. The msgids are those of Python 3.11's argparse; the ones a user of `grupper` can
meet are translated, not the errors of a program that builds its parser wrongly.
"""

from __future__ import annotations

import argparse
import difflib
import gettext
import sys

from generator.text.wording import plural

MESSAGES = {
    "usage: ": "bruk: ",
    "positional arguments": "argumenter",
    "options": "valg",
    "show this help message and exit": "vis denne hjelpen og avslutt",
    "%(prog)s: error: %(message)s\n": "%(prog)s: feil: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ugyldig valg %(value)r (velg en av %(choices)s)",
    "invalid %(type)s value: %(value)r": "ugyldig verdi %(value)r",
    "expected one argument": "trenger en verdi",
    "expected at most one argument": "tar høyst én verdi",
    "expected at least one argument": "trenger minst én verdi",
    "ignored explicit argument %r": "tar ingen verdi (%r)",
    "not allowed with argument %s": "kan ikke brukes sammen med %s",
    "the following arguments are required: %s": "mangler: %s",
    "one of the arguments %s is required": "ett av valgene %s må oppgis",
    "unrecognized arguments: %s": "ukjente argumenter: %s",
    "ambiguous option: %(option)s could match %(matches)s": "%(option)s kan bety flere valg: %(matches)s",
}
PLURAL_MESSAGES = {
    ("expected %s argument", "expected %s arguments"): ("trenger %s verdi", "trenger %s verdier"),
}


class NorwegianCatalogue(gettext.NullTranslations):
    """argparse's msgids in bokmål; plural forms by bokmål's rule."""

    def gettext(self, message):
        return MESSAGES.get(message, message)

    def ngettext(self, singular, plural_message, n):
        one, other = PLURAL_MESSAGES.get((singular, plural_message), (singular, plural_message))
        return plural(n, one, other)


_CATALOGUE = NorwegianCatalogue()
argparse._ = _CATALOGUE.gettext
argparse.ngettext = _CATALOGUE.ngettext


class NorwegianArgumentParser(argparse.ArgumentParser):
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
            return f"{plural(len(unknown), 'ukjent argument', 'ukjente argumenter')}: {' '.join(unknown)}"
        known = [option for action in self._actions for option in action.option_strings]
        close = difflib.get_close_matches(flags[0].split("=")[0], known, n=1, cutoff=0.7) if len(flags) == 1 else []
        return f"ukjent valg: {' '.join(flags)}" + (f" (mente du {close[0]}?)" if close else "")
