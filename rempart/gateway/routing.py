"""The gateway's view of the store: which domains it accepts and where they go.

A :class:`Snapshot` is compiled by the store (``rempart.policies.snapshot``)
and swapped whole when something changes, so reception never waits on a
database and never sees a half-applied change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from rempart.engine.learning import OrganisationLearning
from rempart.engine.policy import DEFAULT_POLICY, Policy


@dataclass(frozen=True)
class Route:
    """Where mail for a domain is delivered: the organisation's own server."""

    host: str
    port: int = 25
    tls: str = "on"  # off | on (opportunistic) | required


@dataclass(frozen=True)
class DomainConfig:
    """A domain the gateway accepts mail for.

    ``recipients`` is None when every local part is accepted; otherwise only
    the listed addresses (lower-case) are. ``policy`` applies to every
    address of the domain except those in ``mailbox_policies`` (lower-case
    address: its own compiled policy, for mailbox overrides and relations).
    """

    name: str
    organisation: str
    route: Route
    policy: Policy = DEFAULT_POLICY
    recipients: frozenset[str] | None = None
    organisation_id: int | None = None
    mailbox_policies: Mapping[str, Policy] = field(default_factory=dict)

    def accepts(self, address: str) -> bool:
        return self.recipients is None or address.lower() in self.recipients

    def policy_for(self, address: str) -> Policy:
        """The policy a message to ``address`` is scanned under: the mailbox's own, else the domain's."""
        if not self.mailbox_policies:
            return self.policy
        return self.mailbox_policies.get(address.strip().lower(), self.policy)


@dataclass(frozen=True)
class Snapshot:
    """Every accepted domain, with a version that changes when anything does.

    ``learning`` holds, by organisation id, what each organisation's filter
    learnt from feedback (organisations with none are absent). The objects
    are shared with later snapshots and must not be changed.
    """

    domains: dict[str, DomainConfig] = field(default_factory=dict)
    version: str = ""
    learning: Mapping[int, OrganisationLearning] = field(default_factory=dict)

    def domain_for(self, address: str) -> DomainConfig | None:
        domain = address.rpartition("@")[2].lower().rstrip(".")
        return self.domains.get(domain)

    def learning_for(self, domain: DomainConfig) -> OrganisationLearning | None:
        """The learning of the domain's organisation, for the content model; None scores with the model alone."""
        if domain.organisation_id is None:
            return None
        return self.learning.get(domain.organisation_id)

    def organisation_domains(self, organisation: str) -> frozenset[str]:
        return frozenset(d.name for d in self.domains.values() if d.organisation == organisation)


SnapshotSource = Callable[[], Snapshot]
