"""The policy snapshot the engine reads: plain frozen data, compiled by the store.

The gateway holds one compiled snapshot per domain and swaps it when the
store changes, so the engine never asks a database anything.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field, replace
from typing import Mapping

from rempart.engine.verdict import Action, Verdict

# Score at which a message is spam, for each of the five sensitivity levels
# (1 lets the most through, 5 is the strictest). Level 3 is the default and
# matches the threshold SpamAssassin users know.
SENSITIVITY_THRESHOLDS: Mapping[int, float] = {1: 9.0, 2: 7.0, 3: 5.0, 4: 4.0, 5: 3.0}

DEFAULT_ACTIONS: Mapping[Verdict, Action] = {
    Verdict.CLEAN: Action.DELIVER,
    Verdict.BULK: Action.DELIVER,
    Verdict.SPAM: Action.QUARANTINE,
    Verdict.PHISHING: Action.QUARANTINE,
    Verdict.MALWARE: Action.REJECT,
    Verdict.POLICY: Action.REJECT,
}


@dataclass(frozen=True)
class Lists:
    """Allow or block entries: exact addresses, whole domains (and their subdomains), IP networks."""

    addresses: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()
    networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()

    @classmethod
    def of(cls, entries: list[str] | tuple[str, ...] | frozenset[str]) -> "Lists":
        """Sort mixed entries (``a@b.c``, ``b.c``, ``@b.c``, ``192.0.2.0/24``) into kinds."""
        addresses, domains, networks = set(), set(), []
        for raw in entries:
            entry = raw.strip().lower()
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
                continue
            except ValueError:
                pass
            if "@" in entry and not entry.startswith("@"):
                addresses.add(entry)
            else:
                domains.add(entry.lstrip("@").lstrip("*."))
        return cls(frozenset(addresses), frozenset(domains), tuple(networks))

    def match_address(self, address: str) -> str | None:
        """The entry that covers this address (or its domain), if any."""
        address = address.strip().lower()
        if not address:
            return None
        if address in self.addresses:
            return address
        domain = address.rpartition("@")[2]
        return self.match_domain(domain)

    def match_domain(self, domain: str) -> str | None:
        domain = domain.strip().lower().rstrip(".")
        labels = domain.split(".")
        for i in range(len(labels) - 1):
            candidate = ".".join(labels[i:])
            if candidate in self.domains:
                return candidate
        return None

    def match_ip(self, ip: str | None) -> str | None:
        if not ip or not self.networks:
            return None
        try:
            address = ipaddress.ip_address(ip)
        except ValueError:
            return None
        for network in self.networks:
            if address.version == network.version and address in network:
                return str(network)
        return None

    def __bool__(self) -> bool:
        return bool(self.addresses or self.domains or self.networks)


@dataclass(frozen=True)
class Policy:
    """What an organisation decided, as the engine needs it.

    ``sensitivity`` picks the spam threshold; ``reject_score`` is the score
    above which spam is refused at SMTP time whatever the action says.
    """

    sensitivity: int = 3
    thresholds: Mapping[int, float] = field(default_factory=lambda: dict(SENSITIVITY_THRESHOLDS))
    reject_score: float = 15.0
    actions: Mapping[Verdict, Action] = field(default_factory=lambda: dict(DEFAULT_ACTIONS))
    redirect_to: str | None = None
    allow: Lists = field(default_factory=Lists)
    block: Lists = field(default_factory=Lists)
    max_message_size: int = 25 * 1024 * 1024
    # When the antivirus cannot answer: "tempfail" (ask the sender to retry) or "accept"
    antivirus_unavailable: str = "tempfail"
    add_auth_results: bool = True
    tag_prefix: str = "[SPAM]"
    symbol_scores: Mapping[str, float] = field(default_factory=dict)

    @property
    def spam_score(self) -> float:
        return self.thresholds.get(self.sensitivity, SENSITIVITY_THRESHOLDS[3])

    def action_for(self, verdict: Verdict) -> Action:
        return self.actions.get(verdict, DEFAULT_ACTIONS[verdict])

    def with_changes(self, **changes) -> "Policy":
        return replace(self, **changes)


DEFAULT_POLICY = Policy()
