"""Submitted GitHub issue forms in: the Markdown body to a new or changed group file."""
