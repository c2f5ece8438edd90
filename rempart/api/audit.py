"""The audit log: search and CSV export, for auditors and admins, within their tenants."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from ninja import Query, Router, Schema

from rempart.api.errors import Forbidden
from rempart.api.schemas import READ_ERRORS, Error, Input, Moment, ObjectId, Page, Paging, Text, page
from rempart.audit.export import csv_response
from rempart.audit.log import record
from rempart.audit.search import search, visible_to

router = Router(tags=["audit"])
ERRORS = {**READ_ERRORS, 403: Error}


class AuditEventOut(Schema):
    id: int
    created_at: datetime
    action: str
    actor: str
    token_prefix: str
    source: Literal["web", "api", "cli", "system"]
    ip: str | None
    user_agent: str
    organisation_id: int | None
    provider_id: int | None
    object_type: str
    object_id: str
    object_repr: str
    before: Any = None
    after: Any = None
    detail: str


class AuditFilter(Input):
    """``action`` ending with a dot matches every action of a kind (``domain.``); ``until`` is exclusive."""

    actor: Text(320) | None = None
    action: Text(64) | None = None
    organisation_id: ObjectId | None = None
    object_type: Text(64) | None = None
    object_id: Text(64) | None = None
    since: Moment | None = None
    until: Moment | None = None
    q: Text(200) | None = None


def _events(request, filters: AuditFilter):
    principal = request.auth
    if not principal.organisations("audit").exists() and not principal.providers("audit"):
        raise Forbidden("the audit log is for auditors and admins")
    return search(
        visible_to(principal), actor=filters.actor, action=filters.action, organisation=filters.organisation_id,
        object_type=filters.object_type, object_id=filters.object_id, since=filters.since, until=filters.until,
        text=filters.q,
    )


def _out(event) -> dict:
    return {**{f: getattr(event, f) for f in AuditEventOut.model_fields if f != "actor"}, "actor": event.actor_label}


@router.get("", response={200: Page[AuditEventOut], **ERRORS})
def list_events(request, paging: Query[Paging], filters: Query[AuditFilter]):
    return page(_events(request, filters), paging, _out)


@router.get("/export.csv", response=ERRORS,
            openapi_extra={"responses": {200: {"description": "the matching events as CSV",
                                               "content": {"text/csv": {"schema": {"type": "string"}}}}}})
def export_events(request, filters: Query[AuditFilter]):
    """Every matching event as CSV (streamed); the export itself is recorded."""
    events = _events(request, filters)
    used = filters.model_dump(mode="json", exclude_none=True)
    record("audit.export", request=request, token=request.auth.token, detail=f"CSV export, filters {used}"[:500])
    return csv_response(events)
