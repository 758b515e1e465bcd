"""The internal site built once from the sample data, as of 24 November 2026 with the membership export."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.sites.internal.site import build_internal_site
from tests.conftest import AS_OF, PROJECT, ROOT, SAMPLE_GROUPS, load_groups, sample_context


@pytest.fixture(scope="session")
def internal_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("internal") / "site"
    build_internal_site(load_groups(SAMPLE_GROUPS), sample_context(history=True), PROJECT, site)
    return site


def page(site: Path, relative: str) -> str:
    return (site / relative / "index.html").read_text(encoding="utf-8")
