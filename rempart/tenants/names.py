"""Checking and normalising the names operators type: domains, addresses, hosts.

Each function returns the canonical form (lower-case, no trailing dot,
IDNA-encoded) or raises ``ValidationError`` with a message an operator can
act on; the store keeps only canonical forms, so lookups are exact matches.
"""

from __future__ import annotations

import ipaddress
import re

from django.core.exceptions import ValidationError

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
# Hosts on a private network (containers, /etc/hosts) sometimes carry underscores.
_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")


def normalise_domain(name: str) -> str:
    """``Example.COM.`` → ``example.com``; ``bücher.de`` → ``xn--bcher-kva.de``."""
    text = (name or "").strip().rstrip(".").lower()
    if not text:
        raise ValidationError("a domain name is required")
    try:
        text = text.encode("idna").decode("ascii")
    except UnicodeError:
        raise ValidationError(f"{name!r} is not a valid domain name") from None
    labels = text.split(".")
    if (
        len(text) > 253
        or len(labels) < 2
        or not all(_LABEL.match(label) for label in labels)
        or labels[-1].isdigit()
    ):
        raise ValidationError(f"{name!r} is not a valid domain name")
    return text


def normalise_address(address: str, domain: str | None = None) -> str:
    """A lower-case ``local@domain``; a bare local part is completed with ``domain``.

    With ``domain``, the address must belong to it exactly.
    """
    text = (address or "").strip().lower()
    if "@" not in text and domain:
        text = f"{text}@{domain}"
    local, at, host = text.rpartition("@")
    if not at or not local or len(local) > 64 or any(c.isspace() or c in '<>,;"' for c in local):
        raise ValidationError(f"{address!r} is not a valid email address")
    host = normalise_domain(host)
    if domain is not None and host != domain:
        raise ValidationError(f"{address!r} is not an address of {domain}")
    return f"{local}@{host}"


def normalise_host(host: str) -> str:
    """A route's host: an IP address or a host name."""
    text = (host or "").strip().strip("[]").rstrip(".").lower()
    if not text:
        raise ValidationError("a route host is required")
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        pass
    labels = text.split(".")
    if len(text) > 253 or not all(_HOST_LABEL.match(label) for label in labels):
        raise ValidationError(f"{host!r} is not a valid host name or IP address")
    return text


def check_port(port: int) -> int:
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        raise ValidationError(f"port {port!r} is out of range (1-65535)")
    return port
