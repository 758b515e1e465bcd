"""The public view: an explicit allowlist of a group's fields, and only active groups."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, time

from generator.views.public_view import PublicActivity, PublicGroup, public_view, public_views

from tests.conftest import PLACES, SAMPLE_GROUPS, load_groups
from .conftest import FIXTURES


def by_id(groups, group_id):
    return next(group for group in groups if group.id == group_id)


def test_the_view_holds_only_the_allowlisted_fields():
    assert [field.name for field in fields(PublicGroup)] == [
        "id", "name", "category", "region", "municipality", "institution", "theme", "student_council",
        "priority_areas", "description", "email", "phone", "website", "instagram", "facebook", "meets", "activities",
        "last_confirmed", "possibly_inactive"]
    assert [field.name for field in fields(PublicActivity)] == ["date", "type", "title", "place", "start", "end"]


def test_a_closed_group_has_no_public_view():
    groups = load_groups(FIXTURES / "planted")
    assert public_view(by_id(groups, "planted-nedlagt"), PLACES) is None
    assert [view.id for view in public_views(groups, PLACES)] == ["planted-ungdom"]


def test_only_planned_activities_marked_public_are_in_the_view():
    view = public_view(by_id(load_groups(FIXTURES / "planted"), "planted-ungdom"), PLACES)
    assert view.activities == (PublicActivity(date(2027, 3, 5), "stand", "AllowedPublicActivityTitle",
                                              "AllowedPublicActivityPlace"),)


def test_an_activity_planned_in_two_reports_is_in_the_view_once():
    group = by_id(load_groups(FIXTURES / "planted"), "planted-ungdom")
    repeated = {**group.data["reports"][0], "quarter": "2012-Q4"}
    group.data["reports"] = group.data["reports"] + [repeated]
    assert len(public_view(group, PLACES).activities) == 1


def test_an_activity_a_later_report_marks_not_public_leaves_the_view():
    group = by_id(load_groups(FIXTURES / "planted"), "planted-ungdom")
    earlier = group.data["reports"][0]
    hidden = [{**planned, "public": False} for planned in earlier["planned"]]
    later = {**earlier, "quarter": f"{int(earlier['quarter'][:4]) + 1}-Q1", "planned": hidden}
    group.data["reports"] = [later, earlier]        # the order in the file does not matter; the quarter does
    assert public_view(group, PLACES).activities == ()


def test_a_planned_activity_brings_its_start_and_end_time_into_the_view():
    group = by_id(load_groups(SAMPLE_GROUPS), "amnesty-bergen")
    evening = next(a for a in public_view(group, PLACES).activities if a.title.startswith("Fagkveld"))
    assert (evening.start, evening.end) == (time(19, 0), time(21, 0))
    day_long = next(a for a in public_view(group, PLACES).activities if a.title.startswith("Skriv for liv"))
    assert (day_long.start, day_long.end) == (None, None)


def test_an_end_without_a_start_or_before_it_is_left_out_of_the_view():
    group = by_id(load_groups(FIXTURES / "planted"), "planted-ungdom")
    planned = group.data["reports"][0]["planned"][-1]
    planned.update(start="18:00", end="17:00")
    assert (public_view(group, PLACES).activities[0].start, public_view(group, PLACES).activities[0].end) == (time(18, 0), None)
    del planned["start"]
    assert (public_view(group, PLACES).activities[0].start, public_view(group, PLACES).activities[0].end) == (None, None)


def test_activities_of_one_day_are_in_order_of_time_the_whole_day_first():
    group = by_id(load_groups(FIXTURES / "planted"), "planted-ungdom")
    first = group.data["reports"][0]["planned"][-1]
    group.data["reports"][0]["planned"] = [{**first, "title": "B kveld", "start": "19:00"},
                                           {**first, "title": "C morgen", "start": "08:30"},
                                           {**first, "title": "D hele dagen"}]
    assert [a.title for a in public_view(group, PLACES).activities] == ["D hele dagen", "C morgen", "B kveld"]


def test_upcoming_activities_start_on_the_as_of_date():
    view = public_view(by_id(load_groups(FIXTURES / "planted"), "planted-ungdom"), PLACES)
    assert view.upcoming(date(2027, 3, 5)) == view.activities
    assert view.upcoming(date(2027, 3, 6)) == ()


def test_views_are_sorted_by_name():
    names = [view.name for view in public_views(load_groups(SAMPLE_GROUPS), PLACES)]
    assert names == sorted(names, key=str.casefold)


def test_one_municipality_written_in_different_ways_is_shown_one_way():
    groups = [group for group in load_groups(SAMPLE_GROUPS) if group.data.get("municipality") == "Oslo"]
    for group, written in zip(groups, ["oslo", "Oslo ", "oslo"]):
        group.data["municipality"] = written
    assert {view.municipality for view in public_views(groups, PLACES)} == {"Oslo"}   # capitalised before most common


def test_spaces_around_a_municipality_are_not_part_of_it():
    group = by_id(load_groups(SAMPLE_GROUPS), "amnesty-bergen")
    group.data["municipality"] = "  Bergen\u00a0 "
    assert public_view(group, PLACES).municipality == "Bergen"
