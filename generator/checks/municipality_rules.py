"""§4: `municipality` is a municipality of the register (data/kommuner.json), and it lies in the group's region.

The accepted forms are the register's (generator/model/municipalities.py); the public site
shows each municipality by its official Norwegian name, so one spelling per file is
all the register asks for.
"""

from __future__ import annotations

from generator.model.loading import GroupFile
from generator.model.municipalities import Municipality
from generator.text.wording import norwegian_alternatives
from generator.text.quoting import quoted
from generator.model.access import text
from generator.model.context import RunContext
from generator.model.rules import Rule


def known_municipality(group: GroupFile, ctx: RunContext):
    """§4: the municipality is one of the 2024 structure, and its name tells which; §6.1: the group's region
    covers the municipality's county."""
    written = text(group.data.get("municipality"))
    if written is None:
        return
    municipalities = ctx.places.municipalities
    found = municipalities.candidates(written)
    if not found:
        yield group.problem(("municipality",), _unknown(written, municipalities.suggestions(written)), Rule.CATEGORY)
        return
    region = group.data.get("region")
    covered = ctx.places.counties_of(region)
    municipality = municipalities.meant(written, covered)
    if municipality is None:
        yield group.problem(("municipality",), _shared(written, found, region, ctx), Rule.CATEGORY)
    elif covered and municipality.county not in covered:
        yield group.problem(("region",), _other_region(municipality, region, ctx), Rule.REGISTRATION)


def _unknown(written: str, suggestions: list[str]) -> str:
    hint = f" Mente du {norwegian_alternatives([f'«{name}»' for name in suggestions])}?" if suggestions else ""
    return (f"Ukjent kommune {quoted(written, 'i «municipality»')}.{hint} Skriv kommunens offisielle navn i "
            "inndelingen fra 2024 (norsk, samisk eller kvensk), for eksempel «Trondheim» eller «Guovdageaidnu».")


def _shared(written: str, found: tuple[Municipality, ...], region, ctx: RunContext) -> str:
    found = tuple(sorted(found, key=lambda m: m.county))
    where = " og ".join(f"i {m.county} (region {_label(ctx.places.region_of_county(m.county), ctx)})" for m in found)
    known = isinstance(region, str) and region in ctx.vocab.regions
    deciding = f"region {_label(region, ctx)}" if known else "regionen"
    return (f"«{written}» er navnet på to kommuner, {where}, og {deciding} avgjør ikke hvilken. Skriv "
            f"{norwegian_alternatives([f'«{m.in_county}»' for m in found])}, eller kommunenummeret "
            f"({norwegian_alternatives([f'«{m.number}»' for m in found])}).")


def _other_region(municipality: Municipality, region: str, ctx: RunContext) -> str:
    owner = ctx.places.region_of_county(municipality.county)
    where = f"{municipality.name} ligger i {municipality.county}"
    if owner is None:
        return f"{where}, som ikke står under region {_label(region, ctx)} i data/regions.yaml."
    return (f"{where}, som hører til region {_label(owner, ctx)}, ikke {_label(region, ctx)}. Rett region til "
            f"«{owner}», eller rett kommunen.")


def _label(region: str | None, ctx: RunContext) -> str:
    return ctx.vocab.label("regions", region) if region else "(ingen)"
