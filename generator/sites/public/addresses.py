"""The public site's generated pages and feeds, by kind: the one place their paths are written."""

from __future__ import annotations

from generator.sites.addresses import PageAddresses

PAGES = PageAddresses({
    "front": "index.md",
    "municipalities": "kommuner.md",
    "student_council": "studentradet.md",
    "calendar": "kalender.md",
    "what_groups_do": "hva-grupper-gjor.md",
    "calendar_feed": "kalender.ics",
    "group": "groups/{key}/index.md",
    "group_calendar_feed": "groups/{key}/kalender.ics",
    "municipality": "kommuner/{key}.md",
    "regions": "regioner/index.md",
    "region": "regioner/{key}.md",
    "categories": "kategorier/index.md",
    "category": "kategorier/{key}.md",
    "priority_areas": "omrader/index.md",
    "priority_area": "omrader/{key}.md",
    "place_search": "steder.json",
})
