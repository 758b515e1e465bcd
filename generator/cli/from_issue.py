"""`grupper from-issue [FIL]`: a submitted issue form to a new or changed group file.

Reads the body GitHub wrote for the form (a file, or stdin), finds which form it
is, and writes `groups/<id>.yaml` only if the result passes the same checks as
`grupper validate`. Exits 1 with the problems otherwise. A body or title that
holds personal details (an identity number anywhere, an e-mail address or phone
number outside the group's own fields) is refused before any answer is read.

The quarter a report is for is a choice ("Forrige kvartal", "Dette kvartalet")
counted from `--as-of`, which the workflow sets to the day the issue was sent, so
editing the issue later reads the same quarter. The reply names every problem by
the form field's label, and for a valid form says what will become public.

`--author` is the GitHub account that sent the form, or with `--event edited` the one
that edited it (the workflow passes the event's sender): the reply says whether it is
one of the target group's `maintainers` (a new group is always the secretariat's to
approve), and `--labels-file` gets the pull request's labels, one a line, among them
`ikke-gruppas-kontakt` when it is not.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.intake.drafts import check_change, check_draft, find_group, group_id_for, group_with_name
from generator.intake.answers import Answers, said
from generator.intake.body import headings
from generator.intake.convert import CHANGES, new_group
from generator.intake.form_words import FormWords
from generator.intake.guard import personal_details
from generator.intake.public_preview import what_becomes_public
from generator.intake.report import Outcome, render_markdown, render_text
from generator.model.loading import parse_group
from generator.views.public_view import public_view
from generator.text.io_messages import io_reason
from generator.intake.issue_forms import Form, forms
from generator.text.markdown import inline
from generator.text.quoting import quoted
from generator.intake.ownership import Authorship, maintainers_of
from generator.model.writing import render_group, replace_fields
from generator.cli.common import (UsageError, run_context, display_path, error_guide_url, load_all, project,
                                  vocabularies)

REGISTRATION = "ny-gruppe"


def add_arguments(parser) -> None:
    parser.add_argument("body", nargs="?", default="-", metavar="FIL",
                        help="teksten i den innsendte saken (standard: les fra stdin)")
    parser.add_argument("--form", choices=[form.key for form in forms(vocabularies())],
                        help="hvilket skjema saken er fylt ut med (standard: finn det ut fra overskriftene)")
    parser.add_argument("--number", type=int, metavar="NR", help="sakens nummer, brukes i svaret")
    parser.add_argument("--title", default="", metavar="TITTEL", help="sakens tittel, brukes i svaret")
    parser.add_argument("--format", choices=("text", "markdown"), default="text",
                        help="markdown: et svar som kan legges som kommentar på saken")
    parser.add_argument("--author", metavar="BRUKER",
                        help="GitHub-kontoen som sendte skjemaet; svaret sier om den er en av gruppas GitHub-kontoer")
    parser.add_argument("--event", choices=("opened", "edited"), default="opened",
                        help="hva som skjedde med saken (GitHubs navn): sendt (opened) eller redigert (edited); "
                             "--author er kontoen som gjorde det")
    parser.add_argument("--labels-file", type=Path, metavar="FIL",
                        help="skriv etikettene pull requesten skal ha hit, én per linje")


def run(options) -> int:
    body = _read_body(options.body)
    form = _form(options.form, body)
    refused = personal_details(body, form, options.title)
    if refused:                   # no answer is read, so no message can repeat one; the title is left out too
        _write_labels(options, _sender(options, None if form.key == REGISTRATION else ()))
        outcome = Outcome("", personal_details=refused)
        print(render_markdown(outcome, _issue_words(options, with_title=False)) if options.format == "markdown"
              else render_text(outcome))
        return 1
    loaded = project(options)
    answers = Answers(body, form, loaded.vocab)
    group_files = load_all(options)
    path, text = _new_file(answers, group_files, options) if form.key == REGISTRATION else _changed_file(
        answers, group_files, options, form)
    outcome = Outcome(display_path(path), answers.errors, notes=answers.notes,
                      authorship=_authorship(options, group_files, form, answers))
    _write_labels(options, outcome.authorship)
    ctx = run_context(options, loaded)
    draft = parse_group(outcome.path, text.encode("utf-8"))[0] if text else None
    if not answers.errors:
        problems = (check_draft(group_files, outcome.path, text, ctx) if form.key == REGISTRATION else
                    check_change(group_files, outcome.path, path.read_text(encoding="utf-8"), text, ctx))
        outcome.problems = FormWords(form, answers, draft.data if draft else {}).problems(problems)
    if outcome.valid:
        path.write_text(text, encoding="utf-8")
        before = next((g for g in group_files.groups if g.path == outcome.path), None)
        outcome.public = what_becomes_public(before and public_view(before, ctx.places, options.as_of),
                                             public_view(draft, ctx.places, options.as_of), loaded.vocab)
    print(render_markdown(outcome, _issue_words(options), error_guide_url(loaded)) if options.format == "markdown"
          else render_text(outcome))
    return 0 if outcome.valid else 1


def _authorship(options, group_files, form: Form, answers: Answers) -> Authorship:
    """The author beside the target group's maintainers as they are now (on the branch the workflow runs on)."""
    if form.key == REGISTRATION:
        return _sender(options, None)
    group = find_group(group_files, answers.text("group") or "")
    return _sender(options, maintainers_of(group.data) if group else ())


