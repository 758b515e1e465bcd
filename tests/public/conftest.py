"""Public-site fixtures: group files from folders, a check context, and built sites."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.model.loading import GroupFile
from generator.sites.public.site import build_public_site, public_files
from tests.conftest import AS_OF, PROJECT, ROOT, SAMPLE_EXPORT, SAMPLE_GROUPS, context, load_groups

FIXTURES = ROOT / "tests" / "fixtures" / "public"
PLANTED_EXPORT = ROOT / "tests" / "fixtures" / "medlemsregister-plantet.csv"   # the planted groups' members


def build(groups: list[GroupFile], site_dir: Path, as_of: date = AS_OF, members: Path | None = None) -> Path:
    build_public_site(groups, context(as_of, members), PROJECT, site_dir)
    return site_dir


def staged(groups: list[GroupFile], as_of: date = AS_OF, members: Path | None = None) -> dict[str, str | bytes]:
    """Every file of the public site as made before the engine builds it (`public_files`): the pages' Markdown
    (text as HTML entities), the feeds, groups.json. For what the generator writes, without a build; what the
    engine makes of it is checked on a built site (`sample_site`)."""
    return public_files(groups, context(as_of, members), PROJECT)


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    """The public site built from the sample groups and the hostile-text groups, given the sample export (as
    `grupper build --members` would be)."""
    groups = load_groups(SAMPLE_GROUPS, FIXTURES / "hostile")
    return build(groups, tmp_path_factory.mktemp("public") / "site", members=SAMPLE_EXPORT)


@pytest.fixture(scope="session")
def planted_site(tmp_path_factory) -> Path:
    """The public site built from the sample groups and the groups full of planted private values, given the
    register export that holds their members' planted names, e-mail addresses, phones and birth years."""
    groups = load_groups(SAMPLE_GROUPS, FIXTURES / "planted")
    return build(groups, tmp_path_factory.mktemp("planted") / "site", members=PLANTED_EXPORT)
