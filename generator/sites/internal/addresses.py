"""The internal site's generated pages, by kind: the one place their paths are written."""

from __future__ import annotations

from generator.sites.addresses import PageAddresses

PAGES = PageAddresses({
    "dashboard": "index.md",
    "groups": "grupper/index.md",
    "group": "grupper/{key}.md",
    "region": "regioner/{key}.md",
    "exports": "eksport.md",
    "development": "utvikling.md",
})
