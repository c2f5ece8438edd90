"""allauth's and Django's login events, turned into audit events and lock-out bookkeeping."""

from __future__ import annotations

import time

from allauth.account import signals as account
from allauth.account.authentication import get_authentication_records
from allauth.mfa import signals as mfa
from allauth.mfa.models import Authenticator
from django.contrib.auth.signals import user_logged_out

from rempart.accounts.audit import record_for_person
from rempart.accounts.models import LoginLock

# Session keys read by the session-expiry middleware (seconds since the epoch).
LOGIN_AT = "rempart.login_at"
SEEN_AT = "rempart.seen_at"


def logged_in(sender, request, user, **kwargs) -> None:
    """A completed login (password or SSO, with TOTP where needed)."""
    LoginLock.success(user.username)
    now = time.time()
    request.session[LOGIN_AT] = request.session[SEEN_AT] = now
    methods = [r.get("method") for r in get_authentication_records(request, user)]
    how = "single sign-on" if "socialaccount" in methods or kwargs.get("sociallogin") else "password"
    if "mfa" in methods:
        how += " and TOTP"
    record_for_person("login", request, user=user, detail=f"logged in with {how}")


def logged_out(sender, request, user, **kwargs) -> None:
    if user is not None:
        record_for_person("logout", request, user=user, detail=getattr(request, "rempart_logout_reason", ""))


def password_changed(sender, request, user, **kwargs) -> None:
    record_for_person("password.change", request, user=user)


def password_set(sender, request, user, **kwargs) -> None:
    record_for_person("password.set", request, user=user)


_NAMES = {Authenticator.Type.TOTP: "totp", Authenticator.Type.RECOVERY_CODES: "recovery_codes"}


def authenticator_added(sender, request, user, authenticator, **kwargs) -> None:
    record_for_person(f"{_NAMES.get(authenticator.type, 'mfa')}.activate", request, user=user)


def authenticator_removed(sender, request, user, authenticator, **kwargs) -> None:
    record_for_person(f"{_NAMES.get(authenticator.type, 'mfa')}.deactivate", request, user=user)


def authenticator_reset(sender, request, user, authenticator, **kwargs) -> None:
    record_for_person(f"{_NAMES.get(authenticator.type, 'mfa')}.regenerate", request, user=user)


def second_factor_failed(sender, request, user, authenticator, reauthentication: bool = False, **kwargs) -> None:
    from rempart.accounts.adapter import login_failed

    what = "wrong code when confirming identity" if reauthentication else "wrong TOTP or recovery code"
    login_failed(request, user.username, what)


def connect() -> None:
    account.user_logged_in.connect(logged_in, dispatch_uid="accounts.logged_in")
    user_logged_out.connect(logged_out, dispatch_uid="accounts.logged_out")
    account.password_changed.connect(password_changed, dispatch_uid="accounts.password_changed")
    account.password_set.connect(password_set, dispatch_uid="accounts.password_set")
    account.password_reset.connect(password_changed, dispatch_uid="accounts.password_reset")
    mfa.authenticator_added.connect(authenticator_added, dispatch_uid="accounts.authenticator_added")
    mfa.authenticator_removed.connect(authenticator_removed, dispatch_uid="accounts.authenticator_removed")
    mfa.authenticator_reset.connect(authenticator_reset, dispatch_uid="accounts.authenticator_reset")
    mfa.authentication_failed.connect(second_factor_failed, dispatch_uid="accounts.second_factor_failed")
