"""`grupper maintainers`: the pull-request check's summary says, for each changed group file, whether the pull
request's author and every other account behind its commits maintains it, by the file's maintainers on the base
branch, and the check labels the pull request ikke-gruppas-kontakt when one does not."""

from __future__ import annotations

import shlex

import yaml

from .test_issue_edits import _run, gh  # noqa: F401  (gh is a fixture)
from .test_workflow_commands import PULL_REQUEST, _git, _run_pull_request_job, repo  # noqa: F401  (repo: a fixture)

NIDAROS = "groups/amnesty-nidaros.yaml"      # maintainers: [kari-nordmann]
MOLDE = "groups/amnesty-ungdom-molde.yaml"   # no maintainers


def _edit(repo, path: str, old: str, new: str) -> None:
    file = repo / path
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def _base(repo) -> str:
    return _git(repo, "rev-parse", "HEAD")


def _commit(repo) -> None:
    _git(repo, "add", "-A", "groups")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "change")


def test_the_summary_says_the_author_maintains_the_changed_group(repo, tmp_path):
    _edit(repo, NIDAROS, "open_to_new_members: true", "open_to_new_members: true ")
    codes, _, summary = _run_pull_request_job(repo, tmp_path, author="Kari-Nordmann")
    assert codes["Gruppas GitHub-kontoer"] == 0
    assert "## Gruppas GitHub-kontoer\n\nPull requesten er laget av @Kari-Nordmann.\n" in summary
    assert f"- `{NIDAROS}`: laget av en av gruppas GitHub-kontoer (`kari-nordmann`)." in summary


def test_the_summary_says_when_the_author_is_not_one_of_the_groups_own(repo, tmp_path):
    _edit(repo, NIDAROS, "open_to_new_members: true", "open_to_new_members: true ")
    _edit(repo, MOLDE, "open_to_new_members: true", "open_to_new_members: true ")
    codes, _, summary = _run_pull_request_job(repo, tmp_path, author="ola-hansen")
    assert codes["Gruppas GitHub-kontoer"] == 0
    assert f"- `{NIDAROS}`: ikke laget av en av gruppas GitHub-kontoer (`kari-nordmann`); sekretariatet sjekker " \
           "med gruppa at endringen er ønsket." in summary
    assert f"- `{MOLDE}`: gruppa har ingen GitHub-kontoer i `maintainers`, så sekretariatet godkjenner endringen." \
           in summary


def test_adding_oneself_to_maintainers_does_not_make_one_a_maintainer(repo, grupper):
    base = _base(repo)
    _edit(repo, NIDAROS, "[kari-nordmann]", "[kari-nordmann, ola-hansen]")
    _commit(repo)
    result = grupper("maintainers", "--base", base, "--author", "ola-hansen")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Pull requesten er laget av @ola-hansen.",
        f"- {NIDAROS}: ikke laget av en av gruppas GitHub-kontoer (kari-nordmann); sekretariatet sjekker med gruppa "
        "at endringen er ønsket. Endrer maintainers: hvem som eier gruppefila, godkjenner sekretariatet "
        "(.github/CODEOWNERS).",
    ]


def test_a_new_group_file_is_for_the_secretariat(repo, grupper):
    base = _base(repo)
    (repo / "groups" / "amnesty-ny.yaml").write_text((repo / MOLDE).read_text(encoding="utf-8")
                                                    .replace("Amnesty Ungdom Molde", "Amnesty Ny"), encoding="utf-8")
    (repo / "groups" / "notater.txt").write_text("not a group\n", encoding="utf-8")
    _commit(repo)
    result = grupper("maintainers", "--base", base, "--author", "kari-nordmann", "--format", "markdown")
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("- `groups/amnesty-ny.yaml`: ny gruppe; en ny gruppe godkjennes alltid av "
                                  "sekretariatet.\n")
    assert "notater" not in result.stdout


