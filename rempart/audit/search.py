"""Reading the audit log: who may see which events, and the filters the console and API share."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Q, QuerySet

from rempart.audit.models import AuditEvent


def visible_to(principal) -> QuerySet:
    """The events a principal may read: those of organisations it may ``audit``,
    and, for provider-level roles, the provider's own events (new organisations …).

    Events that belong to no tenant (a refused unknown token) are visible to
    no one through the product; they stay in the table for the operator.
    """
    organisations = principal.organisations("audit").values("pk")
    providers = principal.providers("audit")
    condition = Q(organisation_id__in=organisations)
    if providers:
        condition |= Q(organisation_id__isnull=True, provider_id__in=providers)
    return AuditEvent.objects.filter(condition)


def search(
    events: QuerySet | None = None,
    *,
    actor: str | None = None,
    action: str | None = None,
    organisation: int | None = None,
    object_type: str | None = None,
    object_id: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    text: str | None = None,
) -> QuerySet:
    """``events`` (by default all) narrowed by every filter given, newest first.

    - ``actor``: the person's address or a label such as ``cli`` (exact,
      case-insensitive), or a token prefix.
    - ``action``: exact (``domain.update``), or every action of a kind when it
      ends with a dot (``domain.``).
    - ``since`` is inclusive, ``until`` exclusive.
    - ``text``: a case-insensitive substring of the action, actor, object
      name or detail.
    """
    events = AuditEvent.objects.all() if events is None else events
    if actor:
        events = events.filter(Q(actor_label__iexact=actor.strip()) | Q(token_prefix=actor.strip()))
    if action:
        events = events.filter(action__startswith=action) if action.endswith(".") else events.filter(action=action)
    if organisation is not None:
        events = events.filter(organisation_id=organisation)
    if object_type:
        events = events.filter(object_type=object_type)
    if object_id:
        events = events.filter(object_id=str(object_id))
    if since is not None:
        events = events.filter(created_at__gte=since)
    if until is not None:
        events = events.filter(created_at__lt=until)
    if text:
        events = events.filter(
            Q(action__icontains=text) | Q(actor_label__icontains=text)
            | Q(object_repr__icontains=text) | Q(detail__icontains=text)
        )
    return events.order_by("-created_at", "-id")
