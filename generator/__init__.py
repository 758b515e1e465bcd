"""grupperegister: Amnesty Norway's register of volunteer groups, kept as data in Git."""
