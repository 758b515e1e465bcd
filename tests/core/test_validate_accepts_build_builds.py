"""Property: whatever `grupper validate` accepts, `grupper build` builds.

Edits of the example group file (text with any Unicode, markup and long runs, numbers of every YAML shape,
dates, times, nested values anywhere) are checked as `build` checks them; for every file without errors the
pages and data files of both sites are made (everything before MkDocs), and at the end a handful of the
accepted files go through one real `grupper build`.
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import yaml

from generator.model.context import RunContext
from generator.checks.run import GroupFiles, check_group_files, has_errors
from generator.model.loading import GroupFile, parse_group
from generator.sites.internal.pages import internal_pages
from generator.sites.public.site import public_files
from generator.text.names import name_key
from tests.conftest import AS_OF, PROJECT, SAMPLE_EXPORT, SAMPLE_GROUPS, context, load_groups
from .conftest import EXAMPLE
from .test_never_raises import paths

NEIGHBOUR = next(group for group in load_groups(SAMPLE_GROUPS) if group.id == "amnesty-studentgruppe-ntnu")
CHECKED = RunContext(PROJECT.vocab, AS_OF, PROJECT.places)   # as build checks: without the export
SHOWN = context(members=SAMPLE_EXPORT)                          # as build renders: with it, if given
EXAMPLE_DATA = parse_group("amnesty-nidaros.yaml", EXAMPLE.encode())[0].data

HOSTILE = ["<script>alert(1)</script>", "{{ 7*7 }}", "{% raw %}x", "[klikk](javascript:alert(1))",
           "![bilde](https://example.org/x.png)", "| a | b |\n|---|---|", "# Overskrift", "---", "***", "> sitat",
           "\u202eonsdager", "a\u200bb", "\ufeffStart", "Ærlig talt: ÆØÅ æøå", "😀" * 60, "<!-- x", "]]>", "\\",
           "`kode`", "&amp; &lt;", "%s %d {0} {}", "linje\nlinje", "  innrykk", "\t", "x" * 200, "ø" * 2000,
           "a " * 999, "<", "&", "'\"", "{: .klasse }", "<div markdown>x</div>", "[^1]", "http://", ":material-x:"]
TEXTS = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40),
                  st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200),
                  st.lists(st.sampled_from(HOSTILE), min_size=2, max_size=4).map("".join))
NUMBERS_AS_WRITTEN = st.one_of(
    st.integers(min_value=-10 ** 20, max_value=10 ** 20).map(str),
    st.floats().map(repr),
    st.sampled_from(["0", "-0", "+12", "007", "0x1F", "0o17", "0x" + "f" * 5000, "9" * 4400, "1e3", "1.5",
                     "1e400", ".inf", "-.inf", ".nan", "1_000", "0b101", "12:30", "~", "null", "true", "no"]))
DAYS = st.one_of(st.dates(date(1900, 1, 1), AS_OF).map(date.isoformat),
                 st.sampled_from(["2026-02-30", "0000-01-01", "9999-12-31", "2026-13-01", "1899-12-31"]))
TIMES = st.times().map(lambda moment: moment.strftime("%H:%M"))
ACTIVITIES = st.fixed_dictionaries(
    {"date": st.dates(AS_OF, date(2099, 12, 31)).map(date.isoformat), "type": st.sampled_from(sorted(PROJECT.vocab.activity_types)),
     "title": TEXTS, "public": st.booleans()},
    optional={"place": TEXTS, "start": TIMES, "end": TIMES, "signatures": st.integers(0, 10 ** 15 - 1)})
QUARTERS = st.builds("{}-Q{}".format, st.integers(1900, 2099), st.integers(1, 4))
REPORTS = st.fixed_dictionaries(
    {"quarter": QUARTERS, "submitted": st.dates(date(1900, 1, 1), AS_OF).map(date.isoformat)},
    optional={"completed": st.lists(ACTIVITIES.map(lambda activity: {**activity, "date": "2026-01-15"}), max_size=2),
              "planned": st.lists(ACTIVITIES, max_size=2)})
MEMBERS = st.lists(st.fixed_dictionaries(
    {"member_number": st.sampled_from(["100234", "100871", "101552", "999999", "0100234"]),
     "roles": st.lists(st.sampled_from(sorted(PROJECT.vocab.roles)), unique=True, max_size=3)}),
    min_size=1, max_size=4).map(lambda members: [{**members[0], "roles": ["contact"]}, *members[1:]])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), TEXTS)
NESTED = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=10), inner, max_size=3), max_leaves=8)

TEXT_PATHS = [("name",), ("municipality",), ("institution",), ("theme",), ("public", "description"),
              ("public", "meets"), ("reports", 0, "completed", 0, "title"), ("reports", 0, "completed", 0, "place"),
              ("reports", 0, "planned", 0, "title"), ("reports", 0, "planned", 0, "place"),
              ("followups", 0, "by"), ("followups", 0, "note"), ("public", "instagram"), ("public", "website"),
              ("public", "email"), ("public", "phone")]
DATE_PATHS = [("registered",), ("confirmed",), ("endorses_guidelines",), ("welcome_package_sent",),
              ("reports", 0, "submitted"), ("reports", 0, "completed", 0, "date"), ("reports", 0, "planned", 0, "date"),
              ("followups", 0, "date"), ("meetings", 0, "date")]
NUMBER_PATHS = [("reports", 0, "completed", 0, "signatures"), ("reports", 0, "planned", 0, "signatures")]
CHOICES = [(("category",), ["youth", "student", "theme", "local"]), (("status",), ["active", "closed"]),
           (("listed",), [True, False]), (("student_council",), [True, False]),
           (("closed",), [{"date": "2026-11-01", "reason": "Medlemmene flyttet."}])]


class Raw(str):
    """A scalar written into the file exactly as it stands, unquoted: `0x1F`, `.inf`, `1_000`."""


EDITS = st.one_of(
    st.tuples(st.sampled_from(TEXT_PATHS), TEXTS),
    st.tuples(st.sampled_from(DATE_PATHS), DAYS),
    st.tuples(st.sampled_from([("reports", 0, "planned", 0), ("reports", 0, "planned", 1)]), ACTIVITIES),
    st.tuples(st.sampled_from(NUMBER_PATHS), NUMBERS_AS_WRITTEN.map(Raw)),
    st.tuples(st.sampled_from([("reports", 0), ("reports", 1)]), REPORTS),
    st.tuples(st.just(("members",)), MEMBERS),
    st.tuples(st.just(("priority_areas",)),
              st.lists(st.sampled_from(sorted(PROJECT.vocab.priority_areas)), unique=True, min_size=1)),
    st.sampled_from(CHOICES).flatmap(lambda choice: st.tuples(st.just(choice[0]), st.sampled_from(choice[1]))),
    st.tuples(st.sampled_from([path for path in paths(EXAMPLE_DATA) if path]), st.one_of(NESTED, NUMBERS_AS_WRITTEN.map(Raw))),
)


def edited(data, path: tuple, value):
    """`data` with `value` at `path`, making the mappings and one-item lists on the way that are missing; an
    edit with nowhere to go (an earlier one put a scalar on its way) changes nothing."""
    if not path:
        return value
    key, rest = path[0], path[1:]
    missing = [] if rest and isinstance(rest[0], int) else {}
    if isinstance(data, dict) and isinstance(key, str):
        return {**data, key: edited(data.get(key, missing), rest, value)}
    if isinstance(data, list) and isinstance(key, int):
        copy = list(data) or [missing]
        index = min(key, len(copy) - 1)
        copy[index] = edited(copy[index], rest, value)
        return copy
    return data


def written(data) -> bytes:
    """The data as YAML, with every Raw scalar in place unquoted."""
    raw: list[str] = []

    def placeholders(value):
        if isinstance(value, Raw):
            raw.append(str(value))
            return f"RAWSCALAR{len(raw) - 1}END"
        if isinstance(value, dict):
            return {key: placeholders(item) for key, item in value.items()}
        if isinstance(value, list):
            return [placeholders(item) for item in value]
        return value
    text = yaml.safe_dump(placeholders(data), allow_unicode=True, sort_keys=False, width=10 ** 6)
    for index, value in enumerate(raw):
        text = text.replace(f"RAWSCALAR{index}END", value, 1)
    return text.encode("utf-8")


def accepted_group(raw: bytes) -> GroupFile | None:
    """The group file if `grupper build` would accept it beside a sample group, else None."""
    loaded, _ = parse_group("amnesty-nidaros.yaml", raw)
    if loaded is None:
        return None
    return None if has_errors(check_group_files(GroupFiles(groups=[loaded, NEIGHBOUR]), CHECKED)) else loaded


def both_sites_made(group: GroupFile) -> None:
    assert public_files([group, NEIGHBOUR], SHOWN, PROJECT)
    assert internal_pages([group, NEIGHBOUR], SHOWN, PROJECT)


def test_whatever_validate_accepts_both_sites_are_made_of_and_built(cli, tmp_path):
    accepted: list[bytes] = []

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
    @given(edits=st.lists(EDITS, min_size=1, max_size=3))
    @example(edits=[(NUMBER_PATHS[0], Raw("0x" + "f" * 5000))])   # passed validate, then str() refused it in build
    def every_accepted_file_makes_both_sites(edits):
        data = EXAMPLE_DATA
        for path, value in edits:
            data = edited(data, path, value)
        raw = written(data)
        group = accepted_group(raw)
        if group is not None:
            both_sites_made(group)
            accepted.append(raw)

    every_accepted_file_makes_both_sites()
    assert len(accepted) >= 20, "too few generated files were valid to say much"
    groups = tmp_path / "groups"
    groups.mkdir()
    (groups / f"{NEIGHBOUR.id}.yaml").write_bytes((SAMPLE_GROUPS / f"{NEIGHBOUR.id}.yaml").read_bytes())
    names = {name_key(NEIGHBOUR.data["name"])}
    for raw in reversed(accepted):   # the latest are the most edited; one group a name, as the register needs
        name = name_key(parse_group("x.yaml", raw)[0].data["name"])
        if name not in names and len(names) <= 4:
            names.add(name)
            (groups / f"amnesty-generert-{len(names)}.yaml").write_bytes(raw)
    code, _, err = cli("build", "--groups-dir", str(groups), "--public", str(tmp_path / "site" / "public"),
                       "--internal", str(tmp_path / "site" / "internal"), "--as-of", AS_OF.isoformat())
    assert code == 0, err
