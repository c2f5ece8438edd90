"""Compiling the store into the gateway's :class:`Snapshot`, and telling when to do it again.

The gateway polls :func:`snapshot_version` every few seconds (one cheap
query) and calls :func:`compile_snapshot` only when the answer changes. Both
are synchronous: the runner calls them in a thread. The snapshot also
carries each organisation's learning from feedback (rempart.feedback),
deserialised again only when it changed.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from django.db import close_old_connections, connection
from django.db.models import Q

from rempart.engine.learning import LearningError, OrganisationLearning
from rempart.engine.policy import (
    DEFAULT_POLICY,
    AttachmentRule,
    Lists,
    Notify,
    Relation,
)
from rempart.engine.policy import Policy as EnginePolicy
from rempart.engine.verdict import Action, Verdict
from rempart.feedback.models import Learning
from rempart.gateway.routing import DomainConfig, Route, Snapshot
from rempart.policies import models
from rempart.policies.effective import resolve
from rempart.policies.signals import SNAPSHOT_MODELS
from rempart.tenants.models import Domain, Mailbox

log = logging.getLogger(__name__)

_ENGINE_FIELDS = set(EnginePolicy.__dataclass_fields__)


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
    parts.append(f"SELECT MAX({quote('counter')}), 0, NULL FROM {quote(models.SnapshotRevision._meta.db_table)}")
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts))
        rows = cursor.fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:16]


@dataclass
class Layer:
    """What one level holds of its own: its policy row, list entries and attachment rules."""

    policy: models.Policy | None = None
    allow: list[str] = field(default_factory=list)
    block: list[str] = field(default_factory=list)
    rules: list[AttachmentRule] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.policy is not None or self.allow or self.block or self.rules)


def _like(default: Any, value: Any) -> Any:
    """``value`` in the type of the engine's default (an enum where the engine uses one)."""
    return type(default)(value) if isinstance(default, Enum) else value


def engine_policy(layers: list[Layer], relations: tuple[Relation, ...] = ()) -> EnginePolicy:
    """The engine's frozen policy from the layers that apply (widest first) and the recipient's relations."""
    values = {name: setting.value for name, setting in
              resolve([layer.policy for layer in layers if layer.policy is not None]).items()}
    banner = tuple((lang, values[f"banner_text_{lang}"]) for lang in ("fr", "en") if values[f"banner_text_{lang}"])
    options: dict[str, Any] = {
        "sensitivity": values["sensitivity"],
        "thresholds": {level: values[f"thresholds.{level}"] for level in range(1, 6)},
        "reject_score": values["reject_score"],
        "actions": {verdict: Action(values[f"actions.{verdict.value}"]) for verdict in Verdict},
        "redirect_to": values["redirect_to"] or None,
        "tag_prefix": values["tag_prefix"],
        "max_message_size": values["max_message_size"],
        "antivirus_unavailable": values["antivirus_unavailable"],
        "allow": Lists.of([entry for layer in layers for entry in layer.allow]),
        "block": Lists.of([entry for layer in layers for entry in layer.block]),
        "attachment_rules": tuple(rule for layer in reversed(layers) for rule in layer.rules),
        "relations": relations,
        "unanalysable_content": values["unanalysable_content"],
        "banner": banner if values["banner_enabled"] else (),
        "notify": Notify(sender=values["notify_sender"], recipient=values["notify_recipient"],
                          admin=values["notify_admin"], admin_address=values["notify_admin_address"]),
        "disclaimer": values["disclaimer_text"] if values["disclaimer_enabled"] else "",
    }
    if "encrypted_content" in _ENGINE_FIELDS:  # the engine's field comes with the encrypted-content stage
        options["encrypted_content"] = _like(DEFAULT_POLICY.encrypted_content, values["encrypted_content"])
    return EnginePolicy(**options)


