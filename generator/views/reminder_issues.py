"""The reminder issues (label `påminnelse`): one open issue per group while it owes something, made to match the
reminders of the day (`grupper remind --plan`).

Given the open reminder issues as `gh issue list --label påminnelse --json number,title,body` prints them, the
plan says what to do with each group: open an issue for a group that has none, update one whose duties changed
(its title or body), and close one whose group owes nothing any more, with a thanks. A group is known in an
issue by the hidden marker on its body's first line (`<!-- grupper-påminnelse: ID -->`); an issue without one is
no reminder and is left alone. Should a group have two open issues, the oldest is kept and the rest closed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from generator.text.wording import norwegian_date
from generator.views.reminders import MARKER, Reminder

_MARKER = re.compile(rf"<!-- {MARKER}: ([a-z0-9][a-z0-9-]*) -->")


@dataclass(frozen=True)
class OpenIssue:
    number: int
    title: str
    body: str

    @property
    def group(self) -> str | None:
        found = _MARKER.search(self.body)
        return found[1] if found else None


def open_issues(listed) -> list[OpenIssue] | None:
    """The issues in `gh issue list`'s JSON, or None when it is not a list of {number, title, body}."""
    if not isinstance(listed, list):
        return None
    issues = []
    for item in listed:
        if not (isinstance(item, dict) and isinstance(item.get("number"), int) and not isinstance(item["number"], bool)
                and isinstance(item.get("title"), str) and isinstance(item.get("body"), str)):
            return None
        issues.append(OpenIssue(item["number"], item["title"], item["body"]))
    return issues


def plan(reminders: list[Reminder], issues: list[OpenIssue], as_of: date) -> list[dict]:
    """The actions, by group id: {"action": "open", "group", "title", "body"}, {"action": "update", "number",
    "group", "title", "body", "comment"} and {"action": "close", "number", "group", "comment"}."""
    by_group: dict[str, list[OpenIssue]] = {}
    for issue in sorted(issues, key=lambda i: i.number):
        if issue.group:
            by_group.setdefault(issue.group, []).append(issue)
    due = {reminder.group: reminder for reminder in reminders}
    actions = []
    for group in sorted(set(due) | set(by_group)):
        kept, *extra = by_group.get(group) or [None]
        reminder = due.get(group)
        if reminder is None:
            actions.append(_close(kept, group, _thanks(as_of)))
        elif kept is None:
            actions.append({"action": "open", "group": group, "title": reminder.title, "body": reminder.body})
        elif (kept.title, _lines(kept.body)) != (reminder.title, _lines(reminder.body)):
            actions.append({"action": "update", "number": kept.number, "group": group, "title": reminder.title,
                            "body": reminder.body, "comment": f"Påminnelsen er oppdatert per "
                            f"{norwegian_date(as_of)}: det gruppa har å gjøre, er endret. Se saken over."})
        actions += [_close(issue, group, f"Lukket fordi sak #{kept.number} gjelder den samme gruppa.")
                    for issue in extra]
    return actions


def _close(issue: OpenIssue, group: str, comment: str) -> dict:
    return {"action": "close", "number": issue.number, "group": group, "comment": comment}


def _thanks(as_of: date) -> str:
    return (f"Takk! Per {norwegian_date(as_of)} har gruppa ikke noe mer å gjøre av det denne påminnelsen gjaldt, "
            "så saken lukkes.")


def _lines(body: str) -> list[str]:
    """A body as compared: GitHub may give back its lines ended by CRLF, and without a trailing newline."""
    return [line.rstrip() for line in body.replace("\r\n", "\n").strip().split("\n")]
