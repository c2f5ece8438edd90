"""Start and stop: a free port, side by side; at stop, DATA finishes and the rest hear 421."""

import asyncio
import socket
import time

from tests.support.smtp import message


def wait_until_not_listening(gateway) -> None:
    for _ in range(200):
        try:
            socket.create_connection((gateway.host, gateway.port), timeout=1).close()
        except (ConnectionRefusedError, ConnectionResetError):  # reset: closed with our SYN in its backlog
            return
        time.sleep(0.01)
    raise AssertionError("the gateway still accepts connections")


def begin_stop(gateway, grace: float):
    return asyncio.run_coroutine_threadsafe(gateway.gateway.stop(grace=grace), gateway.loop)


def test_two_gateways_listen_side_by_side_on_free_ports(smtp_gateway):
    first, second = smtp_gateway(), smtp_gateway()
    assert first.port != second.port and first.port > 0
    assert first.send(message())[0] == 250
    assert second.send(message())[0] == 250


def test_stop_says_421_to_idle_clients_and_stops_listening(gateway):
    raw = gateway.raw()
    try:
        raw.reply()
        raw.send(b"EHLO client.test\r\n")
        raw.reply()
        gateway.run(gateway.gateway.stop(grace=1))
        assert raw.reply().startswith("421 4.3.2 ")
        assert raw.closed()
    finally:
        raw.close()
    wait_until_not_listening(gateway)


def test_message_in_data_at_stop_is_finished_and_queued(gateway):
    raw = gateway.raw()
    try:
        raw.reply()
        raw.send(b"EHLO client.test\r\nMAIL FROM:<alice@sender.test>\r\nRCPT TO:<bob@example.test>\r\nDATA\r\n")
        assert raw.replies(4)[-1].startswith("354")
        whole = message(subject="in flight")
        raw.send(whole[:50])
        stopping = begin_stop(gateway, grace=20)
        wait_until_not_listening(gateway)
        raw.send(whole[50:] + b".\r\n")
        assert raw.reply().startswith("250 2.0.0 Ok: queued as ")
        assert raw.reply().startswith("421 4.3.2 ")
        stopping.result(30)
    finally:
        raw.close()
    [(entry, _)] = gateway.queued()
    assert entry.extra["subject"] == "in flight"


def test_message_still_incomplete_after_the_grace_is_dropped_unstored(gateway):
    raw = gateway.raw()
    try:
        raw.reply()
        raw.send(b"EHLO client.test\r\nMAIL FROM:<alice@sender.test>\r\nRCPT TO:<bob@example.test>\r\nDATA\r\n")
        assert raw.replies(4)[-1].startswith("354")
        raw.send(message()[:50])
        begin_stop(gateway, grace=0.2).result(30)
        assert raw.reply().startswith("421 4.3.2 ")
        assert raw.closed()
    finally:
        raw.close()
    assert gateway.queued() == []
    assert gateway.tracker.receptions == []
