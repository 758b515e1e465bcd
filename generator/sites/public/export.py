"""`groups.json`: the public data of every active group, shaped by schema/groups-public.schema.json."""

from __future__ import annotations

import json
from datetime import date, time

from generator.views.public_view import PublicGroup
from generator.model.vocabulary import Vocabularies
from generator.sites.public.addresses import PAGES
from generator.sites.public.settings import SiteSettings

SCHEMA_PATH = "schema/groups-public.schema.json"


def groups_json(groups: list[PublicGroup], vocab: Vocabularies, settings: SiteSettings, as_of: date) -> str:
    document = {
        "$schema": settings.page_url(SCHEMA_PATH),
        "as_of": as_of.isoformat(),
        "count": len(groups),
        "groups": [_group(group, vocab, settings, as_of) for group in groups],
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"   # compact: C-encoded, smaller


def _clock(moment: time | None) -> str | None:
    return f"{moment:%H:%M}" if moment is not None else None


def _term(vocab: Vocabularies, vocabulary: str, key: str) -> dict:
    return {"key": key, "label": vocab.label(vocabulary, key)}


def _group(group: PublicGroup, vocab: Vocabularies, settings: SiteSettings, as_of: date) -> dict:
    return {
        "id": group.id,
        "url": settings.page_url(PAGES.url("group", group.id)),
        "calendar": settings.page_url(PAGES.url("group_calendar_feed", group.id)),
        "name": group.name,
        "category": _term(vocab, "categories", group.category),
        "region": _term(vocab, "regions", group.region),
        "municipality": group.municipality,
        "institution": group.institution,
        "theme": group.theme,
        "student_council": group.student_council,
        "priority_areas": [_term(vocab, "priority_areas", area) for area in group.priority_areas],
        "description": group.description,
        "email": group.email,
        "phone": group.phone,
        "website": group.website,
        "instagram": group.instagram,
        "facebook": group.facebook,
        "meets": group.meets,
        "last_confirmed": group.last_confirmed.isoformat() if group.last_confirmed else None,
        "possibly_inactive": group.possibly_inactive,
        "upcoming_activities": [
            {"date": activity.date.isoformat(), "type": _term(vocab, "activity_types", activity.type),
             "title": activity.title, "place": activity.place,
             "start": _clock(activity.start), "end": _clock(activity.end)}
            for activity in group.upcoming(as_of)
        ],
    }
