"""Sender-to-recipient relations of an organisation: who may (or may not) write to whom.

``forbid``: this sender may not write to this recipient. ``allow``: once a
recipient has allowed senders, only they may write to it. Relations belong
to the organisation; the level given on creation only supplies the default
recipient (a domain's name, a mailbox's address). Validation and the audit
event are :mod:`rempart.policies.service`'s.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from ninja import Query, Router, Schema, Status

from rempart.api import lookup
from rempart.api.schemas import READ_ERRORS, WRITE_ERRORS, Input, ObjectId, Page, Paging, Text, page
from rempart.policies import service
from rempart.policies.models import Relation
from rempart.tenants.access import scope

router = Router(tags=["relations"])

Kind = Literal["allow", "forbid"]


class RelationOut(Schema):
    id: int
    organisation_id: int
    kind: Kind
    sender: str
    recipient: str
    comment: str
    created_at: datetime


class RelationFilter(Input):
    organisation_id: ObjectId | None = None
    kind: Kind | None = None
    q: Text(320) | None = None


class RelationCreate(Input):
    """Exactly one of ``organisation_id``, ``domain_id``, ``mailbox_id``; ``recipient`` defaults to
    the domain or mailbox given (required for an organisation)."""

    organisation_id: ObjectId | None = None
    domain_id: ObjectId | None = None
    mailbox_id: ObjectId | None = None
    kind: Kind
    sender: Text(320, min_length=1)
    recipient: Text(320, min_length=1) | None = None
    comment: Text(200) = ""


def _relations(principal):
    return scope(Relation.objects.all(), principal, "view").order_by("recipient", "kind", "sender", "id")


@router.get("", response={200: Page[RelationOut], **READ_ERRORS})
def list_relations(request, paging: Query[Paging], filters: Query[RelationFilter]):
    found = _relations(request.auth)
    if filters.organisation_id is not None:
        found = found.filter(organisation_id=filters.organisation_id)
    if filters.kind is not None:
        found = found.filter(kind=filters.kind)
    if filters.q:
        found = found.filter(sender__icontains=filters.q) | found.filter(recipient__icontains=filters.q)
    return page(found, paging)


@router.get("/{relation_id}", response={200: RelationOut, **READ_ERRORS})
def get_relation(request, relation_id: ObjectId):
    return lookup.visible(request.auth, Relation.objects.all(), relation_id, "relation")


@router.post("", response={201: RelationOut, **WRITE_ERRORS})
def add_relation(request, payload: RelationCreate):
    level = lookup.level(request.auth, payload)
    added = service.add_relation(level, payload.kind, payload.sender, payload.recipient, comment=payload.comment,
                                 actor=request.auth.user, request=request, token=request.auth.token)
    return Status(201, added)


@router.delete("/{relation_id}", response={204: None, **WRITE_ERRORS})
def remove_relation(request, relation_id: ObjectId):
    relation = lookup.visible(request.auth, Relation.objects.all(), relation_id, "relation", "manage")
    service.remove_relation(relation, actor=request.auth.user, request=request, token=request.auth.token)
    return Status(204, None)
