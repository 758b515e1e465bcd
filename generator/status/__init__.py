"""The secretariat's follow-up status: pure functions over the loaded groups, region data and a day."""

from .compute import compute_status
from .model import Finding, GroupStatus, RegionStatus, StatusReport
from .settings import StatusSettings

__all__ = ["compute_status", "Finding", "GroupStatus", "RegionStatus", "StatusReport", "StatusSettings"]
