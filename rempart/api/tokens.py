"""The caller's own API tokens in the tenant of the token in use: list, create (shown once), revoke."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from django.db import transaction
from ninja import Query, Router, Schema, Status

from rempart.api.errors import Conflict, Forbidden, NotFound, checked
from rempart.api.schemas import READ_ERRORS, WRITE_ERRORS, Input, ObjectId, Page, Paging, page
from rempart.audit.log import record
from rempart.tenants.access import RANK
from rempart.tenants.models import ApiToken, Membership, check_role_scope

router = Router(tags=["tokens"])

RoleName = Literal["provider-admin", "org-admin", "auditor", "user"]


class TokenOut(Schema):
    id: int
    prefix: str
    role: RoleName
    organisation_id: int | None
    provider_id: int | None
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class NewTokenOut(TokenOut):
    token: str


class TokenFilter(Input):
    active: bool | None = None


class TokenCreate(Input):
    """``role``: a lesser role than yours for a narrower token (default: the role of the token in use)."""

    role: RoleName | None = None


def _mine(request):
    """The person's tokens in the tenant of the token in use (never another tenant's)."""
    token = request.auth.token
    return ApiToken.objects.filter(
        user=request.auth.user, organisation_id=token.organisation_id, provider_id=token.provider_id
    ).order_by("-created_at", "-id")


@router.get("", response={200: Page[TokenOut], **READ_ERRORS})
def list_tokens(request, paging: Query[Paging], filters: Query[TokenFilter]):
    found = _mine(request)
    if filters.active is not None:
        found = found.filter(revoked_at__isnull=filters.active)
    return page(found, paging)


@router.post("", response={201: NewTokenOut, **WRITE_ERRORS})
def create_token(request, payload: TokenCreate):
    """A new token for yourself in this tenant; the ``token`` string is shown here only."""
    current = request.auth.token
    held = request.auth.grants[0].role
    role = payload.role or held
    if RANK[role] > RANK[held]:
        raise Forbidden(f"a token cannot carry more than your role ({held})")
    scope = {"organisation_id": current.organisation_id, "provider_id": current.provider_id}
    checked("role", check_role_scope, role, current.organisation, current.provider)
    with transaction.atomic():
        issued, secret = ApiToken.issue(Membership(user=request.auth.user, role=role, **scope))
        record("token.create", request=request, token=current, obj=issued,
               after={"user": request.auth.user.username, "role": role, "prefix": issued.prefix})
    return Status(201, {**TokenOut.model_validate(issued).model_dump(), "token": secret})


@router.delete("/{token_id}", response={204: None, **WRITE_ERRORS})
def revoke_token(request, token_id: ObjectId):
    """Revoke one of your tokens (the one in use included); it stops working at once."""
    token = _mine(request).filter(pk=token_id).first()
    if token is None:
        raise NotFound(f"token {token_id} not found")
    if token.revoked_at is not None:
        raise Conflict(f"token {token_id} was already revoked on {token.revoked_at:%Y-%m-%d}")
    with transaction.atomic():
        token.revoke()
        record("token.revoke", request=request, token=request.auth.token, obj=token,
               before={"revoked_at": None}, after={"revoked_at": token.revoked_at})
    return Status(204, None)
