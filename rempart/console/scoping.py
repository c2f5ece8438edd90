"""Loading what a page shows, through the access rules of rempart.tenants.access.

Every console view starts here: an object of an organisation the person
cannot see is not found (404), as if it did not exist; an object they can
see but not change answers 403 to a change, and the refusal is audited.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest

from rempart.audit.log import record
from rempart.tenants.access import Principal, scope
from rempart.tenants.models import Domain, Mailbox, Organisation


def principal(request: HttpRequest) -> Principal:
    """The person acting, with all their memberships; computed once per request."""
    cached = getattr(request, "_rempart_principal", None)
    if cached is None or cached.user != request.user:
        cached = request._rempart_principal = Principal.for_user(request.user)
    return cached


def organisation_or_404(request: HttpRequest, pk: int, ability: str = "view") -> Organisation:
    found = principal(request).organisations(ability).select_related("provider").filter(pk=pk).first()
    if found is None:
        raise Http404("no such organisation")
    return found


def domain_or_404(request: HttpRequest, pk: int) -> Domain:
    found = scope(Domain.objects.select_related("organisation"), principal(request)).filter(pk=pk).first()
    if found is None:
        raise Http404("no such domain")
    return found


def own_mailboxes(person: Principal) -> QuerySet:
    """The person's own mailboxes (their address) in organisations where they hold a role."""
    if not person.email:
        return Mailbox.objects.none()
    return Mailbox.objects.filter(address=person.email, domain__organisation__in=person.organisations("self")
                                  ).select_related("domain__organisation")


def mailbox_or_404(request: HttpRequest, pk: int) -> Mailbox:
    """A mailbox of an organisation the person may view, or their own."""
    person = principal(request)
    visible = scope(Mailbox.objects.all(), person, organisation_field="domain__organisation")
    found = (visible.filter(pk=pk).first() or own_mailboxes(person).filter(pk=pk).first())
    if found is None:
        raise Http404("no such mailbox")
    return Mailbox.objects.select_related("domain__organisation").get(pk=found.pk)


def may_manage(request: HttpRequest, organisation: Organisation) -> bool:
    return principal(request).can("manage", organisation)


def require_manage(request: HttpRequest, organisation: Organisation, what: str) -> None:
    """Stop a change by someone who may only read (an auditor): 403, and an audit event saying so."""
    if may_manage(request, organisation):
        return
    record("access.denied", request=request, organisation=organisation,
           detail=f"{request.method} {request.path}: {what} needs an admin role")
    raise PermissionDenied("read-only access")
