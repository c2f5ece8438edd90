"""Allow and block list entries held at an organisation, a domain or a mailbox.

Entries add up downwards: an organisation's block entry blocks for all its
mailboxes (the effective policy shows what applies where). Validation,
canonical form and the audit event are :mod:`rempart.policies.service`'s.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from ninja import Query, Router, Schema, Status

from rempart.api import lookup
from rempart.api.schemas import READ_ERRORS, WRITE_ERRORS, Input, ObjectId, Page, Paging, Text, page
from rempart.policies import service
from rempart.policies.models import ListEntry

router = Router(tags=["lists"])

Kind = Literal["allow", "block"]


class ListEntryOut(Schema):
    id: int
    level: Literal["organisation", "domain", "mailbox"]
    organisation_id: int
    domain_id: int | None
    mailbox_id: int | None
    kind: Kind
    value: str
    comment: str
    created_at: datetime


class ListFilter(Input):
    organisation_id: ObjectId | None = None
    domain_id: ObjectId | None = None
    mailbox_id: ObjectId | None = None
    kind: Kind | None = None
    q: Text(320) | None = None


class ListEntryCreate(Input):
    """Give exactly one of ``organisation_id``, ``domain_id``, ``mailbox_id``: the level that holds the entry.

    ``value``: an address, a domain (``@domain`` and ``*.domain`` too; covers subdomains), an IP or a network.
    """

    organisation_id: ObjectId | None = None
    domain_id: ObjectId | None = None
    mailbox_id: ObjectId | None = None
    kind: Kind
    value: Text(320, min_length=1)
    comment: Text(200) = ""


def _out(entry: ListEntry) -> dict:
    return {**{f: getattr(entry, f) for f in ListEntryOut.model_fields if f != "level"}, "level": entry.scope}


def entries(principal):
    return lookup.layered(principal, ListEntry.objects.order_by("kind", "value", "id"))


def entry(principal, pk: int, ability: str = "view") -> ListEntry:
    return lookup.layered_one(principal, ListEntry.objects.all(), pk, "list entry", ability)


@router.get("", response={200: Page[ListEntryOut], **READ_ERRORS})
def list_entries(request, paging: Query[Paging], filters: Query[ListFilter]):
    found = entries(request.auth)
    for name in (*lookup.LEVEL_FIELDS, "kind"):
        if getattr(filters, name) is not None:
            found = found.filter(**{name: getattr(filters, name)})
    if filters.q:
        found = found.filter(value__icontains=filters.q)
    return page(found, paging, _out)


@router.get("/{entry_id}", response={200: ListEntryOut, **READ_ERRORS})
def get_entry(request, entry_id: ObjectId):
    return _out(entry(request.auth, entry_id))


@router.post("", response={201: ListEntryOut, **WRITE_ERRORS})
def add_entry(request, payload: ListEntryCreate):
    level = lookup.level(request.auth, payload)
    added = service.add_list_entry(level, payload.kind, payload.value, comment=payload.comment,
                                   actor=request.auth.user, request=request, token=request.auth.token)
    return Status(201, _out(added))


@router.delete("/{entry_id}", response={204: None, **WRITE_ERRORS})
def remove_entry(request, entry_id: ObjectId):
    service.remove_list_entry(entry(request.auth, entry_id, "manage"), actor=request.auth.user, request=request,
                              token=request.auth.token)
    return Status(204, None)
