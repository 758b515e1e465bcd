"""`grupper remind`: one reminder for each group that owes something it can do itself, to its GitHub accounts or
its region's adviser, in Norwegian, with nothing personal in it; and `--plan`, which keeps one open reminder
issue per group (open, update, close) as the weekly workflow applies it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from generator.model.regions import read_regions
from generator.model.settings import ReminderSettings, read_settings
from generator.views.reminders import MEMBER_FORM, REPORT_FORM, marker
from tests.conftest import ROOT, vocabularies
from tests.planted_register import leaks, planted_people, write_export
from tests.status.conftest import make_group
from tests.status.test_waivers import sent

KEYS = {"group", "maintainers", "rules", "title", "body"}
ON_TIME = [sent(q, s) for q, s in (("2025-Q3", "2025-10-10"), ("2025-Q4", "2026-01-10"),
                                    ("2026-Q1", "2026-04-10"), ("2026-Q2", "2026-07-10"),
                                    ("2026-Q3", "2026-10-10"))]
LATE = ON_TIME[:-1]      # 2026-Q3 was due 30 October 2026


@pytest.fixture
def remind(run_grupper):
    def run(*args: str, groups: Path | None = None):
        folder = ("--groups-dir", str(groups)) if groups else ()
        return run_grupper("remind", *folder, *args, cwd=ROOT)
    return run


def reminders_of(remind, groups: Path, as_of: str, *args: str) -> list[dict]:
    done = remind("--as-of", as_of, "--format", "json", *args, groups=groups)
    assert (done.returncode, done.stderr.replace(NOT_CHECKED, "")) == (0, ""), done.stderr
    return json.loads(done.stdout)


NOT_CHECKED = "Medlemskap, alder og kontaktinformasjon er ikke sjekket: oppgi --members (uttrekk fra medlemsregisteret).\n"


def write_groups(folder: Path, **groups: dict) -> Path:
    """Group files in `folder`, each the status fixture's group with `fields`, reachable and followed up."""
    folder.mkdir(exist_ok=True)
    for group_id, fields in groups.items():
        fields = {"public": {"email": "gruppa@example.org"}, "reports": ON_TIME, **fields}
        data = make_group(group_id, **fields).data
        (folder / f"{group_id}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                                 encoding="utf-8")
    return folder


def test_the_sample_groups_that_owe_something_get_one_reminder_each_in_the_agreed_shape(remind):
    done = remind("--as-of", "2026-12-06", "--format", "json")
    assert done.returncode == 0
    found = json.loads(done.stdout)
    assert all(set(r) == KEYS for r in found)
    assert {r["group"]: r["rules"] for r in found} == {
        "amnesty-kristiansand": ["§6.2"], "amnesty-nidaros": ["§6.2"], "amnesty-studentgruppe-uis": ["§6.3"],
        "amnesty-studentgruppe-uit": ["§6.2"]}
    nidaros = next(r for r in found if r["group"] == "amnesty-nidaros")
    assert nidaros["maintainers"] == ["kari-nordmann"] and "Hei @kari-nordmann!" in nidaros["body"]
    assert nidaros["title"] == "Påminnelse til Amnesty Nidaros: kvartalsrapport"
    assert nidaros["body"].startswith(marker("amnesty-nidaros") + "\n")


def test_a_group_on_time_gets_no_reminder(remind, tmp_path):
    assert reminders_of(remind, write_groups(tmp_path / "g", **{"amnesty-i-rute": {}}), "2026-12-06") == []
    done = remind("--as-of", "2026-12-06", groups=tmp_path / "g")
    assert done.stdout.startswith("Ingen grupper har noe å gjøre som de skal minnes om per 6. desember 2026.")


def test_a_late_report_is_reminded_only_when_the_secretariat_s_days_after_the_deadline_have_passed(remind, tmp_path):
    """data/settings.yaml: reminders.start_days_after_deadline 14; the 2026-Q3 report was due 30 October."""
    folder = write_groups(tmp_path / "g", **{"amnesty-sen": {"reports": LATE}})
    assert reminders_of(remind, folder, "2026-11-13") == []
    [found] = reminders_of(remind, folder, "2026-11-14")
    assert found["rules"] == ["§6.2"]
    assert "Kvartalsrapporten for 2026-Q3 (fristen var 30. oktober 2026) mangler." in found["body"]
    assert ("https://github.com/amnesty-norge/grupperegister/issues/new?template=kvartalsrapport.yml"
            "&group=amnesty-sen" in found["body"])


def test_a_waived_duty_gets_no_reminder(remind, tmp_path):
    waiver = {"rule": "§6.2", "granted": "2026-09-01", "until": "2027-01-15", "reason": "Utveksling"}
    folder = write_groups(tmp_path / "g", **{"amnesty-sen": {"reports": LATE, "waivers": [waiver]}})
    assert reminders_of(remind, folder, "2026-12-06") == []
    assert [r["rules"] for r in reminders_of(remind, folder, "2027-01-16")] == [["§6.2"]]


def test_a_group_without_maintainers_is_reminded_through_its_region_s_adviser(remind, tmp_path):
    folder = write_groups(tmp_path / "g", **{"amnesty-sen": {"reports": LATE},
                                            "amnesty-egen": {"reports": LATE, "maintainers": ["ola-n", "kari-n"]}})
    own, adviser = reminders_of(remind, folder, "2026-12-06")
    assert (own["group"], own["maintainers"]) == ("amnesty-egen", ["ola-n", "kari-n"])
    assert "Hei @ola-n og @kari-n!" in own["body"] and "regionrådgiveren" not in own["body"]
    assert (adviser["group"], adviser["maintainers"]) == ("amnesty-sen", ["regionradgiver-midt"])
    assert "Hei @regionradgiver-midt!" in adviser["body"]
    assert "har ingen GitHub-kontoer i grupperegisteret, så denne påminnelsen går til regionrådgiveren" in adviser["body"]


def test_a_group_is_asked_to_confirm_before_it_would_be_marked_possibly_inactive(remind, tmp_path):
    """Last sign of life 10 October 2025 (2025-Q4): marked possibly inactive from 1 January 2027; asked from 30 days
    before (reminders.days_before_inactive), by 31 December 2026; once marked, asked all the same."""
    quiet = {"reports": [sent("2025-Q3", "2025-10-10")]}
    folder = write_groups(tmp_path / "g", **{"amnesty-stille": quiet})
    [before] = reminders_of(remind, folder, "2026-12-01")
    assert "bekreftelse" not in before["title"]
    [due] = reminders_of(remind, folder, "2026-12-02")
    assert due["title"] == "Påminnelse til Amnesty Prøvegruppa: kvartalsrapport og bekreftelse"
    assert "Bekreft at opplysningene stemmer innen 31. desember 2026" in due["body"]
    assert "template=medlemmer.yml&group=amnesty-stille" in due["body"]
    [marked] = reminders_of(remind, folder, "2027-01-01")
    assert "står derfor som mulig inaktiv" in marked["body"]


def test_a_hostile_group_name_cannot_mention_anyone_or_make_a_link(remind, tmp_path):
    folder = write_groups(tmp_path / "g", **{"amnesty-sen": {"reports": LATE, "name": "@everyone [x](https://x.example)"}})
    [found] = reminders_of(remind, folder, "2026-12-06")
    assert "@everyone" not in found["body"] and "](https://x.example)" not in found["body"]


# The export gives the status its §2.4 and §8.1 findings, and a reminder must still say nothing of anyone: the
# issues are read by every group contact. Every sample member has planted values but Bergen's contact, who is
# left out of the export, so Bergen has no contact the secretariat can reach.
BERGEN_CONTACT = "130411"
PLANTED = [p for p in planted_people(ROOT / "groups") if p.number != BERGEN_CONTACT]


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_no_reminder_holds_a_name_contact_detail_or_member_number_from_the_export(remind, tmp_path, fmt):
    export = write_export(PLANTED, tmp_path / "uttrekk.csv")
    done = remind("--as-of", "2026-12-06", "--members", str(export), "--format", fmt)
    assert done.returncode == 0
    assert leaks([("stdout", done.stdout), ("stderr", done.stderr)], PLANTED) == []
    assert "gruppekontakt" in done.stdout and "Amnesty Bergen" in done.stdout     # the export was read
    assert BERGEN_CONTACT not in done.stdout
    assert all(p.number not in done.stdout for p in PLANTED)


def test_the_forms_the_reminders_link_to_exist_and_take_the_group():
    for form, title in (REPORT_FORM, MEMBER_FORM):
        data = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / form).read_text(encoding="utf-8"))
        assert data["name"] == title
        assert "group" in [field.get("id") for field in data["body"]]


