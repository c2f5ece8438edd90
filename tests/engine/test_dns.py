"""The engine's resolver against a real nsd, and its fast failure when DNS is gone."""

from __future__ import annotations

import asyncio

import dns.message
import dns.name
import dns.rdatatype
import dns.rcode
import dns.rrset
import pytest

from rempart.config import Settings
from rempart.engine.context import Context, Envelope
from rempart.engine.dns import DNSResolver, DNSTempError, build_resolver
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import arc, dkim, dmarc, spf


class FakeClock:
    """Monotonic time the test moves by hand, for the breaker's cooldown."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def _reply_to_next_query(silent_dns, rcode: int, txt: str | None = None, ttl: int = 0) -> None:
    """Play the server once: read the next query from the silent socket and answer it."""
    data, peer = await asyncio.get_running_loop().sock_recvfrom(silent_dns.sock, 65535)
    query = dns.message.from_wire(data)
    response = dns.message.make_response(query)
    response.set_rcode(rcode)
    if txt is not None:
        question = query.question[0]
        response.answer.append(dns.rrset.from_text(question.name, ttl, "IN", "TXT", f'"{txt}"'))
    silent_dns.sock.sendto(response.to_wire(), peer)


async def test_answers_each_record_type(dns_records):
    with dns_records.batch():
        dns_records.add("example.com", "TXT", "v=spf1 -all")
        dns_records.add("example.com", "A", "192.0.2.10")
        dns_records.add("example.com", "AAAA", "2001:db8::10")
        dns_records.add("example.com", "MX", "20 mx2.example.com")
        dns_records.add("example.com", "MX", "10 mx1.example.com")
        dns_records.add("10.2.0.192.in-addr.arpa", "PTR", "host.example.com")
    resolver = build_resolver(Settings(dns=dns_records.address, dns_timeout=1.0))

    assert await resolver.txt("example.com") == ["v=spf1 -all"]
    assert await resolver.a("example.com") == ["192.0.2.10"]
    assert await resolver.aaaa("example.com") == ["2001:db8::10"]
    assert await resolver.mx("example.com") == [(10, "mx1.example.com"), (20, "mx2.example.com")]
    assert await resolver.ptr("192.0.2.10") == ["host.example.com"]


async def test_long_txt_record_is_joined(dns_records):
    key = "v=DKIM1; k=rsa; p=" + "A" * 400
    dns_records.add("sel._domainkey.example.com", "TXT", key)
    resolver = DNSResolver(dns_records.address, timeout=1.0)

    assert await resolver.txt("sel._domainkey.example.com") == [key]


async def test_missing_name_and_missing_type_are_empty(dns_records):
    dns_records.add("example.com", "A", "192.0.2.10")
    resolver = DNSResolver(dns_records.address, timeout=1.0)

    assert await resolver.txt("nowhere.example.com") == []
    assert await resolver.txt("example.com") == []
    assert await resolver.ptr("not an address") == []
    assert await resolver.txt("bad..name") == []


async def test_answers_are_cached_for_their_ttl(dns_records):
    dns_records.add("cached.example.com", "TXT", "first", ttl=300)
    dns_records.add("fresh.example.com", "TXT", "first", ttl=0)
    resolver = DNSResolver(dns_records.address, timeout=1.0)
    assert await resolver.txt("cached.example.com") == ["first"]
    assert await resolver.txt("fresh.example.com") == ["first"]

    with dns_records.batch():
        dns_records.replace("cached.example.com", "TXT", "second", ttl=300)
        dns_records.replace("fresh.example.com", "TXT", "second", ttl=0)

    assert await resolver.txt("cached.example.com") == ["first"]
    assert await resolver.txt("fresh.example.com") == ["second"]


async def test_cached_answers_still_serve_while_the_breaker_is_open(silent_dns):
    resolver = DNSResolver(silent_dns.address, timeout=0.3, breaker_threshold=1)
    lookup = asyncio.create_task(resolver.txt("example.com"))
    await _reply_to_next_query(silent_dns, dns.rcode.NOERROR, txt="kept", ttl=300)
    assert await lookup == ["kept"]

    with pytest.raises(DNSTempError):
        await resolver.txt("other.example.com")  # unanswered: the breaker opens
    assert resolver.breaker_open
    sent = silent_dns.queries()

    assert await resolver.txt("example.com") == ["kept"]
    assert silent_dns.queries() == sent


async def test_timeout_raises_temp_error(silent_dns):
    resolver = DNSResolver(silent_dns.address, timeout=0.2)

    with pytest.raises(DNSTempError):
        await resolver.txt("example.com")
    assert silent_dns.queries() >= 1


async def test_breaker_fails_fast_after_consecutive_timeouts(silent_dns):
    clock = FakeClock()
    resolver = DNSResolver(silent_dns.address, timeout=0.2, breaker_threshold=3, breaker_cooldown=30, clock=clock)
    for _ in range(3):
        with pytest.raises(DNSTempError):
            await resolver.txt("example.com")
    sent = silent_dns.queries()
    assert resolver.breaker_open

    for _ in range(50):
        with pytest.raises(DNSTempError, match="failing fast"):
            await resolver.a("example.com")
    assert silent_dns.queries() == sent  # nothing more was even asked


async def test_breaker_probes_again_after_cooldown(silent_dns):
    clock = FakeClock()
    resolver = DNSResolver(silent_dns.address, timeout=0.2, breaker_threshold=2, breaker_cooldown=30, clock=clock)
    for _ in range(2):
        with pytest.raises(DNSTempError):
            await resolver.txt("example.com")
    sent = silent_dns.queries()

    clock.now += 31
    with pytest.raises(DNSTempError):
        await resolver.txt("example.com")  # the probe: sent, and unanswered again
    assert silent_dns.queries() > sent
    assert resolver.breaker_open


async def test_an_answer_closes_the_breaker(silent_dns):
    clock = FakeClock()
    resolver = DNSResolver(silent_dns.address, timeout=0.5, breaker_threshold=1, breaker_cooldown=30, clock=clock)
    with pytest.raises(DNSTempError):
        await resolver.txt("example.com")
    silent_dns.queries()
    assert resolver.breaker_open

    clock.now += 31
    lookup = asyncio.create_task(resolver.txt("example.com"))
    await _reply_to_next_query(silent_dns, dns.rcode.NOERROR, txt="hello")

    assert await lookup == ["hello"]
    assert not resolver.breaker_open


async def test_servfail_is_a_temp_error_but_does_not_trip_the_breaker(silent_dns):
    resolver = DNSResolver(silent_dns.address, timeout=0.5, breaker_threshold=1)
    lookup = asyncio.create_task(resolver.txt("example.com"))
    await _reply_to_next_query(silent_dns, dns.rcode.SERVFAIL)

    with pytest.raises(DNSTempError):
        await lookup
    assert not resolver.breaker_open


async def test_a_resolver_that_refuses_to_serve_us_trips_the_breaker(silent_dns):
    resolver = DNSResolver(silent_dns.address, timeout=0.5, breaker_threshold=2, breaker_cooldown=30, clock=FakeClock())
    for name in ("a.example.com", "b.example.com"):
        lookup = asyncio.create_task(resolver.txt(name))
        await _reply_to_next_query(silent_dns, dns.rcode.REFUSED)
        with pytest.raises(DNSTempError):
            await lookup
    sent = silent_dns.queries()
    assert resolver.breaker_open

    with pytest.raises(DNSTempError, match="failing fast"):
        await resolver.txt("c.example.com")
    assert silent_dns.queries() == sent


async def _reply_nxdomain_and_root(silent_dns, root_rcode: int) -> None:
    """Answer a name with NXDOMAIN, then the resolver's question about the root zone with ``root_rcode``."""
    await _reply_to_next_query(silent_dns, dns.rcode.NXDOMAIN)
    data, peer = await asyncio.wait_for(asyncio.get_running_loop().sock_recvfrom(silent_dns.sock, 65535), 5)
    query = dns.message.from_wire(data)
    assert query.question[0].name == dns.name.root and query.question[0].rdtype == dns.rdatatype.SOA
    response = dns.message.make_response(query)
    response.set_rcode(root_rcode)
    if root_rcode == dns.rcode.NOERROR:
        response.answer.append(dns.rrset.from_text(".", 0, "IN", "SOA", "a.root. hostmaster.root. 1 1800 900 604800 86400"))
    silent_dns.sock.sendto(response.to_wire(), peer)


