"""Changes in: GitHub issue forms (their Markdown bodies and the forms themselves), drafts of group files, member
lines, and who maintains which group (CODEOWNERS)."""
