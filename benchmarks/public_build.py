"""Benchmark: both sites built from N synthetic groups, beside a bare `mkdocs build` floor and Zensical.

    .venv/bin/python benchmarks/public_build.py [--groups 1000] [--reports 4]

Each build runs in its own process, so its wall time and peak memory (maximum
resident set size) are its own. The floor is Material for MkDocs building as
many plain Markdown pages as both sites have, with an explicit navigation of the
index page alone: the least this engine can do for that many pages. It is shown
three times: with short pages; with pages of plain prose as long, on average, as
the generated Markdown of both sites (the engine's cost for the same amount of
text, without our links, lists and tables); and with the very Markdown pages
both sites generate (the engine's cost for our content, so that what is left is
our own: loading, checking, rendering the pages, the theme overrides and the
navigation). Beside MkDocs' public site, the same public site built by Zensical
(`engine="zensical"`), with the ratio of their times. Then `grupper build`
as users run it: one validation, the two sites built at once in two processes
(wall time and the CPU time of both). Last, the
serve latency of each site: the time from saving one group file to the updated
page being served by `grupper serve` (and `grupper serve --internal`);
`--serve-only` measures that alone.
"""

from __future__ import annotations

import argparse
import html
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import write_groups  # noqa: E402

AS_OF = "2026-11-24"
FLOOR_CONFIG = """site_name: Gulv
theme:
  name: material
  language: nb
  font: false
plugins:
  - search
nav:
  - index.md
"""

SITE_EXTENSIONS = """markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - tables
  - toc
"""

BUILD_STEP = """
import sys, time
from datetime import date
from pathlib import Path
from generator.checks.run import check_group_files, load_group_files
from generator.model.context import RunContext
from generator.model.project import load_project
from generator.sites.{module}.site import {function}
start = time.perf_counter()
project = load_project(Path("{root}"))[0]
group_files = load_group_files(sorted(Path(sys.argv[1]).glob("*.yaml")))
ctx = RunContext(project.vocab, date.fromisoformat("{as_of}"), project.places)
assert not [p for p in check_group_files(group_files, ctx, intrinsic_only=True) if p.is_error]
{function}(group_files.groups, ctx, project, Path(sys.argv[2]){engine})
print(time.perf_counter() - start)
"""

FLOOR_STEP = """
import sys, time
from mkdocs.commands.build import build
from mkdocs.config import load_config
start = time.perf_counter()
config = load_config(sys.argv[1], docs_dir=sys.argv[2], site_dir=sys.argv[3])
config.plugins.on_startup(command="build", dirty=False)
build(config)
print(time.perf_counter() - start)
"""


def measured(code: str, *args: str) -> tuple[float, float]:
    """Run `code` in a fresh Python; its printed seconds and its peak memory in MiB."""
    output, _, memory = run_measured([sys.executable, "-c", code, *args])
    return float(output.strip().splitlines()[-1]), memory


def run_measured(command: list[str]) -> tuple[str, float, float]:
    """Run `command`; its output, its CPU seconds (with its child processes) and its peak memory in MiB."""
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    with process.stdout:
        output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)   # reaped here: Popen must not wait for it again
    if process.returncode != 0:
        raise RuntimeError(f"step failed with exit code {process.returncode}")
    return output, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def shipped_build(groups: Path, output: Path) -> tuple[float, float, float]:
    """`grupper build` as users run it (validation once, both sites at once): wall seconds, CPU seconds, peak MiB."""
    start = time.perf_counter()
    _, cpu, memory = run_measured([sys.executable, "-m", "generator", "build", "--groups-dir", str(groups),
                                   "--public", str(output / "public"), "--internal", str(output / "internal"),
                                   "--as-of", AS_OF])
    return time.perf_counter() - start, cpu, memory


def size_mib(directory: Path) -> float:
    return sum(path.stat().st_size for path in directory.rglob("*") if path.is_file()) / 2**20


def pages_in(directory: Path) -> int:
    return sum(1 for _ in directory.rglob("*.html"))


