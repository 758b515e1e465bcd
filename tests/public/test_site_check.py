"""`grupper check-site`: the built public site read back before it is published passes as built, and stops
each kind of leak planted in it and each link that leads nowhere or to a private repository."""

from __future__ import annotations

import gzip
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from generator.sites.public.site_check import site_problems

from tests.conftest import PROJECT, SAMPLE_GROUPS, context, load_groups
from .conftest import FIXTURES

GROUPS = load_groups(SAMPLE_GROUPS, FIXTURES / "hostile")   # as the sample site is built
UNLISTED = next(group.id for group in GROUPS if group.data.get("listed") is False)
MEMBER = next(str(member["member_number"]) for group in GROUPS for member in group.data.get("members") or ())
REPOSITORY = "https://github.com/amnesty-norge/grupperegister"


def problems(site: Path, project=PROJECT) -> list[str]:
    return [f"{problem.file}: {problem.message}" for problem in
            site_problems(site, GROUPS, context(), project)]


@pytest.fixture
def site(sample_site, tmp_path) -> Path:
    """A copy of the sample site to plant things in."""
    return shutil.copytree(sample_site, tmp_path / "site")


def plant(site: Path, page: str, html: str) -> None:
    path = site / page
    path.write_text(path.read_text(encoding="utf-8").replace("</article>", f"{html}</article>", 1), encoding="utf-8")


def test_the_site_as_built_holds_nothing_it_may_not(sample_site_of_each_engine):
    assert problems(sample_site_of_each_engine) == []


LEAKS = {   # page: what is planted in it, and the kind of detail the problem names
    "groups/amnesty-nidaros/index.html": ("<p>Ring Kari på 912 34 567</p>", "et telefonnummer"),
    "groups/amnesty-tromso/index.html": ('<a href="tel:+4791234567">Kari</a>', "et telefonnummer"),
    "regioner/midt/index.html": ("<p>kari.nordmann (at) gmail.com</p>", "en e-postadresse"),
    "regioner/nord/index.html": ('<a href="mailto:kari.nordmann@online.no">Kari</a>', "en e-postadresse"),
    "kalender/index.html": ("<p>15076500565</p>", "et fødselsnummer"),
    "studentradet/index.html": (f"<p>Medlem {MEMBER}</p>", "et medlemsnummer"),
    "index.html": (f"<p>Se også {UNLISTED}</p>", "en gruppe som ikke er offentlig"),
}


def test_each_planted_leak_stops_the_site_without_repeating_it(site):
    for page, (html, _) in LEAKS.items():
        plant(site, page, html)
    plant(site, "feilmeldinger/index.html", "<p>ola (at) example.org, kari@eksempel.example</p>")   # reaches nobody
    found = problems(site)
    assert [problem.split(": ")[0] for problem in found] == sorted(LEAKS)
    for problem in found:
        page = problem.split(": ")[0]
        assert problem.startswith(f"{page}: den offentlige siden har ") and LEAKS[page][1] in problem
        assert not any(value in problem for value in ("912", "gmail", "online.no", "150765", MEMBER))


def test_a_leak_in_the_search_index_or_a_feed_stops_the_site(site):
    fragment = min((site / "pagefind" / "fragment").iterdir())   # gzip behind Pagefind's signature
    text = gzip.decompress(fragment.read_bytes())
    fragment.write_bytes(gzip.compress(text.replace(b'"content":"', b'"content":"kari.nordmann@gmail.com ', 1)))
    feed = site / "kalender.ics"
    feed.write_text(feed.read_text(encoding="utf-8").replace("SUMMARY:", "SUMMARY:Ring 912 34 567 ", 1),
                    encoding="utf-8")
    assert [problem.split(":")[0] for problem in problems(site)] == ["kalender.ics",
                                                                      f"pagefind/fragment/{fragment.name}"]


def test_a_page_of_an_unlisted_group_stops_the_site(site):
    (site / "groups" / UNLISTED).mkdir()
    (site / "groups" / UNLISTED / "index.html").write_text("<article></article>", encoding="utf-8")
    assert f"groups/{UNLISTED}: den offentlige siden har en side for en gruppe som ikke er offentlig" in problems(site)


def test_a_link_that_leads_nowhere_stops_the_site(site):
    plant(site, "regioner/midt/index.html", '<a href="../../groups/finnes-ikke/">?</a><a href="../../">hjem</a>')
    assert problems(site) == ["regioner/midt/index.html: den offentlige siden har en lenke som ikke fører noe sted "
                              "(../../groups/finnes-ikke/)"]


def test_a_link_to_the_repository_stops_the_site_only_while_the_repository_is_private(site):
    plant(site, "index.html", f'<a href="{REPOSITORY}/edit/main/docs/index.md">Rediger</a>')
    private = replace(PROJECT, settings=replace(PROJECT.settings, repository_url=REPOSITORY))
    assert problems(site, private) == [f"index.html: den offentlige siden har en lenke til repositoriet, som ikke er "
                                       f"offentlig ({REPOSITORY}/edit/main/docs/index.md)"]
    public = replace(private, settings=replace(private.settings, repository_public=True))
    assert problems(site, public) == []


def test_the_internal_site_is_never_taken_for_the_public_one(site):
    (site / ".grupper-site").write_text("internal\n", encoding="utf-8")
    assert problems(site) == [".: den offentlige siden er ikke merket som bygget av grupper build (eller er den "
                              "interne)"]
