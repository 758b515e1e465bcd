"""What a valid form makes public, in plain Norwegian, for the reply on the issue.

The public site is made from the public view of each group (`views/public_view.py`)
and nothing else, so the reply compares that view before and after the change and
names what the site will show differently, with the words the group's page uses.
"""

from __future__ import annotations

from datetime import date

from generator.model.vocabulary import Vocabularies
from generator.text.markdown import readable_inline
from generator.text.wording import norwegian_date, norwegian_list
from generator.views.public_view import PublicActivity, PublicGroup, activity_when

# The public view's fields as the group's page names them, in the page's order (id and the rest the site works out
# itself are no news to the volunteer).
_SHOWN = ("name", "category", "institution", "theme", "municipality", "region", "priority_areas", "student_council",
          "last_confirmed", "email", "phone", "website", "instagram", "facebook", "meets", "description")
_HEADINGS = {"name": "Navn", "category": "Kategori", "institution": "Skole, universitet eller høyskole",
             "theme": "Tema", "municipality": "Kommune", "region": "Region", "priority_areas": "Prioriterte områder",
             "student_council": "Studentrådet", "last_confirmed": "Sist bekreftet", "email": "E-post",
             "phone": "Telefon", "website": "Nettside", "instagram": "Instagram", "facebook": "Facebook",
             "meets": "Møtes", "description": "Om gruppa"}
_VOCABULARIES = {"category": "categories", "region": "regions"}
PRIVATE = "Alt annet i skjemaet ser bare sekretariatet og de som kan foreslå endringer i registeret."


def what_becomes_public(before: PublicGroup | None, after: PublicGroup | None, vocab: Vocabularies) -> list[str]:
    """Markdown lines: what the public directory will show of the group after the change that it did not before."""
    if after is None:
        return ["Gruppa tas ut av den offentlige gruppeoversikten." if before is not None else
                "Ingenting av dette vises offentlig: gruppa står ikke i den offentlige gruppeoversikten."]
    if before is None:
        changed = [key for key in _SHOWN if getattr(after, key) not in (None, ())]
    else:
        changed = [key for key in _SHOWN if getattr(before, key) != getattr(after, key)]
    lines = [f"- **{_HEADINGS[key]}:** {_shown(key, getattr(after, key), vocab)}" for key in changed]
    before_activities = before.activities if before is not None else ()
    lines += [f"- **Ny i kalenderen:** {_activity(activity, vocab)}" for activity in after.activities
              if activity not in before_activities]
    lines += [f"- **Tas ut av kalenderen:** {_activity(activity, vocab)}" for activity in before_activities
              if activity not in after.activities]
    if not lines:
        return [f"Ingenting av det skjemaet endrer, vises offentlig. {PRIVATE}"]
    lead = ("Dette vises i den offentlige gruppeoversikten når endringen er godkjent:" if before is None else
            "Dette endres i den offentlige gruppeoversikten når endringen er godkjent:")
    return [lead, "", *lines, "", PRIVATE]


def _shown(key: str, value, vocab: Vocabularies) -> str:
    if value is None or value == ():
        return "(tas bort)"
    if key in _VOCABULARIES:
        return readable_inline(vocab.label(_VOCABULARIES[key], value))
    if key == "priority_areas":
        return readable_inline(norwegian_list([vocab.label("priority_areas", area) for area in value]))
    if key == "student_council":
        return "Gruppa deltar i Studentrådet." if value else "Gruppa deltar ikke i Studentrådet."
    if isinstance(value, date):
        return norwegian_date(value)
    return readable_inline(value)


def _activity(activity: PublicActivity, vocab: Vocabularies) -> str:
    place = f", {activity.place}" if activity.place else ""
    return readable_inline(f"{activity_when(activity)}: {activity.title} "
                           f"({vocab.label('activity_types', activity.type)}){place}")
