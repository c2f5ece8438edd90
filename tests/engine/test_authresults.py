"""The Authentication-Results header we write, and the forged ones we drop."""

from __future__ import annotations

import email

import authres
import dkim

from rempart.engine import authresults
from rempart.engine.context import Context, Envelope
from rempart.engine.dns import DNSResolver
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import arc, dmarc, spf
from rempart.engine.stages import dkim as dkim_stage


def parse(field: bytes) -> authres.AuthenticationResultsHeader:
    """Read our header back with an independent RFC 8601 parser."""
    unfolded = field.decode().replace("\r\n\t", " ").strip()
    return authres.AuthenticationResultsHeader.parse(unfolded)


async def test_header_reports_every_method_from_a_real_scan(dns_records):
    raw = b"From: Alice <alice@example.com>\r\nTo: b@example.org\r\nSubject: hi\r\n\r\nhello\r\n"
    with dns_records.batch():
        dns_records.add("example.com", "TXT", "v=spf1 ip4:192.0.2.10 -all")
        dns_records.add("_dmarc.example.com", "TXT", "v=DMARC1; p=quarantine")
        key = dns_records.add_dkim_key("sel", "example.com")
    raw = dkim.sign(raw, b"sel", b"example.com", key, include_headers=[b"from", b"subject"]) + raw
    context = Context(
        envelope=Envelope(client_ip="192.0.2.10", helo="mx.example.com", mail_from="alice@example.com"),
        resolver=DNSResolver(dns_records.address, timeout=1.0),
        authserv_id="mx.rempart.example",
    )
    await Pipeline(modules=[spf, dkim_stage, arc, dmarc]).scan(Message(raw), DEFAULT_POLICY, context)

    field = authresults.header_field(context)
    header = parse(field)

    assert field.startswith(b"Authentication-Results: mx.rempart.example;\r\n\tspf=pass")
    assert field.endswith(b"\r\n")
    assert header.authserv_id == "mx.rempart.example"
    assert [(r.method, r.result) for r in header.results] == [
        ("spf", "pass"), ("dkim", "pass"), ("arc", "none"), ("dmarc", "pass"),
    ]
    by_method = {r.method: r for r in header.results}
    assert [(p.type, p.name, p.value) for p in by_method["dkim"].properties] == [
        ("header", "d", "example.com"), ("header", "s", "sel"),
    ]
    assert by_method["spf"].properties[0].value == "alice@example.com"
    assert authresults.header_value(context).startswith("mx.rempart.example; spf=pass ")


def test_nothing_checked_says_none():
    context = Context(authserv_id="rempart")

    assert authresults.header_value(context) == "rempart; none"


def test_values_from_the_message_cannot_inject_a_result():
    context = Context()
    context.auth["dmarc"] = "fail"
    context.auth_details["dmarc"] = authresults.details(
        ("header.from", "evil.example; dmarc=pass"), note="p=reject) dmarc=pass (",
    )

    header = parse(authresults.header_field(context))

    assert [(r.method, r.result) for r in header.results] == [("dmarc", "fail")]
    assert header.results[0].properties[0].value == "evil.example; dmarc=pass"


def test_removes_only_fields_claiming_our_authserv_id():
    raw = (
        b"Received: from x by y\r\n"
        b"Authentication-Results: rempart; spf=pass\r\n"
        b"  smtp.mailfrom=forged.example\r\n"
        b"Authentication-Results: (comment) REMPART;\r\n"
        b"\tdkim=pass header.d=forged.example\r\n"
        b"Authentication-Results: sender.example; spf=pass smtp.mailfrom=a@sender.example\r\n"
        b"authentication-results : rempart 1; dmarc=pass\r\n"
        b"Authentication-Results: rempart.example.org; spf=fail\r\n"
        b"Subject: test\r\n"
        b"\r\n"
        b"Authentication-Results: rempart; body text stays\r\n"
    )

    cleaned = authresults.remove_forged(raw, "rempart")

    assert cleaned == (
        b"Received: from x by y\r\n"
        b"Authentication-Results: sender.example; spf=pass smtp.mailfrom=a@sender.example\r\n"
        b"Authentication-Results: rempart.example.org; spf=fail\r\n"
        b"Subject: test\r\n"
        b"\r\n"
        b"Authentication-Results: rempart; body text stays\r\n"
    )
    assert email.message_from_bytes(cleaned)["Subject"] == "test"


def test_message_without_forged_fields_is_returned_unchanged():
    raw = b"From: a@example.com\nSubject: x\n\nAuthentication-Results: rempart; spf=pass\n"

    assert authresults.remove_forged(raw, "rempart") is raw


def test_removal_works_with_bare_newlines_and_no_body():
    raw = b"Authentication-Results: rempart; spf=pass\nFrom: a@example.com\n"

    assert authresults.remove_forged(raw, "rempart") == b"From: a@example.com\n"
