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


def _address_covered(pattern: str, address: str) -> bool:
    """An address pattern (``a@b.c``) matches exactly; a domain (``b.c``) covers its subdomains."""
    address = address.strip().lower()
    if "@" in pattern:
        return address == pattern
    domain = address.rpartition("@")[2].rstrip(".")
    return domain == pattern or domain.endswith("." + pattern)


@dataclass(frozen=True)
class Relation:
    """A sender-to-recipient relation: ``allowed`` ones restrict who may write, others forbid.

    ``sender`` and ``recipient`` are lower-case addresses or domains (a domain
    covers its subdomains). A compiled policy holds only the relations of
    the recipients it applies to; ``recipient`` is kept for explanations.
    """

    sender: str
    recipient: str
    allowed: bool

    def covers_sender(self, address: str) -> bool:
        return bool(address) and _address_covered(self.sender, address)


@dataclass(frozen=True)
class AttachmentRule:
    """What to do with an attachment: ``match`` extension|type|size, ``action`` block|quarantine|allow.

    ``value`` is an extension without the dot, a true-type category or kind
    (rempart.engine.filetype), or a size in bytes (the rule matches larger
    attachments). ``level`` orders rules: the narrowest level with a
    matching rule decides (mailbox, then domain, then organisation).
    """

    match: str
    value: str
    action: str
    level: str = "organisation"


@dataclass(frozen=True)
class Notify:
    """Who is told when a message is held or refused; ``admin_address`` receives the admin notices."""

    sender: bool = False
    recipient: bool = False
    admin: bool = False
    admin_address: str | None = None


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
    # Issue 4 (policies): relations and attachment rules of the recipients this policy applies to,
    # handling of content that cannot be analysed (deliver|tag|quarantine|reject), the
    # (language, text) banners for external senders, notifications, outbound disclaimer.
    relations: tuple[Relation, ...] = ()
    attachment_rules: tuple[AttachmentRule, ...] = ()
    unanalysable_content: str = "quarantine"
    banner: tuple[tuple[str, str], ...] = ()
    notify: Notify = field(default_factory=Notify)
    disclaimer: str = ""
    # Issue 3 (attachments): password-protected archives and documents, which no scanner can see
    # into: "deliver" (or "allow": no symbol), "tag" (ARCHIVE_ENCRYPTED/DOCUMENT_ENCRYPTED add
    # their scores), "quarantine" or "reject" (ENCRYPTED_CONTENT_REFUSED, a policy verdict; the
    # choice is left in context.notes["policy_action"]).
    encrypted_content: str = "tag"
    # Issue 3 (sender): the organisation's executives as (display name, address); their name
    # from any other address is the mark of CEO fraud.
    vips: tuple[tuple[str, str], ...] = ()
    # Issue 3 (dnsbl): DNS blocklists, queried through the context's resolver; empty (offline)
    # by default. Typical: dnsbl_zones=("zen.spamhaus.org", "bl.spamcop.net"),
    # uribl_zones=("dbl.spamhaus.org", "multi.surbl.org", "multi.uribl.com").
    dnsbl_zones: tuple[str, ...] = ()
    uribl_zones: tuple[str, ...] = ()

    @property
    def spam_score(self) -> float:
        return self.thresholds.get(self.sensitivity, SENSITIVITY_THRESHOLDS[3])

    def action_for(self, verdict: Verdict) -> Action:
        return self.actions.get(verdict, DEFAULT_ACTIONS[verdict])

    def with_changes(self, **changes) -> "Policy":
        return replace(self, **changes)


DEFAULT_POLICY = Policy()
