"""The tenant commands (``rempart domain|organisation|user|token``) as Python functions.

The CLI is a thin wrapper around these; the REST API will call them too.
Bad input raises :class:`UsageError` (exit 2), a request that cannot be
carried out raises :class:`CommandError` (exit 1); both carry one line.
"""

from __future__ import annotations

from datetime import timedelta

from typing import Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse

from rempart.audit.log import record, state_of
from rempart.errors import CommandError, UsageError
from rempart.tenants.models import (
    ROLE_SCOPES, ApiToken, Domain, Mailbox, Membership, Organisation, Provider, SetupLink, check_role_scope,
    check_tenant_name,
)
from rempart.tenants.names import check_port, normalise_address, normalise_domain, normalise_host


class NewToken(str):
    """An API token string (shown once), with the role and tenant it was issued for."""

    role: str
    tenant: str

    def __new__(cls, value: str, role: str, tenant: str) -> "NewToken":
        token = super().__new__(cls, value)
        token.role, token.tenant = role, tenant
        return token


def _usage(exc: ValidationError) -> UsageError:
    return UsageError("; ".join(exc.messages))


def _organisation(name: str) -> Organisation:
    organisation = Organisation.objects.filter(name__iexact=name).select_related("provider").first()
    if organisation is None:
        raise CommandError(f"no organisation named {name!r}")
    return organisation


def _provider(name: str) -> Provider:
    provider = Provider.objects.filter(name__iexact=name).first()
    if provider is None:
        raise CommandError(f"no provider named {name!r}")
    return provider


def _person(email: str):
    try:
        address = normalise_address(email)
    except ValidationError as exc:
        raise _usage(exc) from None
    user = get_user_model().objects.filter(username=address).first()
    if user is None:
        raise CommandError(f"no person with address {address} (add them with: rempart user add)")
    return user


@transaction.atomic
def domain_add(
    name: str, host: str, port: int = 25, tls: str = "on", organisation: str | None = None,
    recipients: Iterable[str] | None = None,
) -> Domain:
    """Accept mail for a domain and route it to ``host:port``; adding it again updates the route.

    The organisation (by default named after the domain) is created if
    needed. ``recipients``, when given, become the domain's mailboxes and
    only they are accepted from then on; when None, the list is left as is.
    A domain stays with its organisation: naming another one is an error.
    """
    try:
        name = normalise_domain(name)
        host = normalise_host(host)
        check_port(port)
        if tls not in Domain.Tls.values:
            raise ValidationError(f"tls {tls!r}: expected one of {', '.join(Domain.Tls.values)}")
        organisation = check_tenant_name(organisation) if organisation is not None else None
        addresses = None if recipients is None else sorted({normalise_address(a, name) for a in recipients})
    except ValidationError as exc:
        raise _usage(exc) from None
    domain = Domain.objects.filter(name=name).select_related("organisation").first()
    before = None if domain is None else state_of(domain, recipients=_recipients(domain))
    if domain is None:
        owner = Organisation.objects.filter(name__iexact=organisation or name).first()
        if owner is None:
            owner = Organisation.objects.create(name=organisation or name)
            record("organisation.create", actor="cli", obj=owner, after=state_of(owner))
        domain = Domain(name=name, organisation=owner)
    elif organisation is not None and domain.organisation.name.lower() != organisation.lower():
        raise CommandError(f"{name} belongs to organisation {domain.organisation.name!r}; it is not moved")
    domain.route_host, domain.route_port, domain.route_tls = host, port, tls
    if addresses is not None:
        domain.recipients_restricted = True
    domain.save()
    if addresses is not None:
        domain.mailboxes.exclude(address__in=addresses).delete()
        known = set(domain.mailboxes.values_list("address", flat=True))
        Mailbox.objects.bulk_create(Mailbox(address=a, domain=domain) for a in addresses if a not in known)
    after = state_of(domain, recipients=_recipients(domain))
    if before != after:
        record("domain.create" if before is None else "domain.update", actor="cli", obj=domain,
               before=before, after=after)
    return domain


def _recipients(domain: Domain) -> list[str] | None:
    """The accepted addresses as the audit log shows them (None: any)."""
    return sorted(domain.mailboxes.values_list("address", flat=True)) if domain.recipients_restricted else None


def domain_list() -> list[dict]:
    """Every domain: name, route ``host:port``, tls, organisation, recipients (None: any)."""
    rows = []
    for domain in Domain.objects.select_related("organisation").prefetch_related("mailboxes"):
        rows.append({
            "name": domain.name,
            "route": domain.route,
            "tls": domain.route_tls,
            "organisation": domain.organisation.name,
            "recipients": sorted(m.address for m in domain.mailboxes.all()) if domain.recipients_restricted else None,
        })
    return rows


