"""Errors that reach the operator as one line (CLI) or a 4xx (API)."""


class CommandError(Exception):
    """Something the operator asked cannot be done; exit status 1."""


class UsageError(CommandError):
    """The request itself is wrong (missing or bad option); exit status 2."""
