"""Login events in the audit log, in each tenant where the person holds a role.

The audit log is read per tenant (an organisation's auditor reads the
organisation's events), and a login belongs to no single tenant: it is
recorded once in each organisation or provider where the person has a
membership, so that every one of them sees who entered. An attempt on an
address nobody has is recorded once, without a tenant (the platform's own).
"""

from __future__ import annotations

from rempart.audit.log import record
from rempart.tenants.models import Membership


def record_for_person(action: str, request, user=None, label: str = "", detail: str = "", **values) -> None:
    """Record ``action`` about ``user`` (or the address ``label`` when no person has it)."""
    actor = user if user is not None else (label or "unknown")
    memberships = list(Membership.objects.filter(user=user).only("organisation_id", "provider_id")) if user else []
    if not memberships:
        record(action, actor=actor, request=request, detail=detail, **values)
        return
    for membership in memberships:
        record(action, actor=actor, request=request, organisation=membership.organisation_id,
               provider=membership.provider_id, detail=detail, **values)