def write_floor(directory: Path, pages: int, characters_per_page: int = 0) -> tuple[Path, Path]:
    docs = directory / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# Gulv\n\nForsiden.\n", encoding="utf-8")
    sentence = "Dette er en vanlig setning i et avsnitt om gruppas arbeid. "
    prose = "\n\n".join(sentence * 6 for _ in range(characters_per_page // (len(sentence) * 6)))
    for number in range(1, pages):
        (docs / f"side-{number:05d}.md").write_text(
            f"# Side {number}\n\nEn vanlig side med litt tekst.\n\n## Kontakt\n\n- E-post: side{number}@example.org\n"
            f"\n{prose}\n", encoding="utf-8")
    config = directory / "mkdocs.yml"
    config.write_text(FLOOR_CONFIG, encoding="utf-8")
    return config, docs


def generated_pages(groups: Path) -> dict[str, str]:
    """The Markdown pages both sites generate for these groups (the hand-written pages aside), by site folder."""
    from datetime import date

    from generator.checks.run import load_group_files
    from generator.model.context import RunContext
    from generator.sites.internal.pages import internal_pages
    from generator.sites.public.site import public_files
    from generator.model.project import load_project

    project = load_project(ROOT)[0]
    group_files = load_group_files(sorted(groups.glob("*.yaml")))
    ctx = RunContext(project.vocab, date.fromisoformat(AS_OF), project.places)
    sites = {"offentlig": public_files(group_files.groups, ctx, project),
             "intern": internal_pages(group_files.groups, ctx, project)}
    return {f"{site}/{name}": page for site, pages in sites.items() for name, page in pages.items()
            if name.endswith(".md")}


def write_same_pages_floor(directory: Path, pages: dict[str, str], total_pages: int) -> tuple[Path, Path]:
    """The floor with the sites' own generated Markdown as its pages (topped up with short ones to as many
    pages as both sites have), rendered with the Markdown extensions the sites use."""
    config, docs = write_floor(directory, total_pages - len(pages))
    for name, page in pages.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(page, encoding="utf-8")
    config.write_text(FLOOR_CONFIG + SITE_EXTENSIONS, encoding="utf-8")
    return config, docs


def engine_rows(groups: Path, work: Path, mkdocs_row: tuple | None) -> list[tuple]:
    """The public site built by each engine from the same generated pages: (engine, seconds, peak MiB,
    output MiB, html pages); MkDocs' row is the public site's above."""
    code = BUILD_STEP.format(module="public", function="build_public_site", as_of=AS_OF, engine=', "zensical"',
                             root=ROOT)
    try:
        seconds, memory = measured(code, str(groups), str(work / "public-zensical"))
    except RuntimeError as error:
        print(f"public site, Zensical: not built ({error})")
        return []
    zensical = ("Zensical", seconds, memory, size_mib(work / "public-zensical"), pages_in(work / "public-zensical"))
    return [("MkDocs", *mkdocs_row[1:]), zensical] if mkdocs_row else []


def print_engines(engines: list[tuple]) -> None:
    if len(engines) != 2:
        return
    (_, mkdocs, *_), (_, zensical, *_) = engines
    print(f"\n{'public site by':<22}{'seconds':>9}{'peak MiB':>10}{'output MiB':>12}{'html pages':>12}")
    for name, seconds, memory, size, html_pages in engines:
        print(f"{name:<22}{seconds:>9.2f}{memory:>10.0f}{size:>12.1f}{html_pages:>12}")
    print(f"Zensical / MkDocs: time {zensical / mkdocs:.2f}x ({zensical:.2f} s / {mkdocs:.2f} s), "
          f"MkDocs / Zensical {mkdocs / zensical:.2f}x")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def page_text(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return html.unescape(response.read().decode("utf-8"))
    except OSError:
        return ""


def wait_for(url: str, text: str, seconds: float) -> float:
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if text in page_text(url):
            return time.monotonic() - start
        time.sleep(0.05)
    raise TimeoutError(f"{url} never showed {text!r}")


SERVED = {   # site: (serve's options, the saved group's page, a text on it that the saves replace)
    "public": ((), "/groups/gruppe-00001/", "Annenhver tirsdag"),
    "internal": (("--internal",), "/grupper/gruppe-00001/", "Fulgte opp gruppa"),
}


def serve_latencies(groups: Path, saves: int, site: str = "public") -> list[float]:
    options, path, original = SERVED[site]
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "generator", "serve", *options, "--groups-dir", str(groups),
                               "--addr", f"127.0.0.1:{port}", "--as-of", AS_OF],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    target = groups / "gruppe-00001.yaml"
    page = f"http://127.0.0.1:{port}{path}"
    before = target.read_text(encoding="utf-8")
    try:
        wait_for(page, original, 300)
        latencies = []
        for number in range(saves):
            marker = f"Møtes runde {number}"
            target.write_text(before.replace(original, marker), encoding="utf-8")
            latencies.append(wait_for(page, marker, 120))
            time.sleep(1)
        return latencies
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        target.write_text(before, encoding="utf-8")


def print_serve_latencies(groups: Path, saves: int) -> None:
    for site in SERVED:
        latencies = serve_latencies(groups, saves, site)
        print(f"serve, {site} site: saving one group file to the updated page: median "
              f"{statistics.median(latencies):.2f} s, max {max(latencies):.2f} s over {len(latencies)} saves")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=1000)
    parser.add_argument("--reports", type=int, default=4, help="kvartalsrapporter per gruppe")
    parser.add_argument("--saves", type=int, default=5, help="lagringer å måle i serve")
    parser.add_argument("--serve-only", action="store_true", help="mål bare serve")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="grupper-benchmark-") as scratch:
        work = Path(scratch)
        groups = work / "groups"
        write_groups(groups, options.groups, reports_per_group=options.reports)
        if options.serve_only:
            print(f"{options.groups} synthetic groups, {options.reports} quarterly reports each\n")
            print_serve_latencies(groups, options.saves)
            return
        rows = []
        for name, module, function in (("public", "public", "build_public_site"),
                                       ("internal", "internal", "build_internal_site")):
            code = BUILD_STEP.format(module=module, function=function, as_of=AS_OF, engine="", root=ROOT)
            try:
                seconds, memory = measured(code, str(groups), str(work / name))
            except RuntimeError as error:
                print(f"{name} site: not built ({error})")
                continue
            rows.append((f"{name} site", seconds, memory, size_mib(work / name), pages_in(work / name)))
        total_pages = sum(row[4] for row in rows)
        engines = engine_rows(groups, work, next((row for row in rows if row[0] == "public site"), None))
        floors = []
        pages = generated_pages(groups)
        characters = sum(len(page) for page in pages.values()) // total_pages
        for label, (config, docs) in (
                ("floor, short pages", write_floor(work / "short", total_pages)),
                ("floor, as much text", write_floor(work / "long", total_pages, characters)),
                ("floor, the same pages", write_same_pages_floor(work / "same", pages, total_pages))):
            seconds, memory = measured(FLOOR_STEP, str(config), str(docs), str(work / f"{label}-site"))
            floors.append((label, seconds, memory, size_mib(work / f"{label}-site"), pages_in(work / f"{label}-site")))

        print(f"{options.groups} synthetic groups, {options.reports} quarterly reports each\n")
        print(f"{'build':<22}{'seconds':>9}{'peak MiB':>10}{'output MiB':>12}{'html pages':>12}")
        for name, seconds, memory, size, html_pages in rows + floors:
            print(f"{name:<22}{seconds:>9.2f}{memory:>10.0f}{size:>12.1f}{html_pages:>12}")
        print_engines(engines)
        sites_seconds = sum(row[1] for row in rows)
        sites_size = sum(row[3] for row in rows)
        for name, seconds, _, size, _ in floors:
            print(f"\nsites / {name}: time {sites_seconds / seconds:.2f}x "
                  f"({sites_seconds:.2f} s / {seconds:.2f} s), output {sites_size / size:.2f}x")
        wall, cpu, memory = shipped_build(groups, work / "shipped")
        print(f"\ngrupper build (validates once, builds both sites at once): {wall:.2f} s wall, "
              f"{cpu:.2f} s CPU, peak {memory:.0f} MiB a process")
        for name, seconds, *_ in floors:
            print(f"grupper build / {name}: wall {wall / seconds:.2f}x, CPU {cpu / seconds:.2f}x")
        print()
        print_serve_latencies(groups, options.saves)


if __name__ == "__main__":
    main()
