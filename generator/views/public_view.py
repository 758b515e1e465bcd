"""The public view of a group: the only data the public directory is made from.

Fields are copied by an explicit allowlist, never by removing private ones, so a
field added to the group file later stays private until it is named here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from generator.model.access import CONTACT_ROUTES, is_public
from generator.model.loading import GroupFile
from generator.model.municipalities import spaced
from generator.model.places import Places
from generator.model.quarters import parse_date, parse_time
from generator.model.sign_of_life import last_sign_of_life, possibly_inactive
from generator.text.wording import norwegian_date, norwegian_time

PUBLIC_CONTACT_FIELDS = ("description", "email", "phone", "website", "instagram", "facebook", "meets")


@dataclass(frozen=True)
class PublicActivity:
    date: date
    type: str
    title: str
    place: str | None
    start: time | None = None     # Norwegian time (Europe/Oslo); without a start the activity lasts the day
    end: time | None = None       # only with a start, and after it


def activity_when(activity: PublicActivity) -> str:
    """10. desember 2026, kl. 18.00–20.00 (or kl. 18.00, or the day alone for an activity of the whole day)."""
    day = norwegian_date(activity.date)
    if activity.start is None:
        return day
    end = f"–{norwegian_time(activity.end)}" if activity.end is not None else ""
    return f"{day}, kl. {norwegian_time(activity.start)}{end}"


@dataclass(frozen=True)
class PublicGroup:
    id: str
    name: str
    category: str
    region: str
    municipality: str | None
    institution: str | None
    theme: str | None
    student_council: bool | None
    priority_areas: tuple[str, ...]
    description: str | None
    email: str | None
    phone: str | None
    website: str | None
    instagram: str | None
    facebook: str | None
    meets: str | None
    activities: tuple[PublicActivity, ...]
    last_confirmed: date | None = None     # its last sign of life: a report, a confirmation (sign_of_life)
    possibly_inactive: bool = False        # no sign of life for four quarters before the day of the build

    @property
    def reachable(self) -> bool:
        """Whether the group gives a way to reach it: an e-mail, a phone, a website or a social account."""
        return any(getattr(self, route) for route in CONTACT_ROUTES)

    def upcoming(self, as_of: date) -> tuple[PublicActivity, ...]:
        return tuple(activity for activity in self.activities if activity.date >= as_of)


def public_view(group: GroupFile, places: Places, as_of: date | None = None) -> PublicGroup | None:
    """The public view of one group, or None when the group is closed or unlisted; with `as_of` the view says
    whether the group may have stopped (nothing later than that day counts)."""
    data = group.data
    if not is_public(data):
        return None
    last_confirmed = last_sign_of_life(data, as_of)
    public = data.get("public") or {}
    return PublicGroup(
        id=group.id,
        name=data["name"],
        category=data["category"],
        region=data["region"],
        municipality=_municipality(data, places),
        institution=data.get("institution"),
        theme=data.get("theme"),
        student_council=data.get("student_council"),
        priority_areas=tuple(data.get("priority_areas") or ()),
        **{field: public.get(field) for field in PUBLIC_CONTACT_FIELDS},
        activities=_public_planned_activities(data.get("reports") or ()),
        last_confirmed=last_confirmed,
        possibly_inactive=as_of is not None and possibly_inactive(last_confirmed, as_of),
    )


def _municipality(data: dict, places: Places) -> str | None:
    """The municipality as the register names it, whichever official name or spelling the file uses, so that its
    groups are found together (§6.7); a name the register does not know (the validator refuses it) as written."""
    written = data.get("municipality")
    if not (isinstance(written, str) and written.strip()):
        return None
    meant = places.meant(written, data.get("region"))
    return meant.label if meant else spaced(written)


def public_views(groups: list[GroupFile], places: Places, as_of: date | None = None) -> list[PublicGroup]:
    """The public views of the active groups, sorted by name."""
    views = [view for view in (public_view(group, places, as_of) for group in groups) if view is not None]
    return sorted(views, key=lambda view: (view.name.casefold(), view.id))


def _public_planned_activities(reports) -> tuple[PublicActivity, ...]:
    """Planned activities marked public, each once; when several reports list one, the latest report decides,
    so an activity a group later marks `public: false` leaves the site."""
    latest = {}
    for report in sorted(reports, key=lambda report: str(report.get("quarter", ""))):
        for planned in report.get("planned") or ():
            day = parse_date(planned.get("date"))
            if day is not None:
                latest[(day, planned["type"], planned["title"])] = planned
    public = [PublicActivity(day, kind, title, planned.get("place"), *_times(planned))
              for (day, kind, title), planned in latest.items() if planned.get("public") is True]
    return tuple(sorted(public, key=lambda a: (a.date, a.start or time.min, a.title)))


def _times(planned: dict) -> tuple[time | None, time | None]:
    start, end = parse_time(planned.get("start")), parse_time(planned.get("end"))
    return start, (end if start is not None and end is not None and end > start else None)
