"""What every test folder shares: the project root, the day the tests are set on, the sample register and its
membership export, a check context made from them, the command line run in this process (`run_grupper`), and the
sample sites built from them (`sample_site`, `zensical_site`, `internal_site`).

Each folder's own conftest.py holds only the fixtures of that folder, and imports these names from here (so
`from tests.conftest import AS_OF, ROOT` works in every test module, and so does the folder's conftest).
"""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from generator.model.context import RunContext
from generator.checks.run import load_group_files
from generator.cli import common
from generator.cli.main import main
from generator.model.loading import GroupFile
from generator.model.membership import read_member_export
from generator.model.project import Project, load_project
from generator.model.vocabulary import Vocabularies

ROOT = Path(__file__).resolve().parents[1]
AS_OF = date(2026, 11, 24)                                   # a Tuesday in 2026-Q4, after the Q3 reports were due
SAMPLE_GROUPS = ROOT / "groups"                              # the sample register
SAMPLE_EXPORT = ROOT / "data" / "medlemsregister-eksempel.csv"   # the sample groups' members, all fictional
PROJECT: Project = load_project(ROOT)[0]                     # as the command line reads it in this checkout
PLACES = PROJECT.places


def vocabularies() -> Vocabularies:
    return PROJECT.vocab


def load_groups(*directories: Path) -> list[GroupFile]:
    """The group files of these folders, in file-name order within each; fails if any cannot be read."""
    group_files = load_group_files([path for directory in directories for path in sorted(directory.glob("*.yaml"))])
    assert not group_files.unreadable, group_files.unreadable
    return group_files.groups


def context(as_of: date = AS_OF, members: Path | None = None) -> RunContext:
    """A check context as of a day, with the membership export in `members` if given."""
    return RunContext(PROJECT.vocab, as_of, PROJECT.places, read_member_export(members)[0] if members else None)


def sample_context(history: bool = False) -> RunContext:
    """The context `grupper build --members data/medlemsregister-eksempel.csv --as-of 2026-11-24` works in; with
    `history`, the sample group files' commits too, by their loaded paths (as the command line gives them)."""
    ctx = context(members=SAMPLE_EXPORT)
    if not history:
        return ctx
    histories = PROJECT.with_histories([SAMPLE_GROUPS]).histories
    return replace(ctx, histories=histories.rekeyed({group.path: Path(group.path).resolve()
                                                     for group in load_groups(SAMPLE_GROUPS)}))


@pytest.fixture
def vocab() -> Vocabularies:
    return vocabularies()


# The sample sites, built once per test process for every folder's tests (a build takes seconds): the builders are
# imported when first needed, so a test process that needs no site loads no engine.

@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    """The public site built by the default engine from the sample groups and the hostile-text groups, given the
    sample export (as `grupper build --members` would be)."""
    from tests.public.conftest import build_sample_site
    return build_sample_site(tmp_path_factory.mktemp("public") / "site")


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory) -> Path:
    """The sample site of `sample_site`, built by Zensical."""
    from tests.public.conftest import build_sample_site
    return build_sample_site(tmp_path_factory.mktemp("zensical") / "site", engine="zensical")


@pytest.fixture(scope="session")
def internal_site(tmp_path_factory) -> Path:
    """The internal site built from the sample groups as of 24 November 2026, with the membership export and the
    group files' history."""
    from generator.sites.internal.site import build_internal_site
    site = tmp_path_factory.mktemp("internal") / "site"
    build_internal_site(load_groups(SAMPLE_GROUPS), sample_context(history=True), PROJECT, site)
    return site


def _stream(data: bytes = b"", errors: str = "strict") -> io.TextIOWrapper:
    """A standard stream as a piped process has it: UTF-8, no newline translation, with a byte buffer behind."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors=errors, newline="\n", write_through=True)


def _written(stream: io.TextIOWrapper) -> str:
    """What was written to a stream, read as `subprocess.run(..., text=True)` reads a pipe (universal newlines)."""
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


@contextmanager
def _standard_streams(stdin: str) -> Iterator[tuple[io.TextIOWrapper, io.TextIOWrapper]]:
    """sys.stdin, sys.stdout and sys.stderr swapped for fresh streams (stdout and stderr yielded), then restored:
    main() may reconfigure stdout, which must not touch pytest's capture."""
    saved = sys.stdin, sys.stdout, sys.stderr
    streams = _stream(stdin.encode("utf-8")), _stream(), _stream(errors="backslashreplace")
    sys.stdin, sys.stdout, sys.stderr = streams
    try:
        yield streams[1:]
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved


def _exit_code(argv: list[str]) -> int:
    """main()'s exit code, also when argparse exits (usage errors, --help) as `sys.exit` would give it."""
    try:
        return main(argv)
    except SystemExit as exc:
        return 0 if exc.code is None else exc.code


def grupper_in_process(argv: list[str], stdin: str = "") -> subprocess.CompletedProcess:
    """`grupper ARGV` in this process as a fresh one would run it: the vocabularies read again, the standard streams
    its own. Returns what `subprocess.run(..., capture_output=True, text=True)` would."""
    common.vocabularies.cache_clear()
    with _standard_streams(stdin) as (stdout, stderr):
        code = _exit_code(argv)
    return subprocess.CompletedProcess(["grupper", *argv], code, _written(stdout), _written(stderr))


def grupper_in_folder(*args: str, cwd: Path | None = None, stdin: str = "",
                      env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`grupper ARGS` in this process, in the folder `cwd` (the current one unless given), reading `stdin`, with the
    variables `env` set; the folder and the variables are restored after the run. What `run_grupper` runs, for a
    fixture of a wider scope than a test."""
    with pytest.MonkeyPatch.context() as scoped:
        scoped.chdir(cwd or Path.cwd())
        for name, value in (env or {}).items():
            scoped.setenv(name, value)
        return grupper_in_process(list(args), stdin)


@pytest.fixture
def run_grupper() -> Callable[..., subprocess.CompletedProcess]:
    """Run `grupper ARGS` in this process (`grupper_in_folder`). The real process is for tests whose subject it is:
    exit codes as a shell sees them, broken pipes, terminals, the working folder."""
    return grupper_in_folder
