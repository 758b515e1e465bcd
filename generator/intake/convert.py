"""A form's answers as group data: a new group, or the top-level fields a change sets."""

from __future__ import annotations

import re
from datetime import date

from ..member_lines import MemberLineError, find_member, parse_member_line
from ..quarters import parse_date
from .answers import Answers

_QUARTER = re.compile(r"^(?:([0-9]{4})\s*-?\s*Q\s*([1-4])|Q\s*([1-4])\s*-?\s*([0-9]{4}))$", re.IGNORECASE)


def new_group(answers: Answers, as_of: date) -> dict:
    """The group file a registration form describes; registered and endorsed the day it is read."""
    category = answers.choice("category")
    confirmed = answers.confirmed("endorses")
    return {
        "name": answers.text("name"),
        "category": category,
        "status": "active",
        "registered": as_of.isoformat(),
        "region": answers.choice("region"),
        "municipality": answers.text("municipality"),
        "institution": answers.text("institution"),
        "theme": answers.text("theme"),
        "student_council": answers.yes_no("student_council") if category == "student" else None,
        "priority_areas": answers.choices("priority_areas"),
        "endorses_guidelines": as_of.isoformat() if confirmed else None,
        "open_to_new_members": True if confirmed else None,
        "members": members(answers),
        "public": _public(answers),
    }


def members(answers: Answers) -> list[dict]:
    """The contact person first, then the other members, each with the roles the form gives them."""
    contact = {
        "name": answers.text("contact_name"),
        "member_number": (answers.text("contact_member_number") or "").replace(" ", "") or None,
        "email": answers.text("contact_email"),
        "phone": answers.text("contact_phone"),
        "roles": ["contact"],
        "birth_year": answers.integer("contact_birth_year"),
    }
    everyone = [contact]
    for line in answers.lines("members"):
        try:
            everyone.append({**parse_member_line(line), "roles": []})
        except MemberLineError as exc:
            answers.error("members", str(exc))
    for role in answers.vocab.roles:
        if role != "contact":
            _give_role(answers, everyone, role)
    return everyone


def _give_role(answers: Answers, everyone: list[dict], role: str) -> None:
    field_id = f"role_{role}"
    for reference in filter(None, (part.strip() for part in (answers.text(field_id) or "").split(","))):
        member = find_member([m for m in everyone if m["member_number"]], reference)
        if member is None:
            answers.error(field_id, f"finner ikke «{reference}» blant medlemmene over.")
        elif role not in member["roles"]:
            member["roles"].append(role)


def _public(answers: Answers) -> dict | None:
    public = {
        "description": answers.paragraphs("description"),
        "email": answers.text("public_email"),
        "website": answers.text("website"),
        "instagram": (answers.text("instagram") or "").lstrip("@") or None,
        "facebook": answers.text("facebook"),
        "meets": answers.text("meets"),
    }
    return {key: value for key, value in public.items() if value is not None} or None


def member_change(answers: Answers, current: dict, as_of: date) -> dict:
    return {"members": members(answers)}


def quarterly_report(answers: Answers, current: dict, as_of: date) -> dict:
    """The group's reports with this one added, or in place of an earlier one for the same quarter: a report
    sent again corrects the first, and keeps the day the first was sent (§6.2 judges that day)."""
    quarter = _quarter(answers)
    reports = current.get("reports") or []
    same = [r for r in reports if isinstance(r, dict) and r.get("quarter") == quarter]
    first_sent = next((day for r in same if (day := parse_date(r.get("submitted")))), None)
    report = {"quarter": quarter, "submitted": (first_sent or as_of).isoformat(),
              "completed": _activities(answers, "completed") or None,
              "planned": _activities(answers, "planned") or None}
    return {"reports": [r for r in reports if not any(r is sent for sent in same)] + [report]}


def _quarter(answers: Answers) -> str | None:
    answer = answers.text("quarter") or ""
    match = _QUARTER.match(answer)
    if not match:
        answers.error("quarter", f"«{answer}» er ikke et kvartal. Skriv år og kvartal, for eksempel 2026-Q3.")
        return None
    year, number = (match[1], match[2]) if match[1] else (match[4], match[3])
    return f"{year}-Q{number}"


def _activities(answers: Answers, kind: str) -> list[dict]:
    slots = dict.fromkeys(item.id.split("_")[0] for item in answers.form.fields if item.id.startswith(kind))
    activities = []
    for slot in slots:
        answered = any(answers.raw.get(f"{slot}_{part}") for part in ("type", "date", "title", "signatures"))
        if not answered and not (kind == "planned" and answers.confirmed(f"{slot}_public")):
            continue          # an activity slot left empty; one answered only in part is checked as a whole
        activity = {"date": answers.date(f"{slot}_date"), "type": answers.choice(f"{slot}_type"),
                    "title": answers.text(f"{slot}_title")}
        if kind == "completed":
            activity["signatures"] = answers.integer(f"{slot}_signatures")
        elif answers.confirmed(f"{slot}_public"):
            activity["public"] = True
        activities.append(activity)
    return activities


def closure(answers: Answers, current: dict, as_of: date) -> dict:
    if not answers.confirmed("confirm"):
        answers.error("confirm", "kryss av for at gruppa er enig i at den legges ned.")
    return {"status": "closed", "closed": {"date": answers.date("closed_date"), "reason": answers.paragraphs("reason")}}


CHANGES = {"medlemmer": member_change, "kvartalsrapport": quarterly_report, "nedlegging": closure}
