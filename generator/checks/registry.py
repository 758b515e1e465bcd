"""Every check of the register, once: its function, the rules it cites, what it needs and who uses it.

`generator.checks.run` runs these, `validate` and `build` all of them (`build` without the
export, so the register's checks find nothing), the status site those marked `status`
(its criteria: a past day's status must not see later entries as dated in the future),
and the pull-request preview those that need nothing. A check needing the membership
register export yields nothing without it; the commands say it was not checked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from generator.checks import cross_file_rules, dated_rules, group_rules, maintainer_rules, municipality_rules
from generator.checks import export_rules, privacy_rules, waiver_rules
from generator.model.rule_ids import FIELD_RULES
from generator.model.problems import Problem
from generator.model.rules import Rule


class Needs(Enum):
    """What a check needs beyond the file and the vocabularies."""

    NOTHING = "nothing"
    DATE = "date"              # the day checked for (`--as-of`)
    EXPORT = "export"          # the membership register export (`--members`)


@dataclass(frozen=True)
class Check:
    function: Callable[..., Iterable[Problem]]   # (group, ctx), or (groups) for a check across files
    rules: tuple[Rule, ...]                       # every rule its problems may cite
    needs: Needs = Needs.NOTHING
    status: bool = True                           # the status site shows its problems as findings
    across_files: bool = False                    # run once over all the group files

    @property
    def name(self) -> str:
        return self.function.__name__


R = Rule
CHECKS: tuple[Check, ...] = (
    Check(group_rules.schema_problems, tuple(sorted(FIELD_RULES | {R.MEMBERSHIP, R.REGISTRATION}))),
    Check(group_rules.plain_text, (R.REGISTRATION,)),
    Check(group_rules.contact_person, (R.CONTACT_PERSON,)),
    Check(group_rules.shared_responsibility, (R.SHARED_RESPONSIBILITY,)),
    Check(group_rules.unique_member_numbers, (R.MEMBERSHIP,)),
    Check(group_rules.unique_quarters, (R.QUARTERLY_REPORT,)),
    Check(group_rules.within_lifetime, (R.QUARTERLY_REPORT, R.REGISTRATION)),
    Check(group_rules.report_dates, (R.QUARTERLY_REPORT,)),
    Check(group_rules.activity_times, (R.QUARTERLY_REPORT,)),
    Check(group_rules.closure_consistent, (R.REGISTRATION,)),
    Check(group_rules.category_fields, (R.CATEGORY,)),
    Check(group_rules.reachable, (R.OPEN_TO_NEW_MEMBERS,)),
    Check(maintainer_rules.one_spelling_per_account, (R.REGISTRATION,)),
    Check(municipality_rules.known_municipality, (R.CATEGORY, R.REGISTRATION)),
    Check(privacy_rules.no_personal_details, (privacy_rules.RULE,)),
    Check(privacy_rules.group_address_like_a_persons, (privacy_rules.RULE,)),
    Check(cross_file_rules.unique_names, (R.REGISTRATION,), across_files=True),
    Check(dated_rules.no_future_dates, (R.ENDORSEMENT, R.REGISTRATION, R.QUARTERLY_REPORT, R.MEETINGS, R.FOLLOW_UP,
                                        R.WELCOME_PACKAGE), Needs.DATE, status=False),
    Check(dated_rules.no_future_reports, (R.QUARTERLY_REPORT,), Needs.DATE, status=False),
    Check(waiver_rules.waiver_periods, (R.REGISTRATION,)),
    Check(waiver_rules.waivers_ended, (R.REGISTRATION,), Needs.DATE),
    Check(export_rules.members_in_register, (R.MEMBERSHIP, R.ROLE_ENDS, R.CONTACT_PERSON), Needs.EXPORT),
    Check(export_rules.contact_reachable, (R.CONTACT_PERSON,), Needs.EXPORT),
    Check(export_rules.youth_ages, (R.YOUTH_GROUP,), Needs.EXPORT),
    Check(export_rules.public_contact_not_personal, (R.REGISTRATION,), Needs.EXPORT),
)


def checks(*, intrinsic_only: bool = False, for_status: bool = False) -> tuple[Check, ...]:
    """The checks of one use: those that need nothing (a file valid in itself), those the status site shows, or
    all."""
    if intrinsic_only:
        return tuple(c for c in CHECKS if c.needs is Needs.NOTHING)
    if for_status:
        return tuple(c for c in CHECKS if c.status)
    return CHECKS


def cited_rules() -> frozenset[Rule]:
    """Every rule a check may cite: the error guide explains each."""
    return frozenset(rule for check in CHECKS for rule in check.rules)
