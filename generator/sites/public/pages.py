"""The generated Markdown pages of the public directory, each made from public views only."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, time

from generator.text.names import slug
from generator.views.public_view import PublicActivity, PublicGroup
from generator.model.vocabulary import Vocabularies
from generator.sites.public.contact import Answerer, Reach
from generator.sites.public.render import markdown_environment
from generator.sites.public.settings import SiteSettings

# A group page lists at most this many neighbours and links the rest, so that every
# page has a bounded size and the build time grows linearly with the groups.
MAX_NEIGHBOURS = 8


@dataclass(frozen=True)
class Listing:
    """An index entry: a page of groups, its label and how many groups it lists."""

    key: str
    label: str
    page: str
    count: int


@dataclass(frozen=True)
class Municipality:
    name: str
    slug: str
    groups: list[PublicGroup]


@dataclass(frozen=True)
class CalendarEntry:
    activity: PublicActivity
    group: PublicGroup


class PublicPages:
    """Renders every generated page from the public views of the active groups."""

    def __init__(self, groups: list[PublicGroup], vocab: Vocabularies, settings: SiteSettings, as_of: date,
                 reach: Reach):
        self.groups = groups
        self.vocab = vocab
        self.settings = settings
        self.reach = reach
        self.as_of = as_of
        self.municipalities = municipalities_of(groups)
        self.slug_of = {m.name: m.slug for m in self.municipalities}
        self.groups_in = {m.name: m.groups for m in self.municipalities}

    def all_pages(self) -> dict[str, str]:
        pages = {
            "index.md": self.front_page(),
            "kommuner.md": self._render("municipalities.md.j2", "kommuner.md", municipalities=self.municipalities),
            "studentradet.md": self.student_council_page(),
            "kalender.md": self.calendar_page(),
        }
        for directory, vocabulary, field in (("regioner", "regions", "region"),
                                             ("kategorier", "categories", "category"),
                                             ("omrader", "priority_areas", "priority_areas")):
            pages.update(self.listing_pages(directory, vocabulary, field))
        for group in self.groups:
            pages[group_page(group.id)] = self.group_page(group)
        return pages

    def front_page(self) -> str:
        return self._render("index.md.j2", "index.md", groups=self.groups, slug_of=self.slug_of,
                            municipalities=self.municipalities,
                            regions=self.listings("regioner", "regions", "region"),
                            categories=self.listings("kategorier", "categories", "category"),
                            areas=self.listings("omrader", "priority_areas", "priority_areas"))

    def group_page(self, group: PublicGroup) -> str:
        neighbours = tuple(other for other in self.groups_in.get(group.municipality, ()) if other.id != group.id)
        fallback = None if group.reachable else self.reach.region(group.region).answerer
        return _group_page(group, neighbours[:MAX_NEIGHBOURS], len(neighbours) > MAX_NEIGHBOURS,
                           self.slug_of.get(group.municipality), fallback, self.vocab, self.settings, self.as_of)

    def student_council_page(self) -> str:
        students = [group for group in self.groups if group.category == "student"]
        return self._render("student_council.md.j2", "studentradet.md", email=self.reach.student_council_email,
                            taking_part=[group for group in students if group.student_council],
                            not_taking_part=[group for group in students if not group.student_council])

    def calendar_page(self) -> str:
        return self._render("calendar.md.j2", "kalender.md", entries=upcoming_entries(self.groups, self.as_of))

    def listings(self, directory: str, vocabulary: str, field: str) -> list[Listing]:
        members = self._members_by_key(field)
        return [Listing(key, term.label, f"{directory}/{key}.md", len(members[key]))
                for key, term in getattr(self.vocab, vocabulary).items() if members[key]]

    def listing_pages(self, directory: str, vocabulary: str, field: str) -> dict[str, str]:
        members = self._members_by_key(field)
        index = f"{directory}/index.md"
        pages = {index: self._render("listing_index.md.j2", index, kind=directory,
                                     listings=self.listings(directory, vocabulary, field))}
        for listing in self.listings(directory, vocabulary, field):
            region = self.reach.region(listing.key) if directory == "regioner" else None
            pages[listing.page] = self._render("listing.md.j2", listing.page, kind=directory, listing=listing,
                                               region=region,
                                               groups=sorted(members[listing.key], key=_by_place))
        return pages

    def _members_by_key(self, field: str) -> dict[str, list[PublicGroup]]:
        members = defaultdict(list)
        for group in self.groups:
            value = getattr(group, field)
            for key in value if isinstance(value, tuple) else (value,):
                members[key].append(group)
        return members

    def _render(self, template: str, here: str, **values) -> str:
        return render(self.vocab, template, here, as_of=self.as_of, **values)


def render(vocab: Vocabularies, template: str, here: str, **values) -> str:
    return markdown_environment(vocab).get_template(template).render(here=here, group_page=group_page, **values)


@lru_cache(maxsize=4096)
def _group_page(group: PublicGroup, neighbours: tuple[PublicGroup, ...], more_neighbours: bool,
                municipality_slug: str | None, fallback: Answerer | None, vocab: Vocabularies,
                settings: SiteSettings, as_of: date) -> str:
    """A group's page; cached, so that `grupper serve` renders again only the pages a save changed."""
    return render(vocab, "group.md.j2", group_page(group.id), as_of=as_of, group=group, neighbours=neighbours,
                  more_neighbours=more_neighbours, municipality_slug=municipality_slug, fallback=fallback,
                  upcoming=group.upcoming(as_of), edit_url=settings.group_edit_url(group.id))


def group_page(group_id: str) -> str:
    return f"groups/{group_id}/index.md"


def municipalities_of(groups: list[PublicGroup]) -> list[Municipality]:
    """The municipalities that have groups, sorted by name, each with a unique ASCII slug."""
    by_name = defaultdict(list)
    for group in groups:
        if group.municipality:
            by_name[group.municipality].append(group)
    taken: set[str] = set()
    return [Municipality(name, _unique(slug(name) or "kommune", taken), by_name[name])
            for name in sorted(by_name, key=str.casefold)]


def _unique(slug: str, taken: set[str]) -> str:
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    taken.add(candidate)
    return candidate


def upcoming_entries(groups: list[PublicGroup], as_of: date) -> list[CalendarEntry]:
    entries = [CalendarEntry(activity, group) for group in groups for activity in group.upcoming(as_of)]
    return sorted(entries, key=lambda entry: (entry.activity.date, entry.activity.start or time.min,
                                              entry.group.name.casefold(), entry.activity.title))


def _by_place(group: PublicGroup) -> tuple[str, str]:
    return ((group.municipality or "").casefold(), group.name.casefold())
