"""Single sign-on through an organisation's OpenID Connect provider (a real one on loopback).

The provider (tests.accounts.oidc_provider) signs real id_tokens and speaks
real HTTP; allauth's openid_connect provider talks to it as it would to
Entra ID or Google. The test plays the browser: it follows the redirects
between Rempart (the Django test client) and the provider (urllib).
"""

from __future__ import annotations

import urllib.request
from urllib.parse import urlparse

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse

from rempart.accounts.models import SsoConnection
from rempart.audit.models import AuditEvent
from tests.accounts.conftest import code_for, give_totp
from tests.accounts.oidc_provider import OidcProvider
from tests.support.store import create_domain, create_user

pytestmark = pytest.mark.db


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture
def provider():
    server = OidcProvider()
    yield server
    server.stop()


@pytest.fixture
def sso(settings, provider, alpha):
    settings.SSO_ALLOW_HTTP = True  # the loopback provider has no certificate
    create_domain("alpha.test", organisation=alpha)
    connection = SsoConnection(organisation=alpha, name="Alpha ID", server_url=provider.issuer,
                               client_id=provider.client_id, client_secret=provider.client_secret,
                               email_domains="alpha.test")
    connection.full_clean()
    connection.save()
    return connection


def sign_in(client, provider: OidcProvider, email: str, identity: dict):
    """Start at /sso with ``email``, let the provider vouch for ``identity``, come back; the last response."""
    provider.identity = identity
    start = client.post(reverse("sso_start"), {"email": email})
    assert start.status_code == 302, start.content[:300]
    assert start["Location"].startswith(provider.issuer + "/authorize")
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        opener.open(start["Location"], timeout=10)
        raise AssertionError("the provider did not redirect back")
    except urllib.error.HTTPError as answer:
        assert answer.code == 302
        back = urlparse(answer.headers["Location"])
    return client.get(f"{back.path}?{back.query}")


def test_a_member_logs_in_through_the_organisations_provider(client, provider, sso, bob):
    response = sign_in(client, provider, "bob@alpha.test", {"sub": "bob-1", "email": "bob@alpha.test",
                                                              "email_verified": True})

    assert response.status_code == 302 and response["Location"] == reverse("console:dashboard")
    assert client.get(reverse("console:dashboard")).status_code == 200
    assert provider.token_requests == 1
    assert AuditEvent.objects.get(action="login", actor=bob).detail == "logged in with single sign-on"


def test_the_provider_subject_stays_linked_to_the_person(client, provider, sso, bob):
    identity = {"sub": "bob-1", "email": "bob@alpha.test"}
    sign_in(client, provider, "bob@alpha.test", identity)
    client.post(reverse("account_logout"))

    response = sign_in(client, provider, "bob@alpha.test", identity)

    assert response["Location"] == reverse("console:dashboard")
    assert bob.socialaccount_set.get().uid == "bob-1"


def test_an_entra_style_token_without_email_uses_preferred_username(client, provider, sso, bob):
    response = sign_in(client, provider, "bob@alpha.test", {"sub": "x", "preferred_username": "Bob@Alpha.test"})

    assert response["Location"] == reverse("console:dashboard")


def test_an_admin_still_gives_a_totp_code_after_single_sign_on(client, provider, sso, alice):
    secret = give_totp(alice)

    response = sign_in(client, provider, "alice@alpha.test", {"sub": "alice-1", "email": "alice@alpha.test"})

    assert response["Location"] == reverse("mfa_authenticate")
    assert client.get(reverse("console:dashboard")).status_code == 302
    assert client.post(reverse("mfa_authenticate"), {"code": code_for(secret)})["Location"] == reverse(
        "console:dashboard")


def test_sso_never_creates_anyone(client, provider, sso):
    people = get_user_model().objects.count()

    response = sign_in(client, provider, "newcomer@alpha.test", {"sub": "n", "email": "newcomer@alpha.test"})

    assert response.status_code == 403
    assert get_user_model().objects.count() == people
    assert client.get(reverse("console:dashboard")).status_code == 302
    refused = AuditEvent.objects.get(action="login.failed")
    assert "no role in this organisation" in refused.detail and refused.organisation_id == sso.organisation_id


def test_a_person_of_another_organisation_is_refused(client, provider, sso, bravo):
    create_user("eve@alpha.test", "org-admin", organisation=bravo)  # an address of the domain, a role elsewhere

    response = sign_in(client, provider, "eve@alpha.test", {"sub": "e", "email": "eve@alpha.test"})

    assert response.status_code == 403
    assert client.get(reverse("console:dashboard")).status_code == 302


def test_an_address_outside_the_allowed_domains_is_refused(client, provider, sso, charlie):
    response = sign_in(client, provider, "bob@alpha.test", {"sub": "c", "email": "charlie@bravo.test"})

    assert response.status_code == 403
    assert b"not in the domains allowed" in response.content


def test_an_address_without_sso_is_told_so(client, sso):
    response = client.post(reverse("sso_start"), {"email": "someone@elsewhere.test"})

    assert response.status_code == 200 and b"not set up for this address" in response.content


def test_allowed_domains_must_belong_to_the_organisation(sso, bravo):
    create_domain("bravo.test", organisation=bravo)
    sso.email_domains = "alpha.test bravo.test"

    with pytest.raises(ValidationError, match="not a domain of this organisation: bravo.test"):
        sso.full_clean()


def test_the_issuer_must_be_https(sso, settings):
    settings.SSO_ALLOW_HTTP = False

    with pytest.raises(ValidationError, match="https"):
        sso.full_clean()


def test_the_client_secret_is_never_shown_back(client, sso, cast_alice_with_totp):
    client.force_login(cast_alice_with_totp)

    page = client.get(reverse("console:sso", args=[sso.organisation_id]))

    assert page.status_code == 200
    assert sso.client_id.encode() in page.content
    assert sso.client_secret.encode() not in page.content


@pytest.fixture
def cast_alice_with_totp(alice):
    give_totp(alice)
    return alice
