"""Defensive reads of group data: rules run on files the schema may have rejected."""

from __future__ import annotations

from datetime import date

from generator.model.quarters import parse_date

# The fields a visitor can reach the group through; a meeting place or a description alone is none.
CONTACT_ROUTES = ("email", "phone", "website", "instagram", "facebook")


def entries(data: dict, key: str):
    """(index, mapping) for each mapping in the list `data[key]`; nothing if it is not a list."""
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


def roles_of(member: dict) -> list[str]:
    roles = member.get("roles")
    return [r for r in roles if isinstance(r, str)] if isinstance(roles, list) else []


def text(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def is_closed(data: dict) -> bool:
    return isinstance(data, dict) and data.get("status") == "closed"


def is_public(data: dict) -> bool:
    """Active and listed: an unlisted group (`listed: false`, where being listed is a risk) is in no public
    output at all."""
    return data.get("status") == "active" and data.get("listed") is not False


def closing_date(data: dict) -> date | None:
    """The day a closed group closed, as its file says; None for an active group or no valid date."""
    closed = data.get("closed") if is_closed(data) else None
    return parse_date(closed.get("date")) if isinstance(closed, dict) else None
