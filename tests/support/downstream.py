"""A real receiving SMTP server on loopback, standing for the organisation's server.

The gateway delivers to it over real TCP with real SMTP (aiosmtpd), so the
delivery tests exercise the same code paths as production. It runs its own
event loop in a background thread, which lets both sync tests and async tests
(and a gateway running in a subprocess) talk to it.

Use the function-scoped factory fixture ``downstream``::

    def test_something(downstream):
        server = downstream()                 # plain SMTP on 127.0.0.1, free port
        tls_server = downstream(starttls=True)  # offers STARTTLS, self-signed cert
        route = server.route(tls="off")       # a rempart Route pointing at it

        server.messages                       # [Received(mail_from, rcpt_tos, data, tls)]
        server.wait_for(1, timeout=10)        # block until one message arrived (sync)
        await asyncio.to_thread(server.wait_for, 1)  # same, from an async test

        server.refuse("451 4.3.0 Try later")                  # every RCPT answered so
        server.refuse("550 5.1.1 No such user", "bob@x.org")  # one recipient only
        server.refuse_data("554 5.6.0 Rejected")              # the end of DATA
        server.accept_all()                                   # back to 250 for all

        server.stop(); server.start()         # down, then up again on the same port

        server.hold()                         # every DATA now waits...
        server.wait_held(1, timeout=10)       # ...(block until one is waiting;
                                              #    server.held_count says how many)...
        server.release()                      # ...until released

Every server the factory made is stopped at the end of the test. Replies are
full SMTP reply lines ("550 5.1.1 text"). The null sender is recorded as
"" (aiosmtpd itself reports it as "<>"). Received data is the message as
the server got it (CRLF line endings, dot-unstuffed).

To use it from another test package, list ``"tests.support.downstream"`` in
``pytest_plugins`` of ``tests/conftest.py`` (or pass ``-p tests.support.downstream``).
"""

from __future__ import annotations

import asyncio
import datetime
import ssl
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session

from rempart.gateway.routing import Route

HOLD_LIMIT = 30.0
"""A held DATA is released after this many seconds even if the test forgets."""