def _sender(options, maintainers: tuple[str, ...] | None) -> Authorship:
    return Authorship(options.author, maintainers, edited=options.event == "edited")


def _write_labels(options, authorship: Authorship) -> None:
    if options.labels_file:
        try:
            options.labels_file.write_text("".join(f"{label}\n" for label in authorship.labels()), encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"kan ikke skrive {options.labels_file}: {io_reason(exc)}") from None


def _read_body(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"kan ikke lese {source}: {io_reason(exc)}") from None
    except UnicodeDecodeError:
        raise UsageError(f"kan ikke lese {source}: teksten er ikke UTF-8") from None


def _form(key: str | None, body: str) -> Form:
    """The form named by --form, else the one whose field labels the body's headings match best."""
    candidates = forms(vocabularies())
    if key:
        return next(form for form in candidates if form.key == key)
    found = headings(body)
    scores = sorted(((len(found & {f.label.casefold() for f in form.fields}), form.key, form) for form in candidates),
                    key=lambda entry: entry[:2], reverse=True)
    if not scores[0][0] or scores[0][0] == scores[1][0]:
        raise UsageError("kjenner ikke igjen skjemaet i saken; oppgi det med --form")
    return scores[0][2]


def _new_file(answers: Answers, group_files, options) -> tuple[Path, str]:
    data = new_group(answers, options.as_of)
    name = data["name"] or ""
    path = Path(options.groups_dir) / f"{group_id_for(name) or 'ny-gruppe'}.yaml"
    taken = group_with_name(group_files, name)
    if taken:
        answers.error("name", f"en gruppe med dette navnet finnes allerede ({taken.path}).")
    elif path.exists():
        answers.error("name", f"navnet gir id-en {path.stem}, som en annen gruppe har. Velg et annet navn.")
    return path, render_group(data)


def _changed_file(answers: Answers, group_files, options, form: Form) -> tuple[Path, str]:
    reference = answers.text("group") or ""
    group = find_group(group_files, reference)
    broken = Path(options.groups_dir) / f"{reference.strip().removesuffix('.yaml')}.yaml"
    if group is None and display_path(broken) in group_files.paths:
        answers.error("group", f"gruppefila {display_path(broken)} kan ikke leses nå. Sekretariatet må rette den "
                               "først; send skjemaet igjen etterpå.")
        return broken, ""
    if group is None:
        answers.error("group", f"finner ingen gruppe med id eller navn {said(reference)}.")
        return Path(options.groups_dir) / f"{group_id_for(reference) or 'ukjent'}.yaml", ""
    path = Path(options.groups_dir) / f"{group.id}.yaml"
    if group.data.get("status") == "closed":
        answers.error("group", f"gruppa {group.id} er lagt ned og kan ikke endres med skjema. Kontakt sekretariatet.")
        return path, ""
    updates = CHANGES[form.key](answers, group.data, options.as_of)
    return path, replace_fields(group, path.read_text(encoding="utf-8"), updates)


def _issue_words(options, with_title: bool = True) -> str:
    number = f"sak #{options.number}" if options.number else "saken"
    shown = quoted(options.title, "") if with_title and options.title else ""
    return f"{number} {inline(shown)}" if shown else number   # the reply is Markdown
