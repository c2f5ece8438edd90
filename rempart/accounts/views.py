"""Login pages of our own: the set-up link, the single sign-on start, and what we do not offer."""

from __future__ import annotations

import hashlib

from allauth.account.models import EmailAddress
from allauth.socialaccount.providers.openid_connect import views as oidc
from django.contrib.auth import logout
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from rempart.accounts import sso
from rempart.accounts.audit import record_for_person
from rempart.accounts.forms import SsoStartForm, WelcomePasswordForm
from rempart.tenants.models import SetupLink


def _link_problem(token: str) -> str:
    """Why a token opens nothing: ``used``, ``expired`` or ``unknown``."""
    link = SetupLink.objects.filter(token_hash=hashlib.sha256(token.encode()).hexdigest()).first()
    if link is None:
        return "unknown"
    return "used" if link.used_at else "expired"


def _log_in_after_setup(request: HttpRequest, user) -> HttpResponse:
    """Log the person in through allauth's own password flow, as if they had typed the password.

    Going through the flow (not a bare ``login()``) keeps allauth's stages:
    someone who already has TOTP (a new link after a lost password) is asked
    for a code, and the password step is recorded, so TOTP set-up right
    after does not ask for the password again.
    """
    from allauth.account.internal.flows.login import perform_password_login
    from allauth.account.models import Login

    login = Login(user=user, redirect_url=reverse("console:dashboard"), email=user.email)
    return perform_password_login(request, {"email": user.email}, login)


@require_http_methods(["GET", "HEAD", "POST"])
def welcome(request: HttpRequest, token: str) -> HttpResponse:
    """A set-up link: choose a password (then TOTP for roles that need it). Works once."""
    link = SetupLink.find(token)
    if link is None:
        return render(request, "accounts/welcome_invalid.html", {"problem": _link_problem(token)}, status=404)
    user = link.user
    form = WelcomePasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            if not link.redeem():
                return render(request, "accounts/welcome_invalid.html", {"problem": "used"}, status=404)
            user.set_password(form.cleaned_data["password1"])
            user.save(update_fields=["password"])
            # The admin who added the person vouched for the address.
            EmailAddress.objects.update_or_create(
                user=user, email=user.email.lower(), defaults={"verified": True, "primary": True})
            record_for_person("password.set", request, user=user, detail="through a set-up link")
        if request.user.is_authenticated and request.user.pk != user.pk:
            logout(request)
        return _log_in_after_setup(request, user)
    return render(request, "accounts/welcome.html", {"form": form, "person": user, "expires_at": link.expires_at,
                                                     "now": timezone.now()})


@require_http_methods(["GET", "HEAD", "POST"])
def sso_start(request: HttpRequest) -> HttpResponse:
    """Single sign-on starts from the person's address: it tells which organisation's provider to use."""
    form = SsoStartForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        connection = sso.connection_for_email(form.cleaned_data["email"])
        if connection is not None:
            return oidc.login(request, connection.provider_id)  # a POST: allauth redirects to the provider
        return render(request, "accounts/sso.html", {"form": form, "no_sso": True})
    return render(request, "accounts/sso.html", {"form": form})


@require_safe
def password_reset_closed(request: HttpRequest) -> HttpResponse:
    """No reset by email: an administrator issues a new set-up link (``rempart user add``)."""
    return render(request, "accounts/password_reset_closed.html")


def not_offered(request: HttpRequest, *args, **kwargs) -> HttpResponse:
    """allauth pages we switch off: sign-up, address changes (the address is the identity), linking."""
    raise Http404("not offered")
