"""Organisations: everyone lists those they may see; provider admins create and rename them."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from ninja import Query, Router, Schema, Status

from rempart.api import lookup
from rempart.api.errors import Conflict, Forbidden, NotFound, checked
from rempart.api.schemas import READ_ERRORS, WRITE_ERRORS, Input, ObjectId, Page, Paging, Text, page
from rempart.audit.log import record, state_of
from rempart.tenants.models import Organisation, check_tenant_name

router = Router(tags=["organisations"])


class OrganisationOut(Schema):
    id: int
    name: str
    provider_id: int | None
    provider: str | None
    created_at: datetime
    updated_at: datetime


class OrganisationFilter(Input):
    q: Text(200) | None = None


class OrganisationCreate(Input):
    name: Text(200, min_length=1)
    provider_id: ObjectId | None = None


class OrganisationChange(Input):
    name: Text(200, min_length=1) = None


def _out(organisation: Organisation) -> dict:
    return {
        "id": organisation.pk, "name": organisation.name, "provider_id": organisation.provider_id,
        "provider": organisation.provider.name if organisation.provider_id else None,
        "created_at": organisation.created_at, "updated_at": organisation.updated_at,
    }


def _name(name: str, exclude: int | None = None) -> str:
    name = checked("name", check_tenant_name, name)
    if Organisation.objects.filter(name__iexact=name).exclude(pk=exclude).exists():
        raise Conflict(f"an organisation named {name!r} already exists")
    return name


@router.get("", response={200: Page[OrganisationOut], **READ_ERRORS})
def list_organisations(request, paging: Query[Paging], filters: Query[OrganisationFilter]):
    found = lookup.organisations(request.auth)
    if filters.q:
        found = found.filter(name__icontains=filters.q)
    return page(found, paging, _out)


@router.get("/{organisation_id}", response={200: OrganisationOut, **READ_ERRORS})
def get_organisation(request, organisation_id: ObjectId):
    return _out(lookup.organisation(request.auth, organisation_id))


@router.post("", response={201: OrganisationOut, **WRITE_ERRORS})
def create_organisation(request, payload: OrganisationCreate):
    """A new organisation under one of the caller's providers (provider admins only)."""
    providers = request.auth.providers("manage")
    if not providers:
        raise Forbidden("only a provider admin may create organisations")
    provider_id = payload.provider_id
    if provider_id is None:
        if len(providers) > 1:
            raise Forbidden("you administer several providers: give provider_id")
        provider_id = providers[0]
    elif provider_id not in providers:
        raise NotFound(f"provider {provider_id} not found")
    with transaction.atomic():
        organisation = Organisation.objects.create(name=_name(payload.name), provider_id=provider_id)
        record("organisation.create", request=request, token=request.auth.token, obj=organisation,
               after=state_of(organisation))
    return Status(201, _out(Organisation.objects.select_related("provider").get(pk=organisation.pk)))


@router.patch("/{organisation_id}", response={200: OrganisationOut, **WRITE_ERRORS})
def update_organisation(request, organisation_id: ObjectId, payload: OrganisationChange):
    """Rename an organisation (provider admins of its provider only)."""
    organisation = lookup.organisation(request.auth, organisation_id)
    if organisation.provider_id not in request.auth.providers("manage"):
        raise Forbidden("only the organisation's provider admin may change it")
    changes = payload.model_dump(exclude_unset=True)
    with transaction.atomic():
        before = state_of(organisation)
        if "name" in changes:
            organisation.name = _name(changes["name"], exclude=organisation.pk)
        organisation.save()
        after = state_of(organisation)
        if before != after:
            record("organisation.update", request=request, token=request.auth.token, obj=organisation,
                   before=before, after=after)
    return _out(organisation)