class _Store:
    """Everything compile_snapshot reads, in a handful of queries, indexed by level."""

    def __init__(self) -> None:
        self.organisations: dict[int, Layer] = defaultdict(Layer)
        self.domains: dict[int, Layer] = defaultdict(Layer)
        self.mailboxes: dict[int, Layer] = defaultdict(Layer)
        for row in models.Policy.objects.all():
            self._layer(row.organisation_id, row.domain_id, row.mailbox_id).policy = row
        for org_id, domain_id, mailbox_id, kind, value in models.ListEntry.objects.values_list(
                "organisation_id", "domain_id", "mailbox_id", "kind", "value"):
            getattr(self._layer(org_id, domain_id, mailbox_id), kind).append(value)
        for org_id, domain_id, mailbox_id, match, value, action in models.AttachmentRule.objects.values_list(
                "organisation_id", "domain_id", "mailbox_id", "match", "value", "action"):
            level = "mailbox" if mailbox_id else "domain" if domain_id else "organisation"
            self._layer(org_id, domain_id, mailbox_id).rules.append(AttachmentRule(match, value, action, level))
        # {organisation: {recipient: relations}}
        self.relations: dict[int, dict[str, list[Relation]]] = defaultdict(lambda: defaultdict(list))
        for org_id, kind, sender, recipient in models.Relation.objects.values_list(
                "organisation_id", "kind", "sender", "recipient").order_by("pk"):
            self.relations[org_id][recipient].append(Relation(sender, recipient, kind == "allow"))
        # Mailboxes the snapshot must name: accepted recipients, and those with a layer of their own.
        self.accepted: dict[int, set[str]] = defaultdict(set)
        self.mailbox_rows: dict[int, list[tuple[int, str]]] = defaultdict(list)
        restricted = Q(domain__recipients_restricted=True)
        own = (Q(pk__in=models.Policy.objects.filter(mailbox__isnull=False).values("mailbox_id"))
               | Q(pk__in=models.ListEntry.objects.filter(mailbox__isnull=False).values("mailbox_id"))
               | Q(pk__in=models.AttachmentRule.objects.filter(mailbox__isnull=False).values("mailbox_id")))
        for pk, domain_id, address, is_restricted in Mailbox.objects.filter(restricted | own).values_list(
                "pk", "domain_id", "address", "domain__recipients_restricted"):
            if is_restricted:
                self.accepted[domain_id].add(address)
            if pk in self.mailboxes:
                self.mailbox_rows[domain_id].append((pk, address))

    def _layer(self, org_id: int, domain_id: int | None, mailbox_id: int | None) -> Layer:
        if mailbox_id:
            return self.mailboxes[mailbox_id]
        if domain_id:
            return self.domains[domain_id]
        return self.organisations[org_id]


class LearningCache:
    """Each organisation's learning, read and deserialised again only when its row changed.

    A busy organisation's learning is a few hundred kilobytes, and any change
    in the store recompiles the snapshot: reading every organisation's each
    time would cost more than everything else compiled. Learning that cannot
    be read is left out (that organisation's mail is scored by the model
    alone) and logged. One thread at a time (the runner's refresher).
    """

    BATCH = 500  # organisations whose learning is read in one query

    def __init__(self) -> None:
        self._loaded: dict[int, tuple[tuple, OrganisationLearning | None]] = {}  # organisation: (stamp, learning)

    def load(self) -> dict[int, OrganisationLearning]:
        stamps = {org: (pk, updated) for pk, org, updated in
                  Learning.objects.values_list("pk", "organisation_id", "updated_at")}
        stale = [org for org, stamp in stamps.items() if self._loaded.get(org, (None,))[0] != stamp]
        for start in range(0, len(stale), self.BATCH):
            for row in Learning.objects.filter(organisation_id__in=stale[start:start + self.BATCH]):
                self._loaded[row.organisation_id] = ((row.pk, row.updated_at), _usable(row))
        for gone in self._loaded.keys() - stamps.keys():
            del self._loaded[gone]
        return {org: learning for org, (_, learning) in self._loaded.items() if learning is not None}


def _usable(row: Learning) -> OrganisationLearning | None:
    try:
        learning = row.decoded()
    except LearningError as exc:
        log.error("organisation %s: stored learning cannot be read (%s); its mail is scored without it",
                  row.organisation_id, exc)
        return None
    return learning if learning is not None and len(learning) else None


_learning = LearningCache()


def compile_snapshot() -> Snapshot:
    """Every domain with its route, organisation, accepted recipients and compiled policies.

    A domain's policy applies to its addresses unless one has a layer of
    its own (policy override, list entries, attachment rules) or a relation,
    compiled into ``mailbox_policies``. Eight queries whatever the number of
    domains and mailboxes (and one per 500 organisations whose learning
    changed); domains of one organisation with nothing of their own share
    one Policy object.
    """
    version = snapshot_version()  # before reading: a change made meanwhile shows at the next poll
    store = _Store()
    shared: dict[int, EnginePolicy] = {}
    domains: dict[str, DomainConfig] = {}
    for domain in Domain.objects.select_related("organisation"):
        org_id = domain.organisation_id
        base = [store.organisations[org_id], store.domains.get(domain.pk, Layer())]
        relations = store.relations.get(org_id, {})
        domain_relations = tuple(relations.get(domain.name, ()))
        if base[1] or domain_relations:
            policy = engine_policy(base, domain_relations)
        else:
            if org_id not in shared:
                shared[org_id] = engine_policy(base)
            policy = shared[org_id]
        mailbox_policies = {}
        layers_by_address = {address: store.mailboxes[pk] for pk, address in store.mailbox_rows.get(domain.pk, ())}
        addressed = {r: rel for r, rel in relations.items() if r.rpartition("@")[2] == domain.name and "@" in r}
        for address in layers_by_address.keys() | addressed.keys():
            own = layers_by_address.get(address, Layer())
            compiled = engine_policy([*base, own], domain_relations + tuple(addressed.get(address, ())))
            if compiled != policy:
                mailbox_policies[address] = compiled
        domains[domain.name] = DomainConfig(
            name=domain.name,
            organisation=domain.organisation.name,
            organisation_id=org_id,
            route=Route(host=domain.route_host, port=domain.route_port, tls=domain.route_tls),
            policy=policy,
            recipients=frozenset(store.accepted[domain.pk]) if domain.recipients_restricted else None,
            mailbox_policies=mailbox_policies,
        )
    return Snapshot(domains=domains, version=version, learning=_learning.load())
