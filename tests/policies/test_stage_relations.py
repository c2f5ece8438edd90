"""The relations stage: forbidden senders, and recipients that accept only allowed senders."""

import pytest

from rempart.engine.context import Context, Envelope
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY, Relation
from rempart.engine.stages import relations
from rempart.engine.verdict import Action, Verdict

pipeline = Pipeline(modules=[relations])

ONLY_PARTNERS = (Relation("partners@x.example", "finance@alpha.test", True),)
NO_RIVALS = (Relation("rival.example", "alpha.test", False),)


async def scan(relations_, header_from: str, mail_from: str | None = None):
    raw = f"From: <{header_from}>\r\nTo: finance@alpha.test\r\nSubject: hi\r\n\r\nHello\r\n".encode()
    envelope = Envelope(mail_from=header_from if mail_from is None else mail_from,
                        rcpt_to=("finance@alpha.test",))
    return await pipeline.scan(Message(raw), DEFAULT_POLICY.with_changes(relations=relations_),
                               Context(envelope=envelope))


async def test_no_relation_says_nothing():
    result = await scan((), "anyone@example.net")

    assert result.symbols == [] and result.verdict is Verdict.CLEAN


async def test_a_forbidden_sender_domain_is_refused_by_policy():
    result = await scan(NO_RIVALS, "ceo@mail.rival.example")

    assert result.verdict is Verdict.POLICY and result.action is Action.REJECT
    assert result.symbols[0].name == "RELATION_FORBIDDEN"
    assert result.symbols[0].detail == "ceo@mail.rival.example may not write to alpha.test"


async def test_a_forbidden_envelope_sender_is_refused_even_under_another_from():
    result = await scan(NO_RIVALS, "friend@example.net", mail_from="bounce@rival.example")

    assert result.has("RELATION_FORBIDDEN")


async def test_the_allowed_sender_passes():
    result = await scan(ONLY_PARTNERS, "Partners@X.example", mail_from="bounces+123@x.example")

    assert result.symbols == []


async def test_anyone_else_is_not_allowed():
    result = await scan(ONLY_PARTNERS, "someone@x.example")

    assert result.verdict is Verdict.POLICY
    assert result.symbols[0].name == "RELATION_NOT_ALLOWED"
    assert "someone@x.example is not an allowed sender for finance@alpha.test" == result.symbols[0].detail


async def test_a_forged_from_with_a_foreign_envelope_sender_is_not_allowed():
    result = await scan(ONLY_PARTNERS, "partners@x.example", mail_from="attacker@evil.example")

    assert result.has("RELATION_NOT_ALLOWED")


async def test_a_bounce_to_an_allowed_only_recipient_needs_an_allowed_from():
    assert (await scan(ONLY_PARTNERS, "partners@x.example", mail_from="")).symbols == []
    assert (await scan(ONLY_PARTNERS, "mailer-daemon@mx.example", mail_from="")).has("RELATION_NOT_ALLOWED")


async def test_forbidden_wins_over_allowed():
    both = (Relation("x.example", "finance@alpha.test", True), Relation("bad@x.example", "alpha.test", False))

    assert (await scan(both, "bad@x.example")).has("RELATION_FORBIDDEN")
    assert (await scan(both, "good@x.example")).symbols == []


@pytest.mark.parametrize("action", [Action.QUARANTINE, Action.DISCARD])
async def test_the_policy_action_for_policy_verdicts_applies(action):
    policy = DEFAULT_POLICY.with_changes(relations=NO_RIVALS, actions={Verdict.POLICY: action})
    raw = b"From: ceo@rival.example\r\nSubject: x\r\n\r\nx\r\n"

    result = await pipeline.scan(Message(raw), policy, Context(envelope=Envelope(mail_from="ceo@rival.example")))

    assert result.action is action
