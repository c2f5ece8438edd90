"""Delivery: from the durable queue to the organisation's server, retries, bounces.

What is promised:

- Each pending recipient goes to its domain's route (the organisation's
  server); a recipient of a domain that is not ours (in practice a DSN going
  back to a sender) goes to ``Settings.relay`` when set, else to the MX of
  its domain found through the injected resolver.
- A 2xx is recorded on disk (``Queue.save``) before QUIT is even sent, so a
  crash can at worst deliver again the one transaction that was under way.
- A 4xx, a timeout or a server that cannot be reached leaves the recipient
  pending, retried after ``retry_base`` seconds, doubling up to
  ``retry_max`` (less up to 10% jitter so that retries after an outage do
  not all arrive at once). The last retry falls on ``queue_max_age`` after
  arrival; if it is deferred too, the recipient fails as expired (4.4.7).
- A 5xx fails the recipient. Failed recipients of one attempt produce one
  RFC 3464 DSN, queued as a new entry from the null sender, except when the
  original sender is null (a DSN about a DSN is never made) or the message
  was judged spam, bulk, phishing or malware: bouncing those would send
  backscatter to forged senders.
- TLS per route: ``off`` plain; ``on`` STARTTLS when offered, certificate
  not verified, plain text again if the TLS session fails (opportunistic,
  as RFC 7435 describes); ``required`` STARTTLS or the recipients are
  deferred with an error that says so.
- Never two attempts on one entry at once, at most
  ``Settings.delivery_concurrency`` in flight. The entry is re-read from disk
  just before each attempt, and the folder is looked at again every
  ``Delivery.rescan_interval`` seconds, so ``rempart queue remove``/``retry``
  run from another process take effect.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import os
import random
import ssl
import time
from contextlib import suppress
from dataclasses import dataclass, replace
from typing import Awaitable, Callable

import aiosmtplib
from aiosmtplib import SMTPException, SMTPResponseException

from rempart.config import Settings
from rempart.engine.context import Resolver
from rempart.gateway.dsn import build_dsn
from rempart.gateway.events import DeliveryAttempt, Tracker
from rempart.gateway.queue import (
    DELIVERED,
    FAILED,
    PENDING,
    NotQueued,
    Queue,
    QueueEntry,
    QueueError,
    Recipient,
)
from rempart.gateway.routing import Snapshot

log = logging.getLogger("rempart.delivery")

DEFERRED = "deferred"

NO_BACKSCATTER = frozenset({"spam", "bulk", "phishing", "malware"})
"""Verdicts whose failures are never bounced: their sender is likely forged."""

Results = dict[str, tuple[str, str]]
"""Per recipient address: (delivered | deferred | failed, the reply or error)."""


class Unreachable(Exception):
    """No mail transaction could start with a server (DNS, connect, greeting, EHLO, TLS).

    ``permanent`` marks the rare case where trying again cannot help (a null
    MX): the recipients fail instead of waiting. ``tls_failed`` says the
    server offered STARTTLS but the TLS session could not be set up.
    """

    def __init__(self, reason: str, permanent: bool = False, tls_failed: bool = False) -> None:
        super().__init__(reason)
        self.permanent = permanent
        self.tls_failed = tls_failed


@dataclass(frozen=True)
class Destination:
    """Where a group of recipients is sent: a fixed server, or the MX of a domain."""

    host: str  # server name or address; for ``mx``, the domain to look up
    port: int
    tls: str = "on"  # off | on | required
    mx: bool = False

    def __str__(self) -> str:
        return f"MX of {self.host}" if self.mx else f"{self.host}:{self.port}"


def retry_delay(attempts: int, base: float, cap: float, jitter: float = 0.0) -> float:
    """Seconds to wait after the ``attempts``-th failed try: base, 2·base, 4·base… up to cap.

    ``jitter`` in [0, 1) takes up to 10% off, so the delay never exceeds ``cap``.
    """
    delay = min(cap, base * 2 ** min(max(attempts - 1, 0), 40))
    return delay * (1 - 0.1 * jitter)


def _outcome(code: int, text: str) -> tuple[str, str]:
    reply = f"{code} {' '.join(text.split())}".strip()
    if 200 <= code < 300:
        return DELIVERED, reply
    if 500 <= code < 600:
        return FAILED, reply
    return DEFERRED, reply


def _describe(exc: BaseException) -> str:
    """A short reason for a log line and ``last_error``: "Connection refused", "timed out"."""
    if isinstance(exc, SMTPResponseException):
        return _outcome(exc.code, exc.message)[1]
    if isinstance(exc, TimeoutError):
        return "timed out"
    for cause in (exc, exc.__cause__):  # aiosmtplib wraps the socket error
        if isinstance(cause, OSError) and cause.errno:
            return os.strerror(cause.errno)
    return str(exc) or type(exc).__name__


_TLS_CONTEXT: ssl.SSLContext | None = None


def _opportunistic_tls() -> ssl.SSLContext:
    """Encrypt without checking the certificate: better than plain, and never blocks mail."""
    global _TLS_CONTEXT
    if _TLS_CONTEXT is None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        _TLS_CONTEXT = context
    return _TLS_CONTEXT


async def _open(
    host: str, port: int, tls: str, server_name: str, local_hostname: str, timeout: float
) -> aiosmtplib.SMTP:
    """Connect, EHLO and (per ``tls``) STARTTLS; raises Unreachable with a readable reason."""
    smtp = aiosmtplib.SMTP(
        hostname=host,
        port=port,
        local_hostname=local_hostname,
        timeout=timeout,
        start_tls=False,
        validate_certs=False,
    )
    try:
        await smtp.connect()
        await _hello(smtp)
        if tls != "off":
            if smtp.supports_extension("starttls"):
                await _starttls(smtp, host, port, server_name)
            elif tls == "required":
                raise Unreachable(f"TLS is required but {host}:{port} does not offer STARTTLS")
    except Unreachable:
        smtp.close()
        raise
    except Exception as exc:
        smtp.close()
        if not isinstance(exc, (SMTPException, OSError, TimeoutError)):
            log.exception("delivery: unexpected error talking to %s:%d", host, port)
        raise Unreachable(f"{host}:{port}: {_describe(exc)}") from exc
    return smtp


async def _starttls(smtp: aiosmtplib.SMTP, host: str, port: int, server_name: str) -> None:
    try:
        await smtp.starttls(server_hostname=server_name, tls_context=_opportunistic_tls())
        await _hello(smtp)  # a server that dislikes our TLS often only says so here
    except (SMTPException, OSError, TimeoutError) as exc:
        reason = f"{host}:{port}: STARTTLS failed: {_describe(exc)}"
        raise Unreachable(reason, tls_failed=True) from exc


async def _hello(smtp: aiosmtplib.SMTP) -> None:
    try:
        await smtp.ehlo()
    except aiosmtplib.SMTPHeloError:
        await smtp.helo()


async def _transact(
    smtp: aiosmtplib.SMTP, mail_from: str, recipients: list[str], message: bytes, results: Results
) -> None:
    """MAIL, RCPT each, DATA; fills ``results`` as answers arrive (so a drop keeps them)."""
    options: list[bytes] = []
    encoding = "ascii"
    if not (mail_from + "".join(recipients)).isascii():
        if not smtp.supports_extension("smtputf8"):
            reply = "553 5.6.7 non-ASCII address and the server does not support SMTPUTF8"
            results.update({r: (FAILED, reply) for r in recipients})
            return
        options.append(b"SMTPUTF8")
        encoding = "utf-8"
    if not message.isascii() and smtp.supports_extension("8bitmime"):
        options.append(b"BODY=8BITMIME")
    answer = await smtp.execute_command(
        b"MAIL", b"FROM:<" + mail_from.encode(encoding) + b">", *options
    )
    if answer.code != 250:
        results.update({r: _outcome(answer.code, answer.message) for r in recipients})
        return
    accepted = []
    for address in recipients:
        answer = await smtp.execute_command(b"RCPT", b"TO:<" + address.encode(encoding) + b">")
        if answer.code in (250, 251):
            accepted.append(address)
        else:
            results[address] = _outcome(answer.code, answer.message)
    if not accepted:
        with suppress(SMTPException, OSError, TimeoutError):
            await smtp.rset()
        return
    try:
        answer = await smtp.data(message)
    except aiosmtplib.SMTPDataError as exc:
        answer = exc
    results.update({r: _outcome(answer.code, answer.message) for r in accepted})


class Delivery:
    """The delivery loop of one gateway process; see the module docstring."""

    rescan_interval: float = 5.0
    """Seconds between two looks at the queue folder when nothing wakes the loop."""
    stop_grace: float = 5.0
    """Seconds :meth:`stop` lets in-flight attempts finish before abandoning them."""
    mx_port: int = 25
    """Port of servers found through MX records (tests point it at loopback)."""

    def __init__(
        self,
        settings: Settings,
        snapshot: Callable[[], Snapshot],
        queue: Queue,
        tracker: Tracker,
        resolver: Resolver | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self.snapshot = snapshot
        self.queue = queue
        self.tracker = tracker
        self.resolver = resolver
        self.clock = clock
        self._concurrency = max(1, settings.delivery_concurrency)
        self._slots = asyncio.Semaphore(self._concurrency)
        self._in_flight: dict[str, asyncio.Task[int]] = {}
        self._backlog: collections.deque[str] = collections.deque()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping = False

    # -- the loop ------------------------------------------------------------

    async def start(self) -> None:
        """Run the delivery loop in the background until :meth:`stop`."""
        if self._task is not None:
            return
        self._loop = asyncio.get_running_loop()
        self._stopping = False
        self._task = asyncio.create_task(self._run(), name="rempart-delivery")

    async def stop(self) -> None:
        """Stop looking; give attempts under way ``stop_grace`` seconds, then abandon them.

        An abandoned attempt keeps its entry queued: what was answered before
        is on disk, the rest is tried again at the next start.
        """
        self._stopping = True
        self._backlog.clear()
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        tasks = list(self._in_flight.values())
        if tasks:
            _, late = await asyncio.wait(tasks, timeout=self.stop_grace)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)

    def wake(self) -> None:
        """A message was queued: look at the queue now rather than at the next rescan.

        Safe to call from another thread than the loop's.
        """
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            same_loop = asyncio.get_running_loop() is loop
        except RuntimeError:
            same_loop = False
        if same_loop:
            self._wake.set()
        else:
            loop.call_soon_threadsafe(self._wake.set)

    async def run_once(self) -> int:
        """One pass over the entries due now; returns how many entries were attempted.

        Waits for the attempts to end. An entry already in flight, removed,
        or no longer due when re-read is not counted.
        """
        due = await asyncio.to_thread(self.queue.due, self.clock())
        tasks = [self._launch(entry.id) for entry in due if entry.id not in self._in_flight]
        results = await asyncio.gather(*tasks, return_exceptions=True)
        return sum(r for r in results if isinstance(r, int))  # failures are logged by _launch

    async def _run(self) -> None:
        while not self._stopping:
            self._wake.clear()
            try:
                delay = await self._dispatch()
            except Exception:
                log.exception("delivery: cannot read the queue")
                delay = self.rescan_interval
            with suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), delay)

    async def _dispatch(self) -> float:
        """Launch what is due (up to the concurrency limit); return seconds until the next look."""
        delay = self.rescan_interval
        if not self._backlog:
            entries = await asyncio.to_thread(self.queue.entries)
            now = self.clock()
            for entry in entries:
                if entry.done or entry.id in self._in_flight:
                    continue
                if entry.next_attempt <= now:
                    self._backlog.append(entry.id)
                else:
                    delay = min(delay, entry.next_attempt - now)
        self._fill()
        return max(delay, 0.0)

    def _fill(self) -> None:
        while self._backlog and len(self._in_flight) < self._concurrency:
            queue_id = self._backlog.popleft()
            if queue_id not in self._in_flight:
                self._launch(queue_id)

    def _launch(self, queue_id: str) -> asyncio.Task[int]:
        task = asyncio.create_task(self._attempt(queue_id), name=f"deliver-{queue_id}")
        self._in_flight[queue_id] = task

        def done(finished: asyncio.Task[int]) -> None:
            self._in_flight.pop(queue_id, None)
            if not finished.cancelled() and finished.exception() is not None:
                log.error(
                    "delivery %s failed unexpectedly", queue_id, exc_info=finished.exception()
                )
            if self._stopping or not self._backlog:
                return
            self._fill()
            if not self._backlog:
                self._wake.set()  # backlog drained: look again for what became due

        task.add_done_callback(done)
        return task

    # -- one attempt ---------------------------------------------------------

    async def _attempt(self, queue_id: str) -> int:
        async with self._slots:
            try:
                entry = await asyncio.to_thread(self.queue.get, queue_id)
                message = await asyncio.to_thread(self.queue.message, queue_id)
            except NotQueued:
                return 0  # removed meanwhile (rempart queue remove, or delivered)
            except (ValueError, KeyError, TypeError):
                log.error("delivery: %s has unreadable state, left for `rempart queue`", queue_id)
                return 0
            now = self.clock()
            if entry.done or entry.next_attempt > now:
                return 0
            try:
                await self._deliver(entry, message, now)
            except NotQueued:
                log.info("delivery: %s was removed from the queue during its delivery", queue_id)
            return 1

    async def _deliver(self, entry: QueueEntry, message: bytes, now: float) -> None:
        failed_now: list[Recipient] = []  # failed in this attempt, sender not yet told
        snapshot = self.snapshot()
        groups: dict[Destination, list[str]] = {}
        for rcpt in entry.pending:
            addresses = groups.setdefault(self._destination(snapshot, rcpt.address), [])
            if rcpt.address not in addresses:
                addresses.append(rcpt.address)
        for destination, addresses in groups.items():

            async def record(results: Results, server: str) -> None:
                self._apply(entry, results, failed_now, server, now)
                if any(status == DELIVERED for status, _ in results.values()):
                    await self._persist(entry, holding=failed_now)

            await self._send(destination, entry.mail_from, addresses, message, record)
        await self._finish(entry, message, failed_now, now)

    def _destination(self, snapshot: Snapshot, address: str) -> Destination:
        domain = snapshot.domain_for(address)
        if domain is not None:
            route = domain.route
            return Destination(route.host, route.port, route.tls)
        if self.settings.relay is not None:
            host, port = self.settings.relay
            return Destination(host, port, "on")
        return Destination(
            address.rpartition("@")[2].lower().rstrip("."), self.mx_port, "on", mx=True
        )

    async def _send(
        self,
        destination: Destination,
        mail_from: str,
        addresses: list[str],
        message: bytes,
        record: Callable[[Results, str], Awaitable[None]],
    ) -> None:
        """One transaction with the first server of ``destination`` that answers.

        ``record`` is awaited once, as soon as the outcome is known and before
        QUIT, so that deliveries are on disk before anything else can go wrong.
        """
        results: Results = {}
        error = f"{destination}: no server to try"
        try:
            servers = await self._servers(destination)
        except Unreachable as exc:
            status = FAILED if exc.permanent else DEFERRED
            await record({a: (status, str(exc)) for a in addresses}, str(destination))
            return
        for host, port, server_name in servers:
            try:
                smtp = await self._connect(host, port, server_name, destination.tls)
            except Unreachable as exc:
                error = str(exc)
                continue
            try:
                try:
                    await _transact(smtp, mail_from, addresses, message, results)
                except Exception as exc:
                    if not isinstance(exc, (SMTPException, OSError, TimeoutError)):
                        log.exception("delivery: unexpected error talking to %s:%d", host, port)
                    lost = f"{host}:{port}: {_describe(exc)}"
                    results.update({a: (DEFERRED, lost) for a in addresses if a not in results})
                await record(results, f"{host}:{port}")
                with suppress(SMTPException, OSError, TimeoutError):
                    await smtp.quit()
            finally:
                smtp.close()
            return
        await record({a: (DEFERRED, error) for a in addresses}, str(destination))

    async def _connect(self, host: str, port: int, server_name: str, tls: str) -> aiosmtplib.SMTP:
        """An open session; with ``tls=on``, a failed STARTTLS falls back to plain text.

        Opportunistic TLS must never stop mail that plain text would carry
        (RFC 7435): an old server whose TLS we cannot speak still gets it.
        """
        open_with = (self.settings.hostname, self.settings.delivery_timeout)
        try:
            return await _open(host, port, tls, server_name, *open_with)
        except Unreachable as exc:
            if not (exc.tls_failed and tls == "on"):
                raise
            log.warning("delivery: %s; trying again without TLS", exc)
        return await _open(host, port, "off", server_name, *open_with)

    async def _servers(self, destination: Destination) -> list[tuple[str, int, str]]:
        """(address to connect to, port, name for TLS) in the order to try them."""
        if not destination.mx:
            return [(destination.host, destination.port, destination.host)]
        domain = destination.host
        if self.resolver is None:
            raise Unreachable(
                f"{domain} is not one of our domains and there is no relay"
                " or DNS resolver to reach it"
            )
        try:
            records = sorted(await self.resolver.mx(domain))
        except Exception as exc:
            raise Unreachable(f"MX lookup for {domain} failed: {exc}") from exc
        hosts = [host.rstrip(".").lower() for _, host in records]
        if hosts == [""]:
            raise Unreachable(f"556 5.1.10 {domain} accepts no mail (null MX)", permanent=True)
        servers: list[tuple[str, int, str]] = []
        lookup_failed = ""
        for host in [h for h in hosts if h] or [domain]:  # no MX: the domain itself (RFC 5321 5.1)
            for lookup in (self.resolver.a, self.resolver.aaaa):
                try:
                    servers += [(ip, destination.port, host) for ip in await lookup(host)]
                except Exception as exc:
                    lookup_failed = str(exc)
        if not servers and lookup_failed:
            raise Unreachable(
                f"address lookup for the mail servers of {domain} failed: {lookup_failed}"
            )
        if not servers:
            # DNS answered: the names do not exist or have no address. Waiting days will not help.
            raise Unreachable(f"550 5.1.2 no mail server found for {domain}", permanent=True)
        return servers

    def _apply(
        self,
        entry: QueueEntry,
        results: Results,
        failed_now: list[Recipient],
        server: str,
        now: float,
    ) -> None:
        for rcpt in entry.pending:
            if rcpt.address not in results:
                continue
            status, reply = results[rcpt.address]
            rcpt.attempts += 1
            rcpt.last_reply = reply
            if status == DELIVERED:
                rcpt.status = DELIVERED
            elif status == FAILED:
                rcpt.status = FAILED
                failed_now.append(rcpt)
            else:
                entry.last_error = reply
        outcomes: dict[tuple[str, str], list[str]] = {}
        for address, outcome in results.items():
            outcomes.setdefault(outcome, []).append(address)
        for (status, reply), addresses in outcomes.items():
            self._track(entry.id, now, addresses, server, status, reply)
        summary = "; ".join(
            f"{status} {', '.join(f'<{a}>' for a in addresses)} ({reply})"
            for (status, reply), addresses in outcomes.items()
        )
        log.info("delivery %s to %s: %s", entry.id, server, summary)

    async def _finish(
        self, entry: QueueEntry, message: bytes, failed_now: list[Recipient], now: float
    ) -> None:
        """Schedule the next try or expire, bounce what failed, and save (last)."""
        expired: list[Recipient] = []
        if entry.pending:
            entry.attempts += 1
            deadline = entry.received_at + self.settings.queue_max_age
            if now >= deadline:
                expired = entry.pending
                for rcpt in expired:
                    rcpt.status = FAILED
                failed_now.extend(expired)
                self._track(
                    entry.id, now, [r.address for r in expired], "", "expired", entry.last_error
                )
                log.info(
                    "delivery %s expired for %s after %d attempts",
                    entry.id,
                    ", ".join(r.address for r in expired),
                    entry.attempts,
                )
            else:
                delay = retry_delay(
                    entry.attempts,
                    self.settings.retry_base,
                    self.settings.retry_max,
                    random.random(),
                )
                entry.next_attempt = min(now + delay, deadline)
        if entry.done and not failed_now:
            return  # every recipient delivered: the last save already took it out of the queue
        holding: list[Recipient] = []
        if failed_now and self._dsn_wanted(entry):
            try:
                await self._bounce(entry, message, failed_now, bool(expired), now)
            except QueueError as exc:
                # Keep them pending: they are tried (and bounced) again later.
                log.error("delivery %s: cannot queue the DSN: %s", entry.id, exc)
                holding = failed_now
        await self._persist(entry, holding=holding)

    def _dsn_wanted(self, entry: QueueEntry) -> bool:
        if not entry.mail_from or "dsn_for" in entry.extra:
            return False
        if entry.verdict in NO_BACKSCATTER:
            log.info("delivery %s: no DSN for a message judged %s", entry.id, entry.verdict)
            return False
        return True

    async def _bounce(
        self, entry: QueueEntry, message: bytes, failed: list[Recipient], expired: bool, now: float
    ) -> None:
        if expired:
            days = self.settings.queue_max_age / 86400
            reason = (
                "The recipient's server could not be reached, or kept deferring"
                f" the message, for {days:g} days."
            )
        else:
            reason = "The recipient's server refused the message."
        dsn = build_dsn(entry, failed, self.settings.hostname, message, reason, now=now)
        bounce = await asyncio.to_thread(
            self.queue.put, dsn, "", [entry.mail_from], extra={"dsn_for": entry.id}
        )
        entry.dsn_sent = True
        self._track(
            entry.id,
            now,
            [r.address for r in failed],
            "",
            "bounced",
            f"DSN {bounce.id} to <{entry.mail_from}>",
        )
        log.info("delivery %s: DSN %s queued to <%s>", entry.id, bounce.id, entry.mail_from)
        self.wake()

    async def _persist(self, entry: QueueEntry, holding: list[Recipient]) -> None:
        """Save the entry, showing ``holding`` recipients as still pending on disk.

        Used between the downstream's answer and the DSN: the deliveries are
        recorded at once, while a failure is only recorded once its DSN is
        queued, so a crash in between repeats the failure (and its bounce)
        rather than losing the bounce. Raises NotQueued if the entry was removed.
        """
        if holding:
            held = {id(r) for r in holding}
            entry = replace(
                entry,
                recipients=[
                    replace(r, status=PENDING) if id(r) in held else r for r in entry.recipients
                ],
            )
        await asyncio.to_thread(self.queue.save, entry)

    def _track(
        self,
        queue_id: str,
        when: float,
        recipients: list[str],
        server: str,
        status: str,
        reply: str,
    ) -> None:
        try:
            self.tracker.delivery(
                DeliveryAttempt(queue_id, when, recipients, server, status, reply)
            )
        except Exception:
            log.exception("delivery %s: the tracker failed", queue_id)
