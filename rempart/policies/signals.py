"""Keeping policies in step with tenants, and the snapshot's revision with both (and with learning).

A new organisation gets its policy row. Any saved or deleted row that the
gateway's snapshot reads bumps :class:`SnapshotRevision` (bulk operations
skip signals; ``snapshot_version`` also counts rows for them). Deleted
mailboxes are left to that count on purpose: a listener would turn the one
DELETE of a big domain's mailboxes into one query per mailbox.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save

from rempart.feedback.models import Learning
from rempart.policies.models import (
    AttachmentRule,
    ListEntry,
    Policy,
    Relation,
    SnapshotRevision,
)
from rempart.tenants.models import Domain, Mailbox, Organisation

# What compile_snapshot() reads; snapshot_version() watches the same tables.
SNAPSHOT_MODELS = (Organisation, Domain, Mailbox, Policy, ListEntry, AttachmentRule, Relation, Learning)


def organisation_created(sender, instance: Organisation, created: bool, raw: bool = False, **kwargs) -> None:
    if created and not raw:
        Policy.for_organisation(instance)


def snapshot_changed(sender, raw: bool = False, **kwargs) -> None:
    if not raw:
        SnapshotRevision.bump()


def connect() -> None:
    post_save.connect(organisation_created, sender=Organisation, dispatch_uid="policies.organisation_created")
    for model in SNAPSHOT_MODELS:
        name = model._meta.label_lower
        post_save.connect(snapshot_changed, sender=model, dispatch_uid=f"policies.changed.save.{name}")
        if model is not Mailbox:
            post_delete.connect(snapshot_changed, sender=model, dispatch_uid=f"policies.changed.delete.{name}")
