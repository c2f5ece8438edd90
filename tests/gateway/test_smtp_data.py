"""DATA: what is stored, with which headers, and what is refused whole."""

import email

from tests.support.smtp import HOSTNAME, message


def test_accepted_message_is_in_the_queue_before_the_250(gateway):
    code, text = gateway.send(message(subject="Quarterly figures"))
    assert code == 250
    queue_id = text.decode().rsplit(" ", 1)[1]
    assert text.decode() == f"2.0.0 Ok: queued as {queue_id}"
    entry = gateway.queue.get(queue_id)
    assert entry.mail_from == "alice@sender.test"
    assert [r.address for r in entry.recipients] == ["bob@example.test"]
    assert (entry.client_ip, entry.helo, entry.verdict) == ("127.0.0.1", "client.sender.test", "clean")
    assert gateway.queued_signals == 1
    [reception] = gateway.tracker.receptions
    assert (reception.queue_id, reception.action, reception.verdict) == (queue_id, "deliver", "clean")
    assert reception.smtp_reply == f"250 2.0.0 Ok: queued as {queue_id}"
    assert (reception.subject, reception.organisation, reception.helo) == ("Quarterly figures", "Example",
                                                                           "client.sender.test")


def test_stored_message_carries_our_trace_and_verdict_headers_on_top(gateway):
    original = message()
    code, text = gateway.send(original)
    queue_id = text.decode().rsplit(" ", 1)[1]
    stored = gateway.queue.message(queue_id)
    assert stored.endswith(original)
    parsed = email.message_from_bytes(stored)
    received = parsed["Received"]
    assert received.startswith("from client.sender.test ([127.0.0.1])")
    assert f"by {HOSTNAME}" in received and f"id {queue_id}" in received and "for <bob@example.test>" in received
    assert parsed["Authentication-Results"].startswith(f"{HOSTNAME};")
    assert parsed["X-Rempart-Verdict"] == "clean"
    [reception] = gateway.tracker.receptions
    assert parsed["X-Rempart-Score"] == f"{reception.score:.2f}"
    assert stored.index(b"Received:") < stored.index(b"From: Alice")


def test_forged_authentication_results_and_verdict_headers_are_removed(gateway):
    forged = (f"Authentication-Results: {HOSTNAME}; spf=pass smtp.mailfrom=ceo@example.test;\r\n"
              f"\tdkim=pass header.d=example.test\r\n"
              f"Authentication-Results: sender-mx.test; spf=pass\r\n"
              f"X-Rempart-Verdict: clean\r\nX-Rempart-Score: -100\r\n")
    gateway.send(message(headers=forged))
    [(_, stored)] = gateway.queued()
    parsed = email.message_from_bytes(stored)
    results = parsed.get_all("Authentication-Results")
    assert len(results) == 2
    assert results[1] == "sender-mx.test; spf=pass"
    assert b"header.d=example.test" not in stored
    [reception] = gateway.tracker.receptions
    assert parsed.get_all("X-Rempart-Score") == [f"{reception.score:.2f}"]  # ours alone, not the forged -100


def test_message_over_the_size_limit_is_refused_and_nothing_is_stored(smtp_gateway):
    gateway = smtp_gateway(max_message_size=5000)
    with gateway.smtp() as client:
        client.ehlo()
        client.mail("alice@sender.test")
        client.rcpt("bob@example.test")
        assert client.data(message(body="x" * 70 + "\r\n") * 100) == (
            552, b"5.3.4 Message size exceeds fixed maximum message size")
        # The session goes on; a message within the limit passes.
        client.mail("alice@sender.test")
        client.rcpt("bob@example.test")
        assert client.data(message())[0] == 250
    assert len(gateway.queued()) == 1
    refused, accepted = gateway.tracker.receptions
    assert (refused.action, refused.smtp_reply) == (
        "reject", "552 5.3.4 Message size exceeds fixed maximum message size")
    assert (refused.rcpt_to, refused.organisation) == (["bob@example.test"], "Example")
    assert accepted.action == "deliver"


def test_line_over_1000_octets_is_refused_and_nothing_is_stored(gateway):
    with gateway.smtp() as client:
        client.ehlo()
        client.mail("alice@sender.test")
        client.rcpt("bob@example.test")
        code, text = client.data(message(body="y" * 5000 + "\r\n"))
        assert (code, text[:5]) == (500, b"5.5.2")
        client.mail("alice@sender.test")
        client.rcpt("bob@example.test")
        assert client.data(message(body="y" * 998 + "\r\n"))[0] == 250
    assert len(gateway.queued()) == 1
    assert [r.smtp_reply[:9] for r in gateway.tracker.receptions] == ["500 5.5.2", "250 2.0.0"]


def test_eight_bit_bytes_are_kept_as_sent(gateway):
    body = "Caf\xe9 cr\xe8me, \u00fcber \u4e2d\u6587\r\n".encode("utf-8") + b"raw \xff\xfe\x80 bytes\r\n"
    original = (b"From: <alice@sender.test>\r\nTo: <bob@example.test>\r\nSubject: =?utf-8?q?caf=C3=A9?=\r\n"
                b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body)
    assert gateway.send(original)[0] == 250
    [(_, stored)] = gateway.queued() + gateway.quarantined()  # the content may be judged; the bytes stay
    assert stored.endswith(original)


def test_dot_stuffed_lines_are_restored(gateway):
    # smtplib doubles a leading dot; the queue must hold the line as written.
    original = message(body="first\r\n.hidden line\r\n..two dots\r\n")
    assert gateway.send(original)[0] == 250
    [(_, stored)] = gateway.queued()
    assert stored.endswith(original)


def test_received_header_has_one_line_per_clause_and_no_client_controlled_breaks(smtp_gateway):
    gateway = smtp_gateway()
    raw = gateway.raw()
    try:
        raw.reply()
        raw.send(b"EHLO evil(;)by.example\r\n")
        raw.reply()
        raw.send(b"MAIL FROM:<alice@sender.test>\r\nRCPT TO:<bob@example.test>\r\nDATA\r\n")
        assert [r[:3] for r in raw.replies(3)] == ["250", "250", "354"]
        raw.send(message() + b".\r\n")
        assert raw.reply().startswith("250")
    finally:
        raw.close()
    [(_, stored)] = gateway.queued()
    received = email.message_from_bytes(stored)["Received"]
    assert received.startswith("from evilby.example ([127.0.0.1])")
