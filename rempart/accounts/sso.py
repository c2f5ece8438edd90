"""Single sign-on: organisations' OpenID Connect providers, seen by allauth as its own apps.

Each enabled :class:`SsoConnection` becomes an (unsaved) allauth ``SocialApp``
of the ``openid_connect`` provider, built on demand, so the secret lives in
one row only. A login through it is accepted only for a person who already
holds a role in that organisation, with an address in one of its allowed
domains: SSO never creates a person and never grants a role.
"""

from __future__ import annotations

from allauth.socialaccount.models import SocialApp, SocialLogin
from django.contrib.auth import get_user_model

from rempart.accounts.models import SsoConnection
from rempart.tenants.models import Membership

PROVIDER = "openid_connect"


class SsoRefused(Exception):
    """The identity provider vouched for someone we do not let in; the message says why."""


def social_app(connection: SsoConnection) -> SocialApp:
    return SocialApp(
        provider=PROVIDER, provider_id=connection.provider_id, name=connection.name,
        client_id=connection.client_id, secret=connection.client_secret,
        settings={"server_url": connection.server_url, "oauth_pkce_enabled": True},
    )


def social_apps(provider: str | None = None, client_id: str | None = None) -> list[SocialApp]:
    """The apps of enabled connections, filtered as allauth's ``list_apps`` asks."""
    connections = SsoConnection.objects.filter(enabled=True)
    if provider and provider != PROVIDER:
        if not provider.startswith("org-") or not provider[4:].isdigit():
            return []
        connections = connections.filter(organisation_id=int(provider[4:]))
    if client_id:
        connections = connections.filter(client_id=client_id)
    return [social_app(c) for c in connections]


def connection_for(provider_id: str) -> SsoConnection | None:
    if not provider_id.startswith("org-") or not provider_id[4:].isdigit():
        return None
    return SsoConnection.objects.filter(organisation_id=int(provider_id[4:]), enabled=True).first()


def connection_for_email(email: str) -> SsoConnection | None:
    """The connection whose allowed domains include this address's domain, if any."""
    domain = email.rpartition("@")[2].strip().lower()
    if not domain:
        return None
    for connection in SsoConnection.objects.filter(enabled=True, email_domains__icontains=domain):
        if connection.allows(email):
            return connection
    return None


def email_of(sociallogin: SocialLogin) -> str:
    """The address the provider vouches for: ``email``, else (Entra ID) ``preferred_username``/``upn``."""
    data = sociallogin.account.extra_data or {}
    claims = {**(data.get("id_token") or {}), **(data.get("userinfo") or {})} if isinstance(data, dict) else {}
    for name in ("email", "preferred_username", "upn"):
        value = str(claims.get(name) or "").strip().lower()
        if "@" in value:
            return value
    return (getattr(sociallogin.user, "email", "") or "").strip().lower()


def person_for(connection: SsoConnection, sociallogin: SocialLogin) -> tuple[object, str]:
    """The person this login may enter as, and their address; raises SsoRefused otherwise."""
    email = email_of(sociallogin)
    if not email:
        raise SsoRefused("the identity provider gave no email address")
    if not connection.allows(email):
        raise SsoRefused(f"{email} is not in the domains allowed for {connection.name}")
    user = get_user_model().objects.filter(username=email, is_active=True).first()
    if user is None or not Membership.objects.filter(user=user, organisation_id=connection.organisation_id).exists():
        raise SsoRefused(f"{email} has no role in this organisation")
    if sociallogin.is_existing and sociallogin.user.pk != user.pk:
        raise SsoRefused(f"this {connection.name} identity belongs to another person")
    return user, email
