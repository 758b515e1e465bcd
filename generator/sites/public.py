"""Placeholder: the public directory (issue: public directory)."""


def build_public_site(groups, ctx, site_dir) -> None:
    raise NotImplementedError
