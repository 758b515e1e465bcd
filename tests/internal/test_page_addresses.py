"""The internal site's address table against the built sample site: every page it names is there."""

from __future__ import annotations

from generator.sites.internal.addresses import PAGES
from generator.sites.internal.exports import EXPORTS
from generator.sites.internal.pages import internal_pages
from tests.conftest import PROJECT, SAMPLE_GROUPS, load_groups, sample_context
from tests.site_addresses import check_addresses


def test_every_address_of_the_sample_groups_is_in_the_built_site(internal_site):
    files = internal_pages(load_groups(SAMPLE_GROUPS), sample_context(history=True), PROJECT)   # as internal_site
    check_addresses(PAGES, files, internal_site, others=EXPORTS)
