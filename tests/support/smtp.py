"""A running SMTP gateway on a free loopback port, and clients to talk to it.

``smtp_gateway(snapshot=..., policy=..., **settings)`` starts an
:class:`~rempart.gateway.smtp.SMTPGateway` in its own thread and event loop
(so tests stay plain functions and can use smtplib, sockets and swaks), with
a fresh data folder, a queue and a quarantine, and a NullTracker. It is
stopped at the end of the test. Without a snapshot, ``example.test``
(organisation "Example") is accepted with the given policy.

Other parts (delivery, the store) can reuse it: pass your own Snapshot,
stages, resolver or antivirus.
"""

from __future__ import annotations

import asyncio
import shutil
import smtplib
import socket
import ssl
import subprocess
import threading
from pathlib import Path
from types import ModuleType

import pytest

from rempart.config import Settings
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY, Policy
from rempart.gateway.events import NullTracker
from rempart.gateway.queue import Queue
from rempart.gateway.routing import DomainConfig, Route, Snapshot
from rempart.gateway.smtp import SMTPGateway
from rempart.gateway.tls import ensure_self_signed

HOSTNAME = "mx.rempart.test"
SWAKS = shutil.which("swaks") or "/usr/bin/swaks"


def domain(name: str = "example.test", organisation: str = "Example", policy: Policy = DEFAULT_POLICY,
           recipients: set[str] | None = None, route: Route | None = None) -> DomainConfig:
    """A domain we accept; ``recipients`` limits it to those addresses."""
    return DomainConfig(name=name, organisation=organisation, route=route or Route("127.0.0.1", 2526),
                        policy=policy, recipients=frozenset(recipients) if recipients is not None else None)


def snapshot_of(*domains: DomainConfig) -> Snapshot:
    return Snapshot(domains={d.name: d for d in domains}, version="test")


def message(subject: str = "Hello", body: str = "Hi Bob,\r\nsee you.\r\n", sender: str = "alice@sender.test",
            to: str = "bob@example.test", headers: str = "") -> bytes:
    """A small RFC 5322 message with CRLF line ends; ``headers`` are extra lines ending in CRLF."""
    return (f"{headers}From: Alice <{sender}>\r\nTo: <{to}>\r\nSubject: {subject}\r\n"
            f"Message-ID: <{abs(hash(subject + body))}@sender.test>\r\n"
            f"Date: Mon, 02 Mar 2026 10:00:00 +0100\r\n\r\n{body}").encode()


class SnapshotSource:
    """What the runner gives the gateway: a callable returning the current snapshot.

    ``fail_with`` makes the next calls raise, as a broken store would.
    """

    def __init__(self, snapshot: Snapshot) -> None:
        self.current = snapshot
        self.fail_with: Exception | None = None

    def __call__(self) -> Snapshot:
        if self.fail_with is not None:
            raise self.fail_with
        return self.current


class RunningGateway:
    """An SMTPGateway serving from a background thread; ``stop()`` ends both."""

    def __init__(self, settings: Settings, snapshot: SnapshotSource, pipeline: Pipeline,
                 resolver=None, antivirus=None, senders=None) -> None:
        self.settings = settings
        self.senders = senders
        self.snapshot = snapshot
        self.queue = Queue(settings.queue_dir)
        self.quarantine = Queue(settings.quarantine_dir)
        self.tracker = NullTracker()
        self.queued_signals = 0
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="smtp-gateway", daemon=True)
        self.thread.start()
        self.gateway: SMTPGateway = self.run(self._make(pipeline, resolver, antivirus))
        self.run(self.gateway.start())
        self.host, self.port = "127.0.0.1", self.gateway.port

    async def _make(self, pipeline, resolver, antivirus) -> SMTPGateway:
        return SMTPGateway(self.settings, self.snapshot, self.queue, self.quarantine, self.tracker,
                           resolver=resolver, antivirus=antivirus, pipeline=pipeline, on_queued=self._queued,
                           senders=self.senders)

    def _queued(self) -> None:
        self.queued_signals += 1

    def run(self, coroutine, timeout: float = 30.0):
        """Run a coroutine on the gateway's loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def stop(self, grace: float = 2.0) -> None:
        if self.loop.is_closed():
            return
        try:
            self.run(self.gateway.stop(grace=grace))
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(10)
            self.loop.close()

    # -- clients ---------------------------------------------------------------

    def smtp(self, helo: str = "client.sender.test") -> smtplib.SMTP:
        client = smtplib.SMTP(self.host, self.port, local_hostname=helo, timeout=10)
        return client

    def raw(self) -> RawClient:
        return RawClient(self.host, self.port)

    def send(self, data: bytes | None = None, sender: str = "alice@sender.test",
             recipients: tuple[str, ...] = ("bob@example.test",)) -> tuple[int, bytes]:
        """Send one message with smtplib; returns the DATA reply (code, text), or the refusal."""
        with self.smtp() as client:
            client.ehlo()
            code, text = client.mail(sender)
            if code != 250:
                return code, text
            accepted = 0
            last = (0, b"")
            for rcpt in recipients:
                last = client.rcpt(rcpt)
                accepted += last[0] == 250
            if not accepted:
                return last
            return client.data(data if data is not None else message(to=recipients[0]))

    def swaks(self, *args: str) -> subprocess.CompletedProcess:
        """Run Debian's swaks against the gateway; returns the finished process."""
        return subprocess.run([SWAKS, "--server", self.host, "--port", str(self.port), "--helo", "swaks.sender.test",
                               "--timeout", "20", *args], capture_output=True, text=True, timeout=60)

    def queued(self) -> list[tuple[object, bytes]]:
        """(entry, message bytes) for everything in the delivery queue."""
        return [(entry, self.queue.message(entry.id)) for entry in self.queue.entries()]

    def quarantined(self) -> list[tuple[object, bytes]]:
        return [(entry, self.quarantine.message(entry.id)) for entry in self.quarantine.entries()]


