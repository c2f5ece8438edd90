"""rempart user add: a role in one tenant and a one-time set-up link."""

import hashlib
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.utils import timezone

from rempart.errors import CommandError, UsageError
from rempart.tenants import commands
from rempart.tenants.models import Membership, Provider, SetupLink

pytestmark = pytest.mark.db


def _token(link: str) -> str:
    return link.rsplit("/", 1)[1]


@override_settings(PUBLIC_URL="http://console.example:8000")
def test_user_add_prints_a_link_on_the_public_web_address(alpha):
    link = commands.user_add("Dana@Alpha.test", role="org-admin", organisation="alpha")

    assert link.startswith("http://console.example:8000/welcome/")
    user = get_user_model().objects.get(username="dana@alpha.test")
    assert not user.has_usable_password()
    assert Membership.objects.get(user=user).role == "org-admin"


def test_the_link_is_stored_only_as_a_hash(alpha):
    token = _token(commands.user_add("dana@alpha.test", role="user", organisation="Alpha"))

    stored = SetupLink.objects.get()
    assert token not in stored.token_hash
    assert stored.token_hash == hashlib.sha256(token.encode()).hexdigest()


def test_the_link_works_once(alpha):
    token = _token(commands.user_add("dana@alpha.test", role="user", organisation="Alpha"))

    link = SetupLink.find(token)
    assert link.redeem() is True
    assert link.redeem() is False
    assert SetupLink.find(token) is None


def test_a_new_link_ends_the_older_one(alpha):
    first = _token(commands.user_add("dana@alpha.test", role="user", organisation="Alpha"))
    second = _token(commands.user_add("dana@alpha.test", role="auditor", organisation="Alpha"))

    assert SetupLink.find(first) is None
    assert SetupLink.find(second) is not None
    assert Membership.objects.get().role == "auditor"


def test_a_provider_admin_is_added_to_an_existing_provider():
    Provider.objects.create(name="Shield MSP")

    commands.user_add("ops@shield.test", role="provider-admin", provider="shield msp")

    assert Membership.objects.get().provider.name == "Shield MSP"


@pytest.mark.parametrize("role, scope, message", [
    ("org-admin", {}, "needs --organisation"),
    ("provider-admin", {"organisation": "Alpha"}, "needs provider"),
    ("user", {"provider": "Shield"}, "needs organisation"),
    ("auditor", {"organisation": "Alpha", "provider": "Shield"}, "not both"),
    ("root", {"organisation": "Alpha"}, "unknown role"),
])
def test_a_role_without_its_scope_is_bad_usage(alpha, role, scope, message):
    with pytest.raises(UsageError, match=message):
        commands.user_add("dana@alpha.test", role=role, **scope)
    assert not get_user_model().objects.exists()


def test_an_unknown_organisation_is_an_error_not_a_new_one(alpha):
    with pytest.raises(CommandError, match="no organisation named 'Alpah'"):
        commands.user_add("dana@alpha.test", role="user", organisation="Alpah")
    assert not get_user_model().objects.exists()


def test_a_bad_address_is_bad_usage(alpha):
    with pytest.raises(UsageError, match="not a valid email address"):
        commands.user_add("dana", role="user", organisation="Alpha")


def test_an_expired_link_does_not_open(alpha):
    token = _token(commands.user_add("dana@alpha.test", role="user", organisation="Alpha"))
    SetupLink.objects.update(expires_at=timezone.now() - timedelta(seconds=1))

    assert SetupLink.find(token) is None
