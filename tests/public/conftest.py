"""Public-site fixtures: group files from folders, a check context, and built sites."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.model.loading import GroupFile
from generator.model.settings import DEFAULT_ENGINE, ENGINES
from generator.sites.public.site import build_public_site, public_files
from tests.conftest import AS_OF, PROJECT, ROOT, SAMPLE_EXPORT, SAMPLE_GROUPS, context, load_groups

FIXTURES = ROOT / "tests" / "fixtures" / "public"
PLANTED_EXPORT = ROOT / "tests" / "fixtures" / "medlemsregister-plantet.csv"   # the planted groups' members


def build(groups: list[GroupFile], site_dir: Path, as_of: date = AS_OF, members: Path | None = None,
          engine: str = DEFAULT_ENGINE) -> Path:
    build_public_site(groups, context(as_of, members), PROJECT, site_dir, engine=engine)
    return site_dir


def staged(groups: list[GroupFile], as_of: date = AS_OF, members: Path | None = None) -> dict[str, str | bytes]:
    """Every file of the public site as made before the engine builds it (`public_files`): the pages' Markdown
    (text as HTML entities), the feeds, groups.json. For what the generator writes, without a build; what the
    engine makes of it is checked on a built site (`sample_site`)."""
    return public_files(groups, context(as_of, members), PROJECT)


@pytest.fixture(params=ENGINES)
def sample_site_of_each_engine(request) -> Path:
    """The sample site as each engine builds it (`sample_site`, `zensical_site`, tests/conftest.py): for the tests
    that must hold on both, the link crawl and the leak search."""
    return request.getfixturevalue("sample_site" if request.param == "mkdocs" else "zensical_site")


def build_sample_site(site_dir: Path, engine: str = DEFAULT_ENGINE) -> Path:
    """The site of `sample_site` (tests/conftest.py), built into `site_dir` by `engine`."""
    return build(load_groups(SAMPLE_GROUPS, FIXTURES / "hostile"), site_dir, members=SAMPLE_EXPORT, engine=engine)


@pytest.fixture(scope="session", params=ENGINES)
def planted_site(request, tmp_path_factory) -> Path:
    """The public site built by each engine from the sample groups and the groups full of planted private values,
    given the register export that holds their members' planted names, e-mail addresses, phones and birth years."""
    groups = load_groups(SAMPLE_GROUPS, FIXTURES / "planted")
    return build(groups, tmp_path_factory.mktemp(f"planted-{request.param}") / "site", members=PLANTED_EXPORT,
                 engine=request.param)
