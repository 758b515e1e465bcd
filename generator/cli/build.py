"""`grupper build`: validate as `grupper validate` does, then build the public and the internal site
(with `--public-only` the public one alone: the pull-request preview), all or nothing: both are built beside
their folders and swapped in only when both succeeded (`generator/sites/publishing.py`).

What `validate` rejects in the files, `build` refuses to publish, also what depends
on the date (a youth member who has turned 20). The membership export (`--members`)
is the exception: a member whose membership lapsed is a duty for the secretariat
(§2.2, §8.1), tracked on the status site, so it never stops the build.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from generator.checks.run import check_group_files, has_errors
from generator.model.settings import ENGINES
from generator.sites.publishing import staged_sites
from generator.sites.site_marker import site_kind
from generator.cli.common import (PROJECT_ROOT, UsageError, add_format_argument, run_context, load_all,
                                  print_problems, project, say_what_was_not_checked)
from generator.status import compute_status
from generator.status.summary import errors_and_warnings
from generator.text.io_messages import io_message, io_reason
from generator.text.wording import count


def add_arguments(parser) -> None:
    parser.add_argument("--public", default="site/public", metavar="MAPPE", help="hvor den offentlige siden bygges")
    parser.add_argument("--internal", default="site/internal", metavar="MAPPE", help="hvor den interne siden bygges")
    parser.add_argument("--public-only", action="store_true",
                        help="bygg bare den offentlige siden (forhåndsvisningen av en pull request)")
    parser.add_argument("--engine", choices=ENGINES, help="hva som bygger sidene denne gangen: mkdocs eller zensical "
                                                          "(standard: engine i data/settings.yaml, ellers mkdocs)")
    add_format_argument(parser)


def _check_outputs(public: Path, internal: Path, groups_dir: Path) -> None:
    """Never one folder for both sites: the internal one holds personal data and must not be published."""
    public, internal = public.resolve(), internal.resolve()
    if public == internal or public in internal.parents or internal in public.parents:
        raise UsageError("den offentlige og den interne siden må bygges i hver sin mappe")
    for option, output, kind in (("--public", public, "public"), ("--internal", internal, "internal")):
        _check_output(option, output, kind, groups_dir.resolve())


def _check_output(option: str, output: Path, kind: str, groups_dir: Path) -> None:
    """MkDocs empties the folder it builds into: only a new or empty folder, or an earlier build, and inside
    the project only under site/ (a site in docs/ would be copied into the public site)."""
    def within(folder: Path) -> bool:
        return output == folder or folder in output.parents

    def holds(folder: Path) -> bool:
        return output == folder or output in folder.parents

    if output.exists() and not output.is_dir():
        raise UsageError(f"{option} {output} er en fil; oppgi en mappe")
    if (any(holds(folder) for folder in (Path.cwd().resolve(), groups_dir, PROJECT_ROOT)) or within(groups_dir)
            or (within(PROJECT_ROOT) and not within(PROJECT_ROOT / "site"))):
        raise UsageError(f"vil ikke bygge i {output}: mappen ville blitt tømt, og den inneholder registeret "
                         "eller prosjektets filer. Velg en mappe under site/, for eksempel site/public")
    if output.is_dir() and os.path.ismount(output):
        raise UsageError(f"vil ikke bygge i {output}: mappen er et monteringspunkt, og en ny side tar mappens "
                         "plass ved å få navnet dens. Velg en mappe inni den")
    if output.is_dir() and _has_files(output) and site_kind(output) != kind:
        raise UsageError(f"vil ikke bygge i {output}: mappen er ikke tom og holder ikke en {_SITE_WORDS[kind]} side "
                         "bygget før, så innholdet ville gått tapt. Velg en ny eller tom mappe, eller slett den")


_SITE_WORDS = {"public": "offentlig", "internal": "intern"}


def _has_files(folder: Path) -> bool:
    """Whether MkDocs would delete anything here: it empties a folder but leaves hidden entries (.git)."""
    return any(not entry.name.startswith(".") for entry in folder.iterdir())


def run(options) -> int:
    if options.public_only:
        _check_output("--public", Path(options.public).resolve(), "public", Path(options.groups_dir).resolve())
    else:
        _check_outputs(Path(options.public), Path(options.internal), Path(options.groups_dir))
    group_files = load_all(options)
    loaded = project(options)
    if not options.public_only:   # the internal site's «Historikk»; nothing the register says depends on it
        loaded = loaded.with_histories({Path(group.path).parent for group in group_files.groups})
    ctx = run_context(options, loaded)
    problems = check_group_files(group_files, replace(ctx, member_export=None))
    if has_errors(problems):
        print_problems(problems, options.format, len(group_files.paths), loaded)
        print("Bygger ikke: rett feilene over først.", file=sys.stderr)
        return 1
    targets = [options.public] if options.public_only else [options.public, options.internal]
    try:
        _publish(group_files.groups, ctx, loaded, [Path(target) for target in targets],
                 options.engine or loaded.settings.engine)
    except OSError as exc:   # the machine said no (a full disk): nothing was swapped in
        if options.debug:
            raise
        cause = io_reason(exc) if exc.errno == errno.ENOSPC else io_message(exc)
        print(f"grupper build: {cause}. Ingenting er publisert: {' og '.join(targets)} er som før.", file=sys.stderr)
        return 2
    print(_what_was_built(options, targets, problems, group_files.groups, ctx, loaded), file=sys.stderr)
    say_what_was_not_checked(ctx)
    return 0


def _what_was_built(options, targets: list[str], problems, groups, ctx, project) -> str:
    """One line: what was built, how many errors and warnings are left and where to read them. For both sites
    those of the follow-up status (with --members, a member missing from the export and a closure candidate too),
    on the internal site's front page and from `grupper status`; for the public site alone the files' warnings."""
    built = f"Bygget {' og '.join(targets)}."
    if options.public_only:   # an error stops the build: what is left are warnings
        errors, warnings, what, where = 0, len(problems), "Gruppefilene", "kjør grupper validate for å se dem"
    else:
        errors, warnings = errors_and_warnings(compute_status(groups, project.regions, ctx))
        members = f" --members {options.members}" if options.members else ""
        what = "Oppfølgingsstatusen"
        where = (f"se «Dette må gjøres nå» i {options.internal.rstrip('/')}/index.html, eller kjør grupper "
                 f"status{members}")
    if not (errors or warnings):
        return f"{built} {what} har ingen feil eller advarsler."
    return f"{built} {what} har {errors} feil og {count(warnings, 'advarsel', 'advarsler')}: {where}."


def _publish(groups, ctx, project, targets: list[Path], engine: str) -> None:
    """Build into staging folders and swap them in together; one target is the public site alone (public views
    only: safe to share with everyone who can open a pull request)."""
    with staged_sites(targets) as staging:
        if len(staging) == 1:
            from generator.sites.public.site import build_public_site

            build_public_site(groups, ctx, project, staging[0], engine)
        else:
            _build_both(groups, ctx, project, *staging, engine)


def _build_both(groups, ctx, project, public: Path, internal: Path, engine: str) -> None:
    """The two builds share nothing but their input, and each is one CPU-bound build (both by `engine`): the
    internal one runs in a second process, so both finish in the time of the longer one."""
    from generator.sites.internal.site import build_internal_site  # MkDocs loads only when a site is built
    from generator.sites.public.site import build_public_site

    try:   # Ctrl+C stops this process, which waits for the second one and removes what both built
        second_process = ProcessPoolExecutor(max_workers=1, initializer=signal.signal,
                                             initargs=(signal.SIGINT, signal.SIG_IGN))
    except (OSError, NotImplementedError):   # a machine without process semaphores (no /dev/shm): one by one
        build_public_site(groups, ctx, project, public, engine)
        build_internal_site(groups, ctx, project, internal, engine)
        return
    with second_process:
        internal_build = second_process.submit(build_internal_site, groups, ctx, project, internal, engine)
        build_public_site(groups, ctx, project, public, engine)
        internal_build.result()