def test_a_pull_request_from_a_form_points_to_its_description(repo, grupper):
    base = _base(repo)
    _edit(repo, NIDAROS, "open_to_new_members: true", "open_to_new_members: true ")
    _commit(repo)
    result = grupper("maintainers", "--base", base, "--author", "github-actions[bot]", "--format", "markdown")
    assert "laget av `github-actions[bot]`, altså fra et skjema" in result.stdout
    assert f"- `{NIDAROS}`: gruppas GitHub-kontoer: `kari-nordmann`." in result.stdout


def test_nothing_is_said_when_no_group_file_changed(repo, grupper):
    base = _base(repo)
    (repo / "README.md").write_text("hei\n", encoding="utf-8")
    _git(repo, "add", "README.md")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "readme")
    result = grupper("maintainers", "--base", base, "--author", "kari-nordmann", "--format", "markdown")
    assert (result.returncode, result.stdout) == (0, "")


def test_an_unknown_base_is_a_usage_error(repo, grupper_process):
    # the real process: its exit code as a shell sees it
    result = grupper_process("maintainers", "--base", "no-such-branch", "--author", "kari-nordmann")
    assert result.returncode == 2
    assert "no-such-branch" in result.stderr


def _maintainers(grupper, repo, base: str, author: str, committers: list[str]) -> tuple[str, list[str]]:
    """(the text summary, the labels written) with `committers` as the other accounts behind the branch."""
    (repo / "committers.txt").write_text("".join(f"{login}\n" for login in committers), encoding="utf-8")
    result = grupper("maintainers", "--base", base, "--author", author, "--committers", "committers.txt",
                     "--labels-file", "labels.txt")
    assert result.returncode == 0, result.stderr
    return result.stdout, (repo / "labels.txt").read_text(encoding="utf-8").splitlines()


def test_a_push_by_another_account_to_a_forms_branch_is_said_and_labelled(repo, grupper):
    base = _base(repo)
    _edit(repo, NIDAROS, "open_to_new_members: true", "open_to_new_members: true ")
    _commit(repo)
    summary, labels = _maintainers(grupper, repo, base, "github-actions[bot]", ["kari-nordmann", "ola-hansen"])
    assert "Commiter på grenen er også laget eller lagt til av @kari-nordmann, @ola-hansen." in summary
    assert f"- {NIDAROS}: ikke laget av en av gruppas GitHub-kontoer (kari-nordmann): @ola-hansen; sekretariatet " \
           "sjekker med gruppa at endringen er ønsket." in summary
    assert labels == ["ikke-gruppas-kontakt"]


def test_the_author_and_pushers_all_maintaining_the_group_get_no_label(repo, grupper):
    base = _base(repo)
    _edit(repo, NIDAROS, "open_to_new_members: true", "open_to_new_members: true ")
    _commit(repo)
    # bots are not judged, and an account is judged once whatever its case
    summary, labels = _maintainers(grupper, repo, base, "kari-nordmann", ["Kari-Nordmann", "grupper-app[bot]"])
    assert "Commiter på grenen" not in summary
    assert f"- {NIDAROS}: laget av en av gruppas GitHub-kontoer (kari-nordmann)." in summary
    assert labels == []


def test_a_pull_request_by_someone_else_is_labelled_even_when_a_maintainer_pushed_after(repo, grupper):
    base = _base(repo)
    _edit(repo, NIDAROS, "open_to_new_members: true", "open_to_new_members: true ")
    _commit(repo)
    summary, labels = _maintainers(grupper, repo, base, "ola-hansen", ["kari-nordmann"])
    assert ": @ola-hansen; sekretariatet sjekker" in summary
    assert labels == ["ikke-gruppas-kontakt"]


def test_a_form_with_no_other_account_behind_it_gets_no_label_from_the_check(repo, grupper):
    """The form's pull request has its labels from the issue-form workflow; a new group gets no warning either."""
    base = _base(repo)
    _edit(repo, NIDAROS, "open_to_new_members: true", "open_to_new_members: true ")
    (repo / "groups" / "amnesty-ny.yaml").write_text((repo / MOLDE).read_text(encoding="utf-8")
                                                    .replace("Amnesty Ungdom Molde", "Amnesty Ny"), encoding="utf-8")
    _commit(repo)
    assert _maintainers(grupper, repo, base, "github-actions[bot]", [])[1] == []
    assert _maintainers(grupper, repo, base, "kari-nordmann", [])[1] == []


