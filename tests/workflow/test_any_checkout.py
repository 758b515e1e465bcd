"""Nothing the register says depends on how much Git history a checkout has: `grupper status` and both sites give
the same answers in a full clone, a shallow clone (`git clone --depth 1`, as the weekly status workflow checks
out) and a copy without `.git`; only the internal «Historikk» differs, and it says why."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.views.internal_view import HISTORY_CUT, HISTORY_MISSING

from tests.conftest import AS_OF, ROOT, grupper_in_folder
from tests.public.test_last_confirmed import STALE

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

NIDAROS = (ROOT / "groups" / "amnesty-nidaros.yaml").read_text(encoding="utf-8")
KINDS = ("full", "shallow", "without-git")


def git(repo: Path, *args: str, when: str = "2025-02-01T10:00:00+01:00") -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Kari Nordmann", "GIT_AUTHOR_EMAIL": "kari@example.org",
           "GIT_COMMITTER_NAME": "Kari Nordmann", "GIT_COMMITTER_EMAIL": "kari@example.org",
           "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when, "GIT_CONFIG_GLOBAL": os.devnull}
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


@pytest.fixture(scope="module")
def checkouts(tmp_path_factory) -> dict[str, Path]:
    """One register in three checkouts. Amnesty Tromsø last reported on 20 January 2025; the secretariat's note
    and a reformat of Amnesty Nidaros in November 2026 are commits, not signs of life."""
    base = tmp_path_factory.mktemp("checkouts")
    origin = base / "origin"
    (origin / "groups").mkdir(parents=True)
    git(origin, "init", "-q", "-b", "main")
    (origin / "groups" / "amnesty-tromso.yaml").write_text(STALE, encoding="utf-8")
    (origin / "groups" / "amnesty-nidaros.yaml").write_text(NIDAROS, encoding="utf-8")
    git(origin, "add", "-A")
    git(origin, "commit", "-q", "-m", "Registrer gruppene")
    noted = STALE.replace("followups:\n", "# Sekretariatet ringte, ingen svar.\nfollowups:\n", 1)
    (origin / "groups" / "amnesty-tromso.yaml").write_text(noted, encoding="utf-8")
    git(origin, "commit", "-q", "-am", "Notat fra sekretariatet", when="2026-11-03T10:00:00+01:00")
    (origin / "groups" / "amnesty-nidaros.yaml").write_text(NIDAROS.replace("\n\n", "\n\n\n", 1), encoding="utf-8")
    git(origin, "commit", "-q", "-am", "Formater fila", when="2026-11-10T10:00:00+01:00")
    git(base, "clone", "-q", f"file://{origin}", "full")
    git(base, "clone", "-q", "--depth", "1", f"file://{origin}", "shallow")
    shutil.copytree(origin, base / "without-git", ignore=shutil.ignore_patterns(".git"))
    return {kind: base / kind for kind in KINDS}


def grupper(run_grupper, checkout: Path, *args: str) -> subprocess.CompletedProcess:
    done = run_grupper(*args, "--as-of", AS_OF.isoformat(), cwd=checkout,
                       env={"GIT_CEILING_DIRECTORIES": str(checkout.parent)})   # the copy is in no repository
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture(scope="module")
def built(checkouts, tmp_path_factory) -> dict[str, Path]:
    """Both sites built by `grupper build` in each checkout, as the folder that holds `public` and `internal`."""
    sites = tmp_path_factory.mktemp("built")
    for kind, checkout in checkouts.items():
        grupper(grupper_in_folder, checkout, "build", "--public", str(sites / kind / "public"),
                "--internal", str(sites / kind / "internal"))
    return {kind: sites / kind for kind in KINDS}


def test_the_three_checkouts_are_as_meant(checkouts):
    assert subprocess.run(["git", "rev-parse", "--is-shallow-repository"], cwd=checkouts["shallow"],
                          capture_output=True, text=True).stdout.strip() == "true"
    assert not (checkouts["without-git"] / ".git").exists() and (checkouts["full"] / ".git").is_dir()


def test_grupper_status_says_the_same_in_every_checkout(checkouts, run_grupper):
    outputs = {kind: grupper(run_grupper, checkout, "status", "--format", "json").stdout
               for kind, checkout in checkouts.items()}
    assert outputs["full"] == outputs["shallow"] == outputs["without-git"]
    groups = {group["id"]: group for group in json.loads(outputs["full"])["groups"]}
    assert any(f["message"].startswith("Mulig inaktiv:") for f in groups["amnesty-tromso"]["findings"])
    assert not any(f["message"].startswith("Mulig inaktiv:") for f in groups["amnesty-nidaros"]["findings"])


def test_the_public_site_says_the_same_in_every_checkout(built):
    said = {kind: [(sites / "public" / name).read_text(encoding="utf-8") for name in (
        "groups.json", "groups/amnesty-tromso/index.html", "groups/amnesty-nidaros/index.html")]
        for kind, sites in built.items()}
    assert said["full"] == said["shallow"] == said["without-git"]
    groups = {group["id"]: group for group in json.loads(said["full"][0])["groups"]}
    assert (groups["amnesty-tromso"]["last_confirmed"], groups["amnesty-tromso"]["possibly_inactive"]) == (
        "2025-01-20", True)
    assert (groups["amnesty-nidaros"]["last_confirmed"], groups["amnesty-nidaros"]["possibly_inactive"]) == (
        "2026-10-04", False)


def test_the_internal_site_differs_only_in_its_history_which_says_when_it_is_missing_or_cut(built):
    before, history = {}, {}
    for kind, sites in built.items():
        page = html.unescape((sites / "internal" / "grupper" / "amnesty-tromso" / "index.html")
                             .read_text(encoding="utf-8"))
        main = page[page.index("<article"):page.index("</article>")]
        before[kind], history[kind] = main[:main.index('id="historikk"')], _text(main[main.index('id="historikk"'):])
    assert before["full"] == before["shallow"] == before["without-git"]
    assert "Mulig inaktiv" in before["full"]
    assert HISTORY_MISSING in history["without-git"] and "Notat fra sekretariatet" not in history["without-git"]
    assert HISTORY_CUT in history["shallow"] and "Dato" not in history["shallow"]   # its one commit is the boundary
    assert HISTORY_CUT not in history["full"] and HISTORY_MISSING not in history["full"]
    assert "Notat fra sekretariatet" in history["full"] and "Registrer gruppene" in history["full"]


def _text(markup: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", markup).split())
