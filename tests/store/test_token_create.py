"""rempart token create: shown once, hash stored, the person's role in that tenant."""

import hashlib

import pytest

from rempart.errors import CommandError, UsageError
from rempart.tenants import commands
from rempart.tenants.models import ApiToken

pytestmark = pytest.mark.db


def test_the_token_carries_the_role_held_in_that_organisation(alice):
    token = commands.token_create("alice@alpha.test", organisation="Alpha")

    assert token.startswith("rmp_")
    assert (token.role, token.tenant) == ("org-admin", "Alpha")
    stored = ApiToken.objects.get()
    assert (stored.user, stored.organisation.name, stored.role) == (alice, "Alpha", "org-admin")


def test_only_a_hash_of_the_secret_is_stored(alice):
    token = commands.token_create("alice@alpha.test")

    stored = ApiToken.objects.get()
    secret = token.removeprefix("rmp_").partition("_")[2]
    assert secret not in stored.secret_hash
    assert stored.secret_hash == hashlib.sha256(secret.encode()).hexdigest()


def test_the_token_authenticates_and_a_revoked_or_altered_one_does_not(alice):
    token = commands.token_create("alice@alpha.test")

    found = ApiToken.authenticate(token)
    assert found.user == alice and found.last_used_at is not None
    assert ApiToken.authenticate(token[:-1] + ("A" if token[-1] != "A" else "B")) is None
    found.revoke()
    assert ApiToken.authenticate(token) is None


def test_each_token_is_new(alice):
    assert commands.token_create("alice@alpha.test") != commands.token_create("alice@alpha.test")
    assert ApiToken.objects.count() == 2


def test_a_team_mate_gets_their_own_lesser_role(alice, bob):
    assert commands.token_create("bob@alpha.test", organisation="alpha").role == "user"


def test_no_role_in_that_organisation_is_an_error(alice, charlie):
    with pytest.raises(CommandError, match="charlie@bravo.test has no role in organisation 'Alpha'"):
        commands.token_create("charlie@bravo.test", organisation="Alpha")
    assert not ApiToken.objects.exists()


def test_an_unknown_person_is_an_error(alpha):
    with pytest.raises(CommandError, match="no person with address nobody@alpha.test"):
        commands.token_create("nobody@alpha.test", organisation="Alpha")


def test_a_person_with_roles_in_two_tenants_must_say_which(alice, bravo):
    from rempart.tenants.models import Membership

    Membership.objects.create(user=alice, role="auditor", organisation=bravo)

    with pytest.raises(UsageError, match="several tenants"):
        commands.token_create("alice@alpha.test")
    assert commands.token_create("alice@alpha.test", organisation="Bravo").role == "auditor"
