"""Compiling the store into the gateway's :class:`Snapshot`, and telling when to do it again.

The gateway polls :func:`snapshot_version` every few seconds (one cheap
query) and calls :func:`compile_snapshot` only when the answer changes. Both
are synchronous: the runner calls them in a thread.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from django.db import close_old_connections, connection

from rempart.engine.policy import Lists
from rempart.engine.policy import Policy as EnginePolicy
from rempart.engine.verdict import Action, Verdict
from rempart.gateway.routing import DomainConfig, Route, Snapshot
from rempart.policies.models import ListEntry, Policy, SnapshotRevision, effective
from rempart.policies.signals import SNAPSHOT_MODELS
from rempart.tenants.models import Domain, Mailbox


def _usable_connection() -> None:
    """Drop a broken or expired connection (database restarted) before a long-lived thread uses it."""
    if not connection.in_atomic_block:
        close_old_connections()


def snapshot_version() -> str:
    """A short string that changes whenever anything :func:`compile_snapshot` reads changes.

    It combines the revision counter bumped by signals (which sees every
    ORM save, whatever order transactions commit in) with the row count,
    highest id and latest ``updated_at`` of each table (which see bulk
    inserts and deletes that skip signals). One statement.
    """
    _usable_connection()
    quote = connection.ops.quote_name
    parts = [
        f"SELECT COUNT(*), MAX({quote(m._meta.pk.column)}), MAX({quote('updated_at')}) FROM {quote(m._meta.db_table)}"
        for m in SNAPSHOT_MODELS
    ]
    parts.append(f"SELECT MAX({quote('counter')}), 0, NULL FROM {quote(SnapshotRevision._meta.db_table)}")
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts))
        rows = cursor.fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:16]


def engine_policy(layers: list[Policy], allow: list[str], block: list[str]) -> EnginePolicy:
    """The engine's frozen policy from policy layers (widest first) and list entries."""
    values = {name: setting.value for name, setting in effective(layers).items()}
    actions = {verdict: Action(values[f"actions.{verdict.value}"]) for verdict in Verdict}
    return EnginePolicy(
        sensitivity=values["sensitivity"],
        actions=actions,
        max_message_size=values["max_message_size"],
        antivirus_unavailable=values["antivirus_unavailable"],
        redirect_to=values["redirect_to"] or None,
        allow=Lists.of(allow),
        block=Lists.of(block),
    )


def compile_snapshot() -> Snapshot:
    """Every domain with its route, organisation, accepted recipients and compiled policy.

    A handful of queries whatever the number of domains; domains of one
    organisation without overrides of their own share one Policy object.
    """
    version = snapshot_version()  # before reading: a change made meanwhile shows at the next poll
    org_layer: dict[int, Policy] = {}
    domain_layer: dict[int, Policy] = {}
    for policy in Policy.objects.all():
        (domain_layer if policy.domain_id else org_layer)[policy.domain_id or policy.organisation_id] = policy
    org_lists: dict[tuple[int, str], list[str]] = defaultdict(list)
    domain_lists: dict[tuple[int, str], list[str]] = defaultdict(list)
    for org_id, domain_id, kind, value in ListEntry.objects.values_list("organisation_id", "domain_id", "kind", "value"):
        if domain_id:
            domain_lists[domain_id, kind].append(value)
        else:
            org_lists[org_id, kind].append(value)
    recipients: dict[int, set[str]] = defaultdict(set)
    for domain_id, address in Mailbox.objects.filter(domain__recipients_restricted=True).values_list("domain_id", "address"):
        recipients[domain_id].add(address)

    shared: dict[int, EnginePolicy] = {}
    domains: dict[str, DomainConfig] = {}
    for domain in Domain.objects.select_related("organisation"):
        org_id = domain.organisation_id
        layers = [p for p in (org_layer.get(org_id), domain_layer.get(domain.pk)) if p is not None]
        allow = org_lists[org_id, "allow"] + domain_lists.get((domain.pk, "allow"), [])
        block = org_lists[org_id, "block"] + domain_lists.get((domain.pk, "block"), [])
        if domain.pk in domain_layer or (domain.pk, "allow") in domain_lists or (domain.pk, "block") in domain_lists:
            policy = engine_policy(layers, allow, block)
        else:
            if org_id not in shared:
                shared[org_id] = engine_policy(layers, allow, block)
            policy = shared[org_id]
        domains[domain.name] = DomainConfig(
            name=domain.name,
            organisation=domain.organisation.name,
            organisation_id=org_id,
            route=Route(host=domain.route_host, port=domain.route_port, tls=domain.route_tls),
            policy=policy,
            recipients=frozenset(recipients[domain.pk]) if domain.recipients_restricted else None,
        )
    return Snapshot(domains=domains, version=version)
