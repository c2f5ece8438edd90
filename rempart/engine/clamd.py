"""An asyncio client for ClamAV's clamd, the antivirus the engine is given.

Why a daemon and not libclamav in the gateway: the official database takes
hundreds of megabytes and many seconds to load; one clamd serves every
gateway process and reloads signatures on its own.

The protocol (clamd(8)): a command prefixed with ``z`` ends with a NUL, and
so does the reply. ``INSTREAM`` sends the data as chunks (a 4-byte
big-endian length, then the bytes) ended by an empty chunk; clamd answers
``stream: OK``, ``stream: <signature> FOUND`` or ``<reason> ERROR``. Data
longer than clamd's ``StreamMaxLength`` is refused with ``INSTREAM size limit
exceeded. ERROR`` and the connection closed, often while we are still
sending; we then still read the reply that says why.

One connection per command: clamd handles each connection in a thread of its
pool, connecting over loopback or a unix socket costs microseconds, and no
connection state can go stale between messages.

Every failure to get an answer (nothing listening, a timeout, clamd saying
ERROR) raises :class:`AntivirusUnavailable`, so the caller has exactly one
case to decide on (the policy's ``antivirus_unavailable``).
"""

from __future__ import annotations

import asyncio
import os
import re
import socket
import struct

from rempart.config import ConfigError, Settings, parse_hostport

DEFAULT_TIMEOUT = 60.0  # a whole scan: connect, send, clamd's work, reply
CONNECT_TIMEOUT = 5.0
CHUNK_SIZE = 256 * 1024
_MAX_REPLY = 64 * 1024

_FOUND = re.compile(r"^(?:stream: )?(?P<name>.+) FOUND$")  # "stream: Eicar-Test-Signature FOUND"


class AntivirusUnavailable(Exception):
    """The antivirus gave no answer: not running, too slow, or it refused to scan.

    The message is one line an operator can act on; it names the address.
    """


class StreamTooLarge(AntivirusUnavailable):
    """The data is longer than clamd's StreamMaxLength: retrying cannot help.

    Raise the limit in clamd.conf (and keep the gateway's maximum message
    size at or below it) to have such messages scanned.
    """


