"""Benchmark: how the public site's build grows with the groups, and what the nearest groups and the maps cost.

    .venv/bin/python benchmarks/public_growth.py [--groups 250 1000] [--reports 1]

For each count of synthetic groups (benchmarks/synthetic.py), the public site is built
by a real `mkdocs build` in its own process (the 357 municipality pages and the maps
included, as `grupper build` makes them), and its generated pages are made once more in
this process to time our own part alone. Then the ratios between the largest and the
smallest count: a build that grows linearly grows about as fast as its pages.

Last, the nearest groups alone, as the municipality pages compute them, for groups spread
over few places (the synthetic groups' 25 municipalities) and over all 357: the cost is
municipalities x places, whatever the number of groups.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import write_groups  # noqa: E402

AS_OF = "2026-11-24"
BUILD_STEP = """
import sys, time
from datetime import date
from pathlib import Path
from generator.model.context import RunContext
from generator.checks.run import load_group_files
from generator.model.project import load_project
from generator.sites.public.site import build_public_site
project = load_project(Path(sys.argv[3]))[0]
group_files = load_group_files(sorted(Path(sys.argv[1]).glob("*.yaml")))
ctx = RunContext(project.vocab, date.fromisoformat(sys.argv[4]), project.places)
start = time.perf_counter()
build_public_site(group_files.groups, ctx, project, Path(sys.argv[2]))
print(time.perf_counter() - start)
"""


def built(groups: Path, site: Path) -> tuple[float, float]:
    """The public build's seconds (reading the groups aside) and its peak memory in MiB, in a fresh process."""
    process = subprocess.Popen([sys.executable, "-c", BUILD_STEP, str(groups), str(site), str(ROOT), AS_OF],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    with process.stdout:
        output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError("the public build failed")
    return float(output.strip().splitlines()[-1]), usage.ru_maxrss / 1024


def generated(groups: Path) -> tuple[float, float, int, int]:
    """Our part alone: seconds to make every generated file, of which the municipality pages and maps; how many
    pages, and the front page's map in bytes."""
    from generator.model.context import RunContext
    from generator.checks.run import load_group_files
    from generator.model.project import load_project
    from generator.sites.public.pages import PublicPages
    from generator.sites.public.settings import project_reach, site_settings
    from generator.sites.public.site import public_files
    from generator.views.public_view import public_views

    project = load_project(ROOT)[0]
    group_files = load_group_files(sorted(groups.glob("*.yaml")))
    ctx = RunContext(project.vocab, date.fromisoformat(AS_OF), project.places)
    start = time.perf_counter()
    files = public_files(group_files.groups, ctx, project)
    everything = time.perf_counter() - start
    pages = PublicPages(public_views(group_files.groups, ctx.places), ctx.vocab, site_settings(project), ctx.as_of,
                        project_reach(project), ctx.places.municipalities.municipalities,
                        project.outlines)
    start = time.perf_counter()
    pages.municipality_pages()
    pages.front_page()
    pages.listing_pages("regioner", "regions", "region")
    ours = time.perf_counter() - start
    front = files["index.md"]
    svg = front[front.index("<svg"):front.index("</svg>") + 6]
    return everything, ours, sum(name.endswith(".md") for name in files), len(svg.encode())


def nearest_alone(groups: int, spread: int) -> float:
    """Seconds for every municipality's neighbourhood with `groups` groups over `spread` municipalities."""
    from generator.model.project import load_project
    from generator.views.nearest import neighbourhoods
    from generator.views.public_view import PublicGroup

    municipalities = load_project(ROOT)[0].places.municipalities.municipalities
    views = [PublicGroup(id=f"g{n}", name=f"Gruppe {n}", category="local", region="ost",
                         municipality=municipalities[n % spread].label, institution=None, theme=None,
                         student_council=None, priority_areas=(), description=None, email=None, phone=None,
                         website=None, instagram=None, facebook=None, meets=None, activities=())
             for n in range(groups)]
    start = time.perf_counter()
    neighbourhoods(views, municipalities)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, nargs="+", default=[250, 1000])
    parser.add_argument("--reports", type=int, default=1, help="kvartalsrapporter per gruppe")
    options = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="grupper-growth-") as scratch:
        for count in sorted(options.groups):
            groups = Path(scratch) / f"groups-{count}"
            write_groups(groups, count, reports_per_group=options.reports)
            seconds, memory = built(groups, Path(scratch) / f"site-{count}")
            html = sum(1 for _ in (Path(scratch) / f"site-{count}").rglob("*.html"))
            everything, ours, pages, svg = generated(groups)
            rows.append((count, seconds, memory, html, everything, ours, pages, svg))
    print(f"{'groups':>7}{'build s':>9}{'peak MiB':>10}{'html pages':>12}{'generate s':>12}"
          f"{'kommuner+kart s':>17}{'md pages':>10}{'front map B':>13}")
    for count, seconds, memory, html, everything, ours, pages, svg in rows:
        print(f"{count:>7}{seconds:>9.2f}{memory:>10.0f}{html:>12}{everything:>12.2f}{ours:>17.3f}{pages:>10}"
              f"{svg:>13}")
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print(f"\n{last[0]} / {first[0]} groups ({last[0] / first[0]:.1f}x): build {last[1] / first[1]:.2f}x, "
              f"html pages {last[3] / first[3]:.2f}x, "
              f"build per page {(last[1] / last[3]) / (first[1] / first[3]):.2f}x, "
              f"generating {last[4] / first[4]:.2f}x")
    print("\nnearest groups alone (357 municipalities):")
    for groups, spread in ((1000, 25), (4000, 25), (1000, 357), (4000, 357)):
        print(f"  {groups:>5} groups over {spread:>3} municipalities: {nearest_alone(groups, spread) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