async def test_a_resolver_that_denies_even_the_root_zone_is_blind_not_authoritative(silent_dns):
    resolver = DNSResolver(silent_dns.address, timeout=0.5, breaker_cooldown=30, clock=FakeClock())
    lookup = asyncio.create_task(resolver.txt("_dmarc.example.com"))
    await _reply_nxdomain_and_root(silent_dns, dns.rcode.NXDOMAIN)

    with pytest.raises(DNSTempError, match="even the root zone"):
        await lookup
    assert resolver.breaker_open
    sent = silent_dns.queries()
    with pytest.raises(DNSTempError, match="failing fast"):  # not the cached NXDOMAIN
        await resolver.txt("_dmarc.example.com")
    assert silent_dns.queries() == sent


async def test_nxdomain_from_a_resolver_that_knows_the_root_is_believed(silent_dns):
    resolver = DNSResolver(silent_dns.address, timeout=0.5, breaker_cooldown=30, clock=FakeClock())
    lookup = asyncio.create_task(resolver.txt("_dmarc.example.com"))
    await _reply_nxdomain_and_root(silent_dns, dns.rcode.NOERROR)

    assert await lookup == []
    assert not resolver.breaker_open
    lookup = asyncio.create_task(resolver.txt("_dmarc.example.org"))  # the root is not asked again
    await _reply_to_next_query(silent_dns, dns.rcode.NXDOMAIN)
    assert await lookup == []


