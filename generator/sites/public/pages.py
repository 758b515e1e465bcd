"""The generated Markdown pages of the public directory, each made from public views only."""

from __future__ import annotations

import posixpath
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, time

from markupsafe import Markup

from generator.model.municipalities import Municipality as ListedMunicipality
from generator.text import markdown as text
from generator.text.names import slug
from generator.text.wording import norwegian_list
from generator.views.nearest import WITHIN_KM, neighbourhoods, places_of
from generator.views.public_view import PublicActivity, PublicGroup
from generator.model.vocabulary import Vocabularies
from generator.sites.addresses import page_directory
from generator.sites.public.addresses import PAGES
from generator.sites.public.contact import Answerer, Reach
from generator.sites.public.map import MapPoint, Outlines, map_figure
from generator.sites.public.render import markdown_environment
from generator.sites.public.settings import SiteSettings

# A group page lists at most this many neighbours and links the rest, so that every
# page has a bounded size and the build time grows linearly with the groups.
MAX_NEIGHBOURS = 8
# A municipality's page lists at most this many of its own groups and links the rest (on the municipalities page).
MAX_HERE = 20
# A map point's accessible name names at most this many of the groups of its place, then says how many more.
MAX_NAMED_ON_MAP = 3
# The pages that list the groups of one term of a vocabulary: the kind of a term's page, the vocabulary (also the kind
# of the page listing its terms) and the group's field that holds the term (or terms).
LISTINGS = (("region", "regions", "region"), ("category", "categories", "category"),
            ("priority_area", "priority_areas", "priority_areas"))
MAP_CAPTION = ("Punktene viser kommunene der gruppene holder til. Hvert punkt lenker til gruppa, eller til "
               "kommunens side der flere grupper holder til.")


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
class Choice:
    """A municipality to choose on the front page: its name, its page and how many groups it has."""

    label: str
    page: str
    count: int


@dataclass(frozen=True)
class CountyChoice:
    name: str
    municipalities: tuple[Choice, ...]


@dataclass(frozen=True)
class CalendarEntry:
    activity: PublicActivity
    group: PublicGroup


@dataclass(frozen=True)
class CalendarMonth:
    """A month of the calendar: its first day (for the heading, "januar 2027") and its entries in order."""

    first_day: date
    entries: tuple[CalendarEntry, ...]


