"""ARC stage against a real nsd: chains sealed here with dkimpy's arc_sign."""

from __future__ import annotations

import dkim

from rempart.engine.context import Context
from rempart.engine.dns import DNSResolver
from rempart.engine.message import Message
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import arc

RAW = (
    b"From: Alice <alice@example.com>\r\n"
    b"To: list@lists.example.net\r\n"
    b"Subject: meeting notes\r\n"
    b"Message-ID: <2@example.com>\r\n"
    b"\r\n"
    b"Notes of today's meeting.\r\n"
)


def seal(raw: bytes, private_key: bytes, sealer: str, arc_result: str | None = None) -> bytes:
    """What a forwarder does: record its checks, then add an ARC set over them."""
    results = "spf=pass smtp.mailfrom=example.com" + (f"; arc={arc_result}" if arc_result else "")
    raw = f"Authentication-Results: {sealer}; {results}\r\n".encode() + raw
    arc_set = dkim.arc_sign(raw, b"arc", sealer.encode(), private_key, sealer.encode())
    assert arc_set, "dkimpy declined to seal"
    return b"".join(arc_set) + raw


async def check(raw: bytes, address, timeout: float = 1.0):
    context = Context(resolver=DNSResolver(address, timeout=timeout) if address else None)
    hits = await arc.check(Message(raw), DEFAULT_POLICY, context)
    return context, [h.symbol for h in hits]


async def test_message_without_chain_is_none(dns_records):
    context, symbols = await check(RAW, dns_records.address)

    assert context.auth["arc"] == "none"
    assert symbols == ["ARC_NA"]


async def test_one_intact_seal_passes(dns_records):
    key = dns_records.add_dkim_key("arc", "lists.example.net")

    context, symbols = await check(seal(RAW, key, "lists.example.net"), dns_records.address)

    assert context.auth["arc"] == "pass"
    assert symbols == ["ARC_ALLOW"]


async def test_two_forwarders_pass(dns_records):
    key = dns_records.add_dkim_key("arc", "lists.example.net")
    dns_records.add_dkim_key("arc", "relay.example.org")
    once = seal(RAW, key, "lists.example.net")
    twice = seal(once, key, "relay.example.org", arc_result="pass")

    context, symbols = await check(twice, dns_records.address)

    assert context.auth["arc"] == "pass"
    assert symbols == ["ARC_ALLOW"]


async def test_message_changed_after_sealing_fails(dns_records):
    key = dns_records.add_dkim_key("arc", "lists.example.net")
    sealed = seal(RAW, key, "lists.example.net").replace(b"today's meeting", b"the wire transfer")

    context, symbols = await check(sealed, dns_records.address)

    assert context.auth["arc"] == "fail"
    assert symbols == ["ARC_REJECT"]


async def test_chain_a_sealer_declared_failed_fails(dns_records):
    key = dns_records.add_dkim_key("arc", "lists.example.net")
    dns_records.add_dkim_key("arc", "relay.example.org")
    once = seal(RAW, key, "lists.example.net")
    twice = seal(once, key, "relay.example.org", arc_result="fail")

    context, _ = await check(twice, dns_records.address)

    assert context.auth["arc"] == "fail"


async def test_sealer_key_missing_fails(dns_records):
    key = dns_records.add_dkim_key("arc", "lists.example.net")
    sealed = seal(RAW, key, "lists.example.net")
    dns_records.remove("arc._domainkey.lists.example.net")

    context, _ = await check(sealed, dns_records.address)

    assert context.auth["arc"] == "fail"


async def test_unanswered_key_lookup_is_temperror(dns_records, silent_dns):
    key = dns_records.add_dkim_key("arc", "lists.example.net")

    context, symbols = await check(seal(RAW, key, "lists.example.net"), silent_dns.address, timeout=0.2)

    assert context.auth["arc"] == "temperror"
    assert symbols == ["ARC_DNSFAIL"]
