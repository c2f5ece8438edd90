"""SenderHistory: who corresponded with each organisation, read from tracking a few rows at a time."""

import itertools
from datetime import timedelta

import pytest
from django.utils import timezone

from rempart.gateway.senders import KnownSenders
from rempart.tracking.models import MessageRecord
from rempart.tracking.senders import SenderHistory

pytestmark = pytest.mark.db

_ids = itertools.count()


def record(organisation, days_ago: float = 30, from_header: str = "Ann <Ann@Friend.test>", verdict: str = "clean",
           action: str = "deliver", direction: str = "inbound", rcpt_to=("someone@alpha.test",)) -> MessageRecord:
    return MessageRecord.objects.create(
        queue_id=f"Q{next(_ids)}", received_at=timezone.now() - timedelta(days=days_ago), organisation=organisation,
        from_header=from_header, verdict=verdict, action=action, direction=direction, rcpt_to=list(rcpt_to),
    )


def known(history: SenderHistory, senders: KnownSenders | None = None) -> KnownSenders:
    senders = senders or KnownSenders()
    senders.merge(history.read())
    return senders


def test_delivered_clean_and_bulk_senders_are_known_by_their_from_address(alpha):
    record(alpha)
    record(alpha, from_header='"News" <news@letters.test>', verdict="bulk", action="tag")
    record(alpha, from_header="spam@junk.test", verdict="spam", action="tag")
    record(alpha, from_header="held@junk.test", verdict="clean", action="quarantine")
    record(alpha, from_header="refused@junk.test", verdict="policy", action="reject")

    assert known(SenderHistory()).known_for(alpha.pk) == {"ann@friend.test", "news@letters.test"}


def test_people_the_organisation_writes_to_are_known(alpha):
    record(alpha, direction="outbound", from_header="me@alpha.test", rcpt_to=["Partner@Client.test", "x@y.test"])
    record(alpha, direction="outbound", verdict="spam", rcpt_to=["victim@far.test"])

    assert known(SenderHistory()).known_for(alpha.pk) == {"partner@client.test", "x@y.test"}


def test_an_organisation_with_recent_history_only_has_no_opinion_yet(alpha, bravo):
    record(alpha, days_ago=20)
    record(bravo, days_ago=3, from_header="new@friend.test")
    history = SenderHistory(history_days=14)
    senders = known(history)
    assert senders.known_for(alpha.pk) == {"ann@friend.test"}
    assert senders.known_for(bravo.pk) is None

    record(bravo, days_ago=15, from_header="older@friend.test")
    known(history, senders)
    assert senders.known_for(bravo.pk) == {"new@friend.test", "older@friend.test"}


def test_each_read_takes_only_new_rows_in_batches(alpha, bravo):
    for n in range(7):
        record(alpha, from_header=f"p{n}@friend.test")
    history = SenderHistory(batch=3)
    first = history.read()
    assert first.senders == {alpha.pk: {f"p{n}@friend.test" for n in range(7)}}

    record(bravo, from_header="late@friend.test")
    second = history.read()
    assert second.senders == {bravo.pk: {"late@friend.test"}}
    assert history.read().senders == {}


def test_one_organisations_history_only(alpha, bravo):
    record(alpha)
    record(bravo, from_header="other@friend.test")
    senders = known(SenderHistory(organisation_id=bravo.pk))
    assert senders.known_for(bravo.pk) == {"other@friend.test"}
    assert senders.known_for(alpha.pk) is None
