"""Logging in: email and password, then a TOTP or recovery code for those who have one; all audited."""

from __future__ import annotations

import pytest
from django.urls import reverse

from rempart.audit.models import AuditEvent
from tests.accounts.conftest import code_for, give_totp, log_in, with_password

pytestmark = pytest.mark.db


def test_an_admin_logs_in_with_password_then_totp(client, alice):
    secret = give_totp(with_password(alice))

    first = log_in(client, "alice@alpha.test")
    assert first.status_code == 302 and first["Location"] == reverse("mfa_authenticate")
    assert client.get(reverse("console:dashboard")).status_code == 302  # not in yet

    second = client.post(reverse("mfa_authenticate"), {"code": code_for(secret)})

    assert second.status_code == 302 and second["Location"] == reverse("console:dashboard")
    assert client.get(reverse("console:dashboard")).status_code == 200
    event = AuditEvent.objects.get(action="login")
    assert (event.actor_id, event.organisation_id) == (alice.pk, alice.memberships.get().organisation_id)
    assert event.detail == "logged in with password and TOTP"


def test_the_address_is_not_case_sensitive(client, alice):
    give_totp(with_password(alice))

    assert log_in(client, "Alice@ALPHA.test")["Location"] == reverse("mfa_authenticate")


def test_a_wrong_totp_code_keeps_the_person_out_and_is_audited(client, alice):
    secret = give_totp(with_password(alice))
    log_in(client, "alice@alpha.test")
    wrong = str((int(code_for(secret)) + 1) % 1_000_000).zfill(6)

    response = client.post(reverse("mfa_authenticate"), {"code": wrong})

    assert response.status_code == 200
    assert client.get(reverse("console:dashboard")).status_code == 302
    failed = AuditEvent.objects.get(action="login.failed")
    assert failed.actor_id == alice.pk and "TOTP" in failed.detail


def test_a_totp_code_works_only_once(client, alice):
    secret = give_totp(with_password(alice))
    log_in(client, "alice@alpha.test")
    code = code_for(secret)
    client.post(reverse("mfa_authenticate"), {"code": code})
    client.post(reverse("account_logout"))

    log_in(client, "alice@alpha.test")
    response = client.post(reverse("mfa_authenticate"), {"code": code})

    assert response.status_code == 200
    assert client.get(reverse("console:dashboard")).status_code == 302


def test_a_recovery_code_stands_in_for_a_lost_phone(client, alice):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    give_totp(with_password(alice))
    recovery = RecoveryCodes.activate(alice).get_unused_codes()[0]
    log_in(client, "alice@alpha.test")

    response = client.post(reverse("mfa_authenticate"), {"code": recovery})

    assert response["Location"] == reverse("console:dashboard")
    client.post(reverse("account_logout"))
    log_in(client, "alice@alpha.test")
    assert client.post(reverse("mfa_authenticate"), {"code": recovery}).status_code == 200  # used up


def test_a_wrong_password_is_refused_and_audited(client, alice):
    give_totp(with_password(alice))

    response = log_in(client, "alice@alpha.test", "not the password")

    assert response.status_code == 200
    assert client.get(reverse("console:dashboard")).status_code == 302
    failed = AuditEvent.objects.get(action="login.failed")
    assert (failed.actor_id, failed.actor_label, failed.detail) == (alice.pk, "alice@alpha.test", "wrong password")
    assert failed.organisation_id == alice.memberships.get().organisation_id
    assert failed.ip == "127.0.0.1"


def test_an_unknown_address_gets_the_same_answer_and_is_audited_without_a_tenant(client, alice):
    with_password(alice)

    unknown = log_in(client, "nobody@alpha.test")
    wrong = log_in(client, "alice@alpha.test", "not the password")

    assert unknown.status_code == wrong.status_code == 200
    event = AuditEvent.objects.get(action="login.failed", actor_label="nobody@alpha.test")
    assert (event.actor_id, event.organisation_id) == (None, None)


def test_an_end_user_without_totp_logs_in_with_the_password_alone(client, bob):
    with_password(bob)

    response = log_in(client, "bob@alpha.test")

    assert response["Location"] == reverse("console:dashboard")
    assert client.get(reverse("console:dashboard")).status_code == 200
    assert AuditEvent.objects.get(action="login").detail == "logged in with password"


def test_logging_out_ends_the_session_and_is_audited(client, bob):
    with_password(bob)
    log_in(client, "bob@alpha.test")

    client.post(reverse("account_logout"))

    assert client.get(reverse("console:dashboard")).status_code == 302
    assert AuditEvent.objects.filter(action="logout", actor=bob).exists()


def test_nobody_can_sign_up(client, alpha):
    assert client.get("/accounts/signup/").status_code == 404
    assert client.post("/accounts/signup/", {"email": "eve@alpha.test", "password1": "x" * 20,
                                              "password2": "x" * 20}).status_code == 404


def test_there_is_no_password_reset_by_email(client, alice):
    page = client.get(reverse("account_reset_password"))

    assert page.status_code == 200 and b"set-up link" in page.content
    assert client.post(reverse("account_reset_password"), {"email": "alice@alpha.test"}).status_code == 405
