"""Address headers read by the fast path give exactly what email.utils gives.

``message.parse_address`` reads "Name <local@domain>" and bare addresses
with a regular expression and leaves anything else (quotes, comments,
groups, several addresses) to ``email.utils``. The two must agree on every
value the fast path accepts: here on every address header of the corpus
and the samples, and on hand-picked edge cases.
"""

from __future__ import annotations

import email.utils
from pathlib import Path

import pytest

from rempart.engine.message import Message, _simple_address, parse_address, parse_addresses

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "spamassassin"
HEADERS = ("From", "To", "Cc", "Reply-To", "Sender", "Return-Path")

EDGE_CASES = [
    "J. Smith <j@x.example>", "Smith Jr. <a@b.example>", "  x   y  <a.b@c.example>  ", "<a@b.example>",
    "a@b.example", "\ta@b.example ", "=?utf-8?B?SMOpbMOobmU=?= <h@b.example>", "a.@b.example", "a..b@c.example",
    "a@b..example", '"Smith, John" <j@x.example>', "j@x.example (John Smith)", "Team: a@b.example, c@d.example;",
    "<@route.example:a@b.example>", "a\\@b <c@d.example>", "Name <a@b.example> trailing", "no address at all",
    "a@b.example, c@d.example", "Müller <m@b.example>", "",
]


def header_values() -> list[str]:
    values = set(EDGE_CASES)
    paths = sorted((ROOT / "samples" / "mail").glob("*/*.eml"))
    if CORPUS.is_dir():
        paths += sorted(p for p in CORPUS.glob("*/*") if p.is_file())
    for path in paths:
        message = Message(path.read_bytes())
        for name in HEADERS:
            values.update(message.header_all(name))
    return sorted(values)


VALUES = header_values()


def test_the_fast_path_agrees_with_email_utils_on_every_value_it_accepts():
    accepted = [v for v in VALUES if _simple_address(v) is not None]
    disagreements = [(v, _simple_address(v), email.utils.parseaddr(v)) for v in accepted
                     if _simple_address(v) != email.utils.parseaddr(v)]
    assert disagreements == []
    assert len(accepted) > len(VALUES) / 2  # most headers are simple: the fast path is the common one


@pytest.mark.parametrize("value", ['"Smith, John" <j@x.example>', "j@x.example (John Smith)",
                                   "Team: a@b.example, c@d.example;", "a..b@c.example"])
def test_what_needs_the_full_parser_goes_to_it(value):
    assert _simple_address(value) is None
    assert parse_address(value) == email.utils.parseaddr(value)


def test_several_headers_read_together_match_getaddresses():
    for values in [("A <a@b.example>", "c@d.example"), ("A <a@b.example>, c@d.example",), ('"X, Y" <x@y.example>',)]:
        assert parse_addresses(values) == tuple(email.utils.getaddresses(list(values)))
