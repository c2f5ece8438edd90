"""DMARC stage against a real nsd, fed by the real SPF and DKIM stages before it."""

from __future__ import annotations

import dkim
import pytest

from rempart.engine.context import Context, Envelope
from rempart.engine.dns import DNSResolver
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import arc, dmarc, spf
from rempart.engine.stages import dkim as dkim_stage
from rempart.engine.verdict import Verdict

AUTH_STAGES = Pipeline(modules=[spf, dkim_stage, dmarc])
CLIENT = "192.0.2.10"
OTHER_CLIENT = "203.0.113.66"


def message(from_domain: str = "example.com") -> bytes:
    return (
        f"From: Alice <alice@{from_domain}>\r\n"
        "To: bob@example.org\r\n"
        "Subject: invoice\r\n"
        "\r\n"
        "Please find the invoice.\r\n"
    ).encode()


def signed(raw: bytes, key: bytes, domain: str, selector: str = "sel") -> bytes:
    return dkim.sign(raw, selector.encode(), domain.encode(), key, include_headers=[b"from", b"to", b"subject"]) + raw


async def scan(address, raw: bytes, mail_from: str = "bounce@example.com", ip: str = CLIENT, timeout: float = 1.0):
    context = Context(
        envelope=Envelope(client_ip=ip, helo="mail.example.com", mail_from=mail_from),
        resolver=DNSResolver(address, timeout=timeout),
    )
    result = await AUTH_STAGES.scan(Message(raw), DEFAULT_POLICY, context)
    return result, context


def names(result) -> list[str]:
    return [s.name for s in result.symbols if s.name.startswith("DMARC")]


@pytest.fixture
def example_com(dns_records):
    """example.com: SPF allows CLIENT, DKIM key published, DMARC p=reject."""
    with dns_records.batch():
        dns_records.add("example.com", "TXT", f"v=spf1 ip4:{CLIENT} -all")
        dns_records.add("_dmarc.example.com", "TXT", "v=DMARC1; p=reject; rua=mailto:d@example.com")
        key = dns_records.add_dkim_key("sel", "example.com")
    return key


async def test_aligned_dkim_passes_even_when_spf_fails(dns_records, example_com):
    result, context = await scan(dns_records.address, signed(message(), example_com, "example.com"), ip=OTHER_CLIENT)

    assert result.auth == {"spf": "fail", "dkim": "pass", "dmarc": "pass"}
    assert names(result) == ["DMARC_POLICY_ALLOW"]
    assert context.auth_details["dmarc"] == "(p=reject sp=reject dis=none) header.from=example.com"


async def test_aligned_spf_passes_without_signature(dns_records, example_com):
    result, _ = await scan(dns_records.address, message())

    assert result.auth["dmarc"] == "pass"


async def test_reject_policy_fails_unauthenticated_mail_heavily(dns_records, example_com):
    result, context = await scan(dns_records.address, message(), ip=OTHER_CLIENT)

    assert result.auth == {"spf": "fail", "dkim": "none", "dmarc": "fail"}
    assert names(result) == ["DMARC_POLICY_REJECT"]
    assert context.notes["dmarc"]["disposition"] == "reject"
    assert "dis=reject" in context.auth_details["dmarc"]
    assert result.verdict is Verdict.SPAM  # by score: no DMARC symbol names a verdict
    assert all(d.verdict is None for d in AUTH_STAGES.symbols.values() if d.name.startswith("DMARC"))


async def test_signature_of_another_domain_does_not_count(dns_records, example_com):
    dns_records.add_dkim_key("sel", "attacker.example.net")

    result, _ = await scan(dns_records.address, signed(message(), example_com, "attacker.example.net"), ip=OTHER_CLIENT)

    assert result.auth["dkim"] == "pass"
    assert result.auth["dmarc"] == "fail"


async def test_quarantine_and_none_policies(dns_records, example_com):
    dns_records.replace("_dmarc.example.com", "TXT", "v=DMARC1; p=quarantine")
    quarantined, _ = await scan(dns_records.address, message(), ip=OTHER_CLIENT)
    dns_records.replace("_dmarc.example.com", "TXT", "v=DMARC1; p=none")
    monitored, _ = await scan(dns_records.address, message(), ip=OTHER_CLIENT)

    assert names(quarantined) == ["DMARC_POLICY_QUARANTINE"]
    assert names(monitored) == ["DMARC_POLICY_SOFTFAIL"]
    assert quarantined.auth["dmarc"] == monitored.auth["dmarc"] == "fail"


async def test_no_record_is_none(dns_records):
    dns_records.add("example.com", "TXT", f"v=spf1 ip4:{CLIENT} -all")

    result, _ = await scan(dns_records.address, message())

    assert result.auth["dmarc"] == "none"
    assert names(result) == ["DMARC_NA"]


async def test_subdomain_falls_back_to_the_organisational_domain_and_its_sp(dns_records, example_com):
    dns_records.replace("_dmarc.example.com", "TXT", "v=DMARC1; p=none; sp=reject")

    result, context = await scan(dns_records.address, message("news.example.com"), ip=OTHER_CLIENT)

    assert result.auth["dmarc"] == "fail"
    assert names(result) == ["DMARC_POLICY_REJECT"]
    assert context.notes["dmarc"]["domain"] == "example.com"
    assert context.auth_details["dmarc"].endswith("header.from=news.example.com")


