"""A form's answers as group data: a new group, or the top-level fields a change sets."""

from __future__ import annotations

from datetime import date

from generator.intake.issue_forms import QUARTERS_BACK
from generator.intake.member_lines import MemberLineError, find_member, member_number, parse_member_line
from generator.model.quarters import Quarter, parse_date
from generator.intake.answers import Answers, said
from generator.text.quoting import quoted

ACTIVITY_PARTS = ("type", "date", "title", "signatures", "time", "place")
QUARTER_MONTHS = ("januar–mars", "april–juni", "juli–september", "oktober–desember")


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
    """The contact person first, then the other members, each by membership number with the roles the form gives
    them. A number written twice is one member; what is no number is refused without being repeated."""
    everyone: list[dict] = []
    contact = answers.text("contact_member_number")
    if contact:
        _add_member(answers, everyone, "contact_member_number", contact, ["contact"])
    else:
        everyone.append({"member_number": None, "roles": ["contact"]})    # the schema says what is missing
    for n, line in enumerate(answers.lines("members"), 1):
        _add_member(answers, everyone, "members", line, [], f"linje {n}: ")
    for role in answers.vocab.roles:
        if role != "contact":
            _give_role(answers, everyone, role)
    return everyone


def _add_member(answers: Answers, everyone: list[dict], field_id: str, line: str, roles: list[str],
                where: str = "") -> None:
    try:
        number = parse_member_line(line)["member_number"]
    except MemberLineError as exc:
        answers.error(field_id, f"{where}{exc}")
        if roles:
            everyone.append({"member_number": None, "roles": roles})
        return
    known = find_member(everyone, number)
    if known is None:
        everyone.append({"member_number": number, "roles": list(roles)})
    else:
        known["roles"] = list(dict.fromkeys(known["roles"] + roles))


def _give_role(answers: Answers, everyone: list[dict], role: str) -> None:
    field_id = f"role_{role}"
    for reference in filter(None, (part.strip() for part in (answers.text(field_id) or "").split(","))):
        number = member_number(reference)
        member = find_member(everyone, number) if number else None
        if number is None:
            answers.error(field_id, "skriv bare medlemsnumre, skilt med komma, ikke navn.")
        elif member is None:
            listed = " eller ".join(f"«{answers.form.field(f).label}»" for f in ("contact_member_number", "members"))
            which = f"medlemsnummer {number}" if quoted(number, "") else "medlemsnummeret"   # a phone, maybe
            answers.error(field_id, f"{which} står ikke blant medlemmene. Skriv det under {listed} også.")
        elif role not in member["roles"]:
            member["roles"].append(role)


def _public(answers: Answers) -> dict | None:
    public = {
        "description": answers.paragraphs("description"),
        "email": answers.text("public_email"),
        "phone": answers.text("public_phone"),
        "website": answers.text("website"),
        "instagram": (answers.text("instagram") or "").lstrip("@") or None,
        "facebook": answers.text("facebook"),
        "meets": answers.text("meets"),
    }
    return {key: value for key, value in public.items() if value is not None} or None


def member_change(answers: Answers, current: dict, as_of: date) -> dict:
    """The members the form gives; sent by the group, it confirms the group's details the day it is read."""
    return {"members": members(answers), "confirmed": as_of.isoformat()}


def quarterly_report(answers: Answers, current: dict, as_of: date) -> dict:
    """The group's reports with this one added, or in place of an earlier one for the same quarter: a report
    sent again corrects the first, and keeps the day the first was sent (§6.2 judges that day)."""
    quarter = _quarter(answers, as_of)
    reports = current.get("reports") or []
    same = [r for r in reports if isinstance(r, dict) and r.get("quarter") == quarter]
    first_sent = next((day for r in same if (day := parse_date(r.get("submitted")))), None)
    report = {"quarter": quarter, "submitted": (first_sent or as_of).isoformat(),
              "completed": _activities(answers, "completed") or None,
              "planned": _activities(answers, "planned") or None, "recruited": answers.integer("recruited")}
    return {"reports": [r for r in reports if not any(r is sent for sent in same)] + [report],
            "confirmed": as_of.isoformat()}   # a sign of life the day it is read, also for a report sent again


def _quarter(answers: Answers, issued: date) -> str | None:
    """The quarter the report is for, counted back from the day the issue was sent (`issued`, the workflow's
    --as-of), so the form's two choices never go stale."""
    answer = answers.text("quarter")
    back = next((n for label, n in QUARTERS_BACK.items() if label.casefold() == (answer or "").casefold()), None)
    if back is None:
        choices = " eller ".join(f"«{label}»" for label in QUARTERS_BACK)
        answers.error("quarter", f"{said(answer) if answer else 'svaret mangler, og det'} er ikke et av valgene. "
                                 f"Velg {choices}.")
        return None
    quarter = Quarter.of(issued)
    for _ in range(back):
        quarter = quarter.previous()
    answers.note("quarter", f"{answer} er {QUARTER_MONTHS[quarter.number - 1]} {quarter.year} ({quarter}), "
                            "regnet fra dagen saken ble sendt.")
    return str(quarter)


def answered_slots(answers: Answers, kind: str) -> list[str]:
    """The activity slots of `kind` ("completed1", "planned2") with any answer, in the form's order: the n-th of
    them is the report's n-th activity of that kind. One answered only in part is checked as a whole."""
    slots = dict.fromkeys(item.id.split("_")[0] for item in answers.form.fields if item.id.startswith(kind))
    return [slot for slot in slots
            if any(answers.raw.get(f"{slot}_{part}") for part in ACTIVITY_PARTS)
            or (kind == "planned" and answers.confirmed(f"{slot}_public"))]


def _activities(answers: Answers, kind: str) -> list[dict]:
    activities = []
    for slot in answered_slots(answers, kind):
        activity = {"date": answers.date(f"{slot}_date"), "type": answers.choice(f"{slot}_type"),
                    "title": answers.text(f"{slot}_title")}
        if kind == "completed":
            activity["signatures"] = answers.integer(f"{slot}_signatures")
        else:
            activity["place"] = answers.text(f"{slot}_place")
            activity["start"], activity["end"] = answers.times(f"{slot}_time")
            if answers.confirmed(f"{slot}_public"):
                activity["public"] = True
                if activity["place"] is None:
                    public = answers.form.field(f"{slot}_public").label
                    answers.error(f"{slot}_place", "aktiviteten skal vises i den offentlige kalenderen, så skriv hvor "
                                                   "den holdes, for eksempel stedet og byen. Skal den ikke vises, "
                                                   f"ta bort krysset under «{public}».")
        activities.append(activity)
    return activities


def closure(answers: Answers, current: dict, as_of: date) -> dict:
    if not answers.confirmed("confirm"):
        answers.error("confirm", "kryss av for at gruppa er enig i at den legges ned.")
    return {"status": "closed", "closed": {"date": answers.date("closed_date"), "reason": answers.paragraphs("reason")}}


CHANGES = {"medlemmer": member_change, "kvartalsrapport": quarterly_report, "nedlegging": closure}
