"""Domains: where an organisation's mail is accepted and delivered; admins change them, auditors read."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from django.db import transaction
from ninja import Query, Router, Schema, Status
from pydantic import Field

from rempart.api import lookup
from rempart.api.errors import Conflict, checked
from rempart.api.schemas import READ_ERRORS, WRITE_ERRORS, Input, ObjectId, Page, Paging, Text, page
from rempart.audit.log import record, state_of
from rempart.tenants.models import Domain
from rempart.tenants.names import normalise_domain, normalise_host

router = Router(tags=["domains"])

Tls = Literal["off", "on", "required"]

class DomainOut(Schema):
    id: int
    organisation_id: int
    name: str
    route_host: str
    route_port: int
    route_tls: Tls
    recipients_restricted: bool
    created_at: datetime
    updated_at: datetime


class DomainFilter(Input):
    organisation_id: ObjectId | None = None
    q: Text(253) | None = None


class DomainCreate(Input):
    organisation_id: ObjectId
    name: Text(253, min_length=1)
    route_host: Text(253, min_length=1)
    route_port: int = Field(25, ge=1, le=65535)
    route_tls: Tls = "on"
    recipients_restricted: bool = False


class DomainChange(Input):
    """Only the fields given change; a domain's name and organisation never do."""

    route_host: Text(253, min_length=1) = None
    route_port: int = Field(None, ge=1, le=65535)
    route_tls: Tls = None
    recipients_restricted: bool = None


def _state(domain: Domain) -> dict:
    return state_of(domain)


@router.get("", response={200: Page[DomainOut], **READ_ERRORS})
def list_domains(request, paging: Query[Paging], filters: Query[DomainFilter]):
    found = lookup.domains(request.auth)
    if filters.organisation_id is not None:
        found = found.filter(organisation_id=filters.organisation_id)
    if filters.q:
        found = found.filter(name__icontains=filters.q)
    return page(found, paging)


@router.get("/{domain_id}", response={200: DomainOut, **READ_ERRORS})
def get_domain(request, domain_id: ObjectId):
    return lookup.domain(request.auth, domain_id)


@router.post("", response={201: DomainOut, **WRITE_ERRORS})
def create_domain(request, payload: DomainCreate):
    organisation = lookup.organisation(request.auth, payload.organisation_id, "manage")
    domain = Domain(
        organisation=organisation, name=checked("name", normalise_domain, payload.name),
        route_host=checked("route_host", normalise_host, payload.route_host),
        route_port=payload.route_port, route_tls=payload.route_tls, recipients_restricted=payload.recipients_restricted,
    )
    with transaction.atomic():
        if Domain.objects.filter(name=domain.name).exists():
            raise Conflict(f"the domain {domain.name} is already registered")
        domain.save()
        record("domain.create", request=request, token=request.auth.token, obj=domain, after=_state(domain))
    return Status(201, domain)


@router.patch("/{domain_id}", response={200: DomainOut, **WRITE_ERRORS})
def update_domain(request, domain_id: ObjectId, payload: DomainChange):
    domain = lookup.domain(request.auth, domain_id, "manage")
    changes = payload.model_dump(exclude_unset=True)
    if "route_host" in changes:
        changes["route_host"] = checked("route_host", normalise_host, changes["route_host"])
    with transaction.atomic():
        before = _state(domain)
        for name, value in changes.items():
            setattr(domain, name, value)
        after = _state(domain)
        if before != after:
            domain.save()
            record("domain.update", request=request, token=request.auth.token, obj=domain, before=before, after=after)
    return domain


@router.delete("/{domain_id}", response={204: None, **WRITE_ERRORS})
def delete_domain(request, domain_id: ObjectId):
    """Stop accepting mail for the domain; its mailboxes, overrides and list entries go with it."""
    domain = lookup.domain(request.auth, domain_id, "manage")
    with transaction.atomic():
        record("domain.delete", request=request, token=request.auth.token, obj=domain, before=_state(domain))
        domain.delete()
    return Status(204, None)
