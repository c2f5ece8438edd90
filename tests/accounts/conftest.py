"""Helpers for login tests: TOTP codes from allauth's own helper, a password login, a clean slate.

Passwords are hashed with a fast hasher here (argon2 costs about half a
second a hash on a busy machine); test_welcome checks that the real
setting stores argon2.
"""

from __future__ import annotations

import time

import pytest
from django.urls import reverse

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def fresh_limits(settings):
    """allauth keeps rate-limit counters and used TOTP codes in the cache: start each test empty."""
    from django.core.cache import cache

    cache.clear()
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    yield
    cache.clear()


def totp_secret(user) -> str:
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import decrypt

    return decrypt(Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).data["secret"])


def code_for(secret: str, steps_ahead: int = 0) -> str:
    """The TOTP code of ``secret`` now (or a few 30-second steps ahead), computed by allauth."""
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + steps_ahead))


def give_totp(user) -> str:
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def log_in(client, email: str, password: str = PASSWORD):
    """POST the login form; returns the response (a redirect on success)."""
    return client.post(reverse("account_login"), {"login": email, "password": password})


def with_password(user, password: str = PASSWORD):
    user.set_password(password)
    user.save()
    return user
