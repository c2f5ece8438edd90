"""Rules that hold on every page once someone is logged in.

- :class:`SessionExpiryMiddleware`: a session ends after ``SESSION_IDLE_TIMEOUT``
  without a request and ``SESSION_ABSOLUTE_TIMEOUT`` after the login, whatever
  the activity (a cookie's age alone slides with every save, so it cannot
  give the second).
- :class:`RequireTotpMiddleware`: a person whose role requires a second
  factor (:mod:`rempart.accounts.rules`) and who has none is sent to TOTP
  set-up, and reaches nothing else until it is done.
"""

from __future__ import annotations

import time
from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from rempart.accounts.rules import has_totp, requires_totp
from rempart.accounts.signals import LOGIN_AT, SEEN_AT

# The idle clock is written at most this often (seconds), not on every request.
SEEN_RESOLUTION = 30


def _seconds(name: str, default: timedelta) -> float:
    value = getattr(settings, name, default)
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def session_end_reason(session, now: float) -> str | None:
    """Why this logged-in session is over, or None while it may go on."""
    login_at = session.get(LOGIN_AT)
    seen_at = session.get(SEEN_AT)
    if login_at is None or seen_at is None:  # a session from before these rules: start the clocks now
        return None
    if now - login_at > _seconds("SESSION_ABSOLUTE_TIMEOUT", timedelta(hours=8)):
        return "session ended: maximum duration reached"
    if now - seen_at > _seconds("SESSION_IDLE_TIMEOUT", timedelta(minutes=30)):
        return "session ended: idle too long"
    return None


class SessionExpiryMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = time.time()
            reason = session_end_reason(request.session, now)
            if reason:
                request.rempart_logout_reason = reason
                logout(request)
                messages.info(request, _("Your session has expired. Please log in again."))
                return redirect_to_login(request.get_full_path())
            request.session.setdefault(LOGIN_AT, now)
            if now - request.session.get(SEEN_AT, 0) >= SEEN_RESOLUTION:
                request.session[SEEN_AT] = now
        return self.get_response(request)


# Pages a person without their required TOTP may still open: set-up itself and the way out.
TOTP_SETUP_PAGES = frozenset({
    "mfa_activate_totp", "mfa_view_recovery_codes", "account_reauthenticate", "mfa_reauthenticate",
    "account_logout", "set_language", "health", "welcome",
})


class RequireTotpMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or request.path.startswith("/api/"):  # the API takes tokens, never sessions
            return None
        match = request.resolver_match
        if match is not None and match.url_name in TOTP_SETUP_PAGES:
            return None
        if requires_totp(user) and not has_totp(user):
            messages.warning(request, _("Your role requires a second factor: set up TOTP to continue."))
            return redirect("mfa_activate_totp")
        return None
