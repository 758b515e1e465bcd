"""The registry of checks: every check once, each citing only the rules it declares, each rule explained in the
error guide; and a field's rule follows the group's category (§4.1-§4.4)."""

from __future__ import annotations

import re
from datetime import date

from generator.model.context import RunContext
from generator.checks.registry import CHECKS, Needs, checks, cited_rules
from generator.model.rule_ids import rule_for_path
from generator.checks.run import load_group_files
from generator.model.rules import Rule

from .conftest import EXAMPLE, PLACES, ROOT, edited, export, vocabularies

GUIDE = (ROOT / "docs" / "feilmeldinger.md").read_text(encoding="utf-8")


def test_no_two_checks_share_a_function():
    functions = [check.function for check in CHECKS]
    assert len(functions) == len(set(functions))


def test_every_rule_a_check_cites_has_its_section_in_the_error_guide():
    for rule in cited_rules():
        assert re.search(rf"^## {re.escape(rule)} .+ \{{#{rule.anchor}\}}$", GUIDE, re.M), rule


def test_the_status_leaves_out_the_dated_checks_and_the_intrinsic_ones_need_nothing():
    assert {c.needs for c in checks(for_status=True)} == {Needs.NOTHING, Needs.EXPORT, Needs.DATE}
    # the one dated check of the status looks at the day itself (a waiver that has ended), never at later entries
    assert {c.name for c in checks(for_status=True) if c.needs is Needs.DATE} == {"waivers_ended"}
    assert {c.needs for c in checks(intrinsic_only=True)} == {Needs.NOTHING}
    assert {c.name for c in CHECKS if not c.status} == {"no_future_dates", "no_future_reports"}


BROKEN = [
    EXAMPLE,
    edited("category: local ", "category: student "),
    edited("category: local ", "category: theme "),
    edited("category: local ", "category: youth "),
    edited("registered: ", "registered: 2031-01-01 #"),
    edited("open_to_new_members: true ", "open_to_new_members: no "),
]


def test_each_check_cites_only_the_rules_it_declares(tmp_path):
    for i, text in enumerate(BROKEN):
        (tmp_path / f"amnesty-test-{i}.yaml").write_text(text, encoding="utf-8")
    groups = load_group_files(sorted([*tmp_path.iterdir(), *(ROOT / "groups").glob("*.yaml")])).groups
    members = export(without=("101552",))
    ctx = RunContext(vocabularies(), date(2021, 1, 1), PLACES, members)
    cited = set()
    for check in CHECKS:
        problems = list(check.function(groups) if check.across_files else
                        (p for group in groups for p in check.function(group, ctx)))
        found = {p.rule for p in problems}
        assert found <= set(check.rules), (check.name, found - set(check.rules))
        cited |= found
    assert {Rule.STUDENT_GROUP, Rule.THEME_GROUP, Rule.REGISTRATION, Rule.MEMBERSHIP} <= cited


def test_a_fields_rule_is_its_categorys():
    assert rule_for_path(("institution",), "student") == Rule.STUDENT_GROUP == "§4.2"
    assert rule_for_path(("institution",), "youth") == Rule.YOUTH_GROUP == "§4.1"
    assert rule_for_path(("theme",), "theme") == Rule.THEME_GROUP == "§4.3"
    assert rule_for_path(("municipality",), "local") == Rule.LOCAL_GROUP == "§4.4"
    assert rule_for_path(("institution",), "local") == rule_for_path(("theme",), "student") == Rule.CATEGORY


def test_a_problem_carries_its_file_and_its_data_path(check):
    problems = check({"amnesty-nidaros.yaml": edited("open_to_new_members: true ", "open_to_new_members: no ")})
    (problem,) = [p for p in problems if p.rule == Rule.OPEN_TO_NEW_MEMBERS]
    assert (problem.file, problem.where, problem.line) == ("amnesty-nidaros.yaml", ("open_to_new_members",), 17)
