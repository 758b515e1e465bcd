"""Benchmark: `grupper status` and the internal build for many synthetic groups, beside loading alone.

    .venv/bin/python benchmarks/status.py [--groups 10000] [--years 5] [--skip-build]

Writes synthetic group files (five years of quarterly reports each) into a
temporary folder, then times: loading the files alone; `grupper status` (load,
compute, render JSON) through the real CLI; and the internal site build.
Target: status within 1.5x of loading alone. A script, not a test.

Uses `benchmarks/synthetic.py` (`write_groups`) when it exists; otherwise the
small generator below.
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

from generator.checking import load_register  # noqa: E402
from generator.cli import main  # noqa: E402
from generator.checks.context import CheckContext  # noqa: E402
from generator.sites.internal import build_internal_site  # noqa: E402
from generator.vocabulary import vocabularies  # noqa: E402

AS_OF = date(2026, 11, 24)
REGIONS = ("nord", "midt", "vest", "sor", "ost")
TYPES = ("stand", "reader-letter", "group-meeting", "open-event", "training", "letter-writing")


def _report(year: int, quarter: int, i: int) -> str:
    month = 3 * quarter - 1
    submitted = date(year + (quarter == 4), 1 if quarter == 4 else month + 2, 10).isoformat()
    return (f"  - quarter: {year}-Q{quarter}\n    submitted: {submitted}\n    completed:\n"
            f"      - date: {year}-{month:02d}-12\n        type: {TYPES[(i + quarter) % len(TYPES)]}\n"
            f"        title: Aktivitet {quarter} i {year}\n"
            f"      - date: {year}-{month:02d}-20\n        type: {TYPES[(i + quarter + 1) % len(TYPES)]}\n"
            f"        title: Stand på torget\n        signatures: {i % 300}\n"
            f"    planned:\n      - date: {year}-{month + 1:02d}-15\n        type: stand\n        title: Neste stand\n")


def _group(i: int, years: int) -> str:
    last = AS_OF.year - 1 + (i % 3 != 0)          # a third of the groups have not reported this year's Q3
    reports = "".join(_report(year, q, i) for year in range(AS_OF.year - years, last + 1) for q in range(1, 5)
                      if date(year, 3 * q, 28) < date(AS_OF.year, 9, 30))
    followups = "".join(f"  - date: {year}-{month:02d}-05\n    channel: email\n    by: Rådgiver\n"
                        f"    note: Oppfølging.\n" for year in range(AS_OF.year - years, AS_OF.year + 1)
                        for month in (2, 5, 8, 11) if date(year, month, 5) <= AS_OF)
    return (f"name: Amnesty Syntetisk {i}\ncategory: local\nstatus: active\nregistered: {AS_OF.year - years - 1}-01-15\n"
            f"region: {REGIONS[i % 5]}\nmunicipality: Kommune {i % 356}\npriority_areas:\n  - womens-rights\n"
            f"endorses_guidelines: {AS_OF.year - years - 1}-01-10\nopen_to_new_members: true\nmembers:\n"
            + "".join(f"  - name: Medlem {j} i gruppe {i}\n    member_number: \"{i * 10 + j}\"\n"
                      f"    email: m{j}.g{i}@example.org\n    roles: [{'contact' if j == 0 else 'leader' if j == 1 else ''}]\n"
                      for j in range(4))
            + f"reports:\n{reports}followups:\n{followups}welcome_package_sent: {AS_OF.year - years - 1}-02-01\n"
            f"meetings:\n  - date: {AS_OF.year}-03-14\n    kind: regional\n")


def write_groups(directory: Path, count: int, years: int = 5) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (directory / f"amnesty-syntetisk-{i:05d}.yaml").write_text(_group(i, years), encoding="utf-8")


def _generator():
    try:
        from benchmarks.synthetic import write_groups as shared  # noqa: PLC0415
        return shared, "benchmarks/synthetic.py"
    except ImportError:
        return write_groups, "benchmarks/status.py"


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _status(groups_dir: Path) -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(["status", "--as-of", AS_OF.isoformat(), "--groups-dir", str(groups_dir), "--format", "json"])
    assert code == 0, code


def run(count: int, years: int, build: bool) -> None:
    write, source = _generator()
    with tempfile.TemporaryDirectory(prefix="grupper-bench-") as tmp:
        groups_dir = Path(tmp) / "groups"
        print(f"Skriver {count} syntetiske grupper ({years} år med kvartalsrapporter) med {source} ...")
        write(groups_dir, count, years=years)
        paths = sorted(groups_dir.glob("*.yaml"))
        load = min(_timed(lambda: load_register(paths)) for _ in range(2))
        status = min(_timed(lambda: _status(groups_dir)) for _ in range(2))
        print(f"Lasting alene:        {load:7.2f} s")
        print(f"grupper status:       {status:7.2f} s  ({status / load:.2f} x lasting; mål: høyst 1.5 x)")
        if build:
            groups = load_register(paths).groups
            ctx = CheckContext(vocabularies(), AS_OF)
            site = _timed(lambda: build_internal_site(groups, ctx, Path(tmp) / "site"))
            print(f"Intern side (bygg):   {site:7.2f} s  ({site / load:.2f} x lasting, uten lasting)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--skip-build", action="store_true")
    options = parser.parse_args()
    run(options.groups, options.years, not options.skip_build)
