"""SPF (RFC 7208): may the connecting IP send for the envelope sender's domain?

The identity is the MAIL FROM domain, or the HELO name for a null sender
(bounces), as RFC 7208 section 2.4 says. A scan without a client IP has
nothing to check: ``none``, and the detail says why.

How: pyspf evaluates the record (it is the reference implementation, with
the lookup and void-lookup limits, macros and ``exp=`` handled), but its
DNS goes through *our* resolver, not its own. pyspf is synchronous, so the
evaluation runs in a worker thread and each of its lookups is handed back
to the event loop as a coroutine on ``context.resolver``. That way SPF asks
the configured server and port, shares the resolver's cache, timeouts and
circuit breaker (offline scans fail fast here too), and the event loop is
never blocked by DNS. The one process-wide change to pyspf is its module
lookup function, replaced at import by a dispatcher that uses the lookup
bound to the current thread and otherwise pyspf's own: other users of pyspf
in the process see no difference.
"""

from __future__ import annotations

import asyncio
import ipaddress
import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor

import dns.exception
import dns.name
import dns.reversename
import spf as pyspf

from rempart.engine import authresults
from rempart.engine.dns import DNSTempError
from rempart.engine.verdict import Hit, SymbolDef

NAME = "spf"

SYMBOLS = [
    SymbolDef("R_SPF_ALLOW", -0.2, "SPF: the client IP may send for the sender's domain"),
    SymbolDef("R_SPF_FAIL", 1.0, "SPF: the sender's domain says the client IP may not send for it"),
    SymbolDef("R_SPF_SOFTFAIL", 0.3, "SPF: the sender's domain discourages mail from the client IP"),
    SymbolDef("R_SPF_NEUTRAL", 0.0, "SPF: the sender's domain makes no claim about the client IP"),
    SymbolDef("R_SPF_NA", 0.0, "SPF: no SPF record, or nothing to check"),
    SymbolDef("R_SPF_DNSFAIL", 0.0, "SPF: DNS failed while checking (temporary error)"),
    SymbolDef("R_SPF_PERMFAIL", 0.0, "SPF: the sender's SPF record is broken (permanent error)"),
]

SYMBOL_OF = {
    "pass": "R_SPF_ALLOW",
    "fail": "R_SPF_FAIL",
    "softfail": "R_SPF_SOFTFAIL",
    "neutral": "R_SPF_NEUTRAL",
    "none": "R_SPF_NA",
    "temperror": "R_SPF_DNSFAIL",
    "permerror": "R_SPF_PERMFAIL",
}

TOTAL_DNS_TIME = 20.0  # seconds for all the lookups of one check (RFC 7208 section 4.6.4)
WORKERS = 8  # SPF checks in flight at once; each mostly waits on DNS

_executor: ThreadPoolExecutor | None = None
_bound = threading.local()
_pyspf_lookup = pyspf.DNSLookup


def _dispatch_lookup(name, qtype, strict=True, timeout=30):
    lookup = getattr(_bound, "lookup", None)
    if lookup is None:
        return _pyspf_lookup(name, qtype, strict, timeout)
    return lookup(name, qtype)


pyspf.DNSLookup = _dispatch_lookup