@transaction.atomic
def organisation_add(name: str, provider: str | None = None) -> Organisation:
    """Create an organisation (or find it), under ``provider`` when given (created if needed)."""
    try:
        name = check_tenant_name(name)
        provider = check_tenant_name(provider) if provider is not None else None
    except ValidationError as exc:
        raise _usage(exc) from None
    owner = None
    if provider is not None:
        owner = Provider.objects.filter(name__iexact=provider).first() or Provider.objects.create(name=provider)
    organisation = Organisation.objects.filter(name__iexact=name).select_related("provider").first()
    if organisation is None:
        organisation = Organisation.objects.create(name=name, provider=owner)
        record("organisation.create", actor="cli", obj=organisation, after=state_of(organisation))
        return organisation
    if owner is not None and organisation.provider_id != owner.pk:
        before = state_of(organisation)
        organisation.provider = owner
        organisation.save()
        record("organisation.update", actor="cli", obj=organisation, before=before, after=state_of(organisation))
    return organisation


def welcome_url(token: str) -> str:
    """The full address of a set-up link, on the web address people use (PUBLIC_URL)."""
    return settings.PUBLIC_URL + reverse("welcome", args=[token])


@transaction.atomic
def user_add(email: str, role: str, organisation: str | None = None, provider: str | None = None) -> str:
    """Give a person (created if needed) a role in one tenant; return a one-time set-up link.

    The link lets them set a password and TOTP; any older unused link of
    theirs stops working. A role already held in that tenant is replaced.
    """
    organisation, provider = organisation or None, provider or None
    scopes = ROLE_SCOPES.get(role, ())
    if scopes and organisation is None and provider is None:
        raise UsageError(f"role {role} needs {' or '.join(f'--{s} NAME' for s in scopes)}")
    try:
        address = normalise_address(email)
        check_role_scope(role, organisation, provider)
    except ValidationError as exc:
        raise _usage(exc) from None
    if len(address) > 150:
        raise UsageError(f"{address}: addresses longer than 150 characters are not supported")
    scope = {"organisation": _organisation(organisation), "provider": None} if organisation else {
        "organisation": None, "provider": _provider(provider)}
    User = get_user_model()
    user = User.objects.filter(username=address).first()
    if user is None:
        user = User(username=address, email=address)
        user.set_unusable_password()
        user.save()
    held = Membership.objects.filter(user=user, **scope).values_list("role", flat=True).first()
    membership, _ = Membership.objects.update_or_create(user=user, **scope, defaults={"role": role})
    record("user.add", actor="cli", obj=membership, before=None if held is None else {"user": address, "role": held},
           after={"user": address, "role": role}, detail="set-up link issued")
    _, token = SetupLink.issue(user)
    return welcome_url(token)


@transaction.atomic
def token_create(email: str, organisation: str | None = None, provider: str | None = None,
                 expires_days: int | None = None) -> str:
    """A new API token for a person in one tenant, with the role they hold there.

    The returned string is the only time the token can be seen (only its
    hash is kept); it also carries ``.role`` and ``.tenant``. Without a
    tenant, the person's only membership is used.
    """
    if organisation and provider:
        raise UsageError("give --organisation or --provider, not both")
    user = _person(email)
    memberships = Membership.objects.filter(user=user).select_related("organisation", "provider", "user")
    if organisation:
        membership = memberships.filter(organisation=_organisation(organisation)).first()
        where = f"organisation {organisation!r}"
    elif provider:
        membership = memberships.filter(provider=_provider(provider)).first()
        where = f"provider {provider!r}"
    else:
        held = list(memberships[:2])
        if len(held) > 1:
            raise UsageError(f"{user.username} has roles in several tenants: give --organisation or --provider")
        membership, where = (held[0] if held else None), "any organisation or provider"
    if membership is None:
        raise CommandError(f"{user.username} has no role in {where}")
    if expires_days is not None and expires_days <= 0:
        raise UsageError("--expires-days must be a positive number of days")
    issued, token = ApiToken.issue(membership, timedelta(days=expires_days) if expires_days else None)
    record("token.create", actor="cli", obj=issued,
           after={"user": user.username, "role": membership.role, "prefix": issued.prefix})
    return NewToken(token, role=membership.role, tenant=str(membership.tenant))
