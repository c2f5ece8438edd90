"""Who may see and do what, in one place, for pages and API alike.

A :class:`Principal` is the person acting — through a browser session (all
their memberships) or an API token (only the tenant and role the token was
made for, and only while the person still holds that role there). Every
view and API route asks it two questions: which organisations may I
``view``/``manage``/``audit``, and filters its queryset with
:func:`scope` so that another tenant's object is simply not found (404).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from rempart.tenants.models import ApiToken, Membership, Organisation, Role

# What each role may do in the organisations it covers.
# ``report``: teach the organisation's filter that a message is spam or legitimate (rempart.feedback).
ABILITIES: dict[str, frozenset[str]] = {
    Role.PROVIDER_ADMIN: frozenset({"view", "manage", "audit", "report"}),
    Role.ORG_ADMIN: frozenset({"view", "manage", "audit", "report"}),
    Role.AUDITOR: frozenset({"view", "audit"}),
    Role.USER: frozenset({"self", "report"}),  # own mailbox only: quarantine, reports, training
}

RANK = {Role.USER: 0, Role.AUDITOR: 1, Role.ORG_ADMIN: 2, Role.PROVIDER_ADMIN: 3}


@dataclass(frozen=True)
class Grant:
    role: str
    organisation_id: int | None = None
    provider_id: int | None = None


@dataclass
class Principal:
    """The acting person and the grants this request may use."""

    user: object
    grants: list[Grant] = field(default_factory=list)
    token: ApiToken | None = None

    @classmethod
    def for_user(cls, user) -> "Principal":
        if user is None or not getattr(user, "is_authenticated", False):
            return cls(user=None)
        grants = [Grant(m.role, m.organisation_id, m.provider_id) for m in Membership.objects.filter(user=user)]
        return cls(user=user, grants=grants)

    @classmethod
    def for_token(cls, token: ApiToken) -> "Principal":
        """A token carries its own role, never more than the person still holds there."""
        held = Membership.objects.filter(
            user=token.user, organisation_id=token.organisation_id, provider_id=token.provider_id
        ).values_list("role", flat=True).first()
        if held is None:
            return cls(user=token.user, token=token)
        role = token.role if RANK[token.role] <= RANK[held] else held
        return cls(user=token.user, grants=[Grant(role, token.organisation_id, token.provider_id)], token=token)

    @property
    def email(self) -> str:
        return (getattr(self.user, "email", "") or "").lower()

    def organisations(self, ability: str = "view") -> QuerySet:
        """The organisations where this principal has ``ability``."""
        condition = Q(pk__in=[])
        for grant in self.grants:
            if ability not in ABILITIES.get(grant.role, ()):
                continue
            if grant.organisation_id is not None:
                condition |= Q(pk=grant.organisation_id)
            elif grant.provider_id is not None:
                condition |= Q(provider_id=grant.provider_id)
        return Organisation.objects.filter(condition)

    def providers(self, ability: str = "view") -> list[int]:
        """The providers where this principal holds a provider-level role with ``ability``."""
        return sorted({g.provider_id for g in self.grants
                       if g.provider_id is not None and ability in ABILITIES.get(g.role, ())})

    def can(self, ability: str, organisation: Organisation | int) -> bool:
        organisation_id = organisation if isinstance(organisation, int) else organisation.pk
        return self.organisations(ability).filter(pk=organisation_id).exists()

    def role_in(self, organisation: Organisation) -> str | None:
        """The strongest role that applies to this organisation, or None."""
        best: str | None = None
        for grant in self.grants:
            applies = grant.organisation_id == organisation.pk or (
                grant.provider_id is not None and grant.provider_id == organisation.provider_id
            )
            if applies and (best is None or RANK[grant.role] > RANK[best]):
                best = grant.role
        return best

    @property
    def is_admin_anywhere(self) -> bool:
        return any(g.role in (Role.PROVIDER_ADMIN, Role.ORG_ADMIN) for g in self.grants)


def scope(queryset: QuerySet, principal: Principal, ability: str = "view",
          organisation_field: str = "organisation") -> QuerySet:
    """``queryset`` restricted to objects of organisations where the principal has ``ability``."""
    allowed = principal.organisations(ability).values("pk")
    return queryset.filter(**{f"{organisation_field}__in": allowed})