# The plan, as the workflow applies it: given the open issues as `gh issue list --json number,title,body` prints
# them (GitHub gives bodies back with CRLF line ends).

def plan(remind, tmp_path, issues: list[dict], groups: Path | None = None, as_of: str = "2026-12-06") -> list[dict]:
    listed = tmp_path / "open.json"
    listed.write_text(json.dumps(issues, ensure_ascii=False), encoding="utf-8")
    done = remind("--as-of", as_of, "--plan", "--open-issues", str(listed), groups=groups)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def current(remind, group: str, groups: Path | None = None) -> dict:
    done = remind("--as-of", "2026-12-06", "--format", "json", groups=groups)
    return next(r for r in json.loads(done.stdout) if r["group"] == group)


def test_plan_opens_an_issue_for_each_group_that_has_none(remind, tmp_path):
    actions = plan(remind, tmp_path, [])
    assert [(a["action"], a["group"]) for a in actions] == [
        ("open", "amnesty-kristiansand"), ("open", "amnesty-nidaros"), ("open", "amnesty-studentgruppe-uis"),
        ("open", "amnesty-studentgruppe-uit")]
    nidaros = current(remind, "amnesty-nidaros")
    assert {k: actions[1][k] for k in ("title", "body")} == {k: nidaros[k] for k in ("title", "body")}