def _workflow() -> dict:
    return yaml.safe_load(PULL_REQUEST.read_text(encoding="utf-8"))


def _group_files_step(name: str) -> dict:
    return next(step for step in _workflow()["jobs"]["group-files"]["steps"] if step.get("name") == name)


def test_the_check_judges_whoever_pushed_to_a_forms_branch_and_labels_the_pull_request(repo, tmp_path):
    _edit(repo, NIDAROS, "open_to_new_members: true", "open_to_new_members: true ")
    codes, _, summary = _run_pull_request_job(repo, tmp_path, author="grupper-app[bot]", pusher="ola-hansen")
    assert codes["Finn kontoene bak commitene"] == codes["Gruppas GitHub-kontoer"] == 0
    assert "Commiter på grenen er også laget eller lagt til av @ola-hansen." in summary
    assert f"- `{NIDAROS}`: ikke laget av en av gruppas GitHub-kontoer (`kari-nordmann`); sekretariatet" in summary
    assert (tmp_path / "output.txt").read_text() == "labels=ikke-gruppas-kontakt\n"
    assert _workflow()["jobs"]["group-files"]["outputs"]["labels"] == "${{ steps.owners.outputs.labels }}"


def test_the_check_judges_the_authors_of_the_pull_requests_commits(repo, tmp_path):
    """A push the check never judged (its run cancelled by the next push) still shows in the commits' authors."""
    _edit(repo, NIDAROS, "open_to_new_members: true", "open_to_new_members: true ")
    _, _, summary = _run_pull_request_job(repo, tmp_path, author="kari-nordmann", pusher="kari-nordmann",
                                          commit_authors=("kari-nordmann", "ola-hansen"))
    assert ": @ola-hansen; sekretariatet sjekker" in summary
    assert (tmp_path / "output.txt").read_text() == "labels=ikke-gruppas-kontakt\n"
    step = _group_files_step("Finn kontoene bak commitene")
    assert "repos/$GITHUB_REPOSITORY/pulls/$PR_NUMBER/commits" in step["run"] and "--paginate" in step["run"]
    assert step["env"]["PR_NUMBER"] == "${{ github.event.pull_request.number || inputs.pull-request }}"


def test_the_pusher_judged_is_the_sender_of_a_push_only():
    """On `synchronize` the event's sender pushed; on `opened` it is the author, on `reopened` it changed nothing."""
    step = _group_files_step("Finn kontoene bak commitene")
    assert step["env"]["PUSHER"] == "${{ github.event.action == 'synchronize' && github.event.sender.login || '' }}"


def test_a_pull_request_by_the_groups_own_gets_no_label(repo, tmp_path):
    _edit(repo, NIDAROS, "open_to_new_members: true", "open_to_new_members: true ")
    _run_pull_request_job(repo, tmp_path, author="kari-nordmann", pusher="Kari-Nordmann",
                          commit_authors=("kari-nordmann",))
    assert (tmp_path / "output.txt").read_text() == "labels=\n"


def test_the_label_is_set_by_a_job_that_may_only_write_to_pull_requests_and_runs_no_code_from_them(tmp_path, gh):
    job = _workflow()["jobs"]["label"]
    assert job["needs"] == "group-files"
    assert job["permissions"] == {"pull-requests": "write"}
    assert "needs.group-files.outputs.labels != ''" in job["if"]
    # a fork's token may not label; a dispatched run is on the repository's own branch
    assert "github.event.pull_request.head.repo.full_name == github.repository" in job["if"]
    [step] = job["steps"]
    assert "uses" not in step
    done = _run(step, tmp_path, tmp_path, PR_NUMBER="40", LABELS="ikke-gruppas-kontakt")
    assert done.returncode == 0, done.stderr
    assert [shlex.split(call) for call in gh.read_text().splitlines()] == [
        ["api", "--method", "POST", "repos/amnesty-norge/grupper/issues/40/labels", "-f",
         "labels[]=ikke-gruppas-kontakt"]]