async def check(message, policy, context) -> list[Hit]:
    envelope = context.envelope
    mail_from = "" if envelope.mail_from in ("", "<>") else envelope.mail_from
    helo = envelope.helo.strip().rstrip(".").lower()
    if mail_from:
        domain = mail_from.rpartition("@")[2].strip().rstrip(".").lower()
        prop = ("smtp.mailfrom", mail_from)
    else:
        domain = helo
        prop = ("smtp.helo", helo)
    context.notes["spf_domain"] = domain

    if not envelope.client_ip:
        return _record(context, "none", prop, "no client IP to check", "no client IP (scan without envelope)")
    if not _is_domain(domain):
        return _record(context, "none", prop, "no domain to check", f"no domain in MAIL FROM or HELO {helo!r}")
    if context.resolver is None:
        return _record(context, "temperror", prop, "no DNS resolver", "no DNS resolver")
    if getattr(context.resolver, "breaker_open", False):  # its first lookup would fail at once: spare the thread
        note = _NOTE["temperror"].format(domain=domain, ip=envelope.client_ip)
        return _record(context, "temperror", prop, note, f"{note} (DNS unavailable, failing fast)")

    result, explanation = await evaluate(envelope.client_ip, mail_from, helo, context.resolver)
    if result not in SYMBOL_OF:  # pyspf's older words, should its strictness ever change
        result = "permerror"
    note = _NOTE[result].format(domain=domain, ip=envelope.client_ip)
    return _record(context, result, prop, note, f"{note} ({explanation})" if explanation else note)


_NOTE = {
    "pass": "{domain} permits {ip}",
    "fail": "{domain} does not permit {ip}",
    "softfail": "{domain} discourages {ip}",
    "neutral": "{domain} neither permits nor denies {ip}",
    "none": "{domain} publishes no SPF record",
    "temperror": "DNS error while checking {domain}",
    "permerror": "{domain} has a broken SPF record",
}


def _record(context, result: str, prop: tuple[str, str], note: str, detail: str) -> list[Hit]:
    context.auth["spf"] = result
    context.auth_details["spf"] = authresults.details(prop, note=note)
    return [Hit(SYMBOL_OF[result], detail)]


def _is_domain(domain: str) -> bool:
    if not domain or "." not in domain or domain.startswith("["):
        return False
    try:
        ipaddress.ip_address(domain)
        return False
    except ValueError:
        return True


async def evaluate(ip: str, mail_from: str, helo: str, resolver) -> tuple[str, str]:
    """``(result, explanation)`` of pyspf's check, its DNS asked through ``resolver``.

    Never raises: a broken IP or record is ``permerror``, any DNS trouble
    ``temperror``.
    """
    loop = asyncio.get_running_loop()

    def lookup(name: str, qtype: str) -> list:
        future = asyncio.run_coroutine_threadsafe(_answer(resolver, name, qtype), loop)
        try:
            return future.result(timeout=TOTAL_DNS_TIME)
        except DNSTempError as exc:
            raise pyspf.TempError(str(exc)) from None
        except (TimeoutError, CancelledError, RuntimeError) as exc:  # too slow, or the loop went away
            future.cancel()
            raise pyspf.TempError(f"DNS {exc.__class__.__name__}") from None

    def run() -> tuple[str, str]:
        _bound.lookup = lookup
        try:
            query = pyspf.query(i=ip, s=mail_from, h=helo, querytime=TOTAL_DNS_TIME)
            result, _code, explanation = query.check()
            return result, explanation
        except pyspf.PermError as exc:
            return "permerror", str(exc)
        except pyspf.TempError as exc:
            return "temperror", str(exc)
        finally:
            _bound.lookup = None

    return await loop.run_in_executor(_workers(), run)


async def _answer(resolver, name: str, qtype: str) -> list:
    """One pyspf lookup, in the shape pyspf's own dnspython driver returns."""
    key = (name, qtype)
    if qtype == "TXT":
        return [(key, (text.encode("utf-8"),)) for text in await resolver.txt(name)]
    if qtype == "A":
        return [(key, address) for address in await resolver.a(name)]
    if qtype == "AAAA":
        return [(key, address) for address in await resolver.aaaa(name)]
    if qtype == "MX":
        return [(key, (preference, host)) for preference, host in await resolver.mx(name)]
    if qtype == "PTR":
        try:
            ip = dns.reversename.to_address(dns.name.from_text(name))
        except (dns.exception.DNSException, ValueError):
            return []
        return [(key, host) for host in await resolver.ptr(ip)]
    return []  # type 99 (SPF) is only asked in pyspf's "harsh" mode, which we do not use


def _workers() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="rempart-spf")
    return _executor
