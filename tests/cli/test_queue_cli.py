"""`rempart queue list|retry|remove` on a real queue folder, and tracking of what passed."""

import json
import smtplib
import sqlite3
import time

import pytest

from rempart.gateway.queue import Queue

pytestmark = pytest.mark.slow


def fill(proc, *recipients):
    queue = Queue(proc.data_dir / "queue")
    entries = [queue.put(b"Subject: hi\r\n\r\nbody\r\n", "a@sender.example", [r]) for r in recipients]
    return queue, entries


def test_list_shows_each_message_with_its_pending_recipients(rempart_process):
    proc = rempart_process()
    _, entries = fill(proc, "x@one.test", "y@two.test")
    rows = json.loads(proc.cli("queue", "list", "--json").stdout)
    assert [r["id"] for r in rows] == [e.id for e in entries]
    assert rows[0]["pending"] == ["x@one.test"] and rows[0]["from"] == "a@sender.example"
    text = proc.cli("queue", "list").stdout
    assert "2 message(s) queued" in text and entries[1].id in text


def test_retry_without_id_makes_every_message_due_now(rempart_process):
    proc = rempart_process()
    queue, entries = fill(proc, "x@one.test", "y@two.test")
    for entry in entries:
        entry.next_attempt = time.time() + 3600
        queue.save(entry)
    assert queue.due() == []
    result = proc.cli("queue", "retry")
    assert "2 message(s)" in result.stdout
    assert {e.id for e in queue.due()} == {e.id for e in entries}


def test_remove_takes_one_message_out_and_unknown_id_exits_1(rempart_process):
    proc = rempart_process()
    queue, entries = fill(proc, "x@one.test", "y@two.test")
    proc.cli("queue", "remove", entries[0].id)
    assert queue.ids() == [entries[1].id]
    missing = proc.cli("queue", "remove", "NOSUCHID", check=False)
    assert missing.returncode == 1
    assert "no queued message" in missing.stderr and len(missing.stderr.strip().splitlines()) == 1
    assert proc.cli("queue", "remove", check=False).returncode == 2


def test_every_message_leaves_a_tracking_record_with_its_delivery(rempart_process, downstream):
    server = downstream()
    proc = rempart_process()
    proc.cli("domain", "add", "track.test", "--route", f"127.0.0.1:{server.port}", "--tls", "off")
    proc.start("gateway")
    with smtplib.SMTP("127.0.0.1", proc.smtp_port, timeout=10) as client:
        client.ehlo("client.sender.example")
        client.sendmail("a@sender.example", ["user@track.test"],
                        b"From: a@sender.example\r\nTo: user@track.test\r\nSubject: tracked\r\n"
                        b"Message-ID: <t1@sender.example>\r\n\r\nhello\r\n")
        client.mail("a@sender.example")
        code, _ = client.rcpt("user@elsewhere.example")  # refused: no relay
    assert code == 550
    server.wait_for(1)
    db = sqlite3.connect(proc.data_dir / "rempart.sqlite3")
    deadline = time.monotonic() + 20
    row = None
    while time.monotonic() < deadline:
        row = db.execute("SELECT queue_id, helo, mail_from, verdict, action, score, delivery_status, size "
                         "FROM tracking_messagerecord WHERE subject = 'tracked'").fetchone()
        if row and row[6] == "delivered":
            break
        time.sleep(0.2)
    assert proc.terminate() == 0
    assert row is not None, proc.log()
    queue_id, helo, mail_from, verdict, action, score, delivery_status, size = row
    assert (helo, mail_from, verdict, action, delivery_status) == (
        "client.sender.example", "a@sender.example", "clean", "deliver", "delivered")
    assert size > 0 and queue_id
    attempts = db.execute("SELECT status, server FROM tracking_deliveryrecord").fetchall()
    assert ("delivered", f"127.0.0.1:{server.port}") in attempts
