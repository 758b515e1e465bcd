"""The secretariat's follow-up status: pure functions over the loaded groups, region data and a day."""

from generator.status.compute import compute_status
from generator.status.model import GroupStatus, RegionStatus, StatusReport
from generator.status.settings import StatusSettings

__all__ = ["compute_status", "GroupStatus", "RegionStatus", "StatusReport", "StatusSettings"]
