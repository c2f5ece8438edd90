"""The gateway applies a policy changed in the store to the next message, without a restart.

The runner's loop in miniature: compile a snapshot from the store, serve it,
change the policy through the service, recompile, swap, send again.
"""

import pytest

from rempart.engine import stages
from rempart.policies import service
from rempart.policies.snapshot import compile_snapshot
from tests.support.smtp import message

pytestmark = pytest.mark.db

STAGES = stages.load(("lists", "relations", "attachment_policy", "size"))


@pytest.fixture
def gateway(smtp_gateway, domain):
    return smtp_gateway(snapshot=compile_snapshot(), stages=STAGES)


def recompile(gateway) -> None:
    gateway.snapshot.current = compile_snapshot()


def test_a_block_entry_added_in_the_store_refuses_the_next_message(gateway, alpha):
    mail = message(sender="boss@spammer.example", to="bob@alpha.test")
    assert gateway.send(mail, sender="boss@spammer.example", recipients=("bob@alpha.test",))[0] == 250

    service.add_list_entry(alpha, "block", "spammer.example")
    recompile(gateway)

    code, text = gateway.send(mail, sender="boss@spammer.example", recipients=("bob@alpha.test",))
    assert code == 550 and b"block list" in text


def test_a_changed_action_changes_what_happens_to_the_next_message(gateway, alpha):
    service.add_list_entry(alpha, "block", "spammer.example")
    recompile(gateway)
    mail = message(sender="boss@spammer.example", to="bob@alpha.test")
    assert gateway.send(mail, sender="boss@spammer.example", recipients=("bob@alpha.test",))[0] == 550

    service.update_policy(alpha, {"actions.policy": "quarantine"})
    recompile(gateway)

    assert gateway.send(mail, sender="boss@spammer.example", recipients=("bob@alpha.test",))[0] == 250
    assert len(gateway.quarantined()) == 1 and gateway.queued() == []


def test_a_mailbox_relation_applies_to_that_mailbox_only(gateway, finance):
    service.add_relation(finance, "allow", "partners@x.example")
    recompile(gateway)

    def send(sender, to):
        return gateway.send(message(sender=sender, to=to), sender=sender, recipients=(to,))[0]

    assert send("someone@else.example", "finance@alpha.test") == 550
    assert send("partners@x.example", "finance@alpha.test") == 250
    assert send("someone@else.example", "bob@alpha.test") == 250


def test_recipients_under_different_effective_policies_are_sent_apart(gateway, finance, bob_box):
    service.update_policy(finance, {"max_message_size": 2048})
    service.update_policy(bob_box, {"sensitivity": 3})  # the same as the domain's: nothing apart
    recompile(gateway)

    with gateway.smtp() as client:
        client.ehlo()
        client.mail("alice@sender.test")
        assert client.rcpt("bob@alpha.test")[0] == 250
        assert client.rcpt("someone@alpha.test")[0] == 550  # not a mailbox of the restricted domain
        assert client.rcpt("finance@alpha.test")[0] == 452


def test_a_smaller_maximum_size_for_one_mailbox_refuses_the_next_big_message(gateway, finance):
    big = message(to="finance@alpha.test", body=("x" * 70 + "\r\n") * 50)
    assert gateway.send(big, recipients=("finance@alpha.test",))[0] == 250

    service.update_policy(finance, {"max_message_size": 2048})
    recompile(gateway)

    code, text = gateway.send(big, recipients=("finance@alpha.test",))
    assert code == 550 and b"larger than the policy allows" in text


def test_an_attachment_rule_refuses_the_next_executable(gateway, domain):
    from email.message import EmailMessage

    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "a@sender.test", "bob@alpha.test", "tool"
    mail.set_content("Run this.\n")
    mail.add_attachment(b"MZ" + b"\0" * 100, maintype="application", subtype="octet-stream", filename="tool.exe")
    raw = mail.as_bytes().replace(b"\n", b"\r\n")
    assert gateway.send(raw, sender="a@sender.test", recipients=("bob@alpha.test",))[0] == 250

    service.add_attachment_rule(domain, "extension", "exe", "block")
    recompile(gateway)

    code, text = gateway.send(raw, sender="a@sender.test", recipients=("bob@alpha.test",))
    assert code == 550 and b"attachment rules" in text
