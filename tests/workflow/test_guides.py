"""The error-message guide has a section for every rule the validator cites."""

from __future__ import annotations

import re

from .conftest import ROOT


def test_every_rule_the_validator_cites_has_a_section_with_its_anchor():
    sources = [*(ROOT / "generator" / "checks").glob("*.py"), ROOT / "generator" / "loading.py"]
    cited = {rule for path in sources for rule in re.findall(r'"§([0-9.]+)"', path.read_text())}
    guide = (ROOT / "docs" / "feilmeldinger.md").read_text()
    for rule in cited:
        assert re.search(rf"^## §{re.escape(rule)} .+ \{{#regel-{rule.replace('.', '-')}\}}$", guide, re.M), rule
