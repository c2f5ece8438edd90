"""DatabaseTracker: the gateway's events end up in the store, written from another thread."""

import threading

import pytest

from rempart.gateway.events import DeliveryAttempt, Reception
from rempart.tracking import recorder
from rempart.tracking.models import DeliveryRecord, MessageRecord
from rempart.tracking.recorder import DatabaseTracker

# The writer thread has its own connection: data must be committed to be seen.
pytestmark = [pytest.mark.db, pytest.mark.django_db(transaction=True)]

T0 = 1_767_225_600.0  # 2026-01-01T00:00:00Z


def reception(queue_id: str = "Q1", **changes) -> Reception:
    fields = dict(
        queue_id=queue_id, message_id="<m1@sender.example>", received_at=T0, client_ip="192.0.2.7",
        helo="mx.sender.example", mail_from="Sender@Sender.example", rcpt_to=["Alice@alpha.test", "bob@alpha.test"],
        size=1234, subject="Invoice", from_header="Sender <sender@sender.example>", verdict="clean",
        action="deliver", score=1.5, symbols=[{"name": "SPF_PASS", "score": -0.1, "detail": "sender.example"}],
        smtp_reply="250 2.0.0 queued as Q1", organisation="Alpha",
    )
    return Reception(**{**fields, **changes})


def attempt(queue_id: str = "Q1", at: float = T0 + 1, status: str = "delivered") -> DeliveryAttempt:
    return DeliveryAttempt(queue_id=queue_id, attempted_at=at, recipients=["alice@alpha.test"],
                           server="mail.alpha.test:25", status=status, reply="250 OK")


@pytest.fixture
def tracker():
    tracker = DatabaseTracker()
    yield tracker
    tracker.close()


def test_a_reception_then_its_delivery_are_recorded(tracker, alpha):
    tracker.reception(reception())
    tracker.delivery(attempt())
    assert tracker.flush()

    record = MessageRecord.objects.get(queue_id="Q1")
    assert (record.organisation, record.mail_from, record.client_ip) == (alpha, "sender@sender.example", "192.0.2.7")
    assert record.rcpt_to == ["alice@alpha.test", "bob@alpha.test"]
    assert set(record.recipients.values_list("address", flat=True)) == {"alice@alpha.test", "bob@alpha.test"}
    assert record.received_at.timestamp() == T0
    assert (record.verdict, record.score, record.symbols[0]["name"]) == ("clean", 1.5, "SPF_PASS")
    assert (record.delivery_status, record.last_delivery_at.timestamp()) == ("delivered", T0 + 1)
    delivery = DeliveryRecord.objects.get(message=record)
    assert (delivery.server, delivery.status, delivery.reply) == ("mail.alpha.test:25", "delivered", "250 OK")


def test_the_writer_is_another_thread_and_calls_return_at_once(tracker, monkeypatch):
    writers = []
    write = recorder.write
    monkeypatch.setattr(recorder, "write", lambda records: (writers.append(threading.current_thread()), write(records)))

    tracker.reception(reception())
    assert tracker.flush()

    assert writers and writers[0] is not threading.current_thread()


def test_a_delivery_that_overtakes_its_reception_is_kept(tracker):
    tracker.delivery(attempt(status="deferred"))
    assert tracker.flush()
    assert MessageRecord.objects.get(queue_id="Q1").delivery_status == "deferred"

    tracker.reception(reception())
    assert tracker.flush()

    record = MessageRecord.objects.get(queue_id="Q1")
    assert (record.subject, record.delivery_status, record.deliveries.count()) == ("Invoice", "deferred", 1)


def test_the_latest_attempt_gives_the_delivery_status(tracker):
    tracker.reception(reception())
    tracker.delivery(attempt(at=T0 + 60, status="delivered"))
    tracker.delivery(attempt(at=T0 + 1, status="deferred"))  # reported late
    assert tracker.flush()

    record = MessageRecord.objects.get(queue_id="Q1")
    assert record.delivery_status == "delivered"
    assert list(record.deliveries.values_list("status", flat=True)) == ["deferred", "delivered"]


def test_the_action_sets_where_a_message_stands_before_delivery(tracker):
    tracker.reception(reception("Q1", action="quarantine", verdict="spam"))
    tracker.reception(reception("Q2", action="reject", verdict="malware", smtp_reply="550 5.7.1 virus"))
    assert tracker.flush()

    assert dict(MessageRecord.objects.values_list("queue_id", "delivery_status")) == {
        "Q1": "quarantined", "Q2": "refused"}


def test_close_writes_everything_still_waiting(alpha):
    tracker = DatabaseTracker(batch_size=7)
    for n in range(50):
        tracker.reception(reception(f"Q{n}"))
        tracker.delivery(attempt(f"Q{n}"))

    tracker.close()

    assert MessageRecord.objects.filter(delivery_status="delivered").count() == 50
    assert DeliveryRecord.objects.count() == 50


def test_what_a_database_refuses_is_logged_and_costs_only_itself(tracker, monkeypatch, caplog):
    make_row = recorder._message_row

    def poisoned(record, organisation_id):
        row = make_row(record, organisation_id)
        if record.queue_id == "POISON":
            row.size = 2**70  # too big for any integer column: a real database error
        return row

    monkeypatch.setattr(recorder, "_message_row", poisoned)
    tracker.reception(reception("Q1"))
    tracker.reception(reception("POISON"))
    tracker.reception(reception("Q2"))
    assert tracker.flush()
    tracker.reception(reception("Q3"))
    assert tracker.flush()

    assert set(MessageRecord.objects.values_list("queue_id", flat=True)) == {"Q1", "Q2", "Q3"}
    assert "record for POISON not written" in caplog.text


def test_text_no_database_accepts_is_cleaned(tracker):
    tracker.reception(reception(subject="bad\x00byte \udcff", client_ip="not an ip", score=float("nan"),
                                symbols=[{"name": "X", "score": float("inf"), "detail": "\x00"}]))
    assert tracker.flush()

    record = MessageRecord.objects.get()
    assert (record.subject, record.client_ip, record.score) == ("badbyte ?", None, 0.0)
    assert record.symbols == [{"name": "X", "score": None, "detail": ""}]


def test_records_after_close_are_ignored_without_error():
    tracker = DatabaseTracker()
    tracker.close()

    tracker.reception(reception())
    tracker.close()

    assert not MessageRecord.objects.exists()


def test_a_full_queue_drops_records_instead_of_blocking(monkeypatch):
    writing, gate = threading.Event(), threading.Event()
    monkeypatch.setattr(recorder, "write_safely", lambda records: (writing.set(), gate.wait(10)))
    tracker = DatabaseTracker(max_pending=2)
    tracker.reception(reception("Q1"))
    assert writing.wait(10)  # the writer holds Q1 and is stuck on a slow database

    for n in range(5):
        tracker.reception(reception(f"R{n}"))

    assert tracker.dropped == 3
    gate.set()
    tracker.close()
