"""`grupper maintainers --base REF --author LOGIN`: whether a pull request's author maintains the group files it
changes.

For each group file added or changed since REF (as `changed-files` finds them), the
account is compared with the file's `maintainers` as they stand at REF, the base branch:
GitHub reads CODEOWNERS from there too, so a pull request that adds its author to
`maintainers` does not make its author a maintainer. The pull-request workflow writes the
Markdown to the job summary. `--committers FILE` names the other accounts behind the branch's
commits (their authors, and whoever pushed the latest), one a line: each is judged like the
author, so a push to a form's branch by someone else is said and labelled too. `--labels-file`
gets `ikke-gruppas-kontakt` when one of them is not a maintainer of a changed group file. Always
exit 0 but for a usage error: CODEOWNERS and the required review decide who may approve; this
says it to the reviewer.
"""

from __future__ import annotations

import subprocess
from pathlib import Path, PurePosixPath

from generator.model.loading import GroupFile, is_group_file_name, parse_group
from generator.model.problems import Reading
from generator.intake.ownership import (ChangedGroupFile, maintainers_of, pull_request_labels,
                                        render_pull_request_owners)
from generator.text.io_messages import io_reason
from generator.cli.changed_files import changed_group_files
from generator.cli.common import UsageError, add_format_argument


def add_arguments(parser) -> None:
    parser.add_argument("--base", required=True, metavar="REF",
                        help="grenen eller commiten pull requesten skal inn i, for eksempel origin/main")
    parser.add_argument("--author", required=True, metavar="BRUKER", help="GitHub-kontoen som laget pull requesten")
    parser.add_argument("--committers", type=Path, metavar="FIL",
                        help="andre GitHub-kontoer som har laget eller dyttet commiter på grenen, én per linje")
    parser.add_argument("--labels-file", type=Path, metavar="FIL",
                        help="skriv etikettene pull requesten skal ha hit, én per linje")
    add_format_argument(parser, ("text", "markdown"))


def run(options) -> int:
    files = [ChangedGroupFile(path, _maintainers_at(options.base, path), _maintainers_now(path))
             for path in changed_group_files(options.base, options.groups_dir)
             if is_group_file_name(PurePosixPath(path).name)]
    committers = _committers(options.committers)
    if options.labels_file:
        _write_lines(options.labels_file, pull_request_labels(options.author, files, committers))
    output = render_pull_request_owners(options.author, files, options.format == "markdown", committers)
    if output:
        print(output, end="")
    return 0


def _committers(path: Path | None) -> list[str]:
    try:
        return path.read_text(encoding="utf-8", errors="replace").split() if path else []
    except OSError as exc:
        raise UsageError(f"kan ikke lese {path}: {io_reason(exc)}") from None


def _write_lines(path: Path, lines: list[str]) -> None:
    try:
        path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"kan ikke skrive {path}: {io_reason(exc)}") from None


def _maintainers_at(base: str, path: str) -> tuple[str, ...] | None:
    """The file's maintainers at `base`; None when the file is not there (a new group)."""
    try:
        shown = subprocess.run(["git", "show", f"{base}:{path}"], capture_output=True, check=False)
    except FileNotFoundError:
        raise UsageError("finner ikke git") from None
    if shown.returncode != 0:
        return None
    return _maintainers(parse_group(path, shown.stdout))


def _maintainers_now(path: str) -> tuple[str, ...]:
    try:
        raw = Path(path).read_bytes()
    except OSError:
        return ()
    return _maintainers(parse_group(path, raw))


def _maintainers(reading: Reading[GroupFile]) -> tuple[str, ...]:
    group, _ = reading
    return () if group is None else maintainers_of(group.data)
