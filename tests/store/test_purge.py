"""purge_older_than(): tracking is kept a fixed number of days."""

from datetime import timedelta

import pytest
from django.utils import timezone

from rempart.tracking.models import DeliveryRecord, MessageRecipient, MessageRecord, purge_older_than

pytestmark = pytest.mark.db


def _message(queue_id: str, age_days: float) -> MessageRecord:
    when = timezone.now() - timedelta(days=age_days)
    message = MessageRecord.objects.create(queue_id=queue_id, received_at=when, rcpt_to=["a@alpha.test"])
    MessageRecipient.objects.create(message=message, address="a@alpha.test")
    DeliveryRecord.objects.create(message=message, attempted_at=when, status="delivered")
    return message


def test_messages_older_than_the_limit_go_with_their_deliveries():
    for n in range(5):
        _message(f"OLD{n}", age_days=366)
    _message("RECENT", age_days=364)

    assert purge_older_than(365, batch=2) == 5

    assert list(MessageRecord.objects.values_list("queue_id", flat=True)) == ["RECENT"]
    assert DeliveryRecord.objects.count() == MessageRecipient.objects.count() == 1


def test_nothing_to_purge_purges_nothing():
    _message("RECENT", age_days=1)

    assert purge_older_than(365) == 0
    assert MessageRecord.objects.count() == 1
