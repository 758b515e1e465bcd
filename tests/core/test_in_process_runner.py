"""The command line run in this process (`run_grupper`, which most CLI tests use) answers as the real process does,
and leaves the folder, the variables and the standard streams as it found them."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import AS_OF, ROOT

CALLS = {
    "problems in json": ["validate", "--format", "json", "--as-of", AS_OF.isoformat()],
    "an unknown flag": ["validate", "--strict"],
    "a status in text": ["status", "--region", "vest", "--as-of", AS_OF.isoformat()],
    "help": ["new", "--help"],
}


@pytest.mark.parametrize("arguments", CALLS.values(), ids=CALLS.keys())
def test_the_command_line_in_this_process_answers_as_the_real_process(run_grupper, arguments):
    real = subprocess.run([sys.executable, "-m", "generator", *arguments], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "80"}, timeout=120)
    in_process = run_grupper(*arguments, cwd=ROOT, env={"COLUMNS": "80"})
    assert (in_process.returncode, in_process.stdout, in_process.stderr) == (real.returncode, real.stdout, real.stderr)


def test_a_run_in_this_process_leaves_the_folder_the_variables_and_the_streams_as_they_were(run_grupper, tmp_path):
    before = (os.getcwd(), sys.stdin, sys.stdout, sys.stderr, os.environ.get("GRUPPER_PROOF"))
    done = run_grupper("from-issue", cwd=tmp_path, stdin="Ikke et skjema\n", env={"GRUPPER_PROOF": "1"})
    assert done.returncode == 2 and "kjenner ikke igjen skjemaet" in done.stderr   # it read the text it was given
    assert (os.getcwd(), sys.stdin, sys.stdout, sys.stderr, os.environ.get("GRUPPER_PROOF")) == before
