"""What a change does to the public directory: the group pages it adds, removes and changes.

Computed from the public views before and after (never from built HTML), so what a
reviewer reads in a pull request ("Amnesty Bergen: ny side") is exactly what the
allowlist lets out, and a change to a private field changes no page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields

from generator.model.loading import GroupFile
from generator.text.wording import norwegian_list
from generator.views.public_view import PublicGroup

# Why a group that had a public page has none after the change.
CLOSED, UNLISTED, INVALID, DELETED = "closed", "unlisted", "invalid", "deleted"

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
_ORDER = {ADDED: 0, REMOVED: 1, CHANGED: 2}

# The words for what changed on a page, one for each field of the public view (a test keeps them complete).
FIELD_WORDS = {
    "name": "navn", "category": "kategori", "region": "region", "municipality": "kommune",
    "institution": "lærested eller skole", "theme": "tema", "student_council": "Studentrådet",
    "priority_areas": "prioriterte områder", "description": "beskrivelse", "email": "e-post", "phone": "telefon",
    "website": "nettside", "instagram": "Instagram", "facebook": "Facebook", "meets": "når og hvor gruppa møtes",
    "activities": "planlagte aktiviteter", "last_confirmed": "sist bekreftet",
    "possibly_inactive": "merket som mulig inaktiv",
}

_REMOVED_WORDS = {
    CLOSED: "fjernet (nedlagt)",
    UNLISTED: "skjult (listed: false)",
    INVALID: "kan ikke bygges (gruppefila har feil)",
    DELETED: "fjernet (gruppefila er slettet)",
}


@dataclass(frozen=True)
class PublicChange:
    id: str
    name: str                       # as the page shows it after the change; a removed page's last name
    change: str                     # ADDED, REMOVED or CHANGED
    reason: str | None = None       # REMOVED: CLOSED, UNLISTED, INVALID or DELETED
    fields: tuple[str, ...] = ()    # CHANGED: the public view's fields that differ, in the view's order
    old_name: str | None = None     # CHANGED with a new name: the name before

    def describe(self, text=str) -> str:
        """One line in Norwegian: "Amnesty Bergen: ny side"; `text` renders the names (a volunteer's text)."""
        if self.change == ADDED:
            what = "ny side"
        elif self.change == REMOVED:
            what = _REMOVED_WORDS[self.reason]
        else:
            what = f"endret ({norwegian_list([FIELD_WORDS.get(field, field) for field in self.fields])})"
        before = f" (før: {text(self.old_name)})" if self.old_name else ""
        return f"{text(self.name)}{before}: {what}"


def absence_reasons(groups: Iterable[GroupFile], invalid: Iterable[str] = ()) -> dict[str, str]:
    """Why each group without a public page has none: closed, unlisted, or its file has errors (`invalid`:
    the ids of files that may not be published)."""
    invalid = set(invalid)
    reasons = {}
    for group in groups:
        if group.id in invalid:
            reasons[group.id] = INVALID
        elif group.data.get("status") == "closed":
            reasons[group.id] = CLOSED
        elif group.data.get("listed") is False:
            reasons[group.id] = UNLISTED
    return reasons


def public_changes(base: Iterable[PublicGroup], head: Iterable[PublicGroup],
                   absent: Mapping[str, str] | None = None) -> list[PublicChange]:
    """The group pages `head` adds, removes and changes compared with `base`: additions, then removals, then
    changes, each by name. `absent` says why a group of the head has no page (`absence_reasons`); a group it
    does not name is no longer in the register."""
    before = {view.id: view for view in base}
    after = {view.id: view for view in head}
    absent = absent or {}
    changes = [PublicChange(view.id, view.name, ADDED) for id_, view in after.items() if id_ not in before]
    changes += [PublicChange(view.id, view.name, REMOVED, absent.get(id_, DELETED))
                for id_, view in before.items() if id_ not in after]
    for id_, view in after.items():
        old = before.get(id_)
        if old is not None and old != view:
            differ = tuple(f.name for f in fields(PublicGroup) if getattr(old, f.name) != getattr(view, f.name))
            changes.append(PublicChange(id_, view.name, CHANGED, fields=differ,
                                        old_name=old.name if old.name != view.name else None))
    return sorted(changes, key=lambda c: (_ORDER[c.change], c.name.casefold(), c.id))
