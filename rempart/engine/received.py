"""What the Received headers say about the relays a message crossed.

Each receiving server writes one line, ``from HELO (reverse-name [address])
by itself``, in its own dialect (Sendmail, Postfix, Exim, Exchange). This
module reads the client's address and HELO out of them, and which hops
were inside the receiving site, for the engine (features, the client
stage) and for ``rempart scan``, which rebuilds a saved message's envelope
from them.
"""

from __future__ import annotations

import ipaddress
import re

from rempart.engine.memo import remembered

_RECEIVED_FROM = re.compile(r"^\s*from\s+(?P<helo>[^\s(;]+)?(?P<rest>.*?)(?:\bby\b|;|$)", re.I | re.S)
_BRACKETED = re.compile(r"\[(?:IPv6:)?(?P<ip>[0-9A-Fa-f:.]+)(?:%[\w.-]+)?\]")  # a link-local zone (%5) is not part of the address
_HELO_COMMENT = re.compile(r"\b(?:HELO|EHLO)\s+(?P<helo>[^\s)]+)", re.I)


_INTERNAL = [ipaddress.ip_network(n) for n in (
    "127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "100.64.0.0/10",
    "::1/128", "fc00::/7", "fe80::/10")]


@remembered
def is_internal(ip: str) -> bool:
    """Loopback, RFC 1918, link-local, CGNAT or IPv6 ULA: a hop inside the receiving site.

    (Python's ``is_private`` would also count the documentation ranges, which
    stand for the outside world in examples and tests.)
    """
    address = ipaddress.ip_address(ip)
    return any(address.version == n.version and address in n for n in _INTERNAL)


def client_from_received(values: list[str]) -> tuple[str | None, str]:
    """The client of the topmost hop that came from outside (not loopback or private).

    Hops inside the receiving site (a local fetch, an internal relay) are
    skipped as SpamAssassin skips its trusted networks; if every hop is
    internal, the topmost one is used.
    """
    ip, helo, _ = external_hop(values)
    if ip is not None:
        return ip, helo
    return parse_received(values[0]) if values else (None, "")


@remembered
def parse_received(value: str) -> tuple[str | None, str]:
    """(client IP, HELO) from a Received header's ``from`` clause; (None, "") if absent."""
    match = _RECEIVED_FROM.match(value or "")
    if not match:
        return None, ""
    helo = match.group("helo") or ""
    rest = match.group("rest") or ""
    comment = _HELO_COMMENT.search(rest)
    if comment:
        helo = comment.group("helo")
    for candidate in _BRACKETED.finditer(rest + " " + helo):
        try:
            return str(ipaddress.ip_address(candidate.group("ip"))), helo.strip("[]")
        except ValueError:
            continue
    try:  # "from 192.0.2.1 by ..." with no comment
        return str(ipaddress.ip_address(helo.strip("[]"))), helo.strip("[]")
    except ValueError:
        return None, helo


_FROM_CLAUSE = re.compile(r"^\s*from\s+(?P<first>\S+)\s*(?:\((?P<comment>[^)]*)\))?", re.I)


@remembered
def reverse_name(value: str) -> str:
    """The client's reverse DNS name as the receiving server recorded it.

    ``"unknown"`` when the server says it found none (Postfix's
    ``unknown[192.0.2.1]``, Sendmail's bare ``([192.0.2.1])``, Exim's
    ``from [192.0.2.1]``); ``""`` when the line does not say. Exim writes
    the reverse name first and the HELO inside the comment, the others the
    other way round.
    """
    value = " ".join((value or "").split())
    match = _FROM_CLAUSE.match(value)
    if not match:
        return ""
    first = match.group("first").lower()
    comment = (match.group("comment") or "").strip().lower()
    if "helo=" in comment or "exim" in value.lower():  # Exim: "from name ([ip] helo=x)" or "from [ip] (helo=x)"
        return "unknown" if first.startswith("[") else first
    if not comment:
        return ""
    token = comment.split()[0]
    if token == "unknown" or token.startswith("[") or token.startswith("unknown["):
        return "unknown"
    if "@[" in token:  # Sendmail's "ident@[ip]": no name found
        return "unknown"
    token = token.split("[")[0].rpartition("@")[2].rstrip(".")  # Sendmail may put "ident@" first
    return token if "." in token else ""


# Reverse names that a provider gives to its customers' home lines and dynamic pools.
_DYNAMIC = re.compile(
    r"(?<!\d)(?:\d{1,3}[-.x]){3}\d{1,3}(?!\d)"  # the address written into the name
    r"|(?:^|[.-])(?:a?dsl|xdsl|dial(?:up)?|dialin|pool|dyn(?:amic)?|dhcp|ppp(?:oe)?|cable|modem|broadband|"
    r"(?:res|home)(?:idential)?|cust(?:omer)?|client|user)[.-]?\d",
    re.I,
)


@remembered
def looks_dynamic(name: str) -> bool:
    """Whether a reverse name is a home line's or a dynamic pool's (``dsl-203-0-113-7.pool.example.net``).

    Only the labels left of the provider's own domain are read: a provider
    called ``cable4you.example`` says nothing about its servers.
    """
    return bool(name) and bool(_DYNAMIC.search(_host_part(name)))


def _host_part(name: str) -> str:
    from rempart.engine.domains import registrable_domain

    domain = registrable_domain(name) or ""
    if not domain or domain == name:  # a suffix the list does not know: the last two labels
        domain = ".".join(name.split(".")[-2:])
    return name[: len(name) - len(domain)] if name.endswith(domain) else name


def external_hop(values: list[str]) -> tuple[str | None, str, str]:
    """(address, HELO, reverse name) of the topmost hop that came from outside; (None, "", "") when all are inside."""
    for value in values:
        ip, helo = parse_received(value)
        if ip is not None and not is_internal(ip):
            return ip, helo, reverse_name(value)
    return None, "", ""