@dataclass
class Received:
    """One message the downstream server accepted."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    tls: bool
    peer: tuple = field(default_factory=tuple)


def write_self_signed(directory: Path, hostname: str = "downstream.test") -> tuple[Path, Path]:
    """Write a throwaway certificate and key (EC, one day) and return their paths."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(hostname)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "downstream.crt", directory / "downstream.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class _Handler:
    """aiosmtpd hooks: answer as the test asked, record what was accepted."""

    def __init__(self, owner: Downstream) -> None:
        self.owner = owner

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list
    ) -> str:
        reply = self.owner._rcpt_reply(address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        owner = self.owner
        if owner._holding.is_set():
            with owner._hold_changed:
                owner._held_count += 1
                owner._hold_changed.notify_all()
            owner.held.set()
            try:
                await asyncio.to_thread(owner._released.wait, HOLD_LIMIT)
            finally:
                with owner._hold_changed:
                    owner._held_count -= 1
        if owner._data_reply:
            return owner._data_reply
        data = envelope.original_content or envelope.content or b""
        if isinstance(data, str):
            data = data.encode()
        owner._record(
            Received(
                mail_from="" if envelope.mail_from in (None, "<>") else envelope.mail_from,
                rcpt_tos=list(envelope.rcpt_tos),
                data=bytes(data),
                tls=session.ssl is not None,
                peer=tuple(session.peer or ()),
            )
        )
        return f"250 2.0.0 OK queued as D{len(owner.messages)}"


class Downstream:
    """One receiving SMTP server; see the module docstring."""

    def __init__(
        self, *, host: str = "127.0.0.1", port: int = 0, tls_context: ssl.SSLContext | None = None
    ) -> None:
        self.host = host
        self.port = port
        self.tls_context = tls_context
        self.held = threading.Event()
        self._holding = threading.Event()
        self._released = threading.Event()
        self._hold_changed = threading.Condition()
        self._held_count = 0
        self._data_reply = ""
        self._rcpt_replies: dict[str | None, str] = {}
        self._messages: list[Received] = []
        self._arrived = threading.Condition()
        self._sessions: set[SMTP] = set()
        self._server: asyncio.AbstractServer | None = None
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="downstream", daemon=True
        )
        self._thread.start()

    # -- life cycle ----------------------------------------------------------

    def start(self) -> Downstream:
        """Listen (again); the first start picks a free port, later ones reuse it."""
        if self._server is None:
            self._server = self._call(self._listen())
            self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def _listen(self) -> asyncio.AbstractServer:
        return await self._loop.create_server(
            self._new_session, self.host, self.port, reuse_address=True
        )

    def _new_session(self) -> SMTP:
        session = SMTP(
            _Handler(self),
            hostname="downstream.test",
            tls_context=self.tls_context,
            enable_SMTPUTF8=True,
            loop=self._loop,
        )
        self._sessions.add(session)
        return session

    def stop(self) -> None:
        """Stop listening and drop open connections, like a server going down."""
        if self._server is None:
            return
        server, self._server = self._server, None
        self._release_hold()

        async def close() -> None:
            server.close()
            for session in list(self._sessions):
                if session.transport is not None:
                    session.transport.close()
            self._sessions.clear()
            await server.wait_closed()

        self._call(close())

    def close(self) -> None:
        """Stop the server and its thread; the object cannot be started again."""
        self.stop()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    def _call(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)

    # -- what it answers -----------------------------------------------------

    def refuse(self, reply: str, recipient: str | None = None) -> None:
        """Answer RCPT with ``reply`` for this recipient (or for all when None)."""
        self._rcpt_replies[recipient.lower() if recipient else None] = reply

    def refuse_data(self, reply: str) -> None:
        """Answer the end of DATA with ``reply`` (nothing is recorded)."""
        self._data_reply = reply

    def accept_all(self) -> None:
        self._rcpt_replies.clear()
        self._data_reply = ""

    def _rcpt_reply(self, address: str) -> str:
        return self._rcpt_replies.get(address.lower()) or self._rcpt_replies.get(None, "")

    def hold(self) -> None:
        """Make every DATA wait for :meth:`release`; ``held`` is set once one waits."""
        self.held.clear()
        self._released.clear()
        self._holding.set()

    def release(self) -> None:
        self._release_hold()

    @property
    def held_count(self) -> int:
        """How many DATA commands are waiting right now."""
        with self._hold_changed:
            return self._held_count

    def wait_held(self, count: int = 1, timeout: float = 10.0) -> None:
        """Block until ``count`` DATA commands are held; raises TimeoutError otherwise."""
        with self._hold_changed:
            if not self._hold_changed.wait_for(lambda: self._held_count >= count, timeout):
                raise TimeoutError(f"{self._held_count} of {count} deliveries held")

    def _release_hold(self) -> None:
        self._holding.clear()
        self._released.set()

    # -- what it received ----------------------------------------------------

    def _record(self, message: Received) -> None:
        with self._arrived:
            self._messages.append(message)
            self._arrived.notify_all()

    @property
    def messages(self) -> list[Received]:
        with self._arrived:
            return list(self._messages)

    def wait_for(self, count: int = 1, timeout: float = 10.0) -> list[Received]:
        """Block until ``count`` messages arrived; raises TimeoutError otherwise."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self._messages) >= count, timeout):
                raise TimeoutError(f"downstream got {len(self._messages)} of {count} messages")
            return list(self._messages)

    def route(self, tls: str = "off") -> Route:
        return Route(host=self.host, port=self.port, tls=tls)

    @property
    def address(self) -> tuple[str, int]:
        return self.host, self.port


@pytest.fixture(scope="session")
def downstream_tls_context(tmp_path_factory: pytest.TempPathFactory) -> ssl.SSLContext:
    """A server-side TLS context with a throwaway self-signed certificate."""
    cert, key = write_self_signed(tmp_path_factory.mktemp("downstream-tls"))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


@pytest.fixture
def downstream(request: pytest.FixtureRequest) -> Iterator[Callable[..., Downstream]]:
    """Factory: ``downstream(starttls=False, port=0, tls_context=None)`` returns a started server.

    ``tls_context`` replaces the throwaway one (to offer a STARTTLS that fails, say).
    """
    made: list[Downstream] = []

    def make(
        *, starttls: bool = False, port: int = 0, tls_context: ssl.SSLContext | None = None
    ) -> Downstream:
        context = tls_context
        if starttls and context is None:
            context = request.getfixturevalue("downstream_tls_context")
        server = Downstream(port=port, tls_context=context)
        made.append(server)
        return server.start()

    yield make
    for server in made:
        server.close()
