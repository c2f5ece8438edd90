"""Mailboxes: the known recipients of a domain. Admins change them; an end user sees only their own."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from ninja import Query, Router, Schema, Status

from rempart.api import lookup
from rempart.api.errors import Conflict, checked
from rempart.api.schemas import READ_ERRORS, WRITE_ERRORS, Input, ObjectId, Page, Paging, Text, page
from rempart.audit.log import record, state_of
from rempart.tenants.models import Mailbox
from rempart.tenants.names import normalise_address

router = Router(tags=["mailboxes"])


class MailboxOut(Schema):
    id: int
    domain_id: int
    organisation_id: int
    address: str
    created_at: datetime
    updated_at: datetime


class MailboxFilter(Input):
    domain_id: ObjectId | None = None
    organisation_id: ObjectId | None = None
    q: Text(320) | None = None


class MailboxCreate(Input):
    domain_id: ObjectId
    address: Text(320, min_length=1)


class MailboxChange(Input):
    address: Text(320, min_length=1) = None


def _out(mailbox: Mailbox) -> dict:
    return {
        "id": mailbox.pk, "domain_id": mailbox.domain_id, "organisation_id": mailbox.domain.organisation_id,
        "address": mailbox.address, "created_at": mailbox.created_at, "updated_at": mailbox.updated_at,
    }


def _address(address: str, domain_name: str, exclude: int | None = None) -> str:
    address = checked("address", normalise_address, address, domain_name)
    if Mailbox.objects.filter(address=address).exclude(pk=exclude).exists():
        raise Conflict(f"the mailbox {address} already exists")
    return address


@router.get("", response={200: Page[MailboxOut], **READ_ERRORS})
def list_mailboxes(request, paging: Query[Paging], filters: Query[MailboxFilter]):
    found = lookup.mailboxes(request.auth)
    if filters.domain_id is not None:
        found = found.filter(domain_id=filters.domain_id)
    if filters.organisation_id is not None:
        found = found.filter(domain__organisation_id=filters.organisation_id)
    if filters.q:
        found = found.filter(address__icontains=filters.q)
    return page(found, paging, _out)


@router.get("/{mailbox_id}", response={200: MailboxOut, **READ_ERRORS})
def get_mailbox(request, mailbox_id: ObjectId):
    return _out(lookup.mailbox(request.auth, mailbox_id))


@router.post("", response={201: MailboxOut, **WRITE_ERRORS})
def create_mailbox(request, payload: MailboxCreate):
    """A new mailbox; a bare local part is completed with the domain's name."""
    domain = lookup.domain(request.auth, payload.domain_id, "manage")
    with transaction.atomic():
        mailbox = Mailbox.objects.create(domain=domain, address=_address(payload.address, domain.name))
        record("mailbox.create", request=request, token=request.auth.token, obj=mailbox, after=state_of(mailbox))
    return Status(201, _out(mailbox))


@router.patch("/{mailbox_id}", response={200: MailboxOut, **WRITE_ERRORS})
def update_mailbox(request, mailbox_id: ObjectId, payload: MailboxChange):
    """Rename a mailbox within its domain."""
    mailbox = lookup.mailbox(request.auth, mailbox_id, "manage")
    changes = payload.model_dump(exclude_unset=True)
    with transaction.atomic():
        before = state_of(mailbox)
        if "address" in changes:
            mailbox.address = _address(changes["address"], mailbox.domain.name, exclude=mailbox.pk)
        after = state_of(mailbox)
        if before != after:
            mailbox.save()
            record("mailbox.update", request=request, token=request.auth.token, obj=mailbox, before=before, after=after)
    return _out(mailbox)


@router.delete("/{mailbox_id}", response={204: None, **WRITE_ERRORS})
def delete_mailbox(request, mailbox_id: ObjectId):
    mailbox = lookup.mailbox(request.auth, mailbox_id, "manage")
    with transaction.atomic():
        record("mailbox.delete", request=request, token=request.auth.token, obj=mailbox, before=state_of(mailbox))
        mailbox.delete()
    return Status(204, None)
