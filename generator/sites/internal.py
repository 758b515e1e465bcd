"""Placeholder: the internal status site (issue: internal status site)."""


def build_internal_site(groups, ctx, site_dir) -> None:
    raise NotImplementedError
