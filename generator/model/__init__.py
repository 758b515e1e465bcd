"""Data in: group files and the project's data files read (with line marks), their vocabularies and schema, and
group files written back."""
