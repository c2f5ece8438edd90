"""Lock-out: too many failed attempts on one address lock it for a while, whatever the password."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from rempart.accounts.models import LoginLock
from rempart.audit.models import AuditEvent
from tests.accounts.conftest import code_for, give_totp, log_in, with_password

pytestmark = pytest.mark.db


@pytest.fixture
def lockout(settings):
    settings.LOGIN_LOCKOUT_FAILURES = 3
    settings.LOGIN_LOCKOUT_PERIOD = timedelta(minutes=15)


def test_the_address_is_locked_after_too_many_failures_even_for_the_right_password(client, bob, lockout):
    with_password(bob)
    for _ in range(3):
        log_in(client, "bob@alpha.test", "wrong")

    response = log_in(client, "bob@alpha.test")

    assert response.status_code == 200
    assert b"locked" in response.content
    assert client.get(reverse("console:dashboard")).status_code == 302
    assert AuditEvent.objects.filter(action="login.locked", actor=bob).count() == 1
    assert AuditEvent.objects.filter(action="login.failed", actor=bob).count() == 4


def test_the_lock_ends_after_its_period(client, bob, lockout):
    with_password(bob)
    for _ in range(3):
        log_in(client, "bob@alpha.test", "wrong")
    LoginLock.objects.filter(email="bob@alpha.test").update(locked_until=timezone.now() - timedelta(seconds=1))

    response = log_in(client, "bob@alpha.test")

    assert response["Location"] == reverse("console:dashboard")
    assert not LoginLock.objects.filter(email="bob@alpha.test").exists()


def test_failures_spread_over_a_longer_time_do_not_add_up(client, bob, lockout):
    with_password(bob)
    for _ in range(2):
        log_in(client, "bob@alpha.test", "wrong")
    LoginLock.objects.filter(email="bob@alpha.test").update(first_failure_at=timezone.now() - timedelta(hours=1))
    log_in(client, "bob@alpha.test", "wrong")

    assert log_in(client, "bob@alpha.test")["Location"] == reverse("console:dashboard")


def test_a_successful_login_forgets_earlier_failures(client, bob, lockout):
    with_password(bob)
    for _ in range(2):
        log_in(client, "bob@alpha.test", "wrong")
    log_in(client, "bob@alpha.test")
    client.post(reverse("account_logout"))
    for _ in range(2):
        log_in(client, "bob@alpha.test", "wrong")

    assert log_in(client, "bob@alpha.test")["Location"] == reverse("console:dashboard")


def test_wrong_totp_codes_count_and_a_lock_stops_further_codes(client, alice, lockout):
    secret = give_totp(with_password(alice))
    log_in(client, "alice@alpha.test")
    wrong = str((int(code_for(secret)) + 1) % 1_000_000).zfill(6)
    for _ in range(3):
        client.post(reverse("mfa_authenticate"), {"code": wrong})

    response = client.post(reverse("mfa_authenticate"), {"code": code_for(secret)})

    assert response.status_code == 200 and b"locked" in response.content
    assert client.get(reverse("console:dashboard")).status_code == 302
    assert AuditEvent.objects.filter(action="login.locked", actor=alice).count() == 1


def test_an_address_nobody_has_locks_the_same_way(client, alpha, lockout):
    for _ in range(3):
        log_in(client, "ghost@alpha.test", "guess")

    assert LoginLock.is_locked("ghost@alpha.test")
    assert AuditEvent.objects.filter(action="login.locked", actor_label="ghost@alpha.test").exists()


def test_one_address_locked_leaves_the_others_alone(client, alice, bob, lockout):
    with_password(bob)
    for _ in range(3):
        log_in(client, "alice@alpha.test", "wrong")

    assert log_in(client, "bob@alpha.test")["Location"] == reverse("console:dashboard")
