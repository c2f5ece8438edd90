"""Finding an object for a caller: 404 when it is outside their tenants, 403 when they may only look.

Every route goes through these, so the rule is the same everywhere: an
object of another tenant is *not found* (its existence is not revealed); an
object the caller may see but not change is *forbidden* to change.
The rules themselves are :class:`rempart.tenants.access.Principal`'s.
"""

from __future__ import annotations

from django.db.models import Model, Q, QuerySet

from rempart.api.errors import Forbidden, Invalid, NotFound
from rempart.tenants.access import Principal, scope
from rempart.tenants.models import Domain, Mailbox, Organisation

_VERBS = {"manage": "change", "audit": "read the audit log of", "report": "teach the filter of"}


def refuse(principal: Principal, organisation_id: int, what: str, ability: str) -> None:
    """Raise Forbidden unless the principal has ``ability`` in that organisation (which it can see)."""
    if principal.can(ability, organisation_id):
        return
    role = principal.role_in(Organisation.objects.get(pk=organisation_id)) or "none"
    raise Forbidden(f"your role ({role}) may not {_VERBS.get(ability, ability)} {what}")


def organisations(principal: Principal) -> QuerySet:
    return principal.organisations("view").select_related("provider").order_by("name")


def organisation(principal: Principal, pk: int, ability: str = "view") -> Organisation:
    found = organisations(principal).filter(pk=pk).first()
    if found is None:
        raise NotFound(f"organisation {pk} not found")
    if ability != "view":
        refuse(principal, found.pk, f"organisation {found.name}", ability)
    return found


def reported_organisation(principal: Principal, pk: int) -> Organisation:
    """An organisation to report messages to: its admins and end users may, its auditors are refused (403).

    An end user cannot ``view`` their organisation, yet reports for it; any
    other caller finds nothing (404).
    """
    found = principal.organisations("report").filter(pk=pk).first()
    if found is not None:
        return found
    seen = principal.organisations("view").filter(pk=pk).first()
    if seen is not None:
        refuse(principal, pk, f"organisation {seen.name}", "report")
    raise NotFound(f"organisation {pk} not found")


def domains(principal: Principal) -> QuerySet:
    return scope(Domain.objects.all(), principal, "view").order_by("name")


def domain(principal: Principal, pk: int, ability: str = "view") -> Domain:
    found = domains(principal).filter(pk=pk).select_related("organisation").first()
    if found is None:
        raise NotFound(f"domain {pk} not found")
    if ability != "view":
        refuse(principal, found.organisation_id, f"domain {found.name}", ability)
    return found


def own_mailboxes(principal: Principal) -> Q:
    """A person's own mailbox, in organisations where they hold any role (an end user's whole world)."""
    if not principal.email:
        return Q(pk__in=[])
    held = principal.organisations("self").values("pk")
    return Q(address=principal.email, domain__organisation__in=held)


def mailboxes(principal: Principal) -> QuerySet:
    admin = Q(domain__organisation__in=principal.organisations("view").values("pk"))
    return Mailbox.objects.filter(admin | own_mailboxes(principal)).select_related("domain").order_by("address")


def mailbox(principal: Principal, pk: int, ability: str = "view") -> Mailbox:
    found = mailboxes(principal).filter(pk=pk).first()
    if found is None:
        raise NotFound(f"mailbox {pk} not found")
    if ability != "view":
        refuse(principal, found.domain.organisation_id, f"mailbox {found.address}", ability)
    return found


def visible(principal: Principal, queryset: QuerySet, pk: int, what: str, ability: str = "view") -> Model:
    """Any organisation-owned object (``organisation`` field) by id, with the same 404/403 rule."""
    found = scope(queryset, principal, "view").filter(pk=pk).first()
    if found is None:
        raise NotFound(f"{what} {pk} not found")
    if ability != "view":
        refuse(principal, found.organisation_id, f"{what} {pk}", ability)
    return found


def layered(principal: Principal, queryset: QuerySet) -> QuerySet:
    """Rows held at a policy level (list entries, attachment rules) that a principal may read:
    their organisations', and an end user's own mailbox's."""
    admin = Q(organisation__in=principal.organisations("view").values("pk"))
    own = Q(mailbox__in=mailboxes(principal).values("pk"))
    return queryset.filter(admin | own)


def layered_one(principal: Principal, queryset: QuerySet, pk: int, what: str, ability: str = "view") -> Model:
    """One such row by id: 404 when unreadable, 403 when readable but not ``ability``."""
    found = layered(principal, queryset).filter(pk=pk).first()
    if found is None:
        raise NotFound(f"{what} {pk} not found")
    if ability != "view":
        refuse(principal, found.organisation_id, f"{what} {pk}", ability)
    return found


LEVEL_FIELDS = ("organisation_id", "domain_id", "mailbox_id")


def level(principal: Principal, payload, ability: str = "manage") -> Organisation | Domain | Mailbox:
    """The policy level a request names with exactly one of organisation_id, domain_id, mailbox_id."""
    given = [name for name in LEVEL_FIELDS if getattr(payload, name, None) is not None]
    if len(given) != 1:
        raise Invalid("give exactly one of organisation_id, domain_id, mailbox_id",
                      [{"field": name, "message": "exactly one level is needed"} for name in given or LEVEL_FIELDS])
    find = {"organisation_id": organisation, "domain_id": domain, "mailbox_id": mailbox}[given[0]]
    return find(principal, getattr(payload, given[0]), ability)
