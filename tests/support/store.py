"""The store's cast and factories, in the healthchecks spirit.

Alice is org-admin of organisation Alpha, Bob is her team-mate (user role
in Alpha), Charlie is org-admin of Bravo and must never see Alpha's things.

Marks: a test marked ``db`` (our "touches the database, rerun on
PostgreSQL" mark) gets pytest-django's ``django_db`` too, and a test marked
``django_db`` gets ``db``, so one mark is enough and no database test is
left out of the PostgreSQL run.
"""

from __future__ import annotations

import pytest


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        has_db, has_django_db = item.get_closest_marker("db"), item.get_closest_marker("django_db")
        if has_db and not has_django_db:
            item.add_marker(pytest.mark.django_db)
        elif has_django_db and not has_db:
            item.add_marker(pytest.mark.db)


def create_organisation(name: str, provider: str | None = None):
    from rempart.tenants.models import Organisation, Provider

    owner = Provider.objects.get_or_create(name=provider)[0] if provider else None
    return Organisation.objects.create(name=name, provider=owner)


def create_domain(name: str, organisation=None, host: str = "127.0.0.1", port: int = 25, tls: str = "on",
                  recipients: list[str] | None = None):
    from rempart.tenants.models import Domain, Mailbox

    organisation = organisation or create_organisation(name)
    domain = Domain.objects.create(
        name=name, organisation=organisation, route_host=host, route_port=port, route_tls=tls,
        recipients_restricted=recipients is not None,
    )
    for address in recipients or []:
        Mailbox.objects.create(address=address, domain=domain)
    return domain


def create_user(email: str, role: str = "user", organisation=None, provider=None, password: str | None = None):
    """A person with a role; without ``password`` none is set (hashing one costs ~0.2 s)."""
    from django.contrib.auth import get_user_model

    from rempart.tenants.models import Membership

    user = get_user_model().objects.create_user(username=email, email=email, password=password)
    if organisation is not None or provider is not None:
        Membership.objects.create(user=user, role=role, organisation=organisation, provider=provider)
    return user


@pytest.fixture
def make_organisation(db):
    return create_organisation


@pytest.fixture
def make_domain(db):
    return create_domain


@pytest.fixture
def make_user(db):
    return create_user


@pytest.fixture
def alpha(db):
    return create_organisation("Alpha")


@pytest.fixture
def bravo(db):
    return create_organisation("Bravo")


@pytest.fixture
def alice(alpha):
    return create_user("alice@alpha.test", "org-admin", organisation=alpha)


@pytest.fixture
def bob(alpha):
    return create_user("bob@alpha.test", "user", organisation=alpha)


@pytest.fixture
def charlie(bravo):
    return create_user("charlie@bravo.test", "org-admin", organisation=bravo)
