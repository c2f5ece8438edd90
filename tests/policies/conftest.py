"""Alpha's domain and mailboxes, shared by the policy tests."""

import pytest


@pytest.fixture
def domain(alpha, make_domain):
    return make_domain("alpha.test", alpha, recipients=["finance@alpha.test", "bob@alpha.test"])


@pytest.fixture
def finance(domain):
    return domain.mailboxes.get(address="finance@alpha.test")


@pytest.fixture
def bob_box(domain):
    return domain.mailboxes.get(address="bob@alpha.test")
