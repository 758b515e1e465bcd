"""Where a group is: its municipality in the register (data/kommuner.json) and the counties its region covers
(data/regions.yaml), read by the command line and passed to the rules and the views."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator.model.municipalities import Municipality, Municipalities
from generator.model.regions import RegionData


@dataclass(frozen=True)
class Places:
    municipalities: Municipalities
    counties: Mapping[str, tuple[str, ...]]     # region id -> the counties it covers, as data/regions.yaml lists them

    def counties_of(self, region_id: object) -> tuple[str, ...]:
        """The counties of the region `region_id` (a group file's `region`, perhaps not even a text)."""
        return self.counties.get(region_id, ()) if isinstance(region_id, str) else ()

    def region_of_county(self, county: str) -> str | None:
        """The region whose counties hold `county`, if any."""
        return next((region_id for region_id, counties in self.counties.items() if county in counties), None)

    def meant(self, written: str, region_id: object) -> Municipality | None:
        """The municipality a group of the region `region_id` means by `written`, if the register tells."""
        return self.municipalities.meant(written, self.counties_of(region_id))


def places(municipalities: Municipalities, regions: RegionData) -> Places:
    """What is wrong in the region file is reported where the file is read; a region without counties covers none."""
    return Places(municipalities, {region_id: region.counties for region_id, region in regions.regions.items()})
