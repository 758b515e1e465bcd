"""Views: what each audience may see of a group, made by explicit allowlists."""
