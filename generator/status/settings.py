"""How much slack the secretariat's duties allow: the numbers behind every deadline."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StatusSettings:
    report_grace_days: int = 30          # §6.2: a quarter's report is due this many days after it ends
    new_group_contact_days: int = 14     # §7.2: a new group is contacted within this many days
    welcome_package_days: int = 30       # §7.5: a new group is sent its welcome package within this many days
    meeting_window_months: int = 12      # §6.5: represented at a meeting within this many months
    outward_report_window: int = 2       # §6.3: outward activity within this many latest reports
