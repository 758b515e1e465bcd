"""The public site's generated pages and feeds, by kind: the one place their paths are written.

Every page is a folder's `index.md` (`kommuner/index.md`, served at `kommuner/`), so the folder of its source is
the folder it is served as: a relative link means the same whether read against the source, as Zensical reads
links in raw HTML (the maps, the municipality choice), or against the page's address, as MkDocs leaves them."""

from __future__ import annotations

from generator.sites.addresses import PageAddresses

PAGES = PageAddresses({
    "front": "index.md",
    "municipalities": "kommuner/index.md",
    "student_council": "studentradet/index.md",
    "calendar": "kalender/index.md",
    "what_groups_do": "hva-grupper-gjor/index.md",
    "calendar_feed": "kalender.ics",
    "group": "groups/{key}/index.md",
    "group_calendar_feed": "groups/{key}/kalender.ics",
    "municipality": "kommuner/{key}/index.md",
    "regions": "regioner/index.md",
    "region": "regioner/{key}/index.md",
    "categories": "kategorier/index.md",
    "category": "kategorier/{key}/index.md",
    "priority_areas": "omrader/index.md",
    "priority_area": "omrader/{key}/index.md",
    "place_search": "steder.json",
})
