"""Delivery from the queue to a real SMTP server on loopback: routes, retries, bounces, TLS.

Time is a clock the test moves (``Rig.clock``), so retries hours apart take
no time; the downstream server is real (``tests.support.downstream``).
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import ssl
import time
from dataclasses import dataclass, field

import pytest

from rempart.config import Settings
from rempart.engine.dns import DNSResolver
from rempart.engine.policy import DEFAULT_POLICY
from rempart.gateway.delivery import Delivery, retry_delay
from rempart.gateway.events import NullTracker
from rempart.gateway.queue import NotQueued, Queue, QueueEntry
from rempart.gateway.routing import DomainConfig, Route, Snapshot
from tests.support.downstream import write_self_signed

MESSAGE = (
    b"From: Alice <alice@sender.test>\r\n"
    b"To: bob@org.test, carol@org.test\r\n"
    b"Subject: Figures\r\n"
    b"Message-ID: <m1@sender.test>\r\n"
    b"\r\n"
    b"Hello.\r\n"
    b".A line starting with a dot.\r\n"
)


class Clock:
    """Real time moved forward by the test: hours pass in no time.

    It never runs behind the real clock, which the queue uses to stamp new
    entries (so a DSN queued during a test is due at once, as in production).
    """

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds

    def jump_to(self, when: float) -> None:
        self.offset = max(self.offset, when - time.time())


@dataclass
class Rig:
    queue: Queue
    delivery: Delivery
    clock: Clock
    settings: Settings
    tracker: NullTracker = field(default_factory=NullTracker)

    def put(
        self, recipients=("bob@org.test",), mail_from="alice@sender.test", message=MESSAGE, **kwargs
    ) -> QueueEntry:
        return self.queue.put(message, mail_from, list(recipients), **kwargs)

    def statuses(self) -> list[str]:
        return [d.status for d in self.tracker.deliveries]


@pytest.fixture
def rig(tmp_path):
    """``rig(route, relay=None, resolver=None, **settings)``: a Delivery over a fresh queue."""

    def make(
        route: Route | None = None, relay: tuple[str, int] | None = None, resolver=None, **overrides
    ) -> Rig:
        values = dict(
            data_dir=tmp_path,
            hostname="mx.rempart.test",
            retry_base=60,
            retry_max=3600,
            queue_max_age=7 * 24 * 3600,
            delivery_timeout=10.0,
            delivery_concurrency=4,
            relay=relay,
        )
        values.update(overrides)
        settings = Settings(**values)
        domains = {}
        if route is not None:
            domains["org.test"] = DomainConfig("org.test", "Org", route, DEFAULT_POLICY)
        snapshot = Snapshot(domains=domains, version="1")
        queue = Queue(settings.queue_dir, fsync=False)
        clock = Clock()
        tracker = NullTracker()
        delivery = Delivery(
            settings, lambda: snapshot, queue, tracker, resolver=resolver, clock=clock
        )
        return Rig(queue, delivery, clock, settings, tracker)

    return make


def dsn_recipient_blocks(data: bytes) -> list:
    report = email.message_from_bytes(data, policy=email.policy.default)
    assert report.get_content_type() == "multipart/report"
    return report.get_payload(1).get_payload()[1:]


# -- delivered ---------------------------------------------------------------


async def test_message_is_delivered_to_the_route_of_its_domain_and_leaves_the_queue(
    rig, downstream
):
    server = downstream()
    r = rig(server.route())
    entry = r.put(["bob@org.test", "carol@org.test"])
    assert await r.delivery.run_once() == 1
    [received] = server.messages
    assert received.mail_from == "alice@sender.test"
    assert received.rcpt_tos == ["bob@org.test", "carol@org.test"]
    assert received.data == MESSAGE
    assert len(r.queue) == 0
    [attempt] = r.tracker.deliveries
    assert (attempt.queue_id, attempt.status, attempt.server) == (
        entry.id,
        "delivered",
        f"127.0.0.1:{server.port}",
    )
    assert attempt.reply.startswith("250")


async def test_a_null_sender_is_sent_as_mail_from_empty(rig, downstream):
    server = downstream()
    r = rig(server.route())
    r.put(mail_from="")
    await r.delivery.run_once()
    assert server.messages[0].mail_from == ""


async def test_nothing_due_means_no_attempt(rig, downstream):
    r = rig(downstream().route())
    assert await r.delivery.run_once() == 0


# -- retries -------------------------------------------------------------------


async def test_downstream_down_keeps_the_message_and_retries_with_backoff_once_it_is_back(
    rig, downstream
):
    server = downstream()
    r = rig(server.route())
    server.stop()
    entry = r.put()
    before = r.clock()
    assert await r.delivery.run_once() == 1
    after = r.clock()
    queued = r.queue.get(entry.id)
    assert queued.attempts == 1
    assert f"127.0.0.1:{server.port}" in queued.last_error
    assert before + 54 <= queued.next_attempt <= after + 60
    assert r.statuses() == ["deferred"]

    assert await r.delivery.run_once() == 0  # not due yet
    server.start()
    r.clock.advance(60)
    assert await r.delivery.run_once() == 1
    assert [m.rcpt_tos for m in server.messages] == [["bob@org.test"]]
    assert len(r.queue) == 0


async def test_a_4xx_reply_is_retried_with_a_doubling_delay(rig, downstream):
    server = downstream()
    server.refuse("451 4.3.0 Try again later")
    r = rig(server.route())
    entry = r.put()
    await r.delivery.run_once()
    first = r.queue.get(entry.id)
    assert first.last_error == "451 4.3.0 Try again later"
    assert first.recipients[0].last_reply == "451 4.3.0 Try again later"
    r.clock.jump_to(first.next_attempt)
    before = r.clock()
    await r.delivery.run_once()
    after = r.clock()
    second = r.queue.get(entry.id)
    assert second.attempts == 2
    assert before + 108 <= second.next_attempt <= after + 120
    server.accept_all()
    r.clock.jump_to(second.next_attempt)
    await r.delivery.run_once()
    assert len(server.messages) == 1
    assert len(r.queue) == 0


async def test_a_4xx_at_the_end_of_data_is_retried(rig, downstream):
    server = downstream()
    server.refuse_data("452 4.3.1 Insufficient system storage")
    r = rig(server.route())
    entry = r.put()
    await r.delivery.run_once()
    assert r.queue.get(entry.id).last_error == "452 4.3.1 Insufficient system storage"


def test_retry_delay_doubles_up_to_the_cap_and_jitter_only_shortens_it():
    assert [retry_delay(n, 60, 3600) for n in (1, 2, 3, 7, 8, 50)] == [
        60,
        120,
        240,
        3600,
        3600,
        3600,
    ]
    assert 54 <= retry_delay(1, 60, 3600, jitter=0.99) < 60


# -- bounces -------------------------------------------------------------------


async def test_5xx_for_one_recipient_bounces_that_one_and_delivers_the_others(rig, downstream):
    org, relay = downstream(), downstream()
    org.refuse("550 5.1.1 <bob@org.test>: no such user", "bob@org.test")
    r = rig(org.route(), relay=relay.address)
    entry = r.put(["bob@org.test", "carol@org.test"])
    await r.delivery.run_once()
    assert [m.rcpt_tos for m in org.messages] == [["carol@org.test"]]
    with pytest.raises(NotQueued):
        r.queue.get(entry.id)
    [bounce] = r.queue.entries()
    assert (bounce.mail_from, [x.address for x in bounce.recipients]) == ("", ["alice@sender.test"])
    assert sorted(r.statuses()) == ["bounced", "delivered", "failed"]

    await r.delivery.run_once()  # the DSN itself goes out, through the relay
    [dsn] = relay.messages
    assert (dsn.mail_from, dsn.rcpt_tos) == ("", ["alice@sender.test"])
    [block] = dsn_recipient_blocks(dsn.data)
    assert block["Final-Recipient"] == "rfc822; bob@org.test"
    assert block["Status"] == "5.1.1"
    assert block["Diagnostic-Code"] == "smtp; 550 5.1.1 <bob@org.test>: no such user"
    assert len(r.queue) == 0


async def test_5xx_at_the_end_of_data_bounces_every_recipient(rig, downstream):
    org, relay = downstream(), downstream()
    org.refuse_data("554 5.6.0 Message refused")
    r = rig(org.route(), relay=relay.address)
    r.put(["bob@org.test", "carol@org.test"])
    await r.delivery.run_once()
    await r.delivery.run_once()
    blocks = dsn_recipient_blocks(relay.messages[0].data)
    assert [b["Status"] for b in blocks] == ["5.6.0", "5.6.0"]


async def test_still_pending_after_the_maximum_age_bounces_as_expired(rig, downstream):
    org, relay = downstream(), downstream()
    org.stop()
    r = rig(org.route(), relay=relay.address, queue_max_age=90)
    entry = r.put()
    await r.delivery.run_once()
    r.clock.jump_to(r.queue.get(entry.id).next_attempt)
    await r.delivery.run_once()
    # The last retry is not scheduled past the maximum age: it falls on it.
    assert r.queue.get(entry.id).next_attempt == entry.received_at + 90
    r.clock.jump_to(entry.received_at + 90)
    await r.delivery.run_once()
    assert r.statuses()[-2:] == ["expired", "bounced"]
    await r.delivery.run_once()
    [block] = dsn_recipient_blocks(relay.messages[0].data)
    assert block["Final-Recipient"] == "rfc822; bob@org.test"
    assert block["Status"] == "4.4.7"
    assert block["Action"] == "failed"
    assert len(r.queue) == 0


async def test_a_message_from_the_null_sender_is_never_bounced(rig, downstream):
    org, relay = downstream(), downstream()
    org.refuse("550 5.1.1 no such user")
    r = rig(org.route(), relay=relay.address)
    r.put(mail_from="")
    await r.delivery.run_once()
    assert len(r.queue) == 0
    assert r.statuses() == ["failed"]
    assert await r.delivery.run_once() == 0
    assert relay.messages == []


@pytest.mark.parametrize("verdict", ["spam", "phishing", "malware", "bulk"])
async def test_no_backscatter_for_a_message_judged_unwanted(rig, downstream, verdict):
    org, relay = downstream(), downstream()
    org.refuse("550 5.7.1 rejected")
    r = rig(org.route(), relay=relay.address)
    r.put(verdict=verdict)
    await r.delivery.run_once()
    assert len(r.queue) == 0
    assert "bounced" not in r.statuses()


# -- where mail for other domains goes ---------------------------------------------


async def test_a_dsn_to_a_foreign_domain_without_relay_or_resolver_waits_with_a_clear_error(
    rig, downstream
):
    r = rig(downstream().route())
    entry = r.put(["alice@sender.test"], mail_from="")
    await r.delivery.run_once()
    error = r.queue.get(entry.id).last_error
    assert "sender.test" in error and "resolver" in error


@pytest.fixture
def resolver(dns_server):
    return DNSResolver(dns_server.address, timeout=1.0)


async def test_a_foreign_domain_is_reached_through_the_first_of_its_mx_that_answers(
    rig, downstream, dns_records, resolver
):
    remote = downstream()  # listens on 127.0.0.1 only: 127.0.0.2 refuses
    with dns_records.batch():
        dns_records.add("sender.test", "MX", "10 mx1.sender.test.")
        dns_records.add("sender.test", "MX", "20 mx2.sender.test.")
        dns_records.add("mx1.sender.test", "A", "127.0.0.2")
        dns_records.add("mx2.sender.test", "A", "127.0.0.1")
    r = rig(None, resolver=resolver)
    r.delivery.mx_port = remote.port
    r.put(["alice@sender.test"], mail_from="")
    await r.delivery.run_once()
    assert [m.rcpt_tos for m in remote.messages] == [["alice@sender.test"]]
    assert r.tracker.deliveries[0].server == f"127.0.0.1:{remote.port}"


async def test_a_domain_without_mx_is_reached_at_its_address(
    rig, downstream, dns_records, resolver
):
    remote = downstream()
    dns_records.add("sender.test", "A", "127.0.0.1")
    r = rig(None, resolver=resolver)
    r.delivery.mx_port = remote.port
    r.put(["alice@sender.test"], mail_from="")
    await r.delivery.run_once()
    assert len(remote.messages) == 1


async def test_a_domain_with_a_null_mx_fails_at_once(rig, dns_records, resolver):
    dns_records.add("sender.test", "MX", "0 .")
    r = rig(None, resolver=resolver)
    r.put(["alice@sender.test"], mail_from="")
    await r.delivery.run_once()
    assert len(r.queue) == 0
    assert r.statuses() == ["failed"]
    assert "5.1.10" in r.tracker.deliveries[0].reply


async def test_a_domain_with_no_mail_server_in_dns_fails_at_once(rig, dns_records, resolver):
    r = rig(None, resolver=resolver)
    r.put(["alice@nowhere.test"], mail_from="")
    await r.delivery.run_once()
    assert len(r.queue) == 0
    assert "5.1.2" in r.tracker.deliveries[0].reply


async def test_a_dns_that_does_not_answer_defers(rig, silent_dns):
    r = rig(None, resolver=DNSResolver(silent_dns.address, timeout=0.2))
    entry = r.put(["alice@sender.test"], mail_from="")
    await r.delivery.run_once()
    assert "MX lookup for sender.test failed" in r.queue.get(entry.id).last_error


# -- TLS -------------------------------------------------------------------------


async def test_tls_required_with_a_server_without_starttls_defers_with_a_clear_error(
    rig, downstream
):
    server = downstream(starttls=False)
    r = rig(server.route(tls="required"))
    entry = r.put()
    await r.delivery.run_once()
    assert server.messages == []
    error = r.queue.get(entry.id).last_error
    assert "TLS is required" in error and "STARTTLS" in error


@pytest.mark.parametrize("tls, encrypted", [("off", False), ("on", True), ("required", True)])
async def test_starttls_offered_is_used_unless_the_route_says_off(rig, downstream, tls, encrypted):
    server = downstream(starttls=True)
    r = rig(server.route(tls=tls))
    r.put()
    await r.delivery.run_once()
    [received] = server.messages
    assert received.tls is encrypted
    assert received.data == MESSAGE


async def test_tls_on_with_a_server_without_starttls_delivers_in_plain(rig, downstream):
    server = downstream(starttls=False)
    r = rig(server.route(tls="on"))
    r.put()
    await r.delivery.run_once()
    assert [m.tls for m in server.messages] == [False]


@pytest.fixture
def broken_tls(tmp_path):
    """A server TLS context that fails every client: it demands a client certificate."""
    cert, key = write_self_signed(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    context.verify_mode = ssl.CERT_REQUIRED
    return context


async def test_tls_on_falls_back_to_plain_when_starttls_fails(rig, downstream, broken_tls):
    server = downstream(tls_context=broken_tls)
    r = rig(server.route(tls="on"))
    r.put()
    await r.delivery.run_once()
    assert [m.tls for m in server.messages] == [False]
    assert len(r.queue) == 0


async def test_tls_required_when_starttls_fails_defers_with_a_clear_error(
    rig, downstream, broken_tls
):
    server = downstream(tls_context=broken_tls)
    r = rig(server.route(tls="required"))
    entry = r.put()
    await r.delivery.run_once()
    assert server.messages == []
    assert "STARTTLS failed" in r.queue.get(entry.id).last_error


# -- the queue changes under the delivery --------------------------------------


async def test_an_entry_removed_before_its_turn_is_not_delivered(rig, downstream):
    server = downstream()
    r = rig(server.route(), delivery_concurrency=1)
    first = r.put(["bob@org.test"], queue_id="00000000000A")  # ids fix the order of the pass
    second = r.put(["carol@org.test"], queue_id="00000000000B")
    server.hold()
    run = asyncio.create_task(r.delivery.run_once())
    await asyncio.to_thread(server.wait_held, 1)
    r.queue.remove(second.id)  # as `rempart queue remove` would, while the first is under way
    server.release()
    assert await run == 1
    assert [m.rcpt_tos for m in server.messages] == [["bob@org.test"]]
    assert first.id not in r.queue.ids()


async def test_an_entry_in_flight_is_not_attempted_twice(rig, downstream):
    server = downstream()
    r = rig(server.route())
    r.put()
    server.hold()
    run = asyncio.create_task(r.delivery.run_once())
    await asyncio.to_thread(server.wait_held, 1)
    assert await r.delivery.run_once() == 0
    server.release()
    assert await run == 1
    assert len(server.messages) == 1


async def test_no_more_attempts_in_flight_than_the_concurrency_setting(rig, downstream):
    server = downstream()
    r = rig(server.route(), delivery_concurrency=2)
    for _ in range(4):
        r.put()
    server.hold()
    run = asyncio.create_task(r.delivery.run_once())
    await asyncio.to_thread(server.wait_held, 2)
    await asyncio.sleep(0.2)  # room for a third, were the limit not kept
    assert server.held_count == 2
    server.release()
    assert await run == 4
    assert len(server.messages) == 4


# -- the background loop -----------------------------------------------------------


async def test_the_loop_delivers_a_message_as_soon_as_it_is_woken(rig, downstream):
    server = downstream()
    r = rig(server.route())
    r.delivery.rescan_interval = 3600  # only wake() can explain a prompt delivery
    await r.delivery.start()
    try:
        await asyncio.sleep(0)
        r.put()
        r.delivery.wake()
        await asyncio.to_thread(server.wait_for, 1)
    finally:
        await r.delivery.stop()
    assert len(server.messages) == 1


async def test_the_loop_notices_a_retry_made_by_another_process(rig, downstream):
    server = downstream()
    r = rig(server.route())
    entry = r.put()
    entry.next_attempt = r.clock() + 3600
    r.queue.save(entry)
    r.delivery.rescan_interval = 0.05
    await r.delivery.start()
    try:
        other_process = Queue(r.settings.queue_dir, fsync=False)
        other_process.retry_now(entry.id)
        await asyncio.to_thread(server.wait_for, 1)
    finally:
        await r.delivery.stop()
    assert len(r.queue) == 0


async def test_stop_abandons_an_attempt_that_does_not_finish_and_keeps_it_queued(rig, downstream):
    server = downstream()
    r = rig(server.route())
    r.delivery.stop_grace = 0.1
    entry = r.put()
    server.hold()
    await r.delivery.start()
    r.delivery.wake()
    await asyncio.to_thread(server.wait_held, 1)
    await r.delivery.stop()
    server.release()
    assert [x.address for x in r.queue.get(entry.id).pending] == ["bob@org.test"]
