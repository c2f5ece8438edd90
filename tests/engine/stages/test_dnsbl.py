"""DNS blocklists against a real nsd serving fake list zones on loopback."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from rempart.engine.context import Context, Envelope
from rempart.engine.dns import DNSResolver
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY, Policy
from rempart.engine.stages import dnsbl
from rempart.engine.verdict import Verdict

STAGE = Pipeline(modules=[dnsbl])
LISTED_IP = "45.133.1.20"  # written reversed in the zones: 20.1.133.45
IP_ZONE = "bl.rempart-test.example"
DOMAIN_ZONE = "dbl.rempart-test.example"


def build(body: str = "<p>hello</p>", sender: str = "Shop <news@shop-news.example>") -> Message:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "bob@example.org"
    mail["Subject"] = "hello"
    mail.set_content(body, subtype="html")
    return Message(mail.as_bytes())


async def scan(resolver_address, message=None, ip=LISTED_IP, policy=None, timeout=1.0):
    policy = policy or Policy(dnsbl_zones=(IP_ZONE,), uribl_zones=(DOMAIN_ZONE,))
    context = Context(envelope=Envelope(client_ip=ip), resolver=DNSResolver(resolver_address, timeout=timeout))
    result = await STAGE.scan(message or build(), policy, context)
    return result, {s.name: s for s in result.symbols}


async def test_a_listed_client_ip(dns_records):
    dns_records.add(f"20.1.133.45.{IP_ZONE}", "A", "127.0.0.2")

    _, symbols = await scan(dns_records.address)

    assert symbols["RBL_LISTED"].detail == f"45.133.1.20 in {IP_ZONE} (127.0.0.2)"
    assert symbols["RBL_LISTED"].score == 3.0


async def test_an_address_that_is_not_listed_says_nothing(dns_records):
    result, symbols = await scan(dns_records.address)

    assert symbols == {}
    assert result.verdict is Verdict.CLEAN


async def test_several_lists_agreeing_weigh_more(dns_records):
    with dns_records.batch():
        dns_records.add(f"20.1.133.45.{IP_ZONE}", "A", "127.0.0.2")
        dns_records.add("20.1.133.45.second.rempart-test.example", "A", "127.0.0.4")
    policy = Policy(dnsbl_zones=(IP_ZONE, "second.rempart-test.example"))

    _, symbols = await scan(dns_records.address, policy=policy)

    assert symbols["RBL_LISTED"].score == 4.0


async def test_spamhaus_pbl_means_a_home_connection_not_a_spammer(dns_records):
    dns_records.add("20.1.133.45.zen.spamhaus.org", "A", "127.0.0.10")

    _, symbols = await scan(dns_records.address, policy=Policy(dnsbl_zones=("zen.spamhaus.org",)))

    assert set(symbols) == {"RBL_LISTED_POLICY"}
    assert "Spamhaus PBL" in symbols["RBL_LISTED_POLICY"].detail


@pytest.mark.parametrize("answer", ["127.255.255.254", "127.255.255.252", "10.1.2.3", "127.0.0.1"])
async def test_refusals_and_lies_are_not_listings(dns_records, answer):
    dns_records.add(f"20.1.133.45.{IP_ZONE}", "A", answer)

    _, symbols = await scan(dns_records.address)

    assert symbols == {}


async def test_ipv6_clients_are_asked_by_reversed_nibbles(dns_records):
    nibbles = ".".join(reversed("2a0104f8000000000000000000000001"))
    dns_records.add(f"{nibbles}.{IP_ZONE}", "A", "127.0.0.2")

    _, symbols = await scan(dns_records.address, ip="2a01:4f8::1")

    assert "RBL_LISTED" in symbols


async def test_private_clients_are_never_asked(silent_dns):
    _, symbols = await scan(silent_dns.address, ip="192.168.1.20", policy=Policy(dnsbl_zones=(IP_ZONE,)))

    assert symbols == {}
    assert silent_dns.queries() == 0


async def test_a_listed_link_domain(dns_records):
    dns_records.add(f"bad-landing-7731.com.{DOMAIN_ZONE}", "A", "127.0.1.2")
    message = build('<a href="https://www.bad-landing-7731.com/x">offer</a>')

    result, symbols = await scan(dns_records.address, message)

    assert symbols["URIBL_LISTED"].detail == f"bad-landing-7731.com in {DOMAIN_ZONE} (127.0.1.2)"
    assert result.verdict is not Verdict.PHISHING


async def test_the_sender_domain_is_asked_too(dns_records):
    dns_records.add(f"shop-news.example.{DOMAIN_ZONE}", "A", "127.0.0.2")

    _, symbols = await scan(dns_records.address)

    assert "shop-news.example" in symbols["URIBL_LISTED"].detail


async def test_a_domain_listed_for_phishing_in_the_dbl_is_phishing(dns_records):
    dns_records.add("login-verify.example.dbl.spamhaus.org", "A", "127.0.1.4")
    message = build('<a href="https://login-verify.example/">Sign in</a>')

    result, symbols = await scan(dns_records.address, message, policy=Policy(uribl_zones=("dbl.spamhaus.org",)))

    assert "phishing domain" in symbols["URIBL_PHISHING"].detail
    assert result.verdict is Verdict.PHISHING


async def test_surbl_answers_are_bit_masks(dns_records):
    dns_records.add("login-verify.example.multi.surbl.org", "A", "127.0.0.24")  # PH (8) + MW (16)
    message = build('<a href="https://login-verify.example/">Sign in</a>')

    _, symbols = await scan(dns_records.address, message, policy=Policy(uribl_zones=("multi.surbl.org",)))

    assert "SURBL phishing+SURBL malware" in symbols["URIBL_PHISHING"].detail


async def test_brand_domains_are_not_asked(silent_dns):
    message = build('<a href="https://www.paypal.com/">PayPal</a>', sender="PayPal <service@paypal.com>")

    _, symbols = await scan(silent_dns.address, message, ip=None, policy=Policy(uribl_zones=(DOMAIN_ZONE,)))

    assert symbols == {}
    assert silent_dns.queries() == 0


async def test_a_list_that_does_not_answer_is_a_zero_score_symbol(silent_dns):
    result, symbols = await scan(silent_dns.address, timeout=0.3)

    assert symbols["RBL_DNSFAIL"].score == 0.0
    assert IP_ZONE in symbols["RBL_DNSFAIL"].detail and DOMAIN_ZONE in symbols["RBL_DNSFAIL"].detail
    assert silent_dns.queries() >= 2  # both lists were asked, at the same time
    assert result.verdict is Verdict.CLEAN


async def test_no_zones_no_queries(silent_dns):
    result, symbols = await scan(silent_dns.address, policy=DEFAULT_POLICY)

    assert symbols == {}
    assert silent_dns.queries() == 0


async def test_zones_without_a_resolver_say_so():
    context = Context(envelope=Envelope(client_ip=LISTED_IP))
    result = await STAGE.scan(build(), Policy(dnsbl_zones=(IP_ZONE,)), context)

    assert [(s.name, s.score) for s in result.symbols] == [("RBL_DNSFAIL", 0.0)]