async def test_an_offline_resolver_makes_the_authentication_checks_temperror(silent_dns):
    resolver = DNSResolver(silent_dns.address, timeout=0.5, breaker_cooldown=600)
    raw = (b"From: a@example.com\r\nARC-Seal: i=1; a=rsa-sha256; cv=none; d=google.com; s=arc-20160816; b=AA==\r\n"
           b"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20160816; h=from; "
           b"bh=AA==; b=AA==\r\nARC-Authentication-Results: i=1; mx.google.com; spf=pass\r\n\r\nx")
    context = Context(envelope=Envelope(client_ip="192.0.2.1", helo="mx.example.com", mail_from="a@example.com"),
                      resolver=resolver)
    scan = asyncio.create_task(Pipeline(modules=[arc, dmarc]).scan(Message(raw), DEFAULT_POLICY, context))
    await _reply_nxdomain_and_root(silent_dns, dns.rcode.NXDOMAIN)
    await scan

    assert context.auth["arc"] == "temperror"
    assert context.auth["dmarc"] == "temperror"


async def test_system_without_nameserver_fails_at_once(tmp_path):
    empty = tmp_path / "resolv.conf"
    empty.write_text("# no nameserver here\n")
    for resolver in (DNSResolver(None, resolv_conf=str(empty)), DNSResolver(None, resolv_conf=str(tmp_path / "missing"))):
        with pytest.raises(DNSTempError, match="no DNS server configured"):
            await resolver.txt("example.com")


async def test_scanning_many_messages_offline_asks_only_until_the_breaker_opens(silent_dns):
    resolver = DNSResolver(silent_dns.address, timeout=0.2, breaker_threshold=3, breaker_cooldown=600)
    pipeline = Pipeline(modules=[spf, dkim, arc, dmarc])
    raw = b"From: a@example.com\r\nDKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s; h=from; bh=AA==; b=AA==\r\n\r\nx"

    results = []
    for _ in range(40):
        context = Context(envelope=Envelope(client_ip="192.0.2.1", mail_from="a@example.com"), resolver=resolver)
        results.append(await pipeline.scan(Message(raw), DEFAULT_POLICY, context))

    assert silent_dns.queries() <= 3 * 2  # the lookups before the breaker opened (a retry each at most)
    assert all(r.auth == {"spf": "temperror", "dkim": "temperror", "arc": "none", "dmarc": "temperror"} for r in results)