async def test_subdomain_own_record_wins_over_the_organisational_one(dns_records, example_com):
    dns_records.add("_dmarc.news.example.com", "TXT", "v=DMARC1; p=none")

    result, _ = await scan(dns_records.address, message("news.example.com"), ip=OTHER_CLIENT)

    assert names(result) == ["DMARC_POLICY_SOFTFAIL"]


async def test_relaxed_alignment_accepts_a_subdomain_strict_does_not(dns_records, example_com):
    dns_records.add("bounces.example.com", "TXT", f"v=spf1 ip4:{CLIENT} -all")
    relaxed, _ = await scan(dns_records.address, message(), mail_from="b@bounces.example.com")
    dns_records.replace("_dmarc.example.com", "TXT", "v=DMARC1; p=reject; aspf=s")
    strict, _ = await scan(dns_records.address, message(), mail_from="b@bounces.example.com")

    assert relaxed.auth["spf"] == strict.auth["spf"] == "pass"
    assert relaxed.auth["dmarc"] == "pass"
    assert strict.auth["dmarc"] == "fail"


async def test_strict_dkim_alignment(dns_records, example_com):
    key = dns_records.add_dkim_key("sel", "mail.example.com")
    raw = signed(message(), key, "mail.example.com")
    relaxed, _ = await scan(dns_records.address, raw, ip=OTHER_CLIENT)
    dns_records.replace("_dmarc.example.com", "TXT", "v=DMARC1; p=reject; adkim=s")
    strict, _ = await scan(dns_records.address, raw, ip=OTHER_CLIENT)

    assert relaxed.auth["dmarc"] == "pass"
    assert strict.auth["dmarc"] == "fail"


async def test_pct_zero_applies_the_next_milder_policy(dns_records, example_com):
    dns_records.replace("_dmarc.example.com", "TXT", "v=DMARC1; p=reject; pct=0")

    result, context = await scan(dns_records.address, message(), ip=OTHER_CLIENT)

    assert names(result) == ["DMARC_POLICY_QUARANTINE"]
    assert context.notes["dmarc"] == {"policy": "reject", "disposition": "quarantine", "domain": "example.com"}


async def test_broken_record_is_permerror(dns_records, example_com):
    dns_records.replace("_dmarc.example.com", "TXT", "v=DMARC1; p=bounce")

    result, _ = await scan(dns_records.address, message(), ip=OTHER_CLIENT)

    assert result.auth["dmarc"] == "permerror"
    assert names(result) == ["DMARC_BAD_POLICY"]


async def test_two_records_mean_no_policy(dns_records, example_com):
    dns_records.add("_dmarc.example.com", "TXT", "v=DMARC1; p=none")

    result, _ = await scan(dns_records.address, message(), ip=OTHER_CLIENT)

    assert result.auth["dmarc"] == "none"


async def test_unanswered_dns_is_temperror(silent_dns):
    result, _ = await scan(silent_dns.address, message(), timeout=0.2)

    assert result.auth == {"spf": "temperror", "dkim": "none", "dmarc": "temperror"}
    assert names(result) == ["DMARC_DNSFAIL"]


async def test_message_without_from_is_none(dns_records):
    result, _ = await scan(dns_records.address, b"Subject: no sender\r\n\r\nbody\r\n")

    assert result.auth["dmarc"] == "none"


@pytest.mark.parametrize(
    "domain, organisational",
    [
        ("example.com", "example.com"),
        ("a.b.example.com", "example.com"),
        ("news.example.co.uk", "example.co.uk"),
        ("EXAMPLE.ORG.", "example.org"),
    ],
)
def test_organisational_domain_from_the_bundled_suffix_list(domain, organisational):
    assert dmarc.organisational_domain(domain) == organisational


@pytest.mark.parametrize(
    "mail_from, helo, ip, raw",
    [
        ("user@exämple.com", "hélo", CLIENT, "From: a@exämple.com\r\n\r\nx".encode()),
        ("user@ex ample.com", "[192.0.2.1]", CLIENT, b"From: a@ex;ample.com\r\n\r\nx"),
        ("user@" + "a" * 300 + ".com", "", "::ffff:192.0.2.1", b"From: <a@" + b"b" * 70 + b".com>\r\n\r\nx"),
        ("<>", "x", CLIENT, b"From: a@.com\r\nDKIM-Signature: garbage\r\nARC-Seal: i=1; garbage\r\n\r\nx"),
        ("a@b@c", "..", CLIENT,
         b"From: a@b..c\r\nDKIM-Signature: v=1; d=\xff; s=\xfe; a=rsa-sha256; h=from; bh=AAAA; b=AAAA\r\n\r\nx"),
    ],
)
async def test_hostile_envelope_and_headers_never_fail_a_stage(dns_records, mail_from, helo, ip, raw):
    dns_records.add("example.com", "TXT", "v=spf1 -all")
    context = Context(
        envelope=Envelope(client_ip=ip, helo=helo, mail_from=mail_from),
        resolver=DNSResolver(dns_records.address, timeout=1.0),
    )

    result = await Pipeline(modules=[spf, dkim_stage, arc, dmarc]).scan(Message(raw), DEFAULT_POLICY, context)

    assert not result.has("STAGE_FAILED")
    assert set(result.auth) == {"spf", "dkim", "arc", "dmarc"}
