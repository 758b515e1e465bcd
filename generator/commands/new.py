"""Placeholder until its issue is done."""


def add_arguments(parser) -> None:
    pass


def run(options) -> int:
    raise NotImplementedError
