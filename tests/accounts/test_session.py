"""Sessions end after a while without activity, and some hours after the login whatever happens.

The clocks are the session's own timestamps: the tests move them back
instead of waiting.
"""

from __future__ import annotations

import time

import pytest
from django.urls import reverse

from rempart.accounts.signals import LOGIN_AT, SEEN_AT
from rempart.audit.models import AuditEvent
from tests.accounts.conftest import log_in, with_password

pytestmark = pytest.mark.db


@pytest.fixture
def logged_in(client, bob, settings):
    settings.SESSION_IDLE_TIMEOUT = 30 * 60
    settings.SESSION_ABSOLUTE_TIMEOUT = 8 * 3600
    with_password(bob)
    log_in(client, "bob@alpha.test")
    assert client.get(reverse("console:dashboard")).status_code == 200
    return client


def _shift(client, **ago: float) -> None:
    """Move the session's clocks back by the given seconds (login_at=..., seen_at=...)."""
    session = client.session
    now = time.time()
    if "login_at" in ago:
        session[LOGIN_AT] = now - ago["login_at"]
    if "seen_at" in ago:
        session[SEEN_AT] = now - ago["seen_at"]
    session.save()


def test_an_idle_session_ends(logged_in, bob):
    _shift(logged_in, seen_at=31 * 60)

    response = logged_in.get(reverse("console:dashboard"))

    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    assert logged_in.get(reverse("console:dashboard")).status_code == 302
    assert AuditEvent.objects.get(action="logout", actor=bob).detail == "session ended: idle too long"


def test_activity_keeps_the_session_alive(logged_in):
    _shift(logged_in, seen_at=29 * 60)

    assert logged_in.get(reverse("console:dashboard")).status_code == 200
    _shift(logged_in, seen_at=29 * 60)  # the previous request counted as activity
    assert logged_in.get(reverse("console:dashboard")).status_code == 200


def test_a_session_ends_some_hours_after_the_login_even_when_busy(logged_in, bob):
    _shift(logged_in, login_at=8 * 3600 + 1, seen_at=1)

    assert logged_in.get(reverse("console:dashboard")).status_code == 302
    assert AuditEvent.objects.get(action="logout", actor=bob).detail == "session ended: maximum duration reached"


def test_the_session_cookie_ends_with_the_browser(client, bob):
    with_password(bob)

    response = log_in(client, "bob@alpha.test")

    cookie = response.cookies["sessionid"]
    assert cookie["expires"] == "" and cookie["max-age"] == ""
    assert cookie["httponly"]
