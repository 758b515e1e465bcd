"""Which of the guidelines' numbered rules (`generator.model.rules`) a field of the group file answers to."""

from __future__ import annotations

from generator.model.rules import Rule

_RULE_BY_FIELD = {
    "name": Rule.REGISTRATION,
    "status": Rule.REGISTRATION,
    "registered": Rule.REGISTRATION,
    "region": Rule.REGISTRATION,
    "members": Rule.REGISTRATION,
    "public": Rule.REGISTRATION,
    "listed": Rule.REGISTRATION,
    "maintainers": Rule.REGISTRATION,
    "endorses_guidelines": Rule.ENDORSEMENT,
    "members.*.member_number": Rule.MEMBERSHIP,
    "priority_areas": Rule.PRIORITY_AREAS,
    "members.*.roles": Rule.CONTACT_PERSON,
    "open_to_new_members": Rule.OPEN_TO_NEW_MEMBERS,
    "category": Rule.CATEGORY,
    "institution": Rule.CATEGORY,
    "theme": Rule.CATEGORY,
    "municipality": Rule.CATEGORY,
    "student_council": Rule.STUDENT_COUNCIL,
    "reports": Rule.QUARTERLY_REPORT,
    "confirmed": Rule.QUARTERLY_REPORT,   # the group keeping the secretariat updated
    "reports.*.completed.*.type": Rule.OUTWARD_ACTIVITY,
    "reports.*.planned.*.type": Rule.OUTWARD_ACTIVITY,
    "meetings": Rule.MEETINGS,
    "followups": Rule.FOLLOW_UP,
    "welcome_package_sent": Rule.WELCOME_PACKAGE,
    "waivers": Rule.REGISTRATION,       # the secretariat's record of the group's exemptions
    "closed": Rule.REGISTRATION,        # a group ending its work is reported in its file; §8.2 is the secretariat's
}
# A field whose rule is its category's: a student group's `institution` is its university (§4.2), a youth
# group's its school (§4.1), a theme group's `theme` what it works on (§4.3), a local group's `municipality`
# its place (§4.4). The register of municipalities (municipality_rules) is every category's: §4.
_RULE_BY_CATEGORY_FIELD = {
    ("student", "institution"): Rule.STUDENT_GROUP,
    ("youth", "institution"): Rule.YOUTH_GROUP,
    ("theme", "theme"): Rule.THEME_GROUP,
    ("local", "municipality"): Rule.LOCAL_GROUP,
}

FIELD_RULES = frozenset(_RULE_BY_FIELD.values()) | frozenset(_RULE_BY_CATEGORY_FIELD.values())


def field_pattern(path) -> str:
    return ".".join("*" if isinstance(part, int) else str(part) for part in path)


def rule_for_path(path, category=None) -> Rule | None:
    """The rule of the most specific field on `path` that has one, in a group of `category`."""
    parts = list(path)
    while parts:
        pattern = field_pattern(parts)
        rule = _RULE_BY_CATEGORY_FIELD.get((category, pattern)) or _RULE_BY_FIELD.get(pattern)
        if rule:
            return rule
        parts.pop()
    return None
