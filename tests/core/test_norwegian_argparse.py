"""argparse in Norwegian: its own messages through the gettext catalogue."""

from __future__ import annotations

import pytest

from generator.cli.norwegian_argparse import MESSAGES, NorwegianArgumentParser


def parsed(capsys, *args):
    parser = NorwegianArgumentParser(prog="grupper test")
    parser.add_argument("--as-of")
    parser.add_argument("--number", type=int)
    parser.add_argument("--pair", nargs=2)
    parser.add_argument("--format", choices=["text", "json"])
    parser.add_argument("path")
    with pytest.raises(SystemExit):
        parser.parse_args(list(args))
    return capsys.readouterr()


def errors_of(capsys, *args) -> str:
    return parsed(capsys, *args).err


def test_argparse_messages_come_from_the_catalogue(capsys):
    assert errors_of(capsys, "x", "--as-of").endswith("\ngrupper test: feil: --as-of: trenger en verdi\n")
    assert errors_of(capsys, "x", "--number", "ti").endswith(": feil: --number: ugyldig verdi 'ti'\n")
    assert errors_of(capsys, "x", "--pair", "a").endswith(": feil: --pair: trenger 2 verdier\n")
    assert errors_of(capsys, "x", "--format", "xml").endswith(
        ": feil: --format: ugyldig valg 'xml' (velg en av 'text', 'json')\n")
    missing = errors_of(capsys)
    assert missing.startswith("bruk: grupper test ") and missing.endswith(": feil: mangler: path\n")


def test_help_has_no_english_heading(capsys):
    help_text = parsed(capsys, "--help").out
    assert help_text.startswith("bruk: grupper test ") and "\nargumenter:\n" in help_text and "\nvalg:\n" in help_text
    assert MESSAGES["show this help message and exit"] in help_text
    assert not any(english in help_text for english in ("usage", "options", "positional", "show this help"))
