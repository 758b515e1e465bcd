"""Which of the guidelines' numbered rules (§2.4; docs/feilmeldinger.md) a field of the group file answers to."""

from __future__ import annotations

_RULE_BY_FIELD = {
    "name": "§6.1",
    "status": "§6.1",
    "registered": "§6.1",
    "region": "§6.1",
    "members": "§6.1",
    "public": "§6.1",
    "listed": "§6.1",
    "maintainers": "§6.1",
    "endorses_guidelines": "§2.1",
    "members.*.member_number": "§2.2",
    "priority_areas": "§2.3",
    "members.*.roles": "§2.4",
    "open_to_new_members": "§2.5",
    "category": "§4",
    "institution": "§4",
    "theme": "§4",
    "municipality": "§4",
    "student_council": "§5.1",
    "reports": "§6.2",
    "reports.*.completed.*.type": "§6.3",
    "reports.*.planned.*.type": "§6.3",
    "meetings": "§6.5",
    "followups": "§7.1",
    "welcome_package_sent": "§7.5",
    "closed": "§6.1",          # a group ending its work is reported in its file; §8.2 is the secretariat's
}


def field_pattern(path) -> str:
    return ".".join("*" if isinstance(part, int) else str(part) for part in path)


def rule_for_path(path) -> str | None:
    """The rule of the most specific field on `path` that has one."""
    parts = list(path)
    while parts:
        rule = _RULE_BY_FIELD.get(field_pattern(parts))
        if rule:
            return rule
        parts.pop()
    return None
