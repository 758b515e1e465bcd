"""Sites out: pages as plain Markdown from views of the groups, built by MkDocs."""
