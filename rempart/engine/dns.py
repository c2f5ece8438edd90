"""The engine's DNS resolver: dnspython's async stub resolver, made safe to lean on.

Every DNS question a stage asks goes through one :class:`DNSResolver`, built
by :func:`build_resolver` from ``Settings.dns`` (``host:port`` of a
recursive resolver; None means the system's ``resolv.conf``) and
``Settings.dns_timeout``. What it promises:

- "No such name" and "no record of that type" are both an empty list: the
  callers (SPF void lookups, DKIM "no key", DMARC "no policy") treat them
  alike, as RFC 7208 section 4.6.4 does. A name that is not a valid DNS
  name is also an empty list: nobody can publish a record there.
- A timeout, SERVFAIL, a refusal or an unreachable server raise
  :class:`DNSTempError`, which the stages turn into ``temperror``.
- A circuit breaker: after ``breaker_threshold`` consecutive lookups that
  got no answer at all (timeouts, network errors) or that the server
  refused to serve (REFUSED: it will not recurse for us), lookups fail at
  once for ``breaker_cooldown`` seconds; then one probe is let through, and
  an answer closes the breaker again. This is what lets ``rempart scan``
  work offline: scanning a thousand files waits for three timeouts, not
  for a thousand, and asks a resolver that refuses everything three
  times, not three thousand. A SERVFAIL does not count: it is about the
  name asked.
- A system without any configured nameserver behaves as "no DNS
  reachable": every lookup raises DNSTempError immediately.
- A resolver that says no name exists, not even the root zone, cannot see
  the DNS (a machine cut off from the internet whose resolver answers
  NXDOMAIN to everything). Its "no such name" is no news about the name:
  the first NXDOMAIN makes the resolver ask for the root's SOA (once per
  cooldown); if the root does not exist either, the lookup raises
  DNSTempError and the breaker opens, so SPF, DKIM, DMARC and ARC say
  temperror instead of "no record" (and ARC would otherwise call every
  sealed chain broken).
- Answers (and NXDOMAIN/NODATA) are cached per resolver for their TTL, in
  dnspython's LRU cache, bounded to ``cache_size`` entries.
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable

import dns.asyncresolver
import dns.exception
import dns.name
import dns.rdataclass
import dns.rdatatype
import dns.resolver
import dns.reversename

from rempart.config import Settings

BREAKER_THRESHOLD = 3  # consecutive unanswered lookups before failing fast
BREAKER_COOLDOWN = 30.0  # seconds of failing fast before one probe is tried
CACHE_SIZE = 4096


class DNSTempError(Exception):
    """DNS could not give an answer now (timeout, SERVFAIL, unreachable, breaker open)."""


class DNSResolver:
    """Async lookups of the record types the stages need; see the module docstring.

    ``nameserver`` None means the servers of ``resolv_conf``. ``clock`` is
    injectable so the breaker's cooldown can be tested without waiting.
    """

    def __init__(
        self,
        nameserver: tuple[str, int] | None,
        timeout: float = 2.0,
        *,
        breaker_threshold: int = BREAKER_THRESHOLD,
        breaker_cooldown: float = BREAKER_COOLDOWN,
        cache_size: int = CACHE_SIZE,
        clock: Callable[[], float] = time.monotonic,
        resolv_conf: str = "/etc/resolv.conf",
    ) -> None:
        self.nameserver = nameserver
        self.timeout = timeout
        self.breaker_threshold = breaker_threshold
        self.breaker_cooldown = breaker_cooldown
        self._clock = clock
        self._failures = 0
        self._open_until: float | None = None
        self._probing = False
        self._root_seen_until: float | None = None  # the root's SOA was answered; NXDOMAIN is believed until then
        self._resolver = self._make_resolver(nameserver, timeout, cache_size, resolv_conf)

    @staticmethod
    def _make_resolver(nameserver, timeout, cache_size, resolv_conf) -> dns.asyncresolver.Resolver | None:
        if nameserver is None:
            try:
                resolver = dns.asyncresolver.Resolver(filename=resolv_conf)
            except (dns.resolver.NoResolverConfiguration, OSError):
                return None
            if not resolver.nameservers:
                return None
        else:
            resolver = dns.asyncresolver.Resolver(configure=False)
            resolver.nameservers = [nameserver[0]]
            resolver.port = nameserver[1]
        resolver.timeout = timeout
        resolver.lifetime = timeout
        resolver.cache = dns.resolver.LRUCache(cache_size)
        return resolver

    @property
    def breaker_open(self) -> bool:
        """True while lookups fail fast (the probe after the cooldown is not yet let through)."""
        return self._open_until is not None and self._clock() < self._open_until

    # -- the Resolver protocol -------------------------------------------

    async def txt(self, name: str) -> list[str]:
        """Each TXT record with its strings joined (as DKIM, SPF and DMARC read them)."""
        answer = await self._query(name, "TXT")
        return [b"".join(r.strings).decode("utf-8", "replace") for r in answer]

    async def a(self, name: str) -> list[str]:
        return [r.address for r in await self._query(name, "A")]

    async def aaaa(self, name: str) -> list[str]:
        return [r.address for r in await self._query(name, "AAAA")]

    async def mx(self, name: str) -> list[tuple[int, str]]:
        """(preference, exchange) pairs, exchange without the trailing dot, sorted by preference."""
        records = [(r.preference, r.exchange.to_text(omit_final_dot=True)) for r in await self._query(name, "MX")]
        return sorted(records)

    async def ptr(self, ip: str) -> list[str]:
        """Names of an IP address (reverse DNS), without the trailing dot; [] for a bad address."""
        try:
            reverse = dns.reversename.from_address(str(ipaddress.ip_address(ip)))
        except ValueError:
            return []
        return [r.target.to_text(omit_final_dot=True) for r in await self._query(reverse, "PTR")]

    # -- machinery ---------------------------------------------------------

    async def _query(self, name: str | dns.name.Name, rdtype: str) -> list:
        qname = self._qname(name)
        if qname is None:
            return []
        if self._resolver is not None:  # a cached answer is good even while DNS is gone
            cached = self._resolver.cache.get((qname, dns.rdatatype.from_text(rdtype), dns.rdataclass.IN))
            if cached is not None:
                return list(cached.rrset) if cached.rrset is not None else []
        self._admit()
        try:
            answer = await self._resolver.resolve(qname, rdtype, search=False, raise_on_no_answer=False)
        except (dns.resolver.NXDOMAIN, dns.resolver.YXDOMAIN):
            if not await self._sees_root():
                self._blind()
                raise DNSTempError(f"{_text(qname)} {rdtype}: the resolver denies every name, even the root zone: "
                                   "it cannot see the DNS") from None
            self._answered()
            return []
        except dns.resolver.NoNameservers as exc:
            if _all_unanswered(exc):
                self._unanswered()
            else:
                self._answered()
            raise DNSTempError(f"{_text(qname)} {rdtype}: {_short(exc)}") from None
        except (dns.exception.Timeout, OSError) as exc:
            self._unanswered()
            raise DNSTempError(f"{_text(qname)} {rdtype}: no answer ({_short(exc)})") from None
        except dns.exception.DNSException as exc:
            self._answered()
            raise DNSTempError(f"{_text(qname)} {rdtype}: {_short(exc)}") from None
        except BaseException:  # cancelled, or a bug: never leave the probe flag stuck
            self._probing = False
            raise
        self._answered()
        return list(answer.rrset) if answer.rrset is not None else []

    async def _sees_root(self) -> bool:
        """Whether the resolver knows the root zone (asked at most once per cooldown); True if it cannot say."""
        if self._root_seen_until is not None and self._clock() < self._root_seen_until:
            return True
        try:
            await self._resolver.resolve(dns.name.root, "SOA", search=False, raise_on_no_answer=False)
        except (dns.resolver.NXDOMAIN, dns.resolver.YXDOMAIN):
            return False
        except dns.exception.DNSException:
            return True  # a refusal or a timeout says nothing about blindness; the breaker handles those
        self._root_seen_until = self._clock() + self.breaker_cooldown
        return True

    def _blind(self) -> None:
        """Fail fast for a cooldown, and forget the NXDOMAINs cached from a resolver that cannot see."""
        self._failures = max(self._failures, self.breaker_threshold)
        self._trip()
        self._resolver.cache.flush()

    @staticmethod
    def _qname(name: str | dns.name.Name) -> dns.name.Name | None:
        if isinstance(name, dns.name.Name):
            return name
        try:
            return dns.name.from_text(name.strip().rstrip(".") + ".") if name.strip(". ") else None
        except (dns.exception.DNSException, UnicodeError, ValueError):
            return None

    def _admit(self) -> None:
        """Raise DNSTempError when no DNS is configured or the breaker is open."""
        if self._resolver is None:
            raise DNSTempError("no DNS server configured")
        if self._open_until is None:
            return
        if self._clock() < self._open_until or self._probing:
            raise DNSTempError("DNS unavailable (recent lookups timed out, were refused, or denied even the root zone; failing fast)")
        self._probing = True  # cooldown over: this lookup is the probe

    def _answered(self) -> None:
        self._failures = 0
        self._open_until = None
        self._probing = False

    def _unanswered(self) -> None:
        self._failures += 1
        if self._failures >= self.breaker_threshold:
            self._trip()
        else:
            self._probing = False

    def _trip(self) -> None:
        """Open the breaker: lookups fail fast for a cooldown, then one probe goes through."""
        self._probing = False
        self._open_until = self._clock() + self.breaker_cooldown


def _all_unanswered(exc: dns.resolver.NoNameservers) -> bool:
    """True when no server would answer: network errors, or a refusal to serve us at all.

    REFUSED is the resolver's own policy (it does not recurse for us), not
    news about the name asked: the next question will be refused too. A
    SERVFAIL is about the name, and does not count.
    """
    errors = exc.kwargs.get("errors") or []
    return bool(errors) and all(
        isinstance(error[3], (dns.exception.Timeout, OSError, EOFError)) or error[3] == "REFUSED" for error in errors
    )


def _text(name: dns.name.Name) -> str:
    return name.to_text(omit_final_dot=True)


def _short(exc: Exception) -> str:
    text = str(exc) or exc.__class__.__name__
    return text if len(text) <= 160 else text[:157] + "..."


def build_resolver(settings: Settings) -> DNSResolver:
    """The resolver the engine uses, aimed where the settings say."""
    return DNSResolver(settings.dns, settings.dns_timeout)
