"""The gateway is never an open relay: only recipients of our domains are accepted."""

import pytest

from tests.support.smtp import domain, message, snapshot_of


def rcpt_reply(gateway, address: str) -> tuple[int, bytes]:
    with gateway.smtp() as client:
        client.ehlo()
        client.mail("alice@sender.test")
        return client.rcpt(address)


def test_recipient_of_our_domain_is_accepted(gateway):
    assert rcpt_reply(gateway, "bob@example.test") == (250, b"2.1.5 Ok")


def test_domain_is_matched_without_regard_to_case(gateway):
    assert rcpt_reply(gateway, "Bob@EXAMPLE.Test")[0] == 250


@pytest.mark.parametrize("address", [
    "bob@elsewhere.test",
    "bob@sub.example.test",      # a subdomain is another domain
    "bob@example.test.evil.test",
    "bob@[127.0.0.1]",           # an address literal names no domain of ours
    "postmaster",                # no domain at all
])
def test_recipient_of_another_domain_is_relaying_denied(gateway, address):
    assert rcpt_reply(gateway, address) == (550, b"5.7.1 Relaying denied")


@pytest.mark.parametrize("address", [
    '"carol@elsewhere.test"@example.test',  # quoted local part with an @
    "carol%elsewhere.test@example.test",    # the percent hack
    "elsewhere.test!carol@example.test",    # a bang path
])
def test_local_part_that_a_server_could_relay_is_denied(gateway, address):
    assert rcpt_reply(gateway, address) == (550, b"5.7.1 Relaying denied")


def test_refused_recipient_leaves_nothing_queued_and_data_is_refused(gateway):
    with gateway.smtp() as client:
        client.ehlo()
        client.mail("alice@sender.test")
        assert client.rcpt("carol@elsewhere.test")[0] == 550
        code, _ = client.docmd("DATA")
        assert code == 503
    assert gateway.queued() == []
    assert gateway.quarantined() == []
    assert gateway.tracker.receptions == []


def test_source_route_is_ignored_and_mail_stays_with_the_final_recipient(gateway):
    raw = gateway.raw()
    try:
        raw.reply()
        raw.send(b"EHLO client.test\r\n")
        raw.reply()
        raw.send(b"MAIL FROM:<alice@sender.test>\r\n")
        assert raw.reply().startswith("250")
        raw.send(b"RCPT TO:<@relay.elsewhere.test:bob@example.test>\r\n")
        assert raw.reply().startswith("250")
        raw.send(b"RCPT TO:<@example.test:carol@elsewhere.test>\r\n")
        assert raw.reply() == "550 5.7.1 Relaying denied"
        raw.send(b"DATA\r\n")
        assert raw.reply().startswith("354")
        raw.send(message() + b".\r\n")
        assert raw.reply().startswith("250 2.0.0 Ok: queued as")
    finally:
        raw.close()
    [(entry, _)] = gateway.queued()
    assert [r.address for r in entry.recipients] == ["bob@example.test"]


def test_domain_added_to_the_snapshot_is_accepted_at_once(gateway):
    assert rcpt_reply(gateway, "dave@new.test")[0] == 550
    gateway.snapshot.current = snapshot_of(domain(), domain("new.test", organisation="New"))
    assert rcpt_reply(gateway, "dave@new.test")[0] == 250


def test_gateway_with_no_domain_refuses_everything(smtp_gateway):
    gateway = smtp_gateway(snapshot=snapshot_of())
    assert rcpt_reply(gateway, "bob@example.test") == (550, b"5.7.1 Relaying denied")
