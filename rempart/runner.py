"""``rempart serve`` and ``rempart gateway``: start the parts, stop them cleanly.

One asyncio loop carries the SMTP gateway, delivery, the policy refresher
and (for serve) the web server; Huey's consumer runs in threads beside it.
SIGTERM or SIGINT stops reception first, then delivery, so nothing that was
answered 250 is left half-done.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time

from rempart.config import Settings
from rempart.gateway.routing import Snapshot

log = logging.getLogger("rempart")

# Seconds between reads of new tracking rows for the known senders (the gateway adds its own at once).
SENDERS_REFRESH = 60.0


class SnapshotHolder:
    """The current compiled snapshot, recompiled in a thread when the store changes.

    The gateway calls the holder for every message: it returns an object
    already in memory, so no message waits on the database.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.current = Snapshot()
        self._version: str | None = None

    def __call__(self) -> Snapshot:
        return self.current

    def refresh(self) -> bool:
        from rempart.policies.snapshot import compile_snapshot, snapshot_version

        version = snapshot_version()
        if version == self._version:
            return False
        snapshot = compile_snapshot()
        self.current, self._version = snapshot, version
        log.info("policy snapshot loaded: %d domain(s)", len(snapshot.domains))
        return True

    async def run(self) -> None:
        while True:
            await asyncio.sleep(self.settings.snapshot_refresh)
            try:
                await asyncio.to_thread(self.refresh)
            except Exception:  # keep the last good snapshot
                log.exception("policy snapshot refresh failed; keeping the previous one")


class _EmbeddedWebServer:
    """uvicorn inside our loop, without it taking over the process's signals."""

    def __init__(self, settings: Settings) -> None:
        import uvicorn

        class Server(uvicorn.Server):
            @contextlib.contextmanager
            def capture_signals(self):
                yield

        host, port = settings.web_listen
        config = uvicorn.Config("rempart.web.asgi:application", host=host, port=port,
                                lifespan="off", log_level="warning", access_log=False)
        self.server = Server(config)
        self.task: asyncio.Task | None = None

    async def start(self) -> None:
        self.task = asyncio.create_task(self.server.serve())
        while not self.server.started:
            if self.task.done():
                self.task.result()  # raises the bind error
                raise RuntimeError("web server stopped at start")
            await asyncio.sleep(0.05)

    async def stop(self) -> None:
        self.server.should_exit = True
        if self.task:
            await asyncio.wait_for(self.task, timeout=10)


def _start_jobs():
    from huey.contrib.djhuey import HUEY

    import rempart.jobs  # noqa: F401  (registers the tasks)

    consumer = HUEY.create_consumer(workers=2, worker_type="thread", periodic=True)
    consumer._set_signal_handlers = lambda: None  # the runner owns the signals
    consumer.start()
    return consumer


async def _watch_antivirus(settings: Settings, problem: str | None, every: float = 30.0) -> None:
    """Re-check clamd, and say so when it goes down or comes back."""
    from rempart.engine.clamd import antivirus_status
    from rempart.gateway import status

    if not settings.clamd:
        return
    while True:
        await asyncio.sleep(every)
        now = await antivirus_status(settings.clamd)
        if now != problem:
            if now:
                log.warning("!!! ANTIVIRUS UNAVAILABLE: %s !!!", now)
            else:
                log.info("antivirus is back")
            status.record(settings, antivirus=now)
            problem = now


def gateway(settings: Settings) -> int:
    return asyncio.run(_run(settings, web=False, jobs=False))


def serve(settings: Settings) -> int:
    return asyncio.run(_run(settings, web=True, jobs=True))


async def _run(settings: Settings, web: bool, jobs: bool) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from rempart.web import setup

    await asyncio.to_thread(setup, settings)
    from rempart.engine.clamd import antivirus_status, build_antivirus
    from rempart.engine.dns import build_resolver
    from rempart.gateway import status
    from rempart.gateway.delivery import Delivery
    from rempart.gateway.queue import Queue
    from rempart.gateway.senders import KnownSenders
    from rempart.gateway.smtp import SMTPGateway
    from rempart.tracking.recorder import DatabaseTracker
    from rempart.tracking.senders import SenderHistory

    queue = Queue(settings.queue_dir)
    found = queue.recover()
    log.info("queue: %(queued)d message(s) waiting, %(orphans_removed)d unacknowledged removed, "
             "%(corrupt)d corrupt set aside", found)
    quarantine = Queue(settings.quarantine_dir)
    quarantine.recover()

    snapshot = SnapshotHolder(settings)
    await asyncio.to_thread(snapshot.refresh)
    if not snapshot.current.domains:
        log.warning("no domain is configured: all mail will be refused. "
                    "Add one with: rempart domain add DOMAIN --route HOST:PORT")

    senders, history = KnownSenders(), SenderHistory()

    resolver = build_resolver(settings)
    antivirus = build_antivirus(settings)
    problem = await antivirus_status(settings.clamd) if settings.clamd else "no clamd configured (REMPART_CLAMD)"
    status.record(settings, antivirus=problem)
    if not settings.clamd:
        log.warning("!!! NO ANTIVIRUS: REMPART_CLAMD is not set, so mail is not scanned by clamd "
                    "(only the built-in checks run) !!!")
    elif problem:
        log.warning("!!! ANTIVIRUS UNAVAILABLE: %s — until it is back, mail is tempfailed (4xx), "
                    "or accepted with a warning where an organisation's policy says so !!!", problem)

    tracker = DatabaseTracker()
    delivery = Delivery(settings, snapshot, queue, tracker, resolver=resolver)
    smtp = SMTPGateway(settings, snapshot, queue, quarantine, tracker, resolver=resolver,
                       antivirus=antivirus, on_queued=delivery.wake, senders=senders)
    consumer = _start_jobs() if jobs else None
    web_server = _EmbeddedWebServer(settings) if web else None

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)

    refresher = asyncio.create_task(snapshot.run())
    watcher = asyncio.create_task(_watch_antivirus(settings, problem))
    sender_reader = asyncio.create_task(senders.follow(history.read, every=SENDERS_REFRESH))
    started = time.monotonic()
    try:
        await delivery.start()
        await smtp.start()
        log.info("SMTP gateway listening on %s:%d", settings.smtp_listen[0], smtp.port)
        if web_server:
            await web_server.start()
            log.info("web console on http://%s:%d/", *settings.web_listen)
        log.info("Rempart ready in %.1f s", time.monotonic() - started)
        await stop.wait()
        log.info("stopping")
    finally:
        refresher.cancel()
        watcher.cancel()
        sender_reader.cancel()
        await smtp.stop()
        await delivery.stop()
        if web_server:
            await web_server.stop()
        if consumer:
            await asyncio.to_thread(consumer.stop, True)
        await asyncio.to_thread(tracker.close)
    log.info("stopped")
    return 0
