"""Sender authentication at the gateway, with answers from a real DNS server.

The message goes through real SMTP into the gateway, which asks nsd for
SPF, DKIM and DMARC records; the queued message carries our
Authentication-Results header and the verdict follows.
"""

import dkim
import pytest

from rempart.engine import stages
from rempart.engine.dns import DNSResolver
from rempart.engine.verdict import Verdict

AUTH_STAGES = stages.load(("lists", "spf", "dkim", "arc", "dmarc"))


def signed_message(private_key: bytes, domain: str = "sender.test", selector: str = "sel") -> bytes:
    message = (
        f"From: Alice <alice@{domain}>\r\nTo: bob@example.test\r\nSubject: Quarterly figures\r\n"
        f"Date: Mon, 01 Jan 2024 10:00:00 +0000\r\nMessage-ID: <q1@{domain}>\r\n\r\n"
        "Here are the figures we discussed.\r\n"
    ).encode()
    signature = dkim.sign(message, selector.encode(), domain.encode(), private_key,
                          include_headers=[b"from", b"to", b"subject", b"date", b"message-id"])
    return signature + message


def auth_results_of(data: bytes) -> str:
    headers = data.split(b"\r\n\r\n", 1)[0].decode()
    unfolded = headers.replace("\r\n\t", " ").replace("\r\n ", " ")
    lines = [line for line in unfolded.split("\r\n") if line.lower().startswith("authentication-results:")]
    assert len(lines) == 1, headers
    return lines[0]


@pytest.fixture
def published(dns_records):
    with dns_records.batch():
        dns_records.add("sender.test", "TXT", "v=spf1 ip4:127.0.0.1 -all")
        dns_records.add("_dmarc.sender.test", "TXT", "v=DMARC1; p=reject")
    return dns_records.add_dkim_key("sel", "sender.test")


def test_authenticated_mail_is_queued_with_pass_results(smtp_gateway, dns_server, published):
    gateway = smtp_gateway(stages=AUTH_STAGES, resolver=DNSResolver(dns_server.address, timeout=1.0))
    code, _ = gateway.send(signed_message(published), sender="alice@sender.test")
    assert code == 250
    [(entry, data)] = gateway.queued()
    header = auth_results_of(data)
    assert "spf=pass" in header and "dkim=pass" in header and "dmarc=pass" in header
    assert entry.verdict == "clean"


def test_forged_sender_failing_dmarc_reject_is_not_delivered(smtp_gateway, dns_server, published, dns_records):
    dns_records.replace("sender.test", "TXT", "v=spf1 ip4:192.0.2.1 -all")  # we are not an allowed IP
    gateway = smtp_gateway(stages=AUTH_STAGES, resolver=DNSResolver(dns_server.address, timeout=1.0))
    forged = signed_message(published).replace(b"figures we discussed", b"new bank details, pay now")
    code, _ = gateway.send(forged, sender="alice@sender.test")
    assert code == 250  # spam is quarantined (default policy), not bounced
    assert gateway.queued() == []
    [(entry, data)] = gateway.quarantined()
    header = auth_results_of(data)
    assert "spf=fail" in header and "dkim=fail" in header and "dmarc=fail" in header
    assert entry.verdict == Verdict.SPAM.value


def test_a_forged_authentication_results_header_is_replaced(smtp_gateway, dns_server, published):
    gateway = smtp_gateway(stages=AUTH_STAGES, resolver=DNSResolver(dns_server.address, timeout=1.0))
    hostname = gateway.settings.hostname
    forged = f"Authentication-Results: {hostname}; dmarc=pass header.from=bank.test\r\n".encode()
    code, _ = gateway.send(forged + signed_message(published), sender="alice@sender.test")
    assert code == 250
    [(_, data)] = gateway.queued()
    assert "bank.test" not in auth_results_of(data)


def test_dns_unreachable_gives_temperror_and_the_mail_still_flows(smtp_gateway, published):
    gateway = smtp_gateway(stages=AUTH_STAGES, resolver=DNSResolver(("127.0.0.1", 9), timeout=0.3))
    code, _ = gateway.send(signed_message(published), sender="alice@sender.test")
    assert code == 250
    [(_, data)] = gateway.queued()
    header = auth_results_of(data)
    assert "spf=temperror" in header
