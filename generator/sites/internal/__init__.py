"""The secretariat's internal status site: status as of a date, members joined from the register export."""
