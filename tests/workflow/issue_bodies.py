"""Issue-form bodies as GitHub writes them, made from answers keyed by field id."""

from __future__ import annotations

from generator.intake.issue_forms import forms
from tests.conftest import vocabularies

VOCAB = vocabularies()
NO_RESPONSE = "_No response_"


def form_body(form_key: str, answers: dict) -> str:
    """`### Label`, a blank line, the answer: every field of the form, `_No response_` where empty."""
    form = next(f for f in forms(VOCAB) if f.key == form_key)
    sections = []
    for item in form.fields:
        answer = answers.get(item.id)
        if item.kind == "checkboxes":
            ticked = set(answer or [])
            text = "\n".join(f"- [{'X' if o in ticked else ' '}] {o}" for o in item.option_labels(VOCAB))
        else:
            text = answer or NO_RESPONSE
        sections.append(f"### {item.label}\n\n{text}")
    return "\n\n".join(sections) + "\n"


def label(vocabulary: str, key: str) -> str:
    return VOCAB.label(vocabulary, key)


def member_answers(members: list[dict]) -> dict:
    """What a volunteer types for these members: the contact's number, one number a line for the others, then the
    numbers of who holds each other role."""
    contact, others = members[0], members[1:]
    answers = {"contact_member_number": contact["member_number"],
               "members": "\n".join(m["member_number"] for m in others)}
    for role in VOCAB.roles:
        holders = [m["member_number"] for m in members if role in m["roles"] and role != "contact"]
        answers[f"role_{role}"] = ", ".join(holders) or None
    return answers


def registration_answers(group: dict) -> dict:
    public = group.get("public", {})
    return {
        "name": group["name"], "category": label("categories", group["category"]),
        "region": label("regions", group["region"]), "municipality": group.get("municipality"),
        "institution": group.get("institution"), "theme": group.get("theme"),
        "student_council": {True: "Ja", False: "Nei"}.get(group.get("student_council")),
        "priority_areas": [label("priority_areas", k) for k in group["priority_areas"]],
        "endorses": [next(f for f in forms(VOCAB)[0].fields if f.id == "endorses").options[0]],
        **member_answers(group["members"]),
        "description": public.get("description"), "public_email": public.get("email"),
        "public_phone": public.get("phone"),
        "website": public.get("website"), "instagram": public.get("instagram"),
        "facebook": public.get("facebook"), "meets": public.get("meets"),
    }
