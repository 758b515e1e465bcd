"""«Sist bekreftet» on a group page and in groups.json, and the note on a group without a sign of life for four
quarters; from what the group files say the groups did, as of the day of the build (never from Git)."""

from __future__ import annotations

import html
import json
import re
from datetime import date

import jsonschema

from generator.model.loading import parse_group
from generator.sites.public.site import public_files

from tests.conftest import AS_OF, PROJECT, ROOT, SAMPLE_GROUPS, context, load_groups
from .site_reading import page_of

TROMSO = (SAMPLE_GROUPS / "amnesty-tromso.yaml").read_text(encoding="utf-8")
OLD_REPORT = """reports:
  - quarter: 2024-Q4
    submitted: 2025-01-20
    completed:
      - date: 2024-12-07
        type: letter-writing
        title: Skriv for liv på Tromsø bibliotek

"""
# Amnesty Tromsø with one report, sent 20 January 2025: nothing since, as of 24 November 2026.
STALE = re.sub(r"(?ms)^reports:\n.*?(?=^followups:)", OLD_REPORT, TROMSO)
PATH = "groups/amnesty-tromso.yaml"
NOTE = "Gruppa har ikke vist tegn til aktivitet på over et år. Den kan ha lagt ned arbeidet"


def confirmed(text: str, day: str) -> str:
    """The group file with `confirmed: day` after its registration, as the quarterly report form writes it."""
    return re.sub(r"(?m)^(registered: .*\n)", rf"\1confirmed: {day}\n", text, count=1)


def files_of(text: str, as_of: date = AS_OF) -> dict:
    return public_files([parse_group(PATH, text.encode("utf-8"))[0]], context(as_of), PROJECT)


def page(files: dict) -> str:
    return " ".join(html.unescape(files["groups/amnesty-tromso/index.md"]).split())


def lines(files: dict) -> list[str]:
    return html.unescape(files["groups/amnesty-tromso/index.md"]).splitlines()


def tromso_json(files: dict) -> dict:
    return next(g for g in json.loads(files["groups.json"])["groups"] if g["id"] == "amnesty-tromso")


def test_the_stale_file_is_as_meant():
    assert "submitted: 2026" not in STALE and "quarter: 2024-Q4" in STALE and "followups:" in STALE


def test_a_group_without_a_sign_for_four_quarters_is_marked_kindly_with_its_region():
    files = files_of(STALE)
    shown = page(files)
    assert "- **Sist bekreftet:** 20. januar 2025" in lines(files)    # an item of its own in the facts' list
    assert lines(files)[lines(files).index("- **Sist bekreftet:** 20. januar 2025") - 1].startswith(
        "- **Prioriterte områder:**")
    assert NOTE in shown and "ta kontakt med [region Nord](../../regioner/nord/index.md) før du møter opp." in shown
    assert tromso_json(files)["last_confirmed"] == "2025-01-20" and tromso_json(files)["possibly_inactive"] is True


def test_a_later_confirmation_is_a_sign_of_life():
    files = files_of(confirmed(STALE, "2026-11-03"))
    shown = page(files)
    assert "**Sist bekreftet:** 3. november 2026" in shown and NOTE not in shown
    assert (tromso_json(files)["last_confirmed"], tromso_json(files)["possibly_inactive"]) == ("2026-11-03", False)


def test_a_confirmation_after_the_day_of_the_build_is_not_seen_and_the_output_is_the_same_each_time():
    later = confirmed(STALE, "2026-12-02")
    assert "**Sist bekreftet:** 20. januar 2025" in page(files_of(later)) and NOTE in page(files_of(later))
    assert files_of(later) == files_of(later)


def test_a_report_later_than_the_confirmation_is_shown():
    assert "**Sist bekreftet:** 9. oktober 2026" in page(files_of(confirmed(TROMSO, "2026-02-01")))


def test_groups_json_with_the_sign_of_life_is_valid_against_the_published_schema():
    schema = json.loads((ROOT / "schema" / "groups-public.schema.json").read_text(encoding="utf-8"))
    for files in (files_of(STALE), files_of(confirmed(TROMSO, "2026-11-03"))):
        jsonschema.validate(json.loads(files["groups.json"]), schema,
                            format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_no_sample_group_is_possibly_inactive_and_each_page_says_when_it_was_last_confirmed(sample_site):
    document = json.loads((sample_site / "groups.json").read_text(encoding="utf-8"))
    samples = {group.id for group in load_groups(SAMPLE_GROUPS)}
    listed = [group for group in document["groups"] if group["id"] in samples]
    assert listed and not any(group["possibly_inactive"] for group in listed)
    nidaros = next(group for group in listed if group["id"] == "amnesty-nidaros")
    assert nidaros["last_confirmed"] == "2026-10-04"    # its 2026-Q3 report (the build has no Git history)
    for group in listed:
        shown = html.unescape(page_of(sample_site, group["id"]).read_text(encoding="utf-8"))
        assert re.search(r"<strong>Sist bekreftet:</strong> [0-9]{1,2}\. [a-z]+ 2026<", shown) and NOTE not in shown

