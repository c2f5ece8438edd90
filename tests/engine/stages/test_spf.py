"""SPF stage against a real nsd: each result word of RFC 7208, and DNS trouble."""

from __future__ import annotations

import pytest

from rempart.engine.context import Context, Envelope
from rempart.engine.dns import DNSResolver
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import spf

MESSAGE = Message(b"From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n")
CLIENT = "192.0.2.10"


async def check(address, ip=CLIENT, mail_from="user@example.com", helo="mail.example.com", timeout=1.0):
    context = Context(
        envelope=Envelope(client_ip=ip, helo=helo, mail_from=mail_from),
        resolver=DNSResolver(address, timeout=timeout) if address else None,
    )
    hits = await spf.check(MESSAGE, DEFAULT_POLICY, context)
    return context, [h.symbol for h in hits]


@pytest.mark.parametrize(
    "record, result, symbol",
    [
        (f"v=spf1 ip4:{CLIENT} -all", "pass", "R_SPF_ALLOW"),
        ("v=spf1 ip4:198.51.100.0/24 -all", "fail", "R_SPF_FAIL"),
        ("v=spf1 ip4:198.51.100.0/24 ~all", "softfail", "R_SPF_SOFTFAIL"),
        ("v=spf1 ?all", "neutral", "R_SPF_NEUTRAL"),
        ("v=spf1 ip4:192.0.2.0/24 moo -all", "permerror", "R_SPF_PERMFAIL"),
    ],
)
async def test_result_of_the_senders_record(dns_records, record, result, symbol):
    dns_records.add("example.com", "TXT", record)

    context, symbols = await check(dns_records.address)

    assert context.auth["spf"] == result
    assert symbols == [symbol]
    assert "smtp.mailfrom=user@example.com" in context.auth_details["spf"]


async def test_no_record_is_none(dns_records):
    dns_records.add("example.com", "TXT", "some other text record")

    context, symbols = await check(dns_records.address)

    assert context.auth["spf"] == "none"
    assert symbols == ["R_SPF_NA"]


async def test_mechanisms_resolve_through_our_server(dns_records):
    with dns_records.batch():
        dns_records.add("example.com", "TXT", "v=spf1 include:_spf.example.net mx -all")
        dns_records.add("_spf.example.net", "TXT", "v=spf1 a:out.example.net -all")
        dns_records.add("out.example.net", "A", "203.0.113.5")
        dns_records.add("example.com", "MX", "10 mx.example.com")
        dns_records.add("mx.example.com", "A", "198.51.100.25")

    by_include, _ = await check(dns_records.address, ip="203.0.113.5")
    by_mx, _ = await check(dns_records.address, ip="198.51.100.25")
    neither, _ = await check(dns_records.address, ip="192.0.2.99")

    assert (by_include.auth["spf"], by_mx.auth["spf"], neither.auth["spf"]) == ("pass", "pass", "fail")


async def test_ptr_and_ipv6(dns_records):
    with dns_records.batch():
        dns_records.add("example.com", "TXT", "v=spf1 ip6:2001:db8::/32 ptr -all")
        dns_records.add("10.2.0.192.in-addr.arpa", "PTR", "host.example.com")
        dns_records.add("host.example.com", "A", CLIENT)

    v6, _ = await check(dns_records.address, ip="2001:db8::1")
    by_ptr, _ = await check(dns_records.address)

    assert v6.auth["spf"] == "pass"
    assert by_ptr.auth["spf"] == "pass"


async def test_too_many_lookups_is_permerror(dns_records):
    with dns_records.batch():
        includes = " ".join(f"include:s{i}.example.com" for i in range(11))
        dns_records.add("example.com", "TXT", f"v=spf1 {includes} -all")
        for i in range(11):
            dns_records.add(f"s{i}.example.com", "TXT", "v=spf1 ip4:198.51.100.1 -all")

    context, symbols = await check(dns_records.address)

    assert context.auth["spf"] == "permerror"
    assert symbols == ["R_SPF_PERMFAIL"]


async def test_two_records_is_permerror(dns_records):
    with dns_records.batch():
        dns_records.add("example.com", "TXT", "v=spf1 -all")
        dns_records.add("example.com", "TXT", "v=spf1 +all")

    context, _ = await check(dns_records.address)

    assert context.auth["spf"] == "permerror"


async def test_null_sender_checks_the_helo_name(dns_records):
    with dns_records.batch():
        dns_records.add("example.com", "TXT", "v=spf1 -all")
        dns_records.add("mail.example.com", "TXT", f"v=spf1 ip4:{CLIENT} -all")

    context, _ = await check(dns_records.address, mail_from="")

    assert context.auth["spf"] == "pass"
    assert context.auth_details["spf"].endswith("smtp.helo=mail.example.com")
    assert context.notes["spf_domain"] == "mail.example.com"


async def test_without_client_ip_the_result_is_none_and_says_why(dns_records):
    dns_records.add("example.com", "TXT", "v=spf1 -all")

    context, symbols = await check(dns_records.address, ip=None)

    assert context.auth["spf"] == "none"
    assert symbols == ["R_SPF_NA"]
    assert "no client IP" in context.auth_details["spf"]


async def test_unanswered_dns_is_temperror(silent_dns):
    context, symbols = await check(silent_dns.address, timeout=0.2)

    assert context.auth["spf"] == "temperror"
    assert symbols == ["R_SPF_DNSFAIL"]


async def test_no_resolver_is_temperror():
    context, symbols = await check(None)

    assert context.auth["spf"] == "temperror"
    assert symbols == ["R_SPF_DNSFAIL"]


async def test_a_broken_client_ip_does_not_raise(dns_records):
    dns_records.add("example.com", "TXT", "v=spf1 -all")

    context, _ = await check(dns_records.address, ip="not-an-ip")

    assert context.auth["spf"] == "permerror"


async def test_runs_in_the_pipeline_and_scores(dns_records):
    dns_records.add("example.com", "TXT", "v=spf1 ip4:198.51.100.0/24 -all")
    context = Context(
        envelope=Envelope(client_ip=CLIENT, helo="mail.example.com", mail_from="user@example.com"),
        resolver=DNSResolver(dns_records.address, timeout=1.0),
    )

    result = await Pipeline(modules=[spf]).scan(MESSAGE, DEFAULT_POLICY, context)

    assert result.auth == {"spf": "fail"}
    assert [s.name for s in result.symbols] == ["R_SPF_FAIL"]
    assert result.score == pytest.approx(1.0)


async def test_while_dns_fails_fast_the_check_does_not_even_start():
    class Unavailable:
        breaker_open = True

        async def txt(self, name):
            raise AssertionError("asked DNS while it is known to be unavailable")

    context = Context(envelope=Envelope(client_ip="192.0.2.1", helo="mail.example.com", mail_from="a@example.com"),
                      resolver=Unavailable())
    result = await Pipeline(modules=[spf]).scan(Message(b"From: a@example.com\r\n\r\nx"), DEFAULT_POLICY, context)
    assert result.auth["spf"] == "temperror"
    assert "failing fast" in result.symbols[0].detail