class PublicPages:
    """Renders every generated page from the public views of the active groups."""

    def __init__(self, groups: list[PublicGroup], vocab: Vocabularies, settings: SiteSettings, as_of: date,
                 reach: Reach, listed: Sequence[ListedMunicipality] = (), outlines: Outlines | None = None):
        """`listed`: every municipality (data/kommuner.json), each of which gets a page of the groups nearest
        to it; `outlines` (data/fylker-omriss.json): the map on the front page and the region pages. Without
        them, neither is made."""
        self.groups = groups
        self.vocab = vocab
        self.settings = settings
        self.reach = reach
        self.as_of = as_of
        self.listed = tuple(listed)
        self.outlines = outlines
        self.page_slugs = {municipality.label: slug(municipality.label) for municipality in self.listed}
        self.municipalities = municipalities_of(groups, self.page_slugs)
        self.slug_of = {m.name: m.slug for m in self.municipalities}
        self.groups_in = {m.name: m.groups for m in self.municipalities}
        self.places = places_of(groups, self.listed)

    def all_pages(self) -> dict[str, str]:
        municipalities = PAGES.path("municipalities")
        pages = {
            PAGES.path("front"): self.front_page(),
            municipalities: self._render("municipalities.md.j2", municipalities, municipalities=self.municipalities,
                                         choice=self.municipality_choice()),
            PAGES.path("student_council"): self.student_council_page(),
            PAGES.path("calendar"): self.calendar_page(),
            PAGES.path("what_groups_do"): self.what_groups_do_page(),
        }
        for kind, vocabulary, field in LISTINGS:
            pages.update(self.listing_pages(kind, vocabulary, field))
        for group in self.groups:
            pages[PAGES.path("group", group.id)] = self.group_page(group)
        pages.update(self.municipality_pages())
        return pages

    def front_page(self) -> str:
        front = PAGES.path("front")
        regions, categories, areas = (self.listings(*listing) for listing in LISTINGS)
        return self._render("index.md.j2", front, groups=self.groups, slug_of=self.slug_of,
                            municipalities=self.municipalities,
                            map=self.map(front, self.places, "Kart over Norge med gruppenes kommuner"),
                            regions=regions, categories=categories, areas=areas)

    def group_page(self, group: PublicGroup) -> str:
        neighbours = tuple(other for other in self.groups_in.get(group.municipality, ()) if other.id != group.id)
        fallback = None if group.reachable else self.reach.region(group.region).answerer
        nearby = self.page_slugs.get(group.municipality)
        nearby_page = PAGES.path("municipality", nearby) if nearby else None
        return _group_page(group, neighbours[:MAX_NEIGHBOURS], len(neighbours) > MAX_NEIGHBOURS,
                           self.slug_of.get(group.municipality), nearby_page,
                           fallback, self.vocab, self.settings, self.as_of)

    def student_council_page(self) -> str:
        students = [group for group in self.groups if group.category == "student"]
        return self._render("student_council.md.j2", PAGES.path("student_council"),
                            email=self.reach.student_council_email,
                            taking_part=[group for group in students if group.student_council],
                            not_taking_part=[group for group in students if not group.student_council])

    def calendar_page(self) -> str:
        entries = upcoming_entries(self.groups, self.as_of)
        regions = [region for region in self.vocab.regions if any(entry.group.region == region for entry in entries)]
        return self._render("calendar.md.j2", PAGES.path("calendar"), months=calendar_months(entries), regions=regions)

    def what_groups_do_page(self) -> str:
        """The mandate's tasks (§3.2), each with the activity types that serve it as examples, from the vocabulary."""
        tasks = [(term, self.vocab.serving(key)) for key, term in self.vocab.mandate_tasks.items()]
        return self._render("what_groups_do.md.j2", PAGES.path("what_groups_do"), tasks=tasks)

    def listings(self, kind: str, vocabulary: str, field: str) -> list[Listing]:
        members = self._members_by_key(field)
        return [Listing(key, term.label, PAGES.path(kind, key), len(members[key]))
                for key, term in getattr(self.vocab, vocabulary).items() if members[key]]

    def listing_pages(self, kind: str, vocabulary: str, field: str) -> dict[str, str]:
        members = self._members_by_key(field)
        index = PAGES.path(vocabulary)
        pages = {index: self._render("listing_index.md.j2", index, kind=kind,
                                     listings=self.listings(kind, vocabulary, field))}
        for listing in self.listings(kind, vocabulary, field):
            region = self.reach.region(listing.key) if kind == "region" else None
            shown = self.region_map(listing, region.counties) if region is not None else None
            pages[listing.page] = self._render("listing.md.j2", listing.page, kind=kind, listing=listing,
                                               region=region, map=shown,
                                               groups=sorted(members[listing.key], key=_by_place))
        return pages

    def municipality_pages(self) -> dict[str, str]:
        """A page for every municipality, with or without groups: its groups, the others within WITHIN_KM, and
        where none is, the nearest of its region."""
        region_of_county = {county: region.id for region in self.reach.regions for county in region.counties}
        pages = {}
        for around in neighbourhoods(self.groups, self.listed, region_of_county).values():
            municipality = around.municipality
            page = PAGES.path("municipality", self.page_slugs[municipality.label])
            pages[page] = self._render("municipality.md.j2", page, neighbourhood=around, within_km=WITHIN_KM,
                                       here_groups=around.here[:MAX_HERE], more_here=len(around.here) > MAX_HERE,
                                       anchor=self.slug_of.get(municipality.label))
        return pages

    def municipality_choice(self) -> tuple[CountyChoice, ...]:
        """Every municipality by county, each linking to its page: the choice that works without JavaScript."""
        by_county: dict[str, list[Choice]] = defaultdict(list)
        for municipality in self.listed:
            label = municipality.label
            page = PAGES.path("municipality", self.page_slugs[label])
            by_county[municipality.county].append(Choice(label, page, len(self.places.get(municipality, ()))))
        return tuple(CountyChoice(county, tuple(sorted(choices, key=lambda choice: norwegian_order(choice.label))))
                     for county, choices in sorted(by_county.items(), key=lambda item: norwegian_order(item[0])))

    def region_map(self, listing: Listing, counties: tuple[str, ...]) -> Markup | None:
        """The map of a region's groups, framed on its counties."""
        places = {municipality: tuple(group for group in groups if group.region == listing.key)
                  for municipality, groups in self.places.items()}
        return self.map(listing.page, {municipality: groups for municipality, groups in places.items() if groups},
                        f"Kart over region {listing.label} med gruppenes kommuner", counties)

    def map(self, here: str, places: Mapping[ListedMunicipality, tuple[PublicGroup, ...]], name: str,
            counties: tuple[str, ...] = ()) -> Markup | None:
        """The map of `places` for the page `here`: a point for each place, linking to its one group or to the
        municipality's page, in the order of the places' names."""
        if self.outlines is None:
            return None
        points = [self._map_point(here, municipality, groups)
                  for municipality, groups in sorted(places.items(), key=lambda item: norwegian_order(item[0].label))]
        return map_figure(self.outlines, points, name, MAP_CAPTION, counties)

    def _map_point(self, here: str, municipality: ListedMunicipality, groups: tuple[PublicGroup, ...]) -> MapPoint:
        if len(groups) == 1:
            return MapPoint(municipality.number, url_between(here, PAGES.path("group", groups[0].id)),
                            f"{groups[0].name}, {municipality.label}")
        names = [group.name for group in groups[:MAX_NAMED_ON_MAP]]
        if len(groups) > MAX_NAMED_ON_MAP:
            names.append(f"{len(groups) - MAX_NAMED_ON_MAP} til")
        page = PAGES.path("municipality", self.page_slugs[municipality.label])
        return MapPoint(municipality.number, url_between(here, page), f"{municipality.label}: {norwegian_list(names)}")

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
    return markdown_environment(vocab).get_template(template).render(here=here, url=_url, **values)


