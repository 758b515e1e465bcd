"""The place search's data (steder.json) as the generator writes it: every municipality with its page, the post
places and postcodes, the public groups only, and small enough to fetch on a phone; and the front page's form that
loads it, hidden until the script shows it."""

from __future__ import annotations

import gzip
import json
import re

import pytest

from generator.sites.addresses import page_url
from generator.sites.public.addresses import PAGES
from generator.views.public_view import public_views
from tests.conftest import AS_OF, PROJECT, SAMPLE_GROUPS, load_groups
from tests.public.conftest import staged

GZIPPED_BUDGET = 40_000      # bytes; about 31 kB with Bring's register of 2026 and the sample groups


@pytest.fixture(scope="module")
def files() -> dict[str, str | bytes]:
    return staged(load_groups(SAMPLE_GROUPS))


@pytest.fixture(scope="module")
def data(files) -> dict:
    return json.loads(files[PAGES.path("place_search")])


def _municipality(data: dict, name: str) -> int:
    return next(i for i, row in enumerate(data["municipalities"]) if row[3] == name)


def test_every_municipality_leads_to_its_page(files, data):
    pages = {page_url(path) for path in files if path.startswith("kommuner/")}
    assert len(data["municipalities"]) == len(PROJECT.places.municipalities.municipalities) == 357
    assert {row[0] for row in data["municipalities"]} <= pages
    kautokeino = data["municipalities"][_municipality(data, "Kautokeino")]
    assert kautokeino[0] == "kommuner/kautokeino/" and "Guovdageaidnu" in kautokeino[4:]
    assert all(58 < row[1] < 71.2 and 4.5 < row[2] < 31.2 for row in data["municipalities"])


def test_a_town_and_its_postcodes_lead_to_its_municipality(data):
    hommelvik = next(row for row in data["places"] if row[0] == "Hommelvik")
    assert data["municipalities"][hommelvik[1]][0] == "kommuner/malvik/"
    codes, place, steps = 0, data["places"].index(hommelvik), data["postcodes"]
    written = set()
    for step, at in zip(steps[::2], steps[1::2]):
        codes += step
        written |= {f"{codes:04}"} if at == place else set()
    assert written == {"7550", "7551"}


def test_no_postcode_stands_written_in_the_data_so_none_reads_as_a_planted_year(files):
    assert not re.search(rb"(?<!\d)(19\d\d|20[01]\d)(?!\d)", files[PAGES.path("place_search")])


def test_only_the_public_groups_are_placed_each_at_its_municipality(data):
    groups = {row[0]: row for row in data["groups"]}
    public = public_views(load_groups(SAMPLE_GROUPS), PROJECT.places, AS_OF)
    assert groups.keys() == {view.name for view in public if view.municipality}
    assert "Amnesty Eksilgruppa Oslo" not in groups and "Amnesty Hamar" not in groups      # unlisted, closed
    nidaros = groups["Amnesty Nidaros"]
    assert nidaros[1] == "groups/amnesty-nidaros/" and nidaros[2] == _municipality(data, "Trondheim")


def test_the_data_is_small_enough_to_fetch_on_a_phone(files):
    assert len(gzip.compress(files[PAGES.path("place_search")], 6)) < GZIPPED_BUDGET


def test_the_front_page_opens_with_the_field_hidden_until_its_script_shows_it(files):
    front = files[PAGES.path("front")]
    form = front[front.index("<form id=\"stedsok\""):front.index("</form>")]
    assert front.index("<form id=\"stedsok\"") < front.index("<form id=\"gruppefilter\"")
    assert 'data-source="steder.json"' in form and " hidden>" in form.splitlines()[0]
    assert 'role="combobox"' in form and 'aria-controls="stedsok-forslag"' in form and 'role="listbox"' in form
    assert "Skriv kommune, sted eller postnummer" in form and "Bruk min posisjon" in form
