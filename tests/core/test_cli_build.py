"""`grupper build` refuses output folders it would destroy or mix."""

from __future__ import annotations

import pytest

from .conftest import ROOT


@pytest.mark.parametrize("public, internal", [
    (".", "site/internal"),
    ("groups", "site/internal"),
    ("site/x", "site/x"),
    ("site/public", "site/public/intern"),
    ("site/public", str(ROOT / "docs")),
    ("/", "site/internal"),
])
def test_build_refuses_an_output_folder_that_holds_the_register_or_the_other_site(cli, public, internal):
    code, _, err = cli("build", "--public", public, "--internal", internal, cwd=ROOT)
    assert code == 2 and "mappe" in err
    assert (ROOT / "groups" / "amnesty-nidaros.yaml").exists()
