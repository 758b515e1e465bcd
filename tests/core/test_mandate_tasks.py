"""The mandate's tasks (§3.2) in the vocabularies: every activity type serves some, the file is checked for them,
and the public page «Hva grupper gjør» takes its examples from them."""

from __future__ import annotations

import pytest

from generator.model.project_data import vocabularies as read_vocabularies
from generator.sites.public.addresses import PAGES
from generator.text.markdown import inline
from tests.conftest import ROOT, vocabularies
from tests.public.conftest import SAMPLE_GROUPS, load_groups, staged

VOCABULARY_TEXT = (ROOT / "schema" / "vocabularies.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("key", list(vocabularies().activity_types))
def test_every_activity_type_serves_tasks_of_the_mandate(key):
    vocab = vocabularies()
    tasks = vocab.activity_types[key].tasks
    assert tasks and set(tasks) <= set(vocab.mandate_tasks)


def test_every_task_of_the_mandate_is_served_by_an_activity_type_and_described():
    vocab = vocabularies()
    assert set(vocab.mandate_tasks) == {"visibility", "influencing", "engagement", "human-rights-education",
                                        "representing", "informing", "recruiting"}
    for key, task in vocab.mandate_tasks.items():
        assert vocab.serving(key) and task.description, key


def _problems(tmp_path, text: str) -> list[str]:
    path = tmp_path / "vocabularies.yaml"
    path.write_text(text, encoding="utf-8")
    vocab, problems = read_vocabularies(path, "schema/vocabularies.yaml")
    assert vocab is None
    return [f"{p.line}: {p.message}" for p in problems]


def test_an_activity_type_without_tasks_is_a_located_error(tmp_path):
    text = VOCABULARY_TEXT.replace("lobbying: {label: Påvirkningsarbeid, outward: true, tasks: [influencing, "
                                   "representing]}", "lobbying: {label: Påvirkningsarbeid, outward: true}")
    line = text.splitlines().index("  lobbying: {label: Påvirkningsarbeid, outward: true}") + 1
    [problem] = _problems(tmp_path, text)
    assert problem.startswith(f"{line}: Aktivitetstypen «lobbying» mangler tasks")


def test_a_task_the_mandate_does_not_list_is_a_located_error_with_the_choices(tmp_path):
    text = VOCABULARY_TEXT.replace("tasks: [influencing]}", "tasks: [influence]}")
    [problem] = _problems(tmp_path, text)
    assert "«influence» står ikke under mandate_tasks" in problem and "recruiting" in problem


def test_what_groups_do_lists_each_task_with_the_activity_types_that_serve_it():
    page = staged(load_groups(SAMPLE_GROUPS))[PAGES.path("what_groups_do")]
    vocab = vocabularies()
    for key, task in vocab.mandate_tasks.items():
        line = next(line for line in page.splitlines() if line.startswith(f"- **{inline(task.label)}:**"))
        assert all(inline(term.label.lower()) in line for term in vocab.serving(key)), line
    assert "brev til myndigheter og påvirkningsarbeid" in page
