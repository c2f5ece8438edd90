"""The gateway protects itself: connections and messages per client, idle time, declared size."""

import time

from rempart.gateway.limits import LocalLimits, client_key
from tests.support.smtp import message


def test_connection_beyond_the_limit_per_client_is_refused_with_421(smtp_gateway):
    gateway = smtp_gateway(max_connections_per_ip=2)
    first, second = gateway.raw(), gateway.raw()
    try:
        assert first.reply().startswith("220")
        assert second.reply().startswith("220")
        third = gateway.raw()
        assert third.reply().startswith("421 4.7.0 ")
        assert third.closed()
        third.close()
    finally:
        first.close()
        second.close()


def test_closed_connection_frees_its_place(smtp_gateway):
    gateway = smtp_gateway(max_connections_per_ip=1)
    client = gateway.smtp()
    client.quit()
    # The place is given back once the server has seen the connection end,
    # which may be just after the client did: try a few times.
    for _ in range(100):
        raw = gateway.raw()
        greeting = raw.reply()
        raw.close()
        if greeting.startswith("220"):
            break
        time.sleep(0.02)
    assert greeting.startswith("220")


def test_messages_beyond_the_rate_are_deferred_then_the_client_is_dropped(smtp_gateway):
    gateway = smtp_gateway(max_messages_per_ip_per_minute=2)
    raw = gateway.raw()
    try:
        raw.reply()
        raw.send(b"EHLO client.test\r\n")
        raw.reply()
        for _ in range(2):
            raw.send(b"MAIL FROM:<alice@sender.test>\r\n")
            assert raw.reply() == "250 2.1.0 Ok"
            raw.send(b"RSET\r\n")
            assert raw.reply() == "250 2.0.0 Ok"
        raw.send(b"MAIL FROM:<alice@sender.test>\r\n")
        assert raw.reply().startswith("450 4.7.0 ")
        raw.send(b"MAIL FROM:<alice@sender.test>\r\n")
        assert raw.reply().startswith("450 4.7.0 ")
        raw.send(b"MAIL FROM:<alice@sender.test>\r\n")
        assert raw.reply().startswith("421 4.7.0 ")
        assert raw.closed()
    finally:
        raw.close()
    assert gateway.queued() == []


def test_idle_client_gets_421_and_is_disconnected(smtp_gateway):
    gateway = smtp_gateway(smtp_timeout=0.3)
    raw = gateway.raw()
    try:
        assert raw.reply().startswith("220")
        assert raw.reply().startswith("421 4.4.2 ")
        assert raw.closed()
    finally:
        raw.close()


def test_declared_size_over_the_limit_is_refused_at_mail(smtp_gateway):
    gateway = smtp_gateway(max_message_size=10_000)
    with gateway.smtp() as client:
        code, lines = client.ehlo()
        assert b"SIZE 10000" in lines
        assert client.docmd("MAIL FROM:<alice@sender.test> SIZE=10001") == (
            552, b"5.3.4 Message size exceeds fixed maximum message size")
        assert client.docmd("MAIL FROM:<alice@sender.test> SIZE=9000")[0] == 250


def test_bad_size_parameter_is_a_syntax_error(gateway):
    with gateway.smtp() as client:
        client.ehlo()
        code, text = client.docmd("MAIL FROM:<alice@sender.test> SIZE=lots")
        assert (code, text[:5]) == (501, b"5.5.4")
        code, text = client.docmd("MAIL FROM:<alice@sender.test> FOO=1")
        assert (code, text[:5]) == (555, b"5.5.4")


def test_message_after_limits_still_goes_through(smtp_gateway):
    gateway = smtp_gateway(max_connections_per_ip=3, max_messages_per_ip_per_minute=5)
    assert gateway.send(message())[0] == 250
    assert len(gateway.queued()) == 1


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_message_rate_frees_up_as_the_minute_slides():
    clock = Clock()
    limits = LocalLimits(max_connections=0, max_messages_per_minute=2, clock=clock)
    assert await limits.message_started("192.0.2.1")
    clock.now += 30
    assert await limits.message_started("192.0.2.1")
    assert not await limits.message_started("192.0.2.1")
    assert await limits.message_started("192.0.2.2")  # another client has its own count
    clock.now += 31  # the first message is now more than a minute old
    assert await limits.message_started("192.0.2.1")
    assert not await limits.message_started("192.0.2.1")


async def test_ipv6_clients_are_counted_per_slash_64():
    limits = LocalLimits(max_connections=2, max_messages_per_minute=0)
    assert await limits.connection_opened("2001:db8:1:2::10")
    assert await limits.connection_opened("2001:db8:1:2:ffff::1")
    assert not await limits.connection_opened("2001:db8:1:2::99")
    assert await limits.connection_opened("2001:db8:1:3::10")
    await limits.connection_closed("2001:db8:1:2::10")
    assert await limits.connection_opened("2001:db8:1:2::99")
    assert client_key("::ffff:192.0.2.7") == "192.0.2.7"


async def test_zero_means_no_limit():
    limits = LocalLimits(max_connections=0, max_messages_per_minute=0)
    for _ in range(500):
        assert await limits.connection_opened("192.0.2.1")
        assert await limits.message_started("192.0.2.1")
