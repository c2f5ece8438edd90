"""What the gateway does with the engine's action, and with its own failures."""

import email
import shutil

from rempart.engine.clamd import ClamdClient
from rempart.engine.policy import Lists, Policy
from rempart.engine.verdict import Action, Verdict
from tests.support.clamd import EICAR, EICAR_SIGNATURE, message_with_attachment
from tests.support.process import free_port
from tests.support.smtp import message

BLOCKED = Lists.of(["spammer.test"])


def policy_acting(action: Action, **changes) -> Policy:
    """A policy that blocks spammer.test and does ``action`` with what it blocks."""
    return Policy(block=BLOCKED, actions={Verdict.POLICY: action}, **changes)


def send_blocked(gateway, **kwargs) -> tuple[int, str]:
    code, text = gateway.send(message(sender="ann@spammer.test", **kwargs), sender="ann@spammer.test")
    return code, text.decode()


def test_reject_refuses_at_smtp_time_with_the_reason_and_stores_nothing(smtp_gateway):
    gateway = smtp_gateway(policy=Policy(block=BLOCKED))
    code, text = send_blocked(gateway)
    assert code == 550
    assert text.startswith("5.7.1 Policy: Sender address or domain is on the organisation's block list")
    assert gateway.queued() == [] and gateway.quarantined() == []
    [reception] = gateway.tracker.receptions
    assert (reception.action, reception.verdict) == ("reject", "policy")
    assert reception.smtp_reply == f"550 {text}"
    assert "BLOCKLIST_SENDER" in [s["name"] for s in reception.symbols]


def test_refusal_reason_is_one_bounded_ascii_line(smtp_gateway):
    gateway = smtp_gateway(policy=Policy(block=BLOCKED))
    sender = "j\u00f6s\u00e9" + "x" * 200 + "@spammer.test"
    data = f"From: <{sender}>\r\nTo: <bob@example.test>\r\nSubject: hi\r\n\r\nhello\r\n".encode()
    code, text = gateway.send(data, sender="someone@fine.test")
    assert code == 550
    assert text.startswith(b"5.7.1 Policy: ") and text.endswith(b"...")
    assert text.isascii() and b"\r" not in text and b"\n" not in text and len(text) <= 210


def test_tempfail_asks_the_sender_to_retry(smtp_gateway):
    gateway = smtp_gateway(policy=policy_acting(Action.TEMPFAIL))
    code, text = send_blocked(gateway)
    assert (code, text[:5]) == (451, "4.7.1")
    assert gateway.queued() == [] and gateway.quarantined() == []
    assert gateway.tracker.receptions[0].action == "tempfail"


def test_virus_is_refused_at_smtp_time(smtp_gateway, clamd_address):
    gateway = smtp_gateway(antivirus=ClamdClient(clamd_address))
    code, text = gateway.send(message_with_attachment(EICAR))
    assert code == 550
    assert text.decode().startswith("5.7.1 Malware: ") and EICAR_SIGNATURE in text.decode()
    assert gateway.queued() == [] and gateway.quarantined() == []
    [reception] = gateway.tracker.receptions
    assert (reception.verdict, reception.action) == ("malware", "reject")


def test_unreachable_antivirus_tempfails_the_message(smtp_gateway):
    gateway = smtp_gateway(antivirus=ClamdClient(f"127.0.0.1:{free_port()}", timeout=5))
    code, text = gateway.send(message())
    assert (code, text) == (451, b"4.7.1 Antivirus unavailable, try again later")
    assert gateway.queued() == []
    assert gateway.tracker.receptions[0].action == "tempfail"


def test_discard_answers_250_and_keeps_nothing(smtp_gateway):
    gateway = smtp_gateway(policy=policy_acting(Action.DISCARD))
    code, text = send_blocked(gateway)
    assert code == 250 and text.startswith("2.0.0 Ok: queued as ")
    assert gateway.queued() == [] and gateway.quarantined() == []
    assert gateway.tracker.receptions[0].action == "discard"


