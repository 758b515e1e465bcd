"""Benchmark: `grupper validate` beside check-jsonschema and a bare C parse of the same files.

    .venv/bin/python benchmarks/validate.py [--sizes 1000 10000] [--skip-check-jsonschema] [--worst-case-only]

Writes realistic synthetic groups and their register export (benchmarks/synthetic.py) into a temporary
folder and times, each as a fresh process as a user would run it:
- `grupper validate` (load with positions, schema, every rule, cross-file rules), also with
  `--members` (the register rules);
- `check-jsonschema --schemafile schema/group.schema.json` (the schema alone);
- a bare `yaml.load(..., CSafeLoader)` of every file (the floor).
Targets at 10,000 groups: validate at most 1/5 of check-jsonschema's time, and
within 2x of the C-parse floor. Then one group file of 1 MiB (the loader's limit)
whose description is the worst case for the checks' text patterns (the same few
characters again and again: `ab.`, `a@`, `1 `, digits, dates, mixed Unicode
digits), each validated on its own: target under 2 s, so no pull request can
hold CI with a slow path. A script that prints figures, not a test.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import export_of, write_groups  # noqa: E402
from generator.model.loading import MAX_BYTES  # noqa: E402
BIN = Path(sys.executable).parent
C_PARSE = ("import sys, yaml\n"
           "for name in sys.argv[1:]:\n"
           "    with open(name, 'rb') as f: yaml.load(f.read(), Loader=yaml.CSafeLoader)\n")


WORST_CASE_TEXTS = {"ab.": "ab.", "a@": "a@", "1 ": "1 ", "1-": "1-", "digits": "1234567890", "@.": "@.",
                    "a.a.": "a.a.", "dates": "23.09.2026 ", "9 ": "9 ", "Unicode digits": "١۲३৪５ "}
SAMPLE_GROUP = ROOT / "groups" / "amnesty-nidaros.yaml"
DESCRIPTION = "  description: |\n"


def timed(command: list[str], cwd: Path, accepted: tuple[int, ...] = (0,)) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode not in accepted:
        sys.exit(f"{command[0]} failed ({result.returncode}): {(result.stdout + result.stderr)[-500:]}")
    return elapsed


def measure(count: int, skip_check_jsonschema: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        files = write_groups(work / "groups", count)
        names = [str(p.relative_to(work)) for p in files]
        lines = sum(p.read_text(encoding="utf-8").count("\n") for p in files) / count
        figures = {
            "lines per file": lines,
            "grupper validate": timed([str(BIN / "grupper"), "validate"], work),
            "grupper validate --members": timed([str(BIN / "grupper"), "validate", "--members",
                                                 str(export_of(work / "groups"))], work),
            "C parse (floor)": timed([sys.executable, "-c", C_PARSE, *names], work),
        }
        if not skip_check_jsonschema:
            schema = str(ROOT / "schema" / "group.schema.json")
            figures["check-jsonschema"] = timed([str(BIN / "check-jsonschema"), "--schemafile", schema, *names], work)
        return figures


def report(count: int, figures: dict[str, float]) -> None:
    validate, floor = figures["grupper validate"], figures["C parse (floor)"]
    print(f"\n{count:,} groups ({figures['lines per file']:.0f} lines per file)")
    print(f"  {'C parse (floor)':<22}{floor:8.2f} s  {floor / count * 1000:6.2f} ms/file")
    print(f"  {'grupper validate':<22}{validate:8.2f} s  {validate / count * 1000:6.2f} ms/file"
          f"  {validate / floor:5.2f}x floor (target <= 2x)")
    with_export = figures["grupper validate --members"]
    print(f"  {'validate --members':<22}{with_export:8.2f} s  {with_export / count * 1000:6.2f} ms/file"
          f"  {with_export / floor:5.2f}x floor (joins the register export)")
    if "check-jsonschema" in figures:
        other = figures["check-jsonschema"]
        print(f"  {'check-jsonschema':<22}{other:8.2f} s  {other / count * 1000:6.2f} ms/file"
              f"  validate takes {validate / other:5.3f} of its time (target <= 0.2)")


def measure_worst_case() -> dict[str, float]:
    """`grupper validate` of one 1 MiB group file per worst-case text (exit 1 accepted: the text is too long for
    the description, which is one more problem to find, not a failure)."""
    head, description, tail = SAMPLE_GROUP.read_text(encoding="utf-8").partition(DESCRIPTION)
    tail = tail.split("\n", 2)[2]   # the sample's own two lines of description
    room = MAX_BYTES - len((head + DESCRIPTION + tail).encode()) - 8
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "groups").mkdir()
        group = work / "groups" / SAMPLE_GROUP.name
        for name, unit in WORST_CASE_TEXTS.items():
            text = unit * (room // len(unit.encode()))
            group.write_text(f"{head}{DESCRIPTION}    {text}\n{tail}", encoding="utf-8")
            assert group.stat().st_size <= MAX_BYTES
            figures[name] = timed([str(BIN / "grupper"), "validate"], work, accepted=(0, 1))
    return figures


def report_worst_case(figures: dict[str, float]) -> None:
    print(f"\nvalidate one 1 MiB group file (worst-case text in the description; target < 2 s each)")
    for name, seconds in figures.items():
        print(f"  {name!s:<22}{seconds:8.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--skip-check-jsonschema", action="store_true")
    parser.add_argument("--worst-case-only", action="store_true", help="only the 1 MiB worst-case files")
    options = parser.parse_args()
    for count in [] if options.worst_case_only else options.sizes:
        report(count, measure(count, options.skip_check_jsonschema))
    report_worst_case(measure_worst_case())


if __name__ == "__main__":
    main()
