"""Admin roles (provider admin, organisation admin, auditor) must set up TOTP before anything else."""

from __future__ import annotations

import pytest
from django.urls import reverse

from rempart.audit.models import AuditEvent
from rempart.tenants.models import Provider
from tests.accounts.conftest import code_for, give_totp, log_in, with_password
from tests.support.store import create_user

pytestmark = pytest.mark.db


def _activate_totp(client) -> None:
    """Fill in allauth's activation form with the code of the secret it offers."""
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = client.session["mfa.totp.secret"]
    assert secret in page.content.decode()  # shown for typing into an app, beside the QR code
    response = client.post(reverse("mfa_activate_totp"), {"code": code_for(secret)})
    assert response.status_code == 302, response.content[:500]


@pytest.mark.parametrize("role", ["org-admin", "auditor", "provider-admin"])
def test_an_admin_role_without_totp_reaches_nothing_before_setting_it_up(
        client, alpha, role, django_capture_on_commit_callbacks):
    if role == "provider-admin":
        person = create_user("pat@msp.test", role, provider=Provider.objects.create(name="MSP"))
    else:
        person = create_user("pat@alpha.test", role, organisation=alpha)
    with_password(person)

    log_in(client, person.email)

    for page in (reverse("console:dashboard"), reverse("console:organisations"), reverse("console:tokens"), "/"):
        response = client.get(page)
        assert response.status_code == 302 and response["Location"] == reverse("mfa_activate_totp"), page
    with django_capture_on_commit_callbacks(execute=True):  # allauth signals the change once committed
        _activate_totp(client)
    assert client.get(reverse("console:dashboard")).status_code == 200
    assert AuditEvent.objects.filter(action="totp.activate", actor=person).exists()


def test_an_end_user_is_not_forced(client, bob):
    with_password(bob)
    log_in(client, "bob@alpha.test")

    assert client.get(reverse("console:dashboard")).status_code == 200


def test_becoming_an_admin_while_logged_in_sends_to_totp_setup(client, bob):
    with_password(bob)
    log_in(client, "bob@alpha.test")
    bob.memberships.update(role="org-admin")

    assert client.get(reverse("console:dashboard"))["Location"] == reverse("mfa_activate_totp")


def test_an_admin_cannot_remove_their_totp(client, alice):
    secret = give_totp(with_password(alice))
    log_in(client, "alice@alpha.test")
    client.post(reverse("mfa_authenticate"), {"code": code_for(secret)})

    client.post(reverse("mfa_deactivate_totp"))

    assert alice.authenticator_set.filter(type="totp").exists()


def test_an_end_user_may_remove_their_own(client, bob):
    secret = give_totp(with_password(bob))
    log_in(client, "bob@alpha.test")
    client.post(reverse("mfa_authenticate"), {"code": code_for(secret)})

    client.post(reverse("mfa_deactivate_totp"))

    assert not bob.authenticator_set.filter(type="totp").exists()
    assert AuditEvent.objects.filter(action="totp.deactivate", actor=bob).exists()


def test_logging_out_stays_possible_before_setup(client, alice):
    with_password(alice)
    log_in(client, "alice@alpha.test")

    response = client.post(reverse("account_logout"))

    assert response.status_code == 302
    assert client.get(reverse("console:dashboard"))["Location"].startswith(reverse("account_login"))
