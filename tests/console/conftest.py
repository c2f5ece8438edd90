"""The console's cast: Alice (org-admin of Alpha), Bob (user in Alpha, with a mailbox), Charlie
(org-admin of Bravo, the outsider), Audrey (auditor of Alpha) and Petra (provider-admin of the
provider that looks after Alpha). Admin roles get TOTP, as the login rules require."""

from __future__ import annotations

import pytest

from tests.support.store import create_domain, create_user

ROLES = ("alice", "bob", "charlie", "audrey", "petra")


def give_totp(user) -> None:
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, generate_totp_secret())


@pytest.fixture
def alpha_domain(alpha):
    return create_domain("alpha.test", organisation=alpha, recipients=["bob@alpha.test", "carol@alpha.test"])


@pytest.fixture
def bravo_domain(bravo):
    return create_domain("bravo.test", organisation=bravo)


@pytest.fixture
def audrey(alpha):
    return create_user("audrey@alpha.test", "auditor", organisation=alpha)


@pytest.fixture
def petra(alpha):
    from rempart.tenants.models import Provider

    provider = Provider.objects.create(name="Guardians")
    alpha.provider = provider
    alpha.save()
    return create_user("petra@guardians.test", "provider-admin", provider=provider)


@pytest.fixture
def cast(alice, bob, charlie, audrey, petra, alpha_domain, bravo_domain):
    """Everyone, admins with TOTP, and the objects the pages show."""
    for user in (alice, charlie, audrey, petra):
        give_totp(user)
    return {"alice": alice, "bob": bob, "charlie": charlie, "audrey": audrey, "petra": petra}


@pytest.fixture
def as_role(client, cast):
    """``as_role("audrey")`` logs the test client in as that person and returns it."""
    def login(name: str):
        client.force_login(cast[name])
        return client
    return login
