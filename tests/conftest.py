"""Shared fixtures: real servers on loopback, each in its own support module."""

pytest_plugins = [
    "tests.support.store",
    "tests.support.dns_server",
    "tests.support.clamd",
    "tests.support.smtp",
    "tests.support.downstream",
    "tests.support.process",
    "tests.support.browser",
]
