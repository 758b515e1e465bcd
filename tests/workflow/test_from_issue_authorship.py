"""`grupper from-issue --author`: the reply and the pull request say whether the issue's author is one of the target
group's maintainers, and `--labels-file` gets the pull request's labels (ikke-gruppas-kontakt when not)."""

from __future__ import annotations

import pytest

from .issue_bodies import form_body, member_answers, registration_answers
from .test_from_issue import ÅS

CLOSURE = {"group": "amnesty-nidaros", "closed_date": "2026-11-20", "reason": "For få medlemmer.",
           "confirm": ["Gruppa er enig i at den legges ned."]}
MOLDE_MEMBERS = {"group": "Amnesty Ungdom Molde", **member_answers([{"member_number": "101552", "roles": ["contact"]},
                                                                   {"member_number": "101999", "roles": ["leader"]}])}


def _from_issue(grupper, project, form: str, answers: dict, *options: str) -> tuple[int, str, list[str]]:
    """(exit code, the Markdown reply, the labels written)."""
    labels = project / "labels.txt"
    result = grupper("from-issue", "--format", "markdown", "--labels-file", str(labels), *options,
                     stdin=form_body(form, answers))
    return result.returncode, result.stdout, labels.read_text(encoding="utf-8").splitlines()


def test_a_form_from_one_of_the_groups_maintainers_says_so_and_gets_no_warning_label(grupper, project):
    # GitHub user names are case-insensitive: the file says kari-nordmann
    code, reply, labels = _from_issue(grupper, project, "nedlegging", CLOSURE, "--author", "Kari-Nordmann")
    assert code == 0, reply
    assert "Skjemaet er sendt av @Kari-Nordmann, en av gruppas GitHub-kontoer (`maintainers` i gruppefila)." in reply
    assert labels == ["skjema"]


def test_a_form_from_another_account_says_so_and_is_labelled_ikke_gruppas_kontakt(grupper, project):
    code, reply, labels = _from_issue(grupper, project, "nedlegging", CLOSURE, "--author", "ola-hansen")
    assert code == 0, reply
    assert "Skjemaet er sendt av @ola-hansen, som ikke er en av gruppas GitHub-kontoer" in reply
    assert "Sekretariatet sjekker med gruppa at endringen er ønsket" in reply
    assert labels == ["skjema", "ikke-gruppas-kontakt"]


def test_the_text_reply_says_it_too(grupper, project):
    result = grupper("from-issue", "--author", "ola-hansen", stdin=form_body("nedlegging", CLOSURE))
    assert result.returncode == 0, result.stdout
    lines = result.stdout.splitlines()
    assert lines[-2].startswith("Skjemaet er sendt av @ola-hansen, som ikke er en av gruppas GitHub-kontoer")
    assert lines[-1] == "Skrev groups/amnesty-nidaros.yaml."


def test_a_group_without_maintainers_is_for_the_secretariat_to_confirm(grupper, project):
    code, reply, labels = _from_issue(grupper, project, "medlemmer", MOLDE_MEMBERS, "--author", "ola-hansen")
    assert code == 0, reply
    assert "Gruppa har ingen GitHub-kontoer i gruppefila (`maintainers`)" in reply
    assert labels == ["skjema", "ikke-gruppas-kontakt"]


def test_a_new_group_is_always_for_the_secretariat_to_approve(grupper, project):
    code, reply, labels = _from_issue(grupper, project, "ny-gruppe", registration_answers(ÅS), "--author",
                                      "kari-nordmann")
    assert code == 0, reply
    assert "Skjemaet er sendt av @kari-nordmann. En ny gruppe godkjennes alltid av sekretariatet." in reply
    assert labels == ["skjema", "ny-gruppe"]


@pytest.mark.parametrize("author", ["", "github-actions[bot]", "kari nordmann", "-kari"])
def test_an_account_that_is_no_github_user_name_is_never_taken_for_a_maintainer(grupper, project, author):
    code, reply, labels = _from_issue(grupper, project, "nedlegging", CLOSURE, f"--author={author}")
    assert code == 0, reply
    assert "Vi vet ikke hvilken GitHub-konto som sendte skjemaet" in reply
    assert not author or f"@{author}" not in reply
    assert labels == ["skjema", "ikke-gruppas-kontakt"]


def test_without_author_the_reply_says_nothing_of_it_but_the_label_warns(grupper, project):
    code, reply, labels = _from_issue(grupper, project, "nedlegging", CLOSURE)
    assert code == 0, reply
    assert "sendt av" not in reply
    assert labels == ["skjema", "ikke-gruppas-kontakt"]


def test_maintainers_are_read_from_the_file_as_it_is_not_from_the_form(grupper, project):
    """What the change would write cannot make its author a maintainer: the file before the change decides."""
    nidaros = project / "groups" / "amnesty-nidaros.yaml"
    nidaros.write_text(nidaros.read_text(encoding="utf-8").replace("[kari-nordmann]", "[]"), encoding="utf-8")
    code, reply, labels = _from_issue(grupper, project, "nedlegging", CLOSURE, "--author", "kari-nordmann")
    assert code == 0, reply
    assert labels == ["skjema", "ikke-gruppas-kontakt"]


def test_labels_are_written_also_when_the_form_is_refused(grupper, project):
    answers = {**CLOSURE, "reason": "Ring meg på 912 34 567."}
    code, reply, labels = _from_issue(grupper, project, "nedlegging", answers, "--author", "kari-nordmann")
    assert code == 1
    assert "sendt av" not in reply
    assert labels == ["skjema", "ikke-gruppas-kontakt"]


def test_an_edit_by_another_account_says_who_edited_it_and_is_labelled(grupper, project):
    """The issue's author maintains the group, but the account that edited the form (the event's sender) does not:
    the edited form is judged by its editor."""
    code, reply, labels = _from_issue(grupper, project, "nedlegging", CLOSURE, "--author", "ola-hansen",
                                      "--event", "edited")
    assert code == 0, reply
    assert "Skjemaet er endret av @ola-hansen, som ikke er en av gruppas GitHub-kontoer" in reply
    assert "sendt av" not in reply
    assert labels == ["skjema", "ikke-gruppas-kontakt"]


def test_an_edit_by_one_of_the_groups_maintainers_says_so(grupper, project):
    code, reply, labels = _from_issue(grupper, project, "nedlegging", CLOSURE, "--author", "kari-nordmann",
                                      "--event", "edited")
    assert code == 0, reply
    assert "Skjemaet er endret av @kari-nordmann, en av gruppas GitHub-kontoer" in reply
    assert labels == ["skjema"]
