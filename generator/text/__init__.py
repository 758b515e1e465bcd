"""Text helpers shared by every stage: Markdown escaping, Norwegian wording, slugs, the system's messages."""
