"""Outsized messages get a verdict, and memory stays bounded while they are scanned.

The shapes attackers and broken senders use to exhaust a filter: a 50 MB
message (one large attachment), a message of 10,000 parts, a header of
1 MB. Each goes through the whole pipeline offline; we assert a verdict, no
failed stage, and a peak of Python allocations (tracemalloc, counted from
after the raw message exists) under a generous limit: a few copies of the
message, not one per stage or per part. Time is printed by the benchmarks,
never asserted here.
"""

from __future__ import annotations

import asyncio
import base64
import random
import tracemalloc

import pytest

from rempart.engine.context import Context
from rempart.engine.dns import DNSResolver
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import Policy
from rempart.engine.verdict import Result, Verdict
from rempart.scan import envelope_from_headers

MB = 1_000_000
BIG = 50 * MB
PARTS = 10_000
HEADER = 1 * MB

# Peak allocations allowed while scanning, beyond the raw message itself.
BIG_MESSAGE_PEAK = 4 * BIG  # the decoded attachment and a text view or two, not a copy per stage
SMALL_MESSAGE_PEAK = 64 * MB  # for inputs of about 1 MB: generous, but not linear in parts x stages

HEAD = (b"Return-Path: <sender@example.org>\n"
        b"Received: from mail.example.org (mail.example.org [192.0.2.10]) by mx.example.net; "
        b"Mon, 16 Nov 2026 10:00:00 +0000\n"
        b"From: Sender <sender@example.org>\nTo: someone@example.net\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n"
        b"Message-ID: <bounds@example.org>\nMIME-Version: 1.0\n")


def fifty_megabyte_message() -> bytes:
    """A short text and one attachment of random bytes, base64-encoded to 50 MB of message."""
    payload = base64.encodebytes(random.Random(0).randbytes(BIG * 3 // 4))
    return (HEAD + b'Subject: backup archive\nContent-Type: multipart/mixed; boundary="b"\n\n'
            b"--b\nContent-Type: text/plain\n\nThe archive is attached.\n"
            b'--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename="backup.bin"\n'
            b"Content-Transfer-Encoding: base64\n\n" + payload + b"--b--\n")


def ten_thousand_part_message() -> bytes:
    """10,000 parts: text with a link, and small attachments, in turn."""
    parts = []
    for i in range(PARTS):
        if i % 2:
            parts.append(b'--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; '
                         b'filename="f%d.dat"\n\nPK\x03\x04 not really a zip %d\n' % (i, i))
        else:
            parts.append(b"--b\nContent-Type: text/plain\n\npart %d https://example.org/p/%d\n" % (i, i))
    return HEAD + b'Subject: many parts\nContent-Type: multipart/mixed; boundary="b"\n\n' + b"".join(parts) + b"--b--\n"


def one_megabyte_subject() -> bytes:
    return HEAD + b"Subject: " + b"win " * (HEADER // 4) + b"\nContent-Type: text/plain\n\nbody\n"


def one_megabyte_folded_recipients() -> bytes:
    """A To header of 1 MB: some 12,000 long addresses, one folded line each (a recipient bomb)."""
    address = b"Recipient Number %05d <recipient.number.%05d@logistics-department.example.net>"
    addresses = b",\n ".join(address % (i, i) for i in range(HEADER // (len(address) + 3)))
    return HEAD.replace(b"To: someone@example.net\n", b"To: " + addresses + b"\n") + b"Subject: hi\n\nbody\n"


def scan_measured(raw: bytes, policy: Policy) -> tuple[Result, int]:
    """The pipeline's result and the peak of Python allocations made while scanning."""
    pipeline = Pipeline()
    resolver = DNSResolver(("127.0.0.1", 9), timeout=0.2)
    tracemalloc.start()
    try:
        message = Message(raw)
        context = Context(envelope=envelope_from_headers(message), resolver=resolver, antivirus=None)
        result = asyncio.run(pipeline.scan(message, policy, context))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


ACCEPTING = Policy(antivirus_unavailable="accept")


def test_fifty_megabyte_message_gets_a_verdict_with_bounded_memory() -> None:
    policy = ACCEPTING.with_changes(max_message_size=2 * BIG)  # let it past the size limit, into every stage
    result, peak = scan_measured(fifty_megabyte_message(), policy)
    assert isinstance(result.verdict, Verdict)
    assert not result.has("STAGE_FAILED"), result.symbols
    assert peak < BIG_MESSAGE_PEAK, f"peak {peak / MB:.0f} MB"


def test_fifty_megabyte_message_over_the_policy_limit_is_refused_without_parsing() -> None:
    result, peak = scan_measured(fifty_megabyte_message(), ACCEPTING)
    assert result.verdict is Verdict.POLICY and result.has("MESSAGE_TOO_BIG")
    assert peak < SMALL_MESSAGE_PEAK, f"peak {peak / MB:.0f} MB"


def test_ten_thousand_parts_get_a_verdict_with_bounded_memory() -> None:
    result, peak = scan_measured(ten_thousand_part_message(), ACCEPTING)
    assert isinstance(result.verdict, Verdict)
    assert not result.has("STAGE_FAILED"), result.symbols
    assert peak < SMALL_MESSAGE_PEAK, f"peak {peak / MB:.0f} MB"


@pytest.mark.parametrize("build", [one_megabyte_subject, one_megabyte_folded_recipients],
                         ids=["subject", "folded-recipients"])
def test_one_megabyte_header_gets_a_verdict_with_bounded_memory(build) -> None:
    result, peak = scan_measured(build(), ACCEPTING)
    assert isinstance(result.verdict, Verdict)
    assert not result.has("STAGE_FAILED"), result.symbols
    assert peak < SMALL_MESSAGE_PEAK, f"peak {peak / MB:.0f} MB"
