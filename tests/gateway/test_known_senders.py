"""FIRST_TIME_SENDER through the gateway: known senders per organisation, learnt from delivered mail."""

import asyncio
import dataclasses

import pytest

from rempart.engine.policy import Lists, Policy
from rempart.engine.verdict import Action, Verdict
from rempart.gateway.senders import KnownSenders, SenderUpdate
from tests.support.smtp import domain, message, snapshot_of

ORG = 7


def symbols(reception) -> set[str]:
    return {s["name"] for s in reception.symbols}


def test_no_opinion_until_the_organisation_has_history():
    senders = KnownSenders()
    senders.note(ORG, "ann@old.test")
    assert senders.known_for(ORG) is None
    assert senders.known_for(None) is None

    senders.merge(SenderUpdate(senders={ORG: {"bob@older.test"}}, mature={ORG}))
    assert senders.known_for(ORG) == {"ann@old.test", "bob@older.test"}
    assert senders.known_for(8) is None


def test_an_organisation_with_more_correspondents_than_the_limit_loses_its_opinion_not_the_memory():
    senders = KnownSenders(limit=3)
    senders.merge(SenderUpdate(senders={ORG: {"a@x.test", "b@x.test"}, 8: {"c@y.test"}}, mature={ORG, 8}))
    senders.note(ORG, "c@x.test")
    assert senders.known_for(ORG) == {"a@x.test", "b@x.test", "c@x.test"}

    senders.note(ORG, "d@x.test")
    senders.merge(SenderUpdate(senders={ORG: {"e@x.test"}}))
    assert senders.known_for(ORG) is None  # no opinion rather than a wrong one
    assert len(senders) == 1  # its addresses are let go; the other organisation keeps its own
    assert senders.known_for(8) == {"c@y.test"}


def test_noted_addresses_are_lower_case_and_per_organisation():
    senders = KnownSenders()
    senders.merge(SenderUpdate(mature={ORG, 8}))
    senders.note(ORG, " Ann@Old.Test ")
    senders.note(ORG, "not an address")
    senders.note(None, "lost@nowhere.test")
    assert senders.known_for(ORG) == {"ann@old.test"}
    assert senders.known_for(8) == set()
    assert len(senders) == 1


def test_a_failed_read_keeps_what_is_known():
    senders = KnownSenders()
    senders.merge(SenderUpdate(senders={ORG: {"ann@old.test"}}, mature={ORG}))
    reads = iter([RuntimeError("database away"), SenderUpdate(senders={ORG: {"bob@new.test"}})])

    def read() -> SenderUpdate:
        outcome = next(reads)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    async def follow_twice():
        task = asyncio.create_task(senders.follow(read, every=0.01))
        while "bob@new.test" not in senders.known_for(ORG):
            await asyncio.sleep(0.01)
        task.cancel()

    asyncio.run(asyncio.wait_for(follow_twice(), 5))
    assert senders.known_for(ORG) == {"ann@old.test", "bob@new.test"}


@pytest.fixture
def org_gateway(smtp_gateway):
    def start(senders: KnownSenders, policy: Policy = Policy()):
        snapshot = snapshot_of(dataclasses.replace(domain(policy=policy), organisation_id=ORG))
        return smtp_gateway(snapshot=snapshot, senders=senders)
    return start


def test_a_new_correspondent_is_first_time_once_then_known(org_gateway):
    senders = KnownSenders()
    senders.merge(SenderUpdate(senders={ORG: {"old@friend.test"}}, mature={ORG}))
    gateway = org_gateway(senders)

    for sender in ("old@friend.test", "new@stranger.test", "new@stranger.test"):
        code, _ = gateway.send(message(sender=sender), sender=sender)
        assert code == 250
    friend, first, second = gateway.tracker.receptions
    assert (friend.verdict, first.verdict, second.verdict) == ("clean", "clean", "clean")
    assert "FIRST_TIME_SENDER" not in symbols(friend)
    assert "FIRST_TIME_SENDER" in symbols(first)
    assert "FIRST_TIME_SENDER" not in symbols(second)
    assert first.score == pytest.approx(second.score + 0.5)


def test_mail_delivered_with_another_verdict_teaches_nothing(org_gateway):
    senders = KnownSenders()
    senders.merge(SenderUpdate(mature={ORG}))
    tagging = Policy(block=Lists.of(["pushy.test"]), actions={Verdict.POLICY: Action.TAG})
    gateway = org_gateway(senders, tagging)

    code, _ = gateway.send(message(sender="ann@pushy.test"), sender="ann@pushy.test")
    assert code == 250
    assert gateway.tracker.receptions[0].action == "tag"
    assert "ann@pushy.test" not in senders.known_for(ORG)


def test_an_organisation_without_history_gets_no_first_time_opinion(org_gateway):
    gateway = org_gateway(KnownSenders())
    assert gateway.send(message(sender="new@stranger.test"), sender="new@stranger.test")[0] == 250
    assert "FIRST_TIME_SENDER" not in symbols(gateway.tracker.receptions[0])
