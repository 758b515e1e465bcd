"""The internal view: every fact of a group page worked out once, from odd data too, never an exception."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from generator.model.quarters import Quarter
from generator.model.settings import ProjectSettings
from generator.status import compute_status
from generator.views.internal_view import NO_QUARTER, InternalView, internal_view
from generator.sites.internal.pages import internal_pages

from tests.conftest import AS_OF, PROJECT, SAMPLE_GROUPS, context, load_groups, sample_context

SAMPLE = load_groups(SAMPLE_GROUPS)


def view_of(groups, ctx=None, settings: ProjectSettings = ProjectSettings()) -> InternalView:
    ctx = ctx or sample_context()
    report = compute_status(groups, PROJECT.regions, ctx)
    return internal_view(groups, report, ctx, replace(PROJECT, settings=settings))


def with_data(group_id: str, **changes):
    """The sample register with one group's fields replaced."""
    return [replace(g, data={**g.data, **changes}) if g.id == group_id else g for g in SAMPLE]


def group_of(view: InternalView, group_id: str):
    return next(g for g in view.groups if g.id == group_id)


ODD_VALUES = {
    "registered": [None, "2026-02-30", 5],
    "followups": ["x", [1, {"date": None}, {"channel": 3}, {"note": ["a"]}]],
    "meetings": [{"a": 1}, [{"date": "bad", "kind": 5}, {"kind": "training"}]],
    "reports": ["x", [{"quarter": 7}, {"submitted": "2026-01-01"}, "s",
                      {"quarter": "2026-Q2", "submitted": None, "completed": [{"date": None, "title": 5}, 7]}]],
    "public": ["text", {"description": 5, "email": ["a"]}],
    "members": ["x", [1, {"member_number": 5, "roles": "contact"}]],
    "priority_areas": ["x", [1, "refugees"]],
    "closed": [{}, "yes", {"date": 5, "reason": ["x"]}],
    "region": [["x"], "nowhere", None],
    "category": [5, None],
    "name": [None, ["x"]],
    "municipality": [5, ["Oslo"]],
    "welcome_package_sent": [5, "soon"],
    "open_to_new_members": ["x"],
    "student_council": ["yes"],
}


@pytest.mark.parametrize("field,value", [(f, v) for f, values in ODD_VALUES.items() for v in values])
def test_odd_data_gives_a_view_and_pages_without_error(field, value):
    changes = {field: value, **({"status": "closed"} if field == "closed" else {})}
    groups = with_data("amnesty-nidaros", **changes)
    group = group_of(view_of(groups), "amnesty-nidaros")
    assert group.name and isinstance(group.category_label, str) and isinstance(group.region_label, str)
    pages = internal_pages(groups, sample_context(), PROJECT)
    assert "grupper/amnesty-nidaros.md" in pages and "grupper.csv" in pages


def test_missing_and_invalid_dates_are_shown_as_written_and_never_taken_as_facts():
    group = group_of(view_of(with_data("amnesty-nidaros", registered="2026-02-30", endorses_guidelines=None,
                                       followups=[{"channel": "visit", "date": "snart"}], meetings=[{"kind": "training"}])),
                     "amnesty-nidaros")
    assert group.registered == "2026-02-30" and group.endorsed is None
    assert group.last_visit is None and group.last_training is None
    assert [f.date for f in group.followups] == ["snart"] and [m.date for m in group.meetings] == [None]


def test_followups_and_meetings_newest_first_and_undated_last():
    followups = [{"date": "2026-03-01", "channel": "email"}, {"channel": "phone"},
                 {"date": "2026-10-05", "channel": "visit", "note": "Besøk"}, {"date": "2025-12-24", "channel": "phone"}]
    group = group_of(view_of(with_data("amnesty-nidaros", followups=followups)), "amnesty-nidaros")
    assert [f.date for f in group.followups] == [date(2026, 10, 5), date(2026, 3, 1), date(2025, 12, 24), None]
    assert group.followups[0].note == "Besøk" and group.last_visit == date(2026, 10, 5)
    assert [f.channel for f in group.followups][:1] == [PROJECT.vocab.label("followup_channels", "visit")]


def test_reports_newest_quarter_first_and_a_report_without_a_quarter_last():
    reports = [{"quarter": "2026-Q1", "submitted": "2026-04-10"}, {"submitted": "2026-05-01"},
               {"quarter": "2026-Q3", "submitted": "2026-10-10",
                "completed": [{"title": "Stand", "date": "2026-08-01", "type": "stand", "signatures": 0}]}]
    group = group_of(view_of(with_data("amnesty-nidaros", reports=reports)), "amnesty-nidaros")
    assert [r.quarter for r in group.reports] == ["2026-Q3", "2026-Q1", NO_QUARTER]
    [completed] = group.reports[0].lists
    assert completed.title == "Gjennomførte aktiviteter" and completed.activities[0].signatures == "0"
    assert group.reports[1].lists == ()


def test_missing_quarters_of_the_last_four_due_and_none_for_a_closed_group():
    reports = [{"quarter": "2026-Q1", "submitted": "2026-04-10"}]
    group = group_of(view_of(with_data("amnesty-nidaros", reports=reports, registered="2024-01-01")),
                     "amnesty-nidaros")
    assert group.missing_reports == (Quarter(2025, 4), Quarter(2026, 2), Quarter(2026, 3))
    closed = with_data("amnesty-nidaros", reports=reports, status="closed", closed={"date": "2026-06-30"})
    assert group_of(view_of(closed), "amnesty-nidaros").missing_reports == ()


def test_member_rows_with_the_export_have_names_and_mark_the_unknown():
    group = group_of(view_of(SAMPLE), "amnesty-bergen")
    unknown = next(m for m in group.members if m.number == "130411")
    assert unknown.checked and unknown.not_in_register and unknown.name is None
    assert any(m.name == "Camilla Nygård" and m.email for m in group.members)
    assert group.contact is not None and group.contact.is_contact


def test_member_rows_without_the_export_have_numbers_roles_and_the_register_page_only():
    settings = ProjectSettings("https://medlem.example.org/{member_number}")
    group = group_of(view_of(SAMPLE, context(), settings), "amnesty-nidaros")
    assert group.members and all(m.name is None and m.email is None and not m.checked for m in group.members)
    assert not any(m.not_in_register for m in group.members)
    first = group.members[0]
    assert first.page == f"https://medlem.example.org/{first.number}" and first.roles


def test_regions_order_their_groups_by_municipality_and_list_meetings_newest_first():
    view = view_of(SAMPLE)
    assert [r.id for r in view.regions] == list(PROJECT.vocab.regions)
    for region in view.regions:
        places = [(g.municipality is None, (g.municipality or "").casefold()) for g in region.groups]
        assert places == sorted(places)
        days = [m.date for m in region.meetings]
        assert days == sorted(days, reverse=True)
        assert all(m.planned == (m.date > AS_OF) for m in region.meetings)


def test_the_view_holds_only_groups_the_status_covers_and_counts_their_findings():
    view = view_of(with_data("amnesty-nidaros", registered="2099-01-01"))   # not registered yet on the day
    assert "amnesty-nidaros" not in {g.id for g in view.groups}
    for group in view.groups:
        assert group.problem_count + group.reminder_count == len(group.findings)
