"""Hostile or broken input gets a correct reply, stores nothing half-way, crashes nothing."""

import email

import pytest

from tests.support.smtp import message


@pytest.fixture
def session(gateway):
    """A raw client past the greeting and EHLO."""
    raw = gateway.raw()
    assert raw.reply().startswith("220 mx.rempart.test ESMTP Rempart")
    raw.send(b"EHLO client.test\r\n")
    assert raw.reply().startswith("250-mx.rempart.test")
    yield raw
    raw.close()


def ask(raw, line: bytes) -> str:
    raw.send(line + b"\r\n")
    return raw.reply()


@pytest.mark.parametrize("line, reply", [
    (b"MAIL FROM:<alice\r@sender.test>", "501 5.1.7 Bad sender address syntax"),
    (b"MAIL FROM:<alice@a@sender.test>", "501 5.1.7 Bad sender address syntax"),
    (b"MAIL FROM alice@sender.test", "501 5.5.4 Syntax: MAIL FROM: <address> [SP <mail-parameters>]"),
    (b"MAIL FROM:<alice@sender.test> BODY=9BIT", "501 5.5.4 BODY can only be one of 7BIT, 8BITMIME"),
    (b"MAIL FROM:<al\xc3\xafce@sender.test>", "500 5.5.2 Non-ASCII command; SMTPUTF8 is not offered"),
    (b"", "500 5.5.2 Syntax error"),
    (b"XYZZY", "500 5.5.1 Command not recognized"),
    (b"AUTH PLAIN AGFsaWNlAHNlY3JldA==", "502 5.5.1 AUTH is not available on this server"),
    (b"VRFY bob@example.test", "252 2.5.0 Cannot VRFY user, but will accept message and attempt delivery"),
    (b"EXPN staff", "502 5.5.1 EXPN not implemented"),
    (b"DATA", "503 5.5.1 need RCPT command"),
])
def test_malformed_command_gets_a_coded_reply(session, line, reply):
    assert ask(session, line) == reply
    assert ask(session, b"NOOP") == "250 2.0.0 Ok"


def test_help_describes_the_commands_we_override(session):
    assert ask(session, b"HELP MAIL") == "214 2.0.0 Syntax: MAIL FROM: <address> [SP <mail-parameters>]"
    assert "DATA" in ask(session, b"HELP") and "AUTH" not in ask(session, b"HELP")


def test_crlf_in_a_recipient_is_refused(session):
    assert ask(session, b"MAIL FROM:<alice@sender.test>").startswith("250")
    assert ask(session, b"RCPT TO:<bob\r@example.test>") == "501 5.1.3 Bad recipient address syntax"
    assert ask(session, b"RCPT TO:<bob@@example.test>") == "501 5.1.3 Bad recipient address syntax"


def test_absurdly_long_command_line_is_refused_and_the_session_goes_on(session):
    assert ask(session, b"MAIL FROM:<" + b"a" * 100_000 + b"@sender.test>") == "500 5.5.2 Line too long"
    assert ask(session, b"NOOP") == "250 2.0.0 Ok"


def test_commands_before_helo_are_refused(gateway):
    raw = gateway.raw()
    try:
        raw.reply()
        assert ask(raw, b"MAIL FROM:<alice@sender.test>") == "503 5.5.1 Send HELO or EHLO first"
        assert ask(raw, b"HELO") == "501 5.5.4 Syntax: HELO hostname"
    finally:
        raw.close()


def test_ehlo_offers_no_auth(session, gateway):
    ehlo = ask(session, b"EHLO again.test")
    assert "AUTH" not in ehlo
    assert ehlo.splitlines()[-1].startswith("250 ")


def test_malformed_mime_is_accepted_and_kept_byte_for_byte(gateway):
    broken = (b"From: <alice@sender.test>\r\nTo: <bob@example.test>\r\nSubject: broken\r\n"
              b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"never-closed\r\n"
              b"Content-Transfer-Encoding: base64\r\n\r\n--never-closed\r\n"
              b"Content-Type: application/octet-stream; name*0*=''%ff%fe\r\n"
              b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64###\r\n\x00\x01\x02\xff\r\n")
    code, _ = gateway.send(broken)
    assert code == 250
    # Junk like this may well be judged spam and held: either way it is stored whole.
    [(_, stored)] = gateway.queued() + gateway.quarantined()
    assert stored.endswith(broken)


def test_message_without_headers_or_body_is_accepted(gateway):
    assert gateway.send(b"just one line, no header\r\n")[0] == 250
    assert gateway.send(b"")[0] == 250
    assert len(gateway.queued()) == 2


def test_client_dropping_mid_data_leaves_nothing(gateway):
    raw = gateway.raw()
    raw.reply()
    raw.send(b"EHLO client.test\r\nMAIL FROM:<alice@sender.test>\r\nRCPT TO:<bob@example.test>\r\nDATA\r\n")
    assert raw.replies(4)[-1].startswith("354")
    raw.send(message()[:60])
    raw.close()
    # The gateway is still there, and only the complete message is kept.
    assert gateway.send(message(subject="complete"))[0] == 250
    [(entry, _)] = gateway.queued()
    assert entry.extra["subject"] == "complete"
    assert [r.subject for r in gateway.tracker.receptions] == ["complete"]


def test_too_many_unknown_commands_end_the_session(session):
    replies = [ask(session, b"BOGUS") for _ in range(5)]
    assert replies[-1] == "502 5.5.1 Too many unrecognized commands, goodbye."
    assert session.closed()


def test_message_opening_with_a_folded_line_cannot_extend_our_received_header(gateway):
    sneaky = b" ; Mon, 1 Jan 2001 00:00:00 +0000\r\nFrom: <alice@sender.test>\r\n\r\nhi\r\n"
    assert gateway.send(sneaky)[0] == 250
    [(_, stored)] = gateway.queued()
    assert "2001" not in email.message_from_bytes(stored)["Received"]