def test_quarantine_stores_in_the_quarantine_not_the_queue(smtp_gateway):
    gateway = smtp_gateway(policy=policy_acting(Action.QUARANTINE))
    code, text = send_blocked(gateway, subject="Cheap pills")
    assert code == 250
    assert gateway.queued() == []
    [(entry, stored)] = gateway.quarantined()
    assert text.endswith(entry.id)
    assert entry.verdict == "policy"
    assert [r.address for r in entry.recipients] == ["bob@example.test"]
    assert entry.extra["subject"] == "Cheap pills"
    assert entry.extra["reason"].startswith("Policy:")
    assert "BLOCKLIST_SENDER" in [s["name"] for s in entry.extra["symbols"]]
    assert email.message_from_bytes(stored)["X-Rempart-Verdict"] == "policy"
    assert gateway.tracker.receptions[0].action == "quarantine"
    assert gateway.queued_signals == 0


def test_tag_marks_the_message_and_prefixes_its_subject(smtp_gateway):
    gateway = smtp_gateway(policy=policy_acting(Action.TAG, tag_prefix="[SUSPECT]"))
    assert send_blocked(gateway, subject="Cheap pills")[0] == 250
    [(entry, stored)] = gateway.queued()
    parsed = email.message_from_bytes(stored)
    assert parsed["Subject"] == "[SUSPECT] Cheap pills"
    assert parsed["X-Spam-Flag"] == "YES"
    assert parsed.get_all("Subject") == ["[SUSPECT] Cheap pills"]


def test_redirect_queues_for_the_redirect_address_only(smtp_gateway):
    gateway = smtp_gateway(policy=policy_acting(Action.REDIRECT, redirect_to="review@example.test"))
    assert send_blocked(gateway)[0] == 250
    [(entry, _)] = gateway.queued()
    assert [r.address for r in entry.recipients] == ["review@example.test"]
    assert entry.extra["original_recipients"] == ["bob@example.test"]


def test_redirect_without_an_address_quarantines_rather_than_loses(smtp_gateway):
    gateway = smtp_gateway(policy=policy_acting(Action.REDIRECT))
    assert send_blocked(gateway)[0] == 250
    assert gateway.queued() == []
    assert len(gateway.quarantined()) == 1


def test_deliver_queues_for_the_recipients(smtp_gateway):
    gateway = smtp_gateway(policy=policy_acting(Action.DELIVER))
    assert send_blocked(gateway)[0] == 250
    [(entry, _)] = gateway.queued()
    assert entry.verdict == "policy"


def test_queue_that_cannot_write_gives_451_and_keeps_nothing(gateway):
    shutil.rmtree(gateway.queue.msg_dir)  # as good as a full disk for the writer
    code, text = gateway.send(message())
    assert (code, text) == (451, b"4.3.0 Cannot store the message now; try again later")
    assert gateway.queue.ids() == []
    assert gateway.tracker.receptions[0].action == "tempfail"
    assert gateway.queued_signals == 0


def test_error_in_our_handler_becomes_451_without_a_traceback(gateway):
    with gateway.smtp() as client:
        client.ehlo()
        client.mail("alice@sender.test")
        client.rcpt("bob@example.test")
        gateway.snapshot.fail_with = RuntimeError("store is down")
        assert client.data(message()) == (451, b"4.3.0 Internal error; try again later")
        # An error at RCPT is answered the same way, and the session goes on.
        client.mail("alice@sender.test")
        assert client.rcpt("bob@example.test") == (451, b"4.3.0 Internal error; try again later")
        gateway.snapshot.fail_with = None
        assert client.rcpt("bob@example.test")[0] == 250
        assert client.data(message())[0] == 250
    assert len(gateway.queued()) == 1
    assert [r.action for r in gateway.tracker.receptions] == ["tempfail", "deliver"]
