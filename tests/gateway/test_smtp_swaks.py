"""The gateway as swaks (Debian's SMTP test tool) sees it: plain, TLS, pipelined, refused."""

import email

from rempart.engine.policy import Lists, Policy


def test_swaks_message_is_queued(gateway):
    done = gateway.swaks("--from", "alice@sender.test", "--to", "bob@example.test",
                         "--header", "Subject: from swaks", "--body", "Hello from swaks")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "<-  250 2.0.0 Ok: queued as " in done.stdout
    [(entry, stored)] = gateway.queued()
    assert entry.helo == "swaks.sender.test"
    assert email.message_from_bytes(stored)["Subject"] == "from swaks"


def test_swaks_with_starttls_and_pipelining(gateway):
    done = gateway.swaks("--from", "alice@sender.test", "--to", "bob@example.test,dan@example.test",
                         "--tls", "--pipeline")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "TLS started" in done.stdout
    [(entry, stored)] = gateway.queued()
    assert [r.address for r in entry.recipients] == ["bob@example.test", "dan@example.test"]
    assert b"with ESMTPS (using TLSv1." in stored


def test_swaks_is_refused_for_another_domain(gateway):
    done = gateway.swaks("--from", "alice@sender.test", "--to", "carol@elsewhere.test")
    assert done.returncode != 0
    assert "<** 550 5.7.1 Relaying denied" in done.stdout
    assert gateway.queued() == []


def test_swaks_message_from_a_blocked_sender_is_rejected_after_data(smtp_gateway):
    gateway = smtp_gateway(policy=Policy(block=Lists.of(["spammer.test"])))
    done = gateway.swaks("--from", "ann@spammer.test", "--to", "bob@example.test")
    assert done.returncode != 0
    assert "<** 550 5.7.1 Policy: " in done.stdout
    assert gateway.queued() == [] and gateway.quarantined() == []
    assert gateway.tracker.receptions[0].action == "reject"
