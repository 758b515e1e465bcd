"""`grupper changed-files --base REF`: the group files a branch adds or changes since REF.

The pull-request workflow validates only these, so a rule that depends on the
date never fails a pull request that did not touch the group concerned.
"""

from __future__ import annotations

import subprocess
from pathlib import PurePosixPath

from .common import UsageError


def add_arguments(parser) -> None:
    parser.add_argument("--base", required=True, metavar="REF",
                        help="grenen eller commiten endringene regnes fra, for eksempel origin/main")


def run(options) -> int:
    for path in changed_group_files(options.base, options.groups_dir):
        print(path)
    return 0


def changed_group_files(base: str, groups_dir: str) -> list[str]:
    """Group files added, changed or renamed between the merge base of `base` and HEAD (deleted ones are gone)."""
    try:
        result = subprocess.run(["git", "diff", "--name-only", "--no-renames", "--diff-filter=d", "-z",
                                 f"{base}...HEAD", "--", groups_dir],
                                capture_output=True, text=True, check=True)
    except FileNotFoundError:
        raise UsageError("finner ikke git") from None
    except subprocess.CalledProcessError as exc:
        raise UsageError(f"git diff mot {base} feilet: {exc.stderr.strip()}") from None
    return [path for path in result.stdout.split("\0") if PurePosixPath(path).suffix in (".yaml", ".yml")]
