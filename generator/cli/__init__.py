"""The command line: `grupper` and its commands, a thin shell that reads the project once and passes it down."""
