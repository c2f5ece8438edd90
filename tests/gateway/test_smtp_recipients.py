"""Which recipients one transaction takes: known users, a bounded count, one organisation."""

from tests.support.smtp import domain, message, snapshot_of


def test_unknown_user_of_a_domain_with_a_recipient_list_is_refused(smtp_gateway):
    gateway = smtp_gateway(snapshot=snapshot_of(domain(recipients={"bob@example.test"})))
    with gateway.smtp() as client:
        client.ehlo()
        client.mail("alice@sender.test")
        assert client.rcpt("nobody@example.test") == (550, b"5.1.1 Recipient address rejected: user unknown")
        assert client.rcpt("BOB@example.test")[0] == 250


def test_recipients_beyond_the_limit_are_told_to_come_back(smtp_gateway):
    gateway = smtp_gateway(max_recipients=2)
    with gateway.smtp() as client:
        client.ehlo()
        client.mail("alice@sender.test")
        assert client.rcpt("a@example.test")[0] == 250
        assert client.rcpt("b@example.test")[0] == 250
        code, text = client.rcpt("c@example.test")
        assert (code, text[:5]) == (452, b"4.5.3")
        assert client.data(message())[0] == 250
    [(entry, _)] = gateway.queued()
    assert [r.address for r in entry.recipients] == ["a@example.test", "b@example.test"]


def test_recipients_of_another_organisation_are_deferred_to_their_own_message(smtp_gateway):
    gateway = smtp_gateway(snapshot=snapshot_of(
        domain("example.test", organisation="Example"),
        domain("example-mail.test", organisation="Example"),
        domain("other.test", organisation="Other"),
    ))
    with gateway.smtp() as client:
        client.ehlo()
        client.mail("alice@sender.test")
        assert client.rcpt("bob@example.test")[0] == 250
        code, text = client.rcpt("olga@other.test")
        assert (code, text[:5]) == (452, b"4.5.3")
        assert client.rcpt("bea@example-mail.test")[0] == 250
        assert client.data(message())[0] == 250
        # The sender retries the other organisation in a transaction of its own.
        client.mail("alice@sender.test")
        assert client.rcpt("olga@other.test")[0] == 250
        assert client.data(message(to="olga@other.test"))[0] == 250
    recipients = sorted(sorted(r.address for r in entry.recipients) for entry, _ in gateway.queued())
    assert recipients == [["bea@example-mail.test", "bob@example.test"], ["olga@other.test"]]
    assert sorted(r.organisation for r in gateway.tracker.receptions) == ["Example", "Other"]


def test_same_recipient_twice_is_queued_once(gateway):
    assert gateway.send(recipients=("bob@example.test", "BOB@example.test"))[0] == 250
    [(entry, _)] = gateway.queued()
    assert [r.address for r in entry.recipients] == ["bob@example.test"]


def test_bounce_with_null_sender_is_accepted(gateway):
    with gateway.smtp() as client:
        client.ehlo()
        assert client.docmd("MAIL FROM:<>")[0] == 250
        assert client.rcpt("bob@example.test")[0] == 250
        assert client.data(message(sender="mailer-daemon@sender.test"))[0] == 250
    [(entry, _)] = gateway.queued()
    assert entry.mail_from == ""
    assert gateway.tracker.receptions[0].mail_from == ""


def test_rcpt_before_mail_is_a_sequence_error(gateway):
    with gateway.smtp() as client:
        client.ehlo()
        code, text = client.rcpt("bob@example.test")
        assert (code, text[:5]) == (503, b"5.5.1")