class ClamdClient:
    """Talks to one clamd over a unix socket (a path) or TCP (``host:port``).

    Implements the engine's ``Antivirus`` protocol. Holds no connection, so
    one instance serves any number of concurrent scans and event loops.
    """

    def __init__(self, address: str, timeout: float = DEFAULT_TIMEOUT,
                 connect_timeout: float = CONNECT_TIMEOUT, chunk_size: int = CHUNK_SIZE) -> None:
        """Raises ConfigError when ``address`` is neither a path nor ``host:port``."""
        self.address = address.strip()
        if not self.address:
            raise ConfigError("clamd address is empty")
        self.timeout = timeout
        self.connect_timeout = min(connect_timeout, timeout)
        self.chunk_size = chunk_size
        if _is_unix_path(self.address):
            self.path: str | None = self.address.removeprefix("unix:")
            self.hostport: tuple[str, int] | None = None
        else:
            self.path = None
            self.hostport = parse_hostport(self.address)

    def __repr__(self) -> str:
        return f"ClamdClient({self.address!r})"

    async def ping(self) -> None:
        """Returns when clamd answers PONG; raises AntivirusUnavailable otherwise."""
        reply = await self._command(b"PING")
        if reply != "PONG":
            raise AntivirusUnavailable(f"clamd at {self.address} answered PING with {reply!r}")

    async def version(self) -> str:
        """clamd's version line, e.g. ``ClamAV 1.4.6/27400/Mon Sep 30 08:35:30 2024``."""
        return await self._command(b"VERSION")

    async def scan(self, data: bytes) -> str | None:
        """The name of the signature ``data`` matches, or None when clean.

        A whole message can be given: clamd decodes MIME and archives itself.
        Raises StreamTooLarge beyond clamd's StreamMaxLength, and
        AntivirusUnavailable on any other failure to get an answer.
        """
        reply = await self._command(b"INSTREAM", data)
        if reply.endswith(" OK"):
            return None
        found = _FOUND.match(reply)
        if found:
            return found.group("name")
        if "size limit exceeded" in reply:
            raise StreamTooLarge(
                f"clamd at {self.address} refused {len(data)} bytes: larger than its StreamMaxLength"
            )
        raise AntivirusUnavailable(f"clamd at {self.address} could not scan: {reply}")

    async def _command(self, command: bytes, stream: bytes | None = None) -> str:
        try:
            async with asyncio.timeout(self.timeout):
                sock = await self._connect()
                try:
                    return await self._exchange(sock, command, stream)
                finally:
                    sock.close()
        except TimeoutError:
            raise AntivirusUnavailable(
                f"clamd at {self.address} did not answer {command.decode()} within {self.timeout:g}s"
            ) from None
        except OSError as exc:
            raise AntivirusUnavailable(f"clamd at {self.address}: {_describe(exc)}") from None

    async def _connect(self) -> socket.socket:
        loop = asyncio.get_running_loop()
        if self.path is not None:
            targets = [(socket.AF_UNIX, self.path)]
        else:
            host, port = self.hostport
            try:
                infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except socket.gaierror as exc:
                raise AntivirusUnavailable(f"clamd at {self.address}: cannot resolve {host}: {exc}") from None
            targets = [(family, sockaddr) for family, _, _, _, sockaddr in infos]
        error: OSError | None = None
        for family, target in targets:
            sock = socket.socket(family, socket.SOCK_STREAM)
            sock.setblocking(False)
            try:
                async with asyncio.timeout(self.connect_timeout):
                    await loop.sock_connect(sock, target)
                return sock
            except TimeoutError:
                sock.close()
                error = OSError(f"no connection within {self.connect_timeout:g}s")
            except OSError as exc:
                sock.close()
                error = exc
            except BaseException:
                sock.close()
                raise
        reason = _describe(error) if error else "no address to connect to"
        raise AntivirusUnavailable(f"clamd at {self.address} is not reachable: {reason}")

    async def _exchange(self, sock: socket.socket, command: bytes, stream: bytes | None) -> str:
        loop = asyncio.get_running_loop()
        await loop.sock_sendall(sock, b"z" + command + b"\0")
        if stream is not None:
            try:
                await self._send_stream(loop, sock, stream)
            except (BrokenPipeError, ConnectionResetError) as exc:
                # clamd stops reading when it refuses the stream; the reply
                # it sent first (still in our socket's buffer) says why.
                reply = await _read_reply(loop, sock)
                if reply:
                    return reply
                raise OSError(f"connection lost while sending: {_describe(exc)}") from None
        reply = await _read_reply(loop, sock)
        if not reply:
            raise OSError("clamd closed the connection without an answer")
        return reply

    async def _send_stream(self, loop: asyncio.AbstractEventLoop, sock: socket.socket, data: bytes) -> None:
        view = memoryview(data)
        for start in range(0, len(view), self.chunk_size):
            chunk = view[start : start + self.chunk_size]
            await loop.sock_sendall(sock, struct.pack("!L", len(chunk)))
            await loop.sock_sendall(sock, chunk)
        await loop.sock_sendall(sock, struct.pack("!L", 0))


async def _read_reply(loop: asyncio.AbstractEventLoop, sock: socket.socket) -> str:
    """Read up to the NUL that ends a z-command's reply (or to EOF)."""
    received = bytearray()
    while b"\0" not in received and len(received) < _MAX_REPLY:
        try:
            data = await loop.sock_recv(sock, 4096)
        except ConnectionResetError:
            break
        if not data:
            break
        received += data
    return received.split(b"\0", 1)[0].decode("utf-8", "replace").strip()


def _is_unix_path(address: str) -> bool:
    """A path names a unix socket; anything with a port after a colon is TCP."""
    if address.startswith(("/", ".", "unix:")):
        return True
    return ":" not in address


def _describe(exc: OSError) -> str:
    if exc.errno:
        return os.strerror(exc.errno)
    if exc.strerror:
        return exc.strerror
    return str(exc) or exc.__class__.__name__


async def antivirus_status(address: str, timeout: float = 3.0) -> str | None:
    """None when clamd at ``address`` answers PING, else one line saying why not.

    For the gateway to say loudly at start that messages will not be scanned.
    """
    try:
        client = ClamdClient(address, timeout=timeout)
        await client.ping()
    except ConfigError as exc:
        return f"clamd address {address!r} is not usable: {exc}"
    except AntivirusUnavailable as exc:
        return str(exc)
    return None


def build_antivirus(settings: Settings) -> ClamdClient | None:
    """The antivirus the settings name (REMPART_CLAMD), or None when there is none."""
    if not settings.clamd:
        return None
    return ClamdClient(settings.clamd)