def test_plan_leaves_an_unchanged_issue_alone_and_never_opens_a_second(remind, tmp_path):
    nidaros = current(remind, "amnesty-nidaros")
    issue = {"number": 7, "title": nidaros["title"], "body": nidaros["body"].replace("\n", "\r\n").rstrip()}
    actions = plan(remind, tmp_path, [issue])
    assert "amnesty-nidaros" not in [a["group"] for a in actions]


def test_plan_updates_an_issue_whose_duties_changed(remind, tmp_path):
    folder = write_groups(tmp_path / "g", **{"amnesty-sen": {"reports": LATE}})
    before = current(remind, "amnesty-sen", folder)
    write_groups(folder, **{"amnesty-sen": {"reports": LATE[:-1]}})      # now 2026-Q2 is missing too
    [action] = plan(remind, tmp_path, [{"number": 3, "title": before["title"], "body": before["body"]}], folder)
    assert (action["action"], action["number"], action["group"]) == ("update", 3, "amnesty-sen")
    assert "2026-Q2 (fristen var 30. juli 2026) og 2026-Q3" in action["body"]
    assert action["comment"].startswith("Påminnelsen er oppdatert per 6. desember 2026")


def test_plan_closes_the_issue_of_a_group_whose_duties_are_met_with_a_thanks(remind, tmp_path):
    folder = write_groups(tmp_path / "g", **{"amnesty-sen": {}})
    body = f"{marker('amnesty-sen')}\nHei!\n"
    [action] = plan(remind, tmp_path, [{"number": 5, "title": "Påminnelse", "body": body}], folder)
    assert {k: action[k] for k in ("action", "number", "group")} == {"action": "close", "number": 5,
                                                                     "group": "amnesty-sen"}
    assert action["comment"].startswith("Takk!")


def test_plan_addresses_a_new_issue_of_a_group_without_maintainers_to_the_adviser(remind, tmp_path):
    folder = write_groups(tmp_path / "g", **{"amnesty-sen": {"reports": LATE}})
    [action] = plan(remind, tmp_path, [], folder)
    assert action["action"] == "open" and "Hei @regionradgiver-midt!" in action["body"]


def test_plan_keeps_the_oldest_of_two_issues_of_a_group_and_leaves_other_issues_alone(remind, tmp_path):
    folder = write_groups(tmp_path / "g", **{"amnesty-sen": {"reports": LATE}})
    now = current(remind, "amnesty-sen", folder)
    issues = [{"number": 9, "title": now["title"], "body": now["body"]},
              {"number": 4, "title": now["title"], "body": now["body"]},
              {"number": 2, "title": "Noe annet", "body": "Uten markør"}]
    actions = plan(remind, tmp_path, issues, folder)
    assert [(a["action"], a["number"]) for a in actions] == [("close", 9)]
    assert "sak #4" in actions[0]["comment"]


@pytest.mark.parametrize("content", ["ikke json", '{"number": 1}', '[{"number": "1", "title": "", "body": ""}]'])
def test_plan_refuses_open_issues_it_cannot_read(remind, tmp_path, content):
    listed = tmp_path / "open.json"
    listed.write_text(content, encoding="utf-8")
    done = remind("--plan", "--open-issues", str(listed))
    assert done.returncode == 2 and "gh issue list" in done.stderr and "Traceback" not in done.stderr


