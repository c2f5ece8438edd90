"""DKIM stage against a real nsd, with a key each test publishes and signs with."""

from __future__ import annotations

import base64

import dkim
import nacl.signing
import pytest

from rempart.engine.context import Context
from rempart.engine.dns import DNSResolver
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import dkim as dkim_stage

RAW = (
    b"From: Alice <alice@example.com>\r\n"
    b"To: bob@example.org\r\n"
    b"Subject: quarterly figures\r\n"
    b"Message-ID: <1@example.com>\r\n"
    b"\r\n"
    b"The figures are attached.\r\n"
)


def sign(raw: bytes, private_key: bytes, domain: str = "example.com", selector: str = "sel") -> bytes:
    signature = dkim.sign(raw, selector.encode(), domain.encode(), private_key, include_headers=[b"from", b"to", b"subject"])
    return signature + raw


async def check(raw: bytes, address, timeout: float = 1.0):
    context = Context(resolver=DNSResolver(address, timeout=timeout) if address else None)
    hits = await dkim_stage.check(Message(raw), DEFAULT_POLICY, context)
    return context, [h.symbol for h in hits]


async def test_valid_signature_passes(dns_records):
    key = dns_records.add_dkim_key("sel", "example.com")

    context, symbols = await check(sign(RAW, key), dns_records.address)

    assert context.auth["dkim"] == "pass"
    assert symbols == ["R_DKIM_ALLOW"]
    assert context.auth_details["dkim"] == "header.d=example.com header.s=sel"
    assert context.notes["dkim"] == [("pass", "example.com", "sel")]


async def test_tampered_body_fails(dns_records):
    key = dns_records.add_dkim_key("sel", "example.com")
    signed = sign(RAW, key).replace(b"The figures", b"The invoice")

    context, symbols = await check(signed, dns_records.address)

    assert context.auth["dkim"] == "fail"
    assert symbols == ["R_DKIM_REJECT"]


async def test_tampered_signed_header_fails(dns_records):
    key = dns_records.add_dkim_key("sel", "example.com")
    signed = sign(RAW, key).replace(b"Subject: quarterly figures", b"Subject: urgent payment")

    context, _ = await check(signed, dns_records.address)

    assert context.auth["dkim"] == "fail"


async def test_unsigned_message_is_none(dns_records):
    context, symbols = await check(RAW, dns_records.address)

    assert context.auth["dkim"] == "none"
    assert symbols == ["R_DKIM_NA"]


async def test_missing_key_is_permerror(dns_records):
    key = dns_records.add_dkim_key("sel", "example.com")
    dns_records.remove("sel._domainkey.example.com")

    context, symbols = await check(sign(RAW, key), dns_records.address)

    assert context.auth["dkim"] == "permerror"
    assert symbols == ["R_DKIM_PERMFAIL"]
    assert "no key" in context.auth_details["dkim"]


async def test_garbled_key_is_permerror(dns_records):
    key = dns_records.add_dkim_key("sel", "example.com")
    dns_records.replace("sel._domainkey.example.com", "TXT", "v=DKIM1; k=rsa; p=bm90IGEga2V5")

    context, _ = await check(sign(RAW, key), dns_records.address)

    assert context.auth["dkim"] == "permerror"


async def test_malformed_signature_is_permerror(dns_records):
    dns_records.add_dkim_key("sel", "example.com")
    raw = b"DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=sel; b=!!!\r\n" + RAW

    context, _ = await check(raw, dns_records.address)

    assert context.auth["dkim"] == "permerror"


async def test_unanswered_key_lookup_is_temperror(dns_records, silent_dns):
    key = dns_records.add_dkim_key("sel", "example.com")

    context, symbols = await check(sign(RAW, key), silent_dns.address, timeout=0.2)

    assert context.auth["dkim"] == "temperror"
    assert symbols == ["R_DKIM_TEMPFAIL"]


async def test_best_signature_wins_and_each_is_reported(dns_records):
    key = dns_records.add_dkim_key("sel", "example.com")
    dns_records.add_dkim_key("other", "example.net")
    good = sign(RAW, key)
    raw = sign(good, key, domain="example.net", selector="gone")  # no key published there

    context, symbols = await check(raw, dns_records.address)

    assert context.auth["dkim"] == "pass"
    assert context.auth_details["dkim"] == "header.d=example.com header.s=sel"
    assert sorted(symbols) == ["R_DKIM_ALLOW", "R_DKIM_PERMFAIL"]
    assert sorted(context.notes["dkim"]) == [("pass", "example.com", "sel"), ("permerror", "example.net", "gone")]


async def test_ed25519_signature_passes(dns_records):
    signing_key = nacl.signing.SigningKey.generate()
    public = base64.b64encode(bytes(signing_key.verify_key)).decode()
    dns_records.replace("ed._domainkey.example.com", "TXT", f"v=DKIM1; k=ed25519; p={public}")
    signature = dkim.sign(
        RAW, b"ed", b"example.com", base64.b64encode(bytes(signing_key)),
        signature_algorithm=b"ed25519-sha256", include_headers=[b"from", b"subject"],
    )

    context, _ = await check(signature + RAW, dns_records.address)

    assert context.auth["dkim"] == "pass"


async def test_without_resolver_a_signed_message_is_temperror(dns_records):
    key = dns_records.add_dkim_key("sel", "example.com")

    context, _ = await check(sign(RAW, key), None)

    assert context.auth["dkim"] == "temperror"


async def test_runs_in_the_pipeline(dns_records):
    key = dns_records.add_dkim_key("sel", "example.com")

    result = await Pipeline(modules=[dkim_stage]).scan(
        Message(sign(RAW, key)), DEFAULT_POLICY, Context(resolver=DNSResolver(dns_records.address, timeout=1.0))
    )

    assert result.auth == {"dkim": "pass"}
    assert result.score == pytest.approx(-0.2)
