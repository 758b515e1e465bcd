"""Norwegian hints for syntax errors: what libyaml's and JSON's readers found, said so a volunteer can fix it."""

from __future__ import annotations

import json

import yaml

from generator.model.marked_yaml import MAX_DEPTH
from generator.model.problems import Problem, Severity

_JSON_HINTS = {
    "Expecting value": "Her mangler en verdi, eller det står et komma for mye foran ] eller }.",
    "Expecting property name enclosed in double quotes": "Her skal et feltnavn i doble anførselstegn stå, eller "
                                                         "det står et komma for mye foran }.",
    "Expecting ',' delimiter": "Her mangler et komma mellom to verdier, eller en ] eller } som avslutter.",
    "Expecting ':' delimiter": "Her mangler et kolon etter feltnavnet.",
    "Unterminated string starting at": "Teksten som begynner her, blir aldri avsluttet med \".",
    "Invalid control character at": "Teksten har et kontrolltegn (et linjeskift eller en tabulator). Skriv \\n "
                                    "eller \\t i stedet.",
    "Invalid \\escape": "Teksten har en ugyldig kode med omvendt skråstrek (\\). Skriv \\\\ for én omvendt "
                          "skråstrek.",
    "Extra data": "Her står det mer etter det som avslutter fila. Fila skal være ett JSON-objekt: { ... }.",
}


def json_syntax_problem(display: str, exc: json.JSONDecodeError) -> Problem:
    """A JSON syntax error as a located problem with a Norwegian hint."""
    hint = _JSON_HINTS.get(exc.msg) or f"Sjekk komma, kolon og anførselstegn (feilen fra JSON-leseren: {exc.msg})."
    return Problem(display, exc.lineno, exc.colno, Severity.ERROR, f"Fila er ikke gyldig JSON: {hint}")


_STRAY_COLON = ("Verdien inneholder et kolon (:) med mellomrom etter, og da tror YAML at et nytt felt begynner. "
                "Sett hele verdien i anførselstegn, for eksempel: name: \"Amnesty: Testgruppe\"")
_INDENTATION = ("Innrykket stemmer ikke med linjene over. Sjekk at feltene står rett under hverandre, "
                "med like mange mellomrom foran, at linjen over har kolon etter feltnavnet, og at ingenting "
                "står etter et avsluttende anførselstegn.")
_TAB = "Linjen er rykket inn med tabulator. Bruk mellomrom til innrykk, ikke tabulator."
_BAD_ESCAPE = ("Teksten i doble anførselstegn har en ugyldig kode med omvendt skråstrek (\\). Skriv \\\\ for én "
               "omvendt skråstrek, eller bruk enkle anførselstegn ('...') rundt teksten.")
_TAG = ("Et utropstegn (!) først i en verdi betyr noe spesielt i YAML. Sett verdien i anførselstegn hvis "
        "utropstegnet er en del av teksten.")
_DIRECTIVE = "Linjer som starter med % (YAML-direktiver) hører ikke hjemme i en gruppefil. Slett linjen."
_MAPPING_VALUES = "mapping values are not allowed in this context"
_CANNOT_START = "found character that cannot start any token"

_SYNTAX_HINTS = {
    "exceeded maximum nesting depth": f"Fila er nøstet for dypt (mer enn {MAX_DEPTH} nivåer).",
    _CANNOT_START: "Her står et tegn som ikke kan starte en verdi. Sett tekst som begynner med @, ` eller % "
                   "i anførselstegn.",
    "found a tab character that violates indentation": _TAB,
    "found a tab character where an indentation space is expected": _TAB,
    "did not find expected ',' or ']'": "Lista som starter med [ her blir ikke avsluttet med ]. Legg til ], og "
                                        "skill elementene med komma.",
    "did not find expected ',' or '}'": "Samlingen som starter med { her blir ikke avsluttet med }. Legg til }, og "
                                        "skill feltene med komma.",
    "block sequence entries are not allowed in this context": "En liste med «- » kan ikke stå på samme linje som "
                                                              "feltnavnet. Sett hvert element på en egen linje under, "
                                                              "rykket inn og med «- » foran.",
    "did not find expected key": _INDENTATION,
    "did not find expected '-' indicator": "Innrykket i lista stemmer ikke. Hvert element starter med «- » "
                                           "rett under de andre.",
    "found unknown escape character": _BAD_ESCAPE,
    "did not find expected hexdecimal number": _BAD_ESCAPE,
    "found undefined tag handle": _TAG,
    "did not find expected tag URI": _TAG,
    "did not find the expected '>'": _TAG,
    "found unexpected end of stream": "Anførselstegnet her blir aldri avsluttet. Sett et likt anførselstegn "
                                      "på slutten av teksten.",
    "found unexpected document indicator": "Anførselstegnet her blir ikke avsluttet før en linje med --- eller .... "
                                           "Sett et likt anførselstegn på slutten av teksten.",
    "could not find expected ':'": "Her mangler et kolon etter feltnavnet.",
    "did not find expected node content": "Her mangler en verdi, eller det står et tegn som ], } eller komma på "
                                          "feil sted.",
    "did not find expected alphabetic or numeric character": "Tegnet & eller * først i en verdi må følges av et "
                                                             "navn. Sett verdien i anførselstegn hvis tegnet er en "
                                                             "del av teksten.",
    "did not find expected comment or line break": "Etter | eller > kan ikke tekst stå på samme linje. Skriv "
                                                   "teksten på linjene under, rykket inn.",
}
# Where the parser notices these, the fault is where the construct began (an opening [ or quote, a key without colon).
_AT_OPENING = frozenset({"did not find expected ',' or ']'", "did not find expected ',' or '}'",
                         "found unexpected end of stream", "found unexpected document indicator",
                         "could not find expected ':'"})


def yaml_syntax_problem(display: str, text: str, exc: yaml.MarkedYAMLError) -> Problem:
    """A libyaml syntax error as a located problem with a Norwegian hint."""
    detail = exc.problem or exc.context or "ukjent feil"
    at_opening = detail in _AT_OPENING and exc.context_mark
    mark = (exc.context_mark if at_opening else exc.problem_mark) or exc.context_mark
    line_no, column = (mark.line, mark.column) if mark else (0, 0)
    line = (text.splitlines()[line_no:] or [""])[0]
    return Problem(display, line_no + 1, column + 1, Severity.ERROR,
                   _syntax_message(detail, _hint(detail, line, column)))


def _hint(detail: str, line: str, column: int) -> str | None:
    """The hint for a parser problem found in `line` at `column` (0-based)."""
    if line.startswith("%"):
        return _DIRECTIVE
    if detail == _MAPPING_VALUES:
        return _STRAY_COLON if ": " in line[:column] else _INDENTATION
    if detail == _CANNOT_START and line[column:column + 1] == "\t":
        return _TAB
    return _SYNTAX_HINTS.get(detail)


def _syntax_message(detail: str, hint: str | None) -> str:
    if hint:
        return f"Fila er ikke gyldig YAML: {hint}"
    return (f"Fila er ikke gyldig YAML her. Sjekk innrykk, kolon og anførselstegn "
            f"(feilen fra YAML-leseren: {detail}).")

