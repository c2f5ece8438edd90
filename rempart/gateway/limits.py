"""Per-client limits of the SMTP gateway: open connections and messages a minute.

A sender that opens too many connections, or starts too many messages in a
minute, is asked to come back later (4xx): the gateway protects itself and
the organisation's server behind it without refusing mail for good.

Counting is in-process for now (one gateway process). The methods are
coroutines so that a Redis-backed counter (``INCR``/``DECR`` on a per-client
key, ``INCR`` + ``EXPIRE`` on a per-minute bucket) can replace
:class:`LocalLimits` for several gateway nodes without changing callers.

Clients are counted per IPv4 address and per IPv6 /64: a single host
usually owns a whole /64, and counting its addresses one by one would let it
multiply every limit by 2^64.
"""

from __future__ import annotations

import ipaddress
import time
from collections import deque
from collections.abc import Callable
from typing import Protocol

WINDOW = 60.0  # seconds over which messages are counted


def client_key(ip: str) -> str:
    """The identity limits are counted under: the IPv4 address or the IPv6 /64."""
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ip
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


class Limits(Protocol):
    """What the gateway asks; every answer is for one client IP."""

    async def connection_opened(self, ip: str) -> bool:
        """Count a new connection; False (and not counted) when the client has too many."""
        ...

    async def connection_closed(self, ip: str) -> None:
        """Forget a connection that :meth:`connection_opened` admitted."""
        ...

    async def message_started(self, ip: str) -> bool:
        """Count a new message (a MAIL command); False when over the rate of a minute."""
        ...


class LocalLimits:
    """Counters in this process's memory.

    ``max_connections`` or ``max_messages_per_minute`` of 0 (or less) means
    no limit. Memory stays bounded by the number of clients seen in the last
    minute: idle clients are swept out.
    """

    def __init__(self, max_connections: int, max_messages_per_minute: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_connections = max_connections
        self.max_messages = max_messages_per_minute
        self.clock = clock
        self._connections: dict[str, int] = {}
        self._messages: dict[str, deque[float]] = {}
        self._next_sweep = clock() + WINDOW

    async def connection_opened(self, ip: str) -> bool:
        key = client_key(ip)
        count = self._connections.get(key, 0)
        if 0 < self.max_connections <= count:
            return False
        self._connections[key] = count + 1
        return True

    async def connection_closed(self, ip: str) -> None:
        key = client_key(ip)
        count = self._connections.get(key, 0) - 1
        if count > 0:
            self._connections[key] = count
        else:
            self._connections.pop(key, None)

    async def message_started(self, ip: str) -> bool:
        if self.max_messages <= 0:
            return True
        now = self.clock()
        self._sweep(now)
        key = client_key(ip)
        stamps = self._messages.setdefault(key, deque())
        while stamps and stamps[0] <= now - WINDOW:
            stamps.popleft()
        if len(stamps) >= self.max_messages:
            return False
        stamps.append(now)
        return True

    def connections(self, ip: str) -> int:
        """Connections currently counted for this client (for logs and tests)."""
        return self._connections.get(client_key(ip), 0)

    def _sweep(self, now: float) -> None:
        if now < self._next_sweep:
            return
        self._next_sweep = now + WINDOW
        stale = [key for key, stamps in self._messages.items() if not stamps or stamps[-1] <= now - WINDOW]
        for key in stale:
            del self._messages[key]
