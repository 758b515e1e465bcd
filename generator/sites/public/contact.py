"""Whom a visitor can write to: the organisation (data/settings.yaml) and each region (data/regions.yaml).

A listed group that gives no way to reach it shows its region's contact, or the
secretariat's when the region has no address. The hand-written pages name the
secretariat through placeholders filled in when the site is staged, so its
address is kept in one place (settings) and the pages still read sensibly on
GitHub: `[[sekretariatet-epost]]` is its e-mail as a link, `[[sekretariatet-kontakt]]`
the whole contact as a list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.text import markdown as text
from generator.model.regions import RegionData
from generator.model.settings import ProjectSettings
from generator.model.vocabulary import Vocabularies
from generator.sites.public.render import dialled, external_link, mailto_link, tel_link

EMAIL_PLACEHOLDER = "[[sekretariatet-epost]]"
CONTACT_PLACEHOLDER = "[[sekretariatet-kontakt]]"
_PLACEHOLDER_START = "[[sekretariatet-"


@dataclass(frozen=True)
class Answerer:
    """Who answers a visitor: a region's adviser (by role, never by name) or the secretariat."""

    who: str                  # "regionrådgiveren for region Sør" or "Amnesty International Norge"
    email: str
    phone: str | None = None
    website: str | None = None


@dataclass(frozen=True)
class PublicRegion:
    id: str
    counties: tuple[str, ...]
    answerer: Answerer | None    # the region's own address, else the secretariat's; None: no address at all


@dataclass(frozen=True)
class Reach:
    """Every address the public site may show beside the groups' own."""

    secretariat: Answerer | None
    student_council_email: str | None
    regions: tuple[PublicRegion, ...]

    def region(self, region_id: str) -> PublicRegion:
        return next((region for region in self.regions if region.id == region_id),
                    PublicRegion(region_id, (), self.secretariat))


def reach(regions: RegionData, settings: ProjectSettings, vocab: Vocabularies) -> Reach:
    contact = settings.contact
    secretariat = Answerer(contact.name, contact.email, contact.phone, contact.website) if contact else None
    public_regions = []
    for region_id in vocab.regions:
        region = regions.region(region_id)
        label = vocab.label("regions", region_id)
        answerer = Answerer(f"regionrådgiveren for region {label}", region.email) if region.email else secretariat
        public_regions.append(PublicRegion(region_id, region.counties, answerer))
    return Reach(secretariat, settings.student_council_email, tuple(public_regions))


def footer_contact(secretariat: Answerer | None) -> dict:
    """The theme's `extra.contact` (overrides/partials/copyright.html), or nothing without an address."""
    if secretariat is None:
        return {}
    return {"contact": {"name": secretariat.who, "email": secretariat.email, "phone": secretariat.phone,
                        "dialled": dialled(secretariat.phone) if secretariat.phone else None,
                        "website": secretariat.website}}


def contact_lines(contact: Answerer | None) -> str:
    """A contact as a Markdown list (the secretariat's for `[[sekretariatet-kontakt]]`)."""
    if contact is None:
        return "Sekretariatet i Amnesty Norge."
    lines = [f"- **{text.inline(contact.who)}**", f"- **E-post:** {mailto_link(contact.email)}"]
    if contact.phone:
        lines.append(f"- **Telefon:** {tel_link(contact.phone)}")
    if contact.website:
        lines.append(f"- **Nettside:** {external_link(contact.website)}")
    return "\n".join(lines)


def filled_docs(docs: Path, secretariat: Answerer | None) -> dict[str, str]:
    """The hand-written pages that name the secretariat, with its address filled in (relative path -> text)."""
    email = str(mailto_link(secretariat.email)) if secretariat else "sekretariatet"
    pages = {}
    for path in sorted(docs.rglob("*.md")):
        page = path.read_text(encoding="utf-8")
        if _PLACEHOLDER_START in page:
            pages[path.relative_to(docs).as_posix()] = (page.replace(EMAIL_PLACEHOLDER, email)
                                                        .replace(CONTACT_PLACEHOLDER, contact_lines(secretariat)))
    return pages
