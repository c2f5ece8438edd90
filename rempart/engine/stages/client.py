"""The connecting client: does it introduce itself like a mail server?

A mail server has a name that resolves back to it, says that name (or an
address literal) in HELO, and sits in a server range. Spam sent from
infected home machines and throwaway hosts fails these in ways that do not
depend on the message at all: no reverse name, a reverse name that reads
like a home line (``dsl-203-0-113-7.pool.example``), a HELO that is one bare
word or a naked IP address, or a HELO that claims a big mail provider the
client does not belong to. Rspamd's hfilter and SpamAssassin's RDNS_* and
HELO_* rules score the same things.

The reverse name is the one the gateway's resolver finds for the client
(``context.resolver.ptr``), unless the envelope already carries one: ``rempart
scan`` takes it from the Received line the receiving server wrote
(``"unknown"`` when that server found none). A DNS failure gives no opinion.
Internal and loopback clients (a relay inside the site) are not judged.

Each symbol scores low: many honest small servers have one of these faults.
Together, or on top of what the content says, they tip the balance.
"""

from __future__ import annotations

import ipaddress
import re

from rempart.engine.domains import is_freemail, registrable_domain
from rempart.engine.received import is_internal, looks_dynamic
from rempart.engine.verdict import Hit, SymbolDef

NAME = "client"

SYMBOLS = [
    SymbolDef("CLIENT_NO_RDNS", 1.0, "The connecting server's address has no reverse DNS name"),
    SymbolDef("CLIENT_RDNS_DYNAMIC", 0.7, "The connecting server's reverse name looks like a home or dynamic address"),
    SymbolDef("HELO_NOT_FQDN", 1.5, "The connecting server introduced itself (HELO) with a bare word, not a domain name"),
    SymbolDef("HELO_BARE_IP", 1.0, "The connecting server introduced itself (HELO) with an unbracketed IP address"),
    SymbolDef("HELO_FORGED_PROVIDER", 2.5, "The connecting server claims in HELO to be a big mail provider it does not belong to"),
]

_ADDRESS = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


async def check(message, policy, context) -> list[Hit]:
    envelope = context.envelope
    ip = _public(envelope.client_ip)
    if ip is None:
        return []
    hits: list[Hit] = []
    helo = (envelope.helo or "").strip().lower().rstrip(".")
    if helo and not helo.startswith("["):
        if _ADDRESS.fullmatch(helo):
            hits.append(Hit("HELO_BARE_IP", helo))
        elif "." not in helo:
            hits.append(Hit("HELO_NOT_FQDN", helo))
    name = await _reverse_name(ip, envelope.client_name, context)
    if name == "unknown":
        hits.append(Hit("CLIENT_NO_RDNS", ip))
    elif looks_dynamic(name):
        hits.append(Hit("CLIENT_RDNS_DYNAMIC", name))
    if helo and "." in helo and not _ADDRESS.fullmatch(helo.strip("[]")):
        claimed = registrable_domain(helo) or helo
        if is_freemail(claimed) and name and (name == "unknown" or (registrable_domain(name) or name) != claimed):
            hits.append(Hit("HELO_FORGED_PROVIDER", f"HELO {helo}, reverse name {name}"))
    return hits


def _public(value: str | None) -> str | None:
    if not value:
        return None
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    if is_internal(value) or address.is_unspecified:
        return None
    return str(address)


async def _reverse_name(ip: str, recorded: str, context) -> str:
    """The client's reverse name, ``"unknown"`` when it has none, ``""`` when DNS cannot say."""
    if recorded:
        return recorded.lower().rstrip(".")
    resolver = getattr(context, "resolver", None)
    if resolver is None:
        return ""
    try:
        names = await resolver.ptr(ip)
    except Exception:  # DNSTempError, or a resolver that breaks: no opinion, not a failed stage
        return ""
    return names[0].lower().rstrip(".") if names else "unknown"
