"""`grupper preview-changes --base REF`: the public group pages a branch adds, removes and changes.

The pull-request workflow writes this into the job summary beside the preview of
the public site, so a reviewer sees "Amnesty Bergen: ny side" without downloading
anything. The base's group files are read from Git (at the merge base of REF and
HEAD, as `changed-files` does), the head's from the working tree; both go through
the same loader and checks, and are compared as public views.
"""

from __future__ import annotations

import json
import re
import subprocess

from generator.checks.run import GroupFiles, check_group_files
from generator.model.context import RunContext
from generator.model.loading import MAX_BYTES, GroupFile, parse_group
from generator.text.markdown import inline
from generator.views.public_changes import PublicChange, absence_reasons, public_changes
from generator.views.public_view import public_view, public_views
from generator.model.places import Places
from generator.sites.public.addresses import PAGES
from generator.cli.common import UsageError, add_format_argument, run_context, load_all, project


def add_arguments(parser) -> None:
    parser.add_argument("--base", required=True, metavar="REF",
                        help="grenen eller commiten endringene regnes fra, for eksempel origin/main")
    parser.add_argument("--preview-url", default="", metavar="URL",
                        help="adressen til forhåndsvisningen (artefakten), som lenke i markdown-sammendraget")
    add_format_argument(parser, ("text", "markdown", "json"))


def run(options) -> int:
    ctx = run_context(options, project(options))
    base = _published(_group_files_at(_merge_base(options.base), options.groups_dir), ctx.places)
    head = load_all(options)
    invalid = _invalid(head, ctx)
    publishable = [group for group in head.groups if group.id not in invalid]
    before, after = (public_views(groups, ctx.places, ctx.as_of) for groups in (base, publishable))
    changes = public_changes(before, after, absence_reasons(head.groups, invalid))
    print(_render(changes, options.format, options.preview_url))
    return 0


def _published(group_files: GroupFiles, places: Places) -> list[GroupFile]:
    """The base's groups as published: its files passed the base's own checks when they were merged. Today's
    rules may reject them (a pull request that changes the schema changes the files too), so they are not
    checked again; only a file whose data no public view can be made of is left out."""
    def viewable(group: GroupFile) -> bool:
        try:
            public_view(group, places)
        except (KeyError, TypeError, AttributeError, ValueError):
            return False
        return True

    return [group for group in group_files.groups if viewable(group)]


def _invalid(group_files: GroupFiles, ctx: RunContext) -> set[str]:
    """The ids of the head's groups whose files the file rules reject: never published, whatever the date (the
    build says the rest)."""
    bad_paths = {p.file for p in check_group_files(group_files, ctx, intrinsic_only=True) if p.is_error}
    return {group.id for group in group_files.groups if group.path in bad_paths}


def _git(*args: str) -> bytes:
    try:
        return subprocess.run(["git", *args], capture_output=True, check=True).stdout
    except FileNotFoundError:
        raise UsageError("finner ikke git") from None
    except subprocess.CalledProcessError as exc:
        raise UsageError(f"git {args[0]} feilet: {exc.stderr.decode(errors='replace').strip()}") from None


def _merge_base(ref: str) -> str:
    return _git("merge-base", ref, "HEAD").decode().strip()


def _group_files_at(commit: str, groups_dir: str) -> GroupFiles:
    """The group files directly in `groups_dir` at `commit`, parsed as the working tree's would be; links,
    folders and files over the size bound are not group files and are left out."""
    listing = _git("ls-tree", "-z", "-l", commit, "--", f"{groups_dir.rstrip('/')}/")
    entries = []
    for line in filter(None, listing.split(b"\0")):
        meta, path = line.split(b"\t", 1)
        mode, kind, oid, size = meta.split()
        if kind == b"blob" and mode != b"120000" and int(size) <= MAX_BYTES:
            entries.append((oid.decode(), path.decode(errors="replace")))
    group_files = GroupFiles()
    for (oid, path), raw in zip(entries, _blobs([oid for oid, _ in entries])):
        group_files.add(parse_group(path, raw))
    return group_files


def _blobs(oids: list[str]) -> list[bytes]:
    """The contents of the blobs, read by one `git cat-file --batch`."""
    if not oids:
        return []
    try:
        output = subprocess.run(["git", "cat-file", "--batch"], input="".join(f"{oid}\n" for oid in oids).encode(),
                                capture_output=True, check=True).stdout
    except subprocess.CalledProcessError as exc:
        raise UsageError(f"git cat-file feilet: {exc.stderr.decode(errors='replace').strip()}") from None
    contents, at = [], 0
    for _ in oids:
        header_end = output.index(b"\n", at)
        size = int(output[at:header_end].split()[2])
        contents.append(output[header_end + 1:header_end + 1 + size])
        at = header_end + 1 + size + 1
    return contents


_URL = re.compile(r"https://[^\s()<>\[\]]+")
HEADING = "## Forhåndsvisning av den offentlige gruppeoversikten"
NO_CHANGES = "Endringen legger ikke til, fjerner eller endrer noen gruppeside i den offentlige gruppeoversikten."


def _page(change: PublicChange) -> str:
    """The group's page on the public site, as its address table has it."""
    return PAGES.url("group", change.id)


def _render(changes: list[PublicChange], fmt: str, preview_url: str) -> str:
    if fmt == "json":
        return json.dumps({"changes": [{"id": c.id, "name": c.name, "change": c.change, "reason": c.reason,
                                        "fields": list(c.fields), "old_name": c.old_name, "page": _page(c)}
                                       for c in changes]}, ensure_ascii=False, indent=2)
    if fmt == "text":
        return "\n".join(c.describe() for c in changes) if changes else NO_CHANGES
    lines = [HEADING, ""]
    lines += [f"- {c.describe(inline)} (`{_page(c)}`)" for c in changes] or [NO_CHANGES]
    if _URL.fullmatch(preview_url):
        lines += ["", f"[Last ned forhåndsvisningen]({preview_url}): hele den offentlige siden bygget fra denne "
                      "pull requesten, med bare offentlige opplysninger. Pakk ut, og kjør `python3 -m http.server` "
                      "i mappen for å se den i nettleseren."]
    return "\n".join(lines)