def _url(here: str, target: str) -> Markup:
    """For raw HTML in a page (which MkDocs leaves as written): the address of `target` from `here`."""
    return Markup(text.attribute(url_between(here, target)))


def url_between(here: str, target: str) -> str:
    """The address of the page `target` (`x/y.md`) relative to the page `here`, as a visitor's browser needs it
    (`use_directory_urls`: `regioner/midt.md` is served at `regioner/midt/`)."""
    relative = posixpath.relpath(page_directory(target) or ".", page_directory(here) or ".")
    return "./" if relative == "." else f"{relative}/"


@lru_cache(maxsize=4096)
def _group_page(group: PublicGroup, neighbours: tuple[PublicGroup, ...], more_neighbours: bool,
                municipality_slug: str | None, nearby_page: str | None, fallback: Answerer | None,
                vocab: Vocabularies, settings: SiteSettings, as_of: date) -> str:
    """A group's page; cached, so that `grupper serve` renders again only the pages a save changed."""
    return render(vocab, "group.md.j2", PAGES.path("group", group.id), as_of=as_of, group=group, neighbours=neighbours,
                  more_neighbours=more_neighbours, municipality_slug=municipality_slug, nearby_page=nearby_page,
                  fallback=fallback,
                  upcoming=group.upcoming(as_of), edit_url=settings.group_edit_url(group.id))


def municipalities_of(groups: list[PublicGroup], reserved: Mapping[str, str] | None = None) -> list[Municipality]:
    """The municipalities that have groups, sorted by name, each with a unique ASCII slug: the list's own
    (`reserved`, by label; the slug of its page) for a municipality the list knows."""
    reserved = reserved or {}
    by_name = defaultdict(list)
    for group in groups:
        if group.municipality:
            by_name[group.municipality].append(group)
    taken: set[str] = set(reserved.values())
    return [Municipality(name, reserved.get(name) or _unique(slug(name) or "kommune", taken), by_name[name])
            for name in sorted(by_name, key=str.casefold)]


_NORWEGIAN_LETTERS = str.maketrans({"æ": "{", "ø": "|", "å": "}"})     # the three characters after z


def norwegian_order(name: str) -> str:
    """A sort key that puts æ, ø and å after z, in that order, as Norwegian lists do."""
    return name.casefold().translate(_NORWEGIAN_LETTERS)


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


def calendar_months(entries: list[CalendarEntry]) -> list[CalendarMonth]:
    """The entries (in order) under their months, the months in order."""
    months: dict[date, list[CalendarEntry]] = defaultdict(list)
    for entry in entries:
        months[entry.activity.date.replace(day=1)].append(entry)
    return [CalendarMonth(first_day, tuple(month)) for first_day, month in months.items()]


def _by_place(group: PublicGroup) -> tuple[str, str]:
    return ((group.municipality or "").casefold(), group.name.casefold())
