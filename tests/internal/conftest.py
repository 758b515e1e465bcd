"""The internal site built once from the sample data, as of 24 November 2026 with the membership export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.checks.run import load_register
from generator.checks.context import CheckContext
from generator.model.membership import read_member_export
from generator.sites.internal.site import build_internal_site
from generator.model.vocabulary import vocabularies

ROOT = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 11, 24)


def sample_context() -> CheckContext:
    return CheckContext(vocabularies(), AS_OF, read_member_export(ROOT / "data" / "medlemsregister-eksempel.csv"))


@pytest.fixture(scope="session")
def internal_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("internal") / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        register = load_register(sorted((ROOT / "groups").glob("*.yaml")))
        build_internal_site(register.groups, sample_context(), site)
    return site


def page(site: Path, relative: str) -> str:
    return (site / relative / "index.html").read_text(encoding="utf-8")
