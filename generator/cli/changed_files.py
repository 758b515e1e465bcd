"""`grupper changed-files --base REF`: the group files a branch adds or changes since REF.

The pull-request workflow validates only these, so a rule that depends on the
date never fails a pull request that did not touch the group concerned. A group
file that the branch deletes (or renames: an id is permanent) is an error: a group
that ends keeps its file with `status: closed` (§6.1). So is any file the branch
adds or changes, wherever it lies, that looks like a membership register export: a
pull request that touches no group file is still checked for one.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path, PurePosixPath

from generator.model.loading import is_group_file_name
from generator.model.problems import Problem, Severity
from generator.checks.reporters import render_problems
from generator.cli.common import UsageError, add_format_argument, display_path
from generator.cli.tracked_exports import COMMITTED_EXPORT, is_export
from generator.model.export_guard import FICTIONAL_EXPORTS
from generator.model.rules import Rule


def add_arguments(parser) -> None:
    parser.add_argument("--base", required=True, metavar="REF",
                        help="grenen eller commiten endringene regnes fra, for eksempel origin/main")
    add_format_argument(parser)


def run(options) -> int:
    for path in changed_group_files(options.base, options.groups_dir):
        print(path)
    deleted = [path for path in files_changed(options.base, options.groups_dir, "D")
               if is_group_file_name(PurePosixPath(path).name)]   # deleting a stray file (.notes.yaml) is its fix
    problems = [Problem(path, 1, 1, Severity.ERROR, "Gruppefila er slettet eller har fått nytt navn. Gruppas id "
                        "er fast: en gruppe som slutter, beholder fila med status: closed.", Rule.REGISTRATION) for path in deleted]
    problems += _changed_exports(options.base)
    if problems:   # on stderr: stdout is the list of files to validate (GitHub reads annotations from both)
        print(render_problems(problems, options.format), file=sys.stderr)
    return 1 if problems else 0


def _changed_exports(base: str) -> list[Problem]:
    """Every file the branch adds or changes, anywhere in the repository, that looks like a register export."""
    top = Path(_git(["rev-parse", "--show-toplevel"]).strip())
    return [Problem(display_path(top / name), 1, 1, Severity.ERROR, COMMITTED_EXPORT, Rule.MEMBERSHIP)
            for name in files_changed(base, str(top), "d")
            if name not in FICTIONAL_EXPORTS and is_export(top / name)]


def changed_group_files(base: str, groups_dir: str) -> list[str]:
    """Everything added or changed under groups/ between the merge base of `base` and HEAD (a rename: deleted
    and added), hidden and stray files too: validate rejects what is not a group file."""
    return files_changed(base, groups_dir, "d")


def files_changed(base: str, folder: str, diff_filter: str) -> list[str]:
    """The files under `folder` the branch changed as `diff_filter` says, as paths from the repository's top."""
    output = _git(["diff", "--name-only", "--no-renames", f"--diff-filter={diff_filter}", "-z",
                        f"{base}...HEAD", "--", folder], f"git diff mot {base}")
    return [path for path in output.split("\0") if path]


def _git(args: list[str], what: str = "git") -> str:
    try:
        result = subprocess.run(["git", *args], capture_output=True, text=True, check=True)
    except FileNotFoundError:
        raise UsageError("finner ikke git") from None
    except subprocess.CalledProcessError as exc:
        raise UsageError(f"{what} feilet: {exc.stderr.strip()}") from None
    return result.stdout
