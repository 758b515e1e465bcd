"""What the site engines say, in Norwegian: a line a person needs translated, progress dropped, the rest prefixed.

MkDocs and its live-reload server log in English through the `mkdocs` loggers ("Serving on …", the dirty-build
warning on every save of `grupper serve`). `use_norwegian_log` sends those records through `NorwegianEngineLog`,
which prints what a person acts on in Norwegian ("Forhåndsvisningen er klar på http://…"), drops the progress
nobody reads ("Documentation built in …"), and prints any other warning or error with its original text behind a
Norwegian prefix ("advarsel fra MkDocs: …"), so nothing the engine warns about is lost. `zensical_said` does the
same for what Zensical's build writes on standard error, `ZensicalServeLog` for what its serve prints line by line,
and `said_by` for any other tool a build runs.
"""

from __future__ import annotations

import logging
import re
import sys

_TIME_STAMP = re.compile(r"^\[\d\d:\d\d:\d\d\] ")   # the live-reload server's own prefix
_REQUEST = re.compile(r'^"(?P<method>\S+) (?P<path>\S+)[^"]*" code (?P<code>\d+)$')

# MkDocs' messages by how they begin: the Norwegian line to print instead ({url} filled from the message), or
# None for progress nobody needs to read.
KNOWN_MKDOCS_MESSAGES: tuple[tuple[re.Pattern[str], str | None], ...] = tuple(
    (re.compile(pattern), said) for pattern, said in (
        (r"^Serving on (?P<url>\S+)", "Forhåndsvisningen er klar på {url}"),
        (r"^Detected file changes", "Bygger på nytt …"),
        (r"^An error happened during the rebuild",
         "Forhåndsvisningen er ikke bygget på nytt: rett feilen over og lagre igjen."),
        (r"^A 'dirty' build is being performed", None),
        (r"^Documentation built in ", None),
        (r"^Building documentation", None),
        (r"^Cleaning site directory", None),
        (r"^The directory contains stale files", None),
        (r"^Watching paths for changes", None),
        (r"^Reloading browsers", None),
        (r"^Browser connected", None),
    ))
_LEVEL_WORDS = {logging.WARNING: "advarsel", logging.ERROR: "feil", logging.CRITICAL: "feil"}


def norwegian_line(message: str, level: int, engine: str = "MkDocs") -> str | None:
    """What to print for the engine's log `message` at `level`: in Norwegian, or None for nothing."""
    message = _TIME_STAMP.sub("", message)
    for pattern, said in KNOWN_MKDOCS_MESSAGES:
        if found := pattern.match(message):
            return said.format(**found.groupdict()) if said else None
    if request := _REQUEST.match(message):
        return _request_line(**request.groupdict())
    if level < logging.WARNING:
        return None
    return f"{_LEVEL_WORDS.get(level, 'feil')} fra {engine}: {message}"


def _request_line(method: str, path: str, code: str) -> str | None:
    """The preview server's answer to a browser, when it was no page (it logs those as warnings)."""
    if code == "304":
        return None
    if code == "404":
        return f"Forhåndsvisningen har ingen side på {path} (404)."
    return f"Forhåndsvisningen svarte {code} på {method} {path}."


class NorwegianEngineLog(logging.Handler):
    """Prints the engine's records on standard error as `norwegian_line` says them."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = norwegian_line(record.getMessage(), record.levelno)
        except Exception:   # a record that cannot be formatted: logging's own report, never a lost build
            self.handleError(record)
            return
        if line is not None:
            print(line, file=sys.stderr, flush=True)


def use_norwegian_log(level: int) -> None:
    """Send the records of the `mkdocs` loggers at `level` and above through NorwegianEngineLog only (once per
    process, however many builds it runs)."""
    logger = logging.getLogger("mkdocs")
    logger.setLevel(level)
    logger.propagate = False
    if not any(isinstance(handler, NorwegianEngineLog) for handler in logger.handlers):
        logger.addHandler(NorwegianEngineLog())


_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_ZENSICAL_LEVELS = {"Warning:": "advarsel fra Zensical:", "Error:": "feil fra Zensical:"}
_ZENSICAL_COUNT = re.compile(r"^(\d+) issues? found$")
ZENSICAL_ALL_CLEAR = "No issues found"   # the end of a Zensical build that had nothing to report
_ZENSICAL_SERVING = re.compile(r"^Serving \S.* on (?P<url>https?://\S+)$")
_ZENSICAL_PROGRESS = ("Build started", "Reloading...")   # a build begins (after a change of the configuration)


def zensical_said(stderr: str) -> str:
    """Zensical's report on standard error, its English headings in Norwegian: each "Warning:" or "Error:" line
    becomes "advarsel fra Zensical:" or "feil fra Zensical:" before the original message, the count at the end
    "Zensical fant N problem(er)"; the excerpts of the pages in between stay as they are (without colours).
    Anything else it writes (a crash) comes line by line behind "fra Zensical:"."""
    lines = [line for line in _ANSI.sub("", stderr).splitlines() if line.strip()]
    if not any(line.startswith(tuple(_ZENSICAL_LEVELS)) for line in lines):
        return said_by("Zensical", stderr)
    return "".join(f"{_zensical_line(line)}\n" for line in lines)


def said_by(tool: str, output: str) -> str:
    """What a tool the build runs wrote in its own words (English), each line behind «fra TOOL:», no colours."""
    return "".join(f"fra {tool}: {line}\n" for line in _ANSI.sub("", output).splitlines() if line.strip())


def _zensical_line(line: str) -> str:
    for heading, said in _ZENSICAL_LEVELS.items():
        if line.startswith(heading):
            return f"{said} {line[len(heading):].strip()}"
    if found := _ZENSICAL_COUNT.match(line.strip()):
        return f"Zensical fant {found[1]} {'problem' if found[1] == '1' else 'problemer'}."
    return line


class ZensicalServeLog:
    """What `zensical serve` prints (standard output and standard error, line by line), in Norwegian: where the
    preview is, once the server's first build is done; «Bygget på nytt.» at the end of each build after it; its
    reports as `zensical_said` says them; its progress not at all; any other line behind «fra Zensical:»."""

    def __init__(self) -> None:
        self.address: str | None = None   # where the server answers, until its first build is done
        self.reporting = False            # between a report's heading and its count: excerpts of a page

    def said(self, printed: str) -> str | None:
        line = _ANSI.sub("", printed).rstrip()
        if not line.strip() or line in _ZENSICAL_PROGRESS:
            return None
        if serving := _ZENSICAL_SERVING.match(line):
            self.address = serving["url"].rstrip("/") + "/"
            return None
        if line == ZENSICAL_ALL_CLEAR:
            return self._built()
        if _ZENSICAL_COUNT.match(line):
            return f"{_zensical_line(line)}\n{self._built()}"
        self.reporting = self.reporting or line.startswith(tuple(_ZENSICAL_LEVELS))
        return _zensical_line(line) if self.reporting else f"fra Zensical: {line}"

    def _built(self) -> str:
        said = f"Forhåndsvisningen er klar på {self.address}" if self.address else "Bygget på nytt."
        self.address, self.reporting = None, False
        return said
