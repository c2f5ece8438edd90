"""The set-up link printed by ``rempart user add``: a password once, then TOTP for admin roles."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlparse

import pytest
from django.urls import reverse

from rempart.audit.models import AuditEvent
from rempart.tenants import commands
from rempart.tenants.models import SetupLink
from tests.accounts.conftest import give_totp

pytestmark = pytest.mark.db

NEW_PASSWORD = "a long and unusual passphrase"


def _link(role: str = "user", email: str = "dana@alpha.test") -> str:
    return urlparse(commands.user_add(email, role=role, organisation="Alpha")).path


def _choose(client, path: str, password: str = NEW_PASSWORD, again: str | None = None):
    return client.post(path, {"password1": password, "password2": again or password})


def test_the_link_sets_the_password_and_logs_the_person_in(client, alpha):
    path = _link()

    assert b"dana@alpha.test" in client.get(path).content
    response = _choose(client, path)

    assert response.status_code == 302 and response["Location"] == reverse("console:dashboard")
    assert client.get(reverse("console:dashboard")).status_code == 200
    assert AuditEvent.objects.filter(action="password.set", actor_label="dana@alpha.test").exists()
    assert AuditEvent.objects.filter(action="login", actor_label="dana@alpha.test").exists()


def test_the_password_is_stored_with_argon2(client, alpha, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
    from django.contrib.auth import get_user_model

    _choose(client, _link())

    assert get_user_model().objects.get(username="dana@alpha.test").password.startswith("argon2")


def test_the_link_works_once(client, alpha):
    path = _link()
    _choose(client, path)
    client.post(reverse("account_logout"))

    again = client.get(path)
    reuse = _choose(client, path, "another long passphrase")

    assert again.status_code == reuse.status_code == 404
    assert b"already been used" in again.content
    assert client.get(reverse("console:dashboard")).status_code == 302


def test_an_expired_link_says_so(client, alpha):
    path = _link()
    SetupLink.objects.update(expires_at=SetupLink.objects.get().created_at - timedelta(seconds=1))

    response = client.get(path)

    assert response.status_code == 404
    assert b"expired" in response.content
    assert _choose(client, path).status_code == 404


def test_an_unknown_link_says_it_is_not_valid(client, alpha):
    response = client.get("/welcome/made-up-token")

    assert response.status_code == 404 and b"not valid" in response.content


@pytest.mark.parametrize("password, again, problem", [
    ("short", None, b"too short"),
    ("password1234", None, b"too common"),
    ("12345678901234567", None, b"entirely numeric"),
    (NEW_PASSWORD, "something else entirely", b"differ"),
])
def test_a_weak_or_mistyped_password_is_refused_and_the_link_still_works(client, alpha, password, again, problem):
    path = _link()

    response = _choose(client, path, password, again)

    assert response.status_code == 200 and problem in response.content
    assert SetupLink.objects.get().used_at is None
    assert _choose(client, path).status_code == 302


def test_an_admin_goes_on_to_totp_setup(client, alpha):
    path = _link("org-admin")

    response = _choose(client, path)

    assert client.get(response["Location"])["Location"] == reverse("mfa_activate_totp")
    assert client.get(reverse("mfa_activate_totp")).status_code == 200  # no second password prompt


def test_someone_who_already_has_totp_must_give_a_code(client, alpha):
    path = _link("org-admin")
    from django.contrib.auth import get_user_model

    give_totp(get_user_model().objects.get(username="dana@alpha.test"))

    response = _choose(client, path)

    assert response["Location"] == reverse("mfa_authenticate")
    assert client.get(reverse("console:dashboard")).status_code == 302


def test_a_new_link_replaces_the_older_one(client, alpha):
    first = _link()
    second = _link()

    assert client.get(first).status_code == 404
    assert client.get(second).status_code == 200
