"""Benchmark: `grupper status` and the internal build for many synthetic groups, beside loading alone.

    .venv/bin/python benchmarks/status.py [--groups 10000] [--years 5] [--skip-build]

Writes synthetic group files (five years of quarterly reports each) into a
temporary folder, then times: loading the files alone; `grupper status` (load,
compute, render JSON) through the real CLI; and the internal site build.
Target: status within 1.5x of loading alone. A script, not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import write_groups  # noqa: E402
from generator.checks.run import load_group_files  # noqa: E402
from generator.cli.main import main  # noqa: E402
from generator.model.context import RunContext  # noqa: E402
from generator.sites.internal.site import build_internal_site  # noqa: E402
from generator.model.project import load_project  # noqa: E402

AS_OF = date(2026, 11, 24)


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _status(groups_dir: Path) -> None:
    with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")):   # main line-buffers it
        code = main(["status", "--as-of", AS_OF.isoformat(), "--groups-dir", str(groups_dir), "--format", "json"])
    assert code == 0, code


def run(count: int, years: int, build: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="grupper-bench-") as tmp:
        groups_dir = Path(tmp) / "groups"
        print(f"{count:,} synthetic groups, {years} years of quarterly reports each")
        write_groups(groups_dir, count, reports_per_group=4 * years, as_of=AS_OF)
        paths = sorted(groups_dir.glob("*.yaml"))
        load = min(_timed(lambda: load_group_files(paths)) for _ in range(2))
        status = min(_timed(lambda: _status(groups_dir)) for _ in range(2))
        print(f"  loading alone          {load:8.2f} s")
        print(f"  grupper status (json)  {status:8.2f} s  {status / load:5.2f}x loading (target <= 1.5x)")
        if build:
            groups = load_group_files(paths).groups
            project = load_project(ROOT)[0]
            ctx = RunContext(project.vocab, AS_OF, project.places)
            site = _timed(lambda: build_internal_site(groups, ctx, project, Path(tmp) / "site"))
            print(f"  internal site build    {site:8.2f} s  ({site / count * 1000:.1f} ms per group, loading aside)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--skip-build", action="store_true")
    options = parser.parse_args()
    run(options.groups, options.years, not options.skip_build)
