"""PIPELINING (RFC 2920): commands sent in one write get their replies, in order."""

from tests.support.smtp import message


def test_pipelining_is_advertised(gateway):
    with gateway.smtp() as client:
        client.ehlo()
        assert client.has_extn("pipelining")
        assert client.has_extn("enhancedstatuscodes")


def test_pipelined_commands_get_replies_in_order(gateway):
    raw = gateway.raw()
    try:
        raw.reply()
        raw.send(b"EHLO client.test\r\n")
        raw.reply()
        raw.send(b"MAIL FROM:<alice@sender.test>\r\n"
                 b"RCPT TO:<bob@example.test>\r\n"
                 b"RCPT TO:<carol@elsewhere.test>\r\n"
                 b"RCPT TO:<dan@example.test>\r\n"
                 b"DATA\r\n")
        assert [r[:9] for r in raw.replies(5)] == ["250 2.1.0", "250 2.1.5", "550 5.7.1", "250 2.1.5", "354 End d"]
        # The end of the message and the next transaction in one write.
        raw.send(message(subject="first") + b".\r\n"
                 b"MAIL FROM:<alice@sender.test>\r\nRCPT TO:<erin@example.test>\r\nDATA\r\n")
        first, mail, rcpt, data = raw.replies(4)
        assert first.startswith("250 2.0.0 Ok: queued as ")
        assert [mail[:3], rcpt[:3], data[:3]] == ["250", "250", "354"]
        raw.send(message(subject="second") + b".\r\nQUIT\r\n")
        second, bye = raw.replies(2)
        assert second.startswith("250 2.0.0 Ok: queued as ")
        assert bye == "221 2.0.0 Bye"
    finally:
        raw.close()
    entries = {e.extra["subject"]: [r.address for r in e.recipients] for e, _ in gateway.queued()}
    assert entries == {"first": ["bob@example.test", "dan@example.test"], "second": ["erin@example.test"]}


def test_pipelined_transaction_with_no_valid_recipient_refuses_data(gateway):
    raw = gateway.raw()
    try:
        raw.reply()
        raw.send(b"EHLO client.test\r\n")
        raw.reply()
        raw.send(b"MAIL FROM:<alice@sender.test>\r\nRCPT TO:<carol@elsewhere.test>\r\nDATA\r\nRSET\r\n")
        assert [r[:3] for r in raw.replies(4)] == ["250", "550", "503", "250"]
    finally:
        raw.close()
    assert gateway.queued() == []
