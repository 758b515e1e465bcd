"""groups.json: the public data of every active group, valid against its own schema."""

from __future__ import annotations

import json

import jsonschema


from tests.conftest import ROOT, SAMPLE_GROUPS, load_groups


def test_groups_json_is_valid_against_its_published_schema(sample_site):
    schema = json.loads((sample_site / "schema" / "groups-public.schema.json").read_text(encoding="utf-8"))
    assert schema == json.loads((ROOT / "schema" / "groups-public.schema.json").read_text(encoding="utf-8"))
    document = json.loads((sample_site / "groups.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(document, schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_groups_json_lists_every_active_listed_group_and_no_closed_one(sample_site):
    document = json.loads((sample_site / "groups.json").read_text(encoding="utf-8"))
    active = {group.id for group in load_groups(SAMPLE_GROUPS)
              if group.data["status"] == "active" and group.data.get("listed", True)}
    ids = {group["id"] for group in document["groups"]}
    assert active <= ids
    assert "amnesty-hamar" not in ids
    assert document["count"] == len(document["groups"])


def test_groups_json_carries_labels_and_addresses(sample_site):
    document = json.loads((sample_site / "groups.json").read_text(encoding="utf-8"))
    nidaros = next(group for group in document["groups"] if group["id"] == "amnesty-nidaros")
    assert nidaros["region"] == {"key": "midt", "label": "Midt"}
    assert nidaros["url"] == "https://grupper.amnesty.no/groups/amnesty-nidaros/"
    assert nidaros["upcoming_activities"][0]["date"] == "2026-12-10"


def test_groups_json_gives_an_activitys_start_and_end_or_null(sample_site):
    document = json.loads((sample_site / "groups.json").read_text(encoding="utf-8"))
    activities = {activity["title"]: activity for group in document["groups"]
                  for activity in group["upcoming_activities"]}
    evening = activities["Fagkveld om ytringsfrihet og overvåking"]
    assert (evening["start"], evening["end"]) == ("19:00", "21:00")
    assert activities["Fagkveld om ytringsfrihet og straffeloven"]["end"] is None
    assert activities["Skriv for liv-kveld på Litteraturhuset"]["start"] is None