class RawClient:
    """A bare socket speaking SMTP by hand, for pipelining and malformed input."""

    def __init__(self, host: str, port: int, timeout: float = 10.0) -> None:
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.buffer = b""

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def reply(self) -> str:
        """One whole reply (all its lines), as text; '' when the server closed the connection."""
        lines = []
        while True:
            line = self._line()
            if line is None:
                return "\n".join(lines)
            lines.append(line)
            if len(line) < 4 or line[3] != "-":
                return "\n".join(lines)

    def replies(self, count: int) -> list[str]:
        return [self.reply() for _ in range(count)]

    def closed(self) -> bool:
        """True once the server has closed (reads EOF), after any pending bytes."""
        try:
            while True:
                chunk = self.sock.recv(65536)
                if not chunk:
                    return True
                self.buffer += chunk
        except (ConnectionResetError, BrokenPipeError):
            return True
        except TimeoutError:
            return False

    def _line(self) -> str | None:
        while b"\n" not in self.buffer:
            try:
                chunk = self.sock.recv(65536)
            except ConnectionResetError:
                chunk = b""
            if not chunk:
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.rstrip(b"\r").decode("utf-8", "replace")

    def starttls(self, hostname: str = HOSTNAME) -> None:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        self.sock = context.wrap_socket(self.sock, server_hostname=hostname)

    def close(self) -> None:
        self.sock.close()


def settings_for(data_dir: Path, tls_files: tuple[Path, Path] | None, **overrides) -> Settings:
    cert, key = tls_files if tls_files else (None, None)
    values = dict(data_dir=data_dir, smtp_listen=("127.0.0.1", 0), hostname=HOSTNAME, tls_cert=cert,
                  tls_key=key, smtp_timeout=30.0, dns=("127.0.0.1", 9), dns_timeout=0.3)
    values.update(overrides)
    return Settings(**values)


@pytest.fixture(scope="session")
def smtp_tls_files(tmp_path_factory) -> tuple[Path, Path]:
    """One self-signed certificate for the whole run (making a key for each test is slow)."""
    return ensure_self_signed(tmp_path_factory.mktemp("tls"), HOSTNAME)


@pytest.fixture
def smtp_gateway(tmp_path, smtp_tls_files):
    """Factory: ``smtp_gateway(snapshot=None, policy=DEFAULT_POLICY, stages=None, resolver=None,
    antivirus=None, generate_tls=False, senders=None, **settings)`` returns a started RunningGateway.

    ``stages`` is a list of stage modules (default: every stage; with no
    resolver and no antivirus they answer temperror/none and never leave
    the machine);
    ``generate_tls`` leaves the certificate unconfigured so the gateway makes
    its own in the data folder; ``data_dir`` reuses a folder (a restart).
    """
    started: list[RunningGateway] = []

    def start(snapshot: Snapshot | None = None, policy: Policy = DEFAULT_POLICY,
              stages: list[ModuleType] | None = None, resolver=None, antivirus=None,
              generate_tls: bool = False, senders=None, **overrides) -> RunningGateway:
        data_dir = overrides.pop("data_dir", tmp_path / f"gateway{len(started)}")
        settings = settings_for(data_dir, None if generate_tls else smtp_tls_files, **overrides)
        source = SnapshotSource(snapshot or snapshot_of(domain(policy=policy)))
        pipeline = Pipeline(stages)
        running = RunningGateway(settings, source, pipeline, resolver=resolver, antivirus=antivirus, senders=senders)
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop()


@pytest.fixture
def gateway(smtp_gateway) -> RunningGateway:
    """A gateway accepting every address of example.test under the default policy."""
    return smtp_gateway()
