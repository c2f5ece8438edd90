"""allauth adapters: where Rempart's rules plug into allauth's login flows.

- :class:`AccountAdapter`: nobody signs up (people are added by an admin or
  ``rempart user add``); an address with too many failed logins is locked
  for a while (:class:`~rempart.accounts.models.LoginLock`), and every
  failure is audited.
- :class:`SocialAccountAdapter`: the organisations' SSO connections are the
  OpenID Connect apps, and a login through one is let in only for a person
  who already holds a role in that organisation.
- :class:`MFAAdapter`: a person whose role requires TOTP cannot remove it.
"""

from __future__ import annotations

import time
from typing import Any

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.contrib.auth import get_user_model
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from rempart.accounts import sso
from rempart.accounts.audit import record_for_person
from rempart.accounts.models import LoginLock
from rempart.accounts.rules import requires_totp
from rempart.accounts.signals import LOGIN_AT


def person_with(email: str):
    """The person with this address, or None (people log in with their address as username)."""
    return get_user_model().objects.filter(username=(email or "").strip().lower()).first()


def login_failed(request, email: str, detail: str) -> None:
    """Audit one failed attempt on ``email``, count it, and audit the lock it may cause."""
    user = person_with(email)
    record_for_person("login.failed", request, user=user, label=email, detail=detail)
    if LoginLock.failure(email):
        record_for_person("login.locked", request, user=user, label=email,
                          detail="too many failed attempts: locked for a while")


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "account_locked": _("Too many failed attempts for this address: it is locked for a while. "
                            "Try again later or ask your administrator."),
    }

    def is_open_for_signup(self, request) -> bool:
        return False

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """Not within a few minutes of logging in: the login itself just proved who this is.

        allauth asks again for the password before TOTP set-up even right
        after the login; for an admin sent to set-up straight from the login
        (or the welcome link), that is one password too many.
        """
        request = context.request
        login_at = request.session.get(LOGIN_AT) if request is not None and hasattr(request, "session") else None
        if login_at is not None and time.time() - login_at < account_settings.REAUTHENTICATION_TIMEOUT:
            return False
        return super().is_reauthentication_required(app=app, **kwargs)

    def pre_authenticate(self, request, **credentials: Any) -> None:
        super().pre_authenticate(request, **credentials)  # allauth's per-IP rate limits
        email = credentials.get("email") or credentials.get("username") or ""
        if LoginLock.is_locked(email):
            record_for_person("login.failed", request, user=person_with(email), label=email,
                              detail="refused: the address is locked")
            raise self.validation_error("account_locked")

    def authentication_failed(self, request, **credentials: Any) -> None:
        login_failed(request, credentials.get("email") or credentials.get("username") or "", "wrong password")


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def is_open_for_signup(self, request, sociallogin) -> bool:
        return False

    def list_apps(self, request, provider=None, client_id=None):
        return super().list_apps(request, provider=provider, client_id=client_id) + sso.social_apps(
            provider=provider, client_id=client_id)

    def pre_social_login(self, request, sociallogin) -> None:
        connection = sso.connection_for(sociallogin.account.provider)
        try:
            if connection is None:
                raise sso.SsoRefused("this sign-in is not configured")
            user, email = sso.person_for(connection, sociallogin)
        except sso.SsoRefused as refusal:
            email = sso.email_of(sociallogin)
            record_for_person("login.failed", request, user=None, label=email or "unknown",
                              detail=f"single sign-on refused: {refusal}",
                              organisation=connection.organisation_id if connection else None)
            response = render(request, "accounts/sso_refused.html", {"reason": str(refusal)}, status=403)
            raise ImmediateHttpResponse(response) from None
        if LoginLock.is_locked(email):
            record_for_person("login.failed", request, user=user, detail="refused: the address is locked")
            response = render(request, "accounts/sso_refused.html", {"locked": True}, status=403)
            raise ImmediateHttpResponse(response)
        if not sociallogin.is_existing:
            sociallogin.connect(request, user)  # the provider's subject now names this person

    def on_authentication_error(self, request, provider, error=None, exception=None, extra_context=None) -> None:
        record_for_person("login.failed", request, label="unknown",
                          detail=f"single sign-on through {getattr(provider, 'name', provider)} failed: {error}")


class MFAAdapter(DefaultMFAAdapter):
    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        if authenticator.type == Authenticator.Type.TOTP and requires_totp(authenticator.user):
            return False
        return super().can_delete_authenticator(authenticator)
