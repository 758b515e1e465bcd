"""The public site's address table against the built sample site: every page and feed it names is there."""

from __future__ import annotations

from generator.sites.public.addresses import PAGES
from generator.sites.public.export import SCHEMA_PATH
from tests.conftest import PROJECT, SAMPLE_EXPORT, SAMPLE_GROUPS, load_groups
from tests.public.conftest import FIXTURES, staged
from tests.site_addresses import check_addresses


def test_every_address_of_the_sample_groups_is_in_the_built_site(sample_site):
    files = staged(load_groups(SAMPLE_GROUPS, FIXTURES / "hostile"), members=SAMPLE_EXPORT)   # as sample_site
    docs = PROJECT.public_site.docs
    hand_written = {path.relative_to(docs).as_posix() for path in docs.rglob("*.md")}
    check_addresses(PAGES, files, sample_site, others={*hand_written, "groups.json", SCHEMA_PATH})
