"""`grupper maintainers --base REF --author LOGIN`: whether a pull request's author maintains the group files it
changes.

For each group file added or changed since REF (as `changed-files` finds them), the
account is compared with the file's `maintainers` as they stand at REF, the base branch:
GitHub reads CODEOWNERS from there too, so a pull request that adds its author to
`maintainers` does not make its author a maintainer. The pull-request workflow writes the
Markdown to the job summary. Always exit 0 but for a usage error: CODEOWNERS and the
required review decide who may approve; this says it to the reviewer.
"""

from __future__ import annotations

import subprocess
from pathlib import Path, PurePosixPath

from generator.model.loading import GroupFile, is_group_file_name, parse_group
from generator.intake.ownership import ChangedGroupFile, maintainers_of, render_pull_request_owners
from generator.cli.changed_files import changed_group_files
from generator.cli.common import UsageError, add_format_argument


def add_arguments(parser) -> None:
    parser.add_argument("--base", required=True, metavar="REF",
                        help="grenen eller commiten pull requesten skal inn i, for eksempel origin/main")
    parser.add_argument("--author", required=True, metavar="BRUKER", help="GitHub-kontoen som laget pull requesten")
    add_format_argument(parser, ("text", "markdown"))


def run(options) -> int:
    files = [ChangedGroupFile(path, _maintainers_at(options.base, path), _maintainers_now(path))
             for path in changed_group_files(options.base, options.groups_dir)
             if is_group_file_name(PurePosixPath(path).name)]
    output = render_pull_request_owners(options.author, files, markdown=options.format == "markdown")
    if output:
        print(output, end="")
    return 0


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


def _maintainers(loaded) -> tuple[str, ...]:
    return maintainers_of(loaded.data) if isinstance(loaded, GroupFile) else ()