def test_plan_and_open_issues_go_together(remind):
    assert remind("--plan").returncode == 2
    assert remind("--open-issues", "x.json").returncode == 2


# The workflow only wires gh: its step that applies the plan, run by bash with a gh that records what it was given.

FAKE_GH = """#!/bin/sh
for arg in "$@"; do printf '%s\\n' "$arg"; done >> "$RUNNER_TEMP/gh-calls.txt"
printf -- '--\\n' >> "$RUNNER_TEMP/gh-calls.txt"
for arg in "$@"; do case "$prev" in --body-file) cat "$arg" >> "$RUNNER_TEMP/gh-bodies.txt";; esac; prev=$arg; done
"""


def test_the_workflow_applies_the_plan_with_gh_passing_text_as_data(tmp_path):
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "reminders.yml").read_text(encoding="utf-8"))
    [step] = [s for s in workflow["jobs"]["remind"]["steps"] if s.get("name") == "Åpne, oppdater og lukk sakene"]
    hostile = "$(touch pwned) `touch pwned` \"; touch pwned"
    plan_file = [{"action": "open", "group": "a", "title": f"Påminnelse {hostile}", "body": f"Kropp {hostile}\n"},
                 {"action": "update", "number": 3, "group": "b", "title": "Ny", "body": "Ny kropp\n",
                  "comment": "Oppdatert"},
                 {"action": "close", "number": 4, "group": "c", "comment": f"Takk! {hostile}"}]
    (tmp_path / "plan.json").write_text(json.dumps(plan_file, ensure_ascii=False), encoding="utf-8")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "gh").write_text(FAKE_GH, encoding="utf-8")
    (bin_dir / "gh").chmod(0o755)
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "RUNNER_TEMP": str(tmp_path), "GITHUB_REPOSITORY": "org/repo",
           "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"), "GH_TOKEN": "x"}
    done = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    calls = [c.strip("\n").split("\n") for c in (tmp_path / "gh-calls.txt").read_text().split("--\n") if c.strip()]
    assert [c[:2] for c in calls] == [["issue", "create"], ["issue", "edit"], ["issue", "comment"], ["issue", "close"]]
    assert calls[0][calls[0].index("--title") + 1] == f"Påminnelse {hostile}"
    assert calls[0][calls[0].index("--label") + 1] == "påminnelse"
    assert calls[1][2] == "3" and calls[3][2] == "4"
    assert calls[3][calls[3].index("--comment") + 1] == f"Takk! {hostile}"
    assert (tmp_path / "gh-bodies.txt").read_text() == f"Kropp {hostile}\nNy kropp\nOppdatert"
    assert not (tmp_path / "pwned").exists()
    assert (tmp_path / "summary.md").read_text() == "Påminnelser: 1 lukket, 1 åpnet, 1 oppdatert.\n"


# When reminders start is the secretariat's setting, checked as every setting is.

def test_the_project_settings_say_when_reminders_start():
    settings, problems = read_settings(ROOT / "data" / "settings.yaml")
    assert (settings.reminders, problems) == (ReminderSettings(start_days_after_deadline=14, days_before_inactive=30),
                                              [])


@pytest.mark.parametrize("written, line", [("reminders:\n  start_days_after_deadline: -1\n", 2),
                                           ("reminders:\n  start_days_after_deadline: fjorten\n", 2),
                                           ("reminders:\n  start_days: 14\n", 2), ("reminders: 14\n", 1)])
def test_a_reminder_setting_that_is_no_number_of_days_is_a_located_problem(tmp_path, written, line):
    path = tmp_path / "settings.yaml"
    path.write_text(written, encoding="utf-8")
    settings, [problem] = read_settings(path, "data/settings.yaml")
    assert settings is None and (problem.file, problem.line) == ("data/settings.yaml", line)
    assert "reminders" in problem.message


def test_a_region_adviser_s_github_account_is_checked(tmp_path):
    text = (ROOT / "data" / "regions.yaml").read_text(encoding="utf-8")
    path = tmp_path / "regions.yaml"
    path.write_text(text.replace("adviser_github: regionradgiver-nord", "adviser_github: '@ikke gyldig'"),
                    encoding="utf-8")
    regions, problems = read_regions(path, vocabularies())
    assert [p.message for p in problems] == ["«adviser_github» skal være regionrådgiverens brukernavn på GitHub, uten "
                                             "@, for eksempel regionradgiver-nord."]
    assert regions.region("nord").adviser_github is None
    assert regions.region("midt").adviser_github == "regionradgiver-midt"
