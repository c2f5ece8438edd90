"""The promise of the queue: mail answered 250 is never lost, even by kill -9.

Many messages in flight from concurrent clients, the organisation's server
down, ``kill -9`` of the gateway in the middle, restart, server up: every
message that got its 250 arrives. Duplicates are counted and reported
(printed with -s), and bounded: only a delivery under way at the kill may
repeat.
"""

from __future__ import annotations

import json
import re
import smtplib
import threading
import time
from collections import Counter

import pytest

pytestmark = pytest.mark.slow

SENDERS = 8
PER_SENDER = 25


def message(seq: int) -> bytes:
    return (
        f"From: Sender <sender@crash-sender.example>\r\nTo: user@crash.test\r\n"
        f"Subject: crash {seq}\r\nMessage-ID: <crash-{seq}@crash-sender.example>\r\n"
        f"X-Seq: {seq}\r\n\r\nMessage number {seq}.\r\n"
    ).encode()


def blast(port: int, acked: set[int], stop: threading.Event, first_seq: int) -> None:
    """Send messages one per connection, recording those answered 250."""
    for n in range(PER_SENDER):
        if stop.is_set():
            return
        seq = first_seq + n
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=15) as client:
                client.sendmail("sender@crash-sender.example", ["user@crash.test"], message(seq))
            acked.add(seq)
        except (smtplib.SMTPException, OSError):
            pass  # not acknowledged: the sender would retry; nothing is owed


def arrived_seqs(server) -> Counter:
    seqs: Counter = Counter()
    for received in server.messages:
        match = re.search(rb"X-Seq: (\d+)", received.data)
        if match:
            seqs[int(match.group(1))] += 1
    return seqs


def queue_size(proc) -> int:
    return len(json.loads(proc.cli("queue", "list", "--json").stdout))


def wait_for_delivery(proc, server, acked: set[int], timeout: float = 90) -> tuple[Counter, set[int], int]:
    """Wait until every acknowledged message arrived and the queue is empty; (arrivals, missing, duplicates)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if acked <= set(arrived_seqs(server)) and queue_size(proc) == 0:
            break
        time.sleep(0.5)
    seqs = arrived_seqs(server)
    duplicates = sum(count - 1 for count in seqs.values() if count > 1)
    return seqs, acked - set(seqs), duplicates


def run_clients_and_kill(proc, kill_after: int) -> set[int]:
    acked: set[int] = set()
    stop = threading.Event()
    threads = [threading.Thread(target=blast, args=(proc.smtp_port, acked, stop, i * 1000)) for i in range(SENDERS)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 60
    while len(acked) < kill_after and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.kill()  # SIGKILL while clients are mid-conversation
    stop.set()
    for t in threads:
        t.join(timeout=30)
    return acked


def test_kill_9_with_downstream_down_loses_no_acknowledged_message(rempart_process, downstream):
    server = downstream()
    server.stop()  # the organisation's server is down
    proc = rempart_process(REMPART_RETRY_BASE="1", REMPART_RETRY_MAX="2",
                           REMPART_MAX_MESSAGES_PER_IP_PER_MINUTE="100000",
                           REMPART_MAX_CONNECTIONS_PER_IP="100")
    proc.cli("domain", "add", "crash.test", "--route", f"127.0.0.1:{server.port}", "--tls", "off")
    proc.start("gateway")
    acked = run_clients_and_kill(proc, kill_after=60)
    assert len(acked) >= 60, proc.log()

    proc.start("gateway")  # restart on the same data folder
    server.start()  # and the organisation's server comes back
    seqs, missing, duplicates = wait_for_delivery(proc, server, acked)
    print(f"\ncrash test (downstream down): {len(acked)} acknowledged, {len(seqs)} delivered, "
          f"{len(missing)} missing, {duplicates} duplicate(s)")
    assert not missing, f"acknowledged but lost: {sorted(missing)[:20]}\n{proc.log()[-3000:]}"
    assert duplicates == 0  # nothing was being delivered when the gateway died
    assert proc.terminate() == 0


def test_kill_9_during_delivery_loses_nothing_and_duplicates_are_counted(rempart_process, downstream):
    server = downstream()
    proc = rempart_process(REMPART_RETRY_BASE="1", REMPART_RETRY_MAX="2",
                           REMPART_MAX_MESSAGES_PER_IP_PER_MINUTE="100000",
                           REMPART_MAX_CONNECTIONS_PER_IP="100")
    proc.cli("domain", "add", "crash.test", "--route", f"127.0.0.1:{server.port}", "--tls", "off")
    proc.start("gateway")
    server.hold()  # deliveries reach the organisation's server and wait there
    acked = run_clients_and_kill(proc, kill_after=40)
    held = server.held_count
    server.release()
    assert len(acked) >= 40, proc.log()

    proc.start("gateway")
    seqs, missing, duplicates = wait_for_delivery(proc, server, acked)
    print(f"\ncrash test (kill during delivery): {len(acked)} acknowledged, {len(seqs)} delivered, "
          f"{len(missing)} missing, {duplicates} duplicate(s), {held} delivery(ies) in flight at the kill")
    assert not missing, f"acknowledged but lost: {sorted(missing)[:20]}\n{proc.log()[-3000:]}"
    # Only a delivery the server had not yet answered when we died may repeat.
    assert duplicates <= held
    assert proc.terminate() == 0
