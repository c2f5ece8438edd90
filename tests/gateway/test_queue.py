"""The durable queue on its own: what is on disk after each operation."""

import json

import pytest

from rempart.gateway.queue import DELIVERED, FAILED, NotQueued, Queue, QueueError

MESSAGE = b"From: a@sender.test\r\nTo: b@org.test\r\nSubject: hi\r\n\r\nbody\r\n"


@pytest.fixture
def queue(tmp_path):
    return Queue(tmp_path / "queue")


def test_put_then_get_returns_the_envelope_and_the_exact_bytes(queue):
    entry = queue.put(
        MESSAGE,
        "a@sender.test",
        ["b@org.test", "c@org.test"],
        verdict="clean",
        client_ip="192.0.2.1",
    )
    again = queue.get(entry.id)
    assert again.mail_from == "a@sender.test"
    assert [r.address for r in again.pending] == ["b@org.test", "c@org.test"]
    assert again.client_ip == "192.0.2.1"
    assert again.size == len(MESSAGE)
    assert queue.message(entry.id) == MESSAGE
    assert queue.ids() == [entry.id]


def test_put_without_recipients_is_refused(queue):
    with pytest.raises(QueueError):
        queue.put(MESSAGE, "a@sender.test", [])
    assert len(queue) == 0


def test_save_records_new_state_for_the_next_reader(queue):
    entry = queue.put(MESSAGE, "a@sender.test", ["b@org.test", "c@org.test"])
    entry.recipients[0].status = DELIVERED
    entry.attempts = 1
    entry.last_error = "451 4.3.0 later"
    queue.save(entry)
    again = queue.get(entry.id)
    assert [r.address for r in again.pending] == ["c@org.test"]
    assert again.attempts == 1
    assert again.last_error == "451 4.3.0 later"


def test_an_entry_with_nothing_pending_leaves_the_queue(queue):
    entry = queue.put(MESSAGE, "a@sender.test", ["b@org.test", "c@org.test"])
    entry.recipients[0].status = DELIVERED
    entry.recipients[1].status = FAILED
    queue.save(entry)
    assert len(queue) == 0
    assert not list(queue.msg_dir.iterdir())
    with pytest.raises(NotQueued):
        queue.get(entry.id)


def test_save_of_a_removed_entry_raises_not_queued_and_writes_nothing(queue):
    entry = queue.put(MESSAGE, "a@sender.test", ["b@org.test"])
    queue.remove(entry.id)
    entry.attempts = 3
    with pytest.raises(NotQueued):
        queue.save(entry)
    assert len(queue) == 0


def test_remove_deletes_meta_and_body(queue):
    entry = queue.put(MESSAGE, "a@sender.test", ["b@org.test"])
    queue.remove(entry.id)
    assert not list(queue.meta_dir.iterdir())
    assert not list(queue.msg_dir.iterdir())
    with pytest.raises(NotQueued):
        queue.remove(entry.id)


def test_get_refuses_ids_that_are_paths(queue):
    for bad in ("", "../x", ".hidden", "a/b"):
        with pytest.raises(NotQueued):
            queue.get(bad)


def test_retry_now_makes_one_or_every_entry_due(queue):
    one = queue.put(MESSAGE, "a@sender.test", ["b@org.test"])
    two = queue.put(MESSAGE, "a@sender.test", ["b@org.test"])
    for entry in (one, two):
        entry.next_attempt = entry.received_at + 3600
        queue.save(entry)
    assert queue.due(now=one.received_at + 1) == []
    assert queue.retry_now(one.id) == 1
    assert [e.id for e in queue.due(now=two.received_at + 60)] == [one.id]
    assert queue.retry_now() == 2
    assert {e.id for e in queue.due(now=two.received_at + 60)} == {one.id, two.id}


def test_due_leaves_out_entries_scheduled_later(queue):
    entry = queue.put(MESSAGE, "a@sender.test", ["b@org.test"])
    entry.next_attempt = entry.received_at + 100
    queue.save(entry)
    assert queue.due(now=entry.received_at + 99) == []
    assert [e.id for e in queue.due(now=entry.received_at + 100)] == [entry.id]


def test_recover_removes_a_body_without_meta_and_keeps_committed_messages(queue):
    kept = queue.put(MESSAGE, "a@sender.test", ["b@org.test"])
    (queue.msg_dir / "UNACKNOWLEDGED.eml").write_bytes(MESSAGE)
    counts = queue.recover()
    assert counts["orphans_removed"] == 1
    assert counts["queued"] == 1
    assert not (queue.msg_dir / "UNACKNOWLEDGED.eml").exists()
    assert queue.message(kept.id) == MESSAGE


def test_recover_cleans_temporary_files(queue):
    (queue.tmp_dir / "X.json.1234").write_bytes(b"{half")
    (queue.tmp_dir / "Y.eml.abcd").write_bytes(b"half a message")
    counts = queue.recover()
    assert counts["tmp_removed"] == 2
    assert not list(queue.tmp_dir.iterdir())


def test_recover_moves_corrupt_meta_aside_with_its_body(queue):
    good = queue.put(MESSAGE, "a@sender.test", ["b@org.test"])
    bad = queue.put(MESSAGE, "a@sender.test", ["b@org.test"])
    (queue.meta_dir / f"{bad.id}.json").write_bytes(b'{"id": "truncated')
    counts = queue.recover()
    assert counts["corrupt"] == 1
    assert queue.ids() == [good.id]
    aside = queue.root / "corrupt"
    assert (aside / f"{bad.id}.json").exists()
    assert (aside / f"{bad.id}.eml").read_bytes() == MESSAGE


def test_recover_moves_aside_meta_with_a_missing_field(queue):
    entry = queue.put(MESSAGE, "a@sender.test", ["b@org.test"])
    raw = json.loads((queue.meta_dir / f"{entry.id}.json").read_bytes())
    del raw["mail_from"]
    (queue.meta_dir / f"{entry.id}.json").write_text(json.dumps(raw))
    assert queue.recover()["corrupt"] == 1
    assert len(queue) == 0


def test_a_second_queue_object_on_the_same_folder_sees_the_same_state(tmp_path):
    writer = Queue(tmp_path / "queue")
    entry = writer.put(MESSAGE, "", ["b@org.test"])
    reader = Queue(tmp_path / "queue", fsync=False)
    assert reader.get(entry.id).mail_from == ""
    assert reader.message(entry.id) == MESSAGE
