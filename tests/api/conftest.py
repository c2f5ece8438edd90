"""The API's cast, talking to a real server on loopback (pytest-django's live server).

Two organisations under two providers:

- Prime (provider) > Alpha: Pat (provider admin of Prime), Alice (org-admin),
  Audrey (auditor), Bob (end user, mailbox bob@alpha.test); domain alpha.test.
- Other (provider) > Bravo: Charlie (org-admin); domain bravo.test with
  carol@bravo.test, list entries and a domain policy of its own.

Each person has a token for their tenant; ``world.client("alice")`` calls the
API with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
import requests

from tests.support.store import create_domain, create_organisation, create_user


class Client:
    """The API as one token holder sees it; methods return ``requests`` responses."""

    def __init__(self, base: str, token: str | None) -> None:
        self.base = base
        self.session = requests.Session()
        if token is not None:
            self.session.headers["Authorization"] = f"Bearer {token}"

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        return self.session.request(method, self.base + path, timeout=30, **kwargs)

    def get(self, path: str, **params) -> requests.Response:
        return self.request("GET", path, params=params)

    def post(self, path: str, body=None, **kwargs) -> requests.Response:
        return self.request("POST", path, json=body, **kwargs)

    def put(self, path: str, body=None, **kwargs) -> requests.Response:
        return self.request("PUT", path, json=body, **kwargs)

    def patch(self, path: str, body=None, **kwargs) -> requests.Response:
        return self.request("PATCH", path, json=body, **kwargs)

    def delete(self, path: str) -> requests.Response:
        return self.request("DELETE", path)


@dataclass
class World:
    base: str
    objects: dict = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)

    def __getattr__(self, name: str):
        try:
            return self.objects[name]
        except KeyError:
            raise AttributeError(name) from None

    def client(self, who: str | None) -> Client:
        return Client(self.base, self.tokens[who] if who else None)


def issue_token(user, organisation=None, provider=None) -> str:
    from rempart.tenants.models import ApiToken, Membership

    membership = Membership.objects.get(user=user, organisation=organisation, provider=provider)
    return ApiToken.issue(membership)[1]


@pytest.fixture(autouse=True)
def fresh_refusal_counts():
    """Each test starts with no refusal counted (the counts live in the server's memory)."""
    from rempart.api import auth, errors

    for throttle in (auth._per_token, auth._per_address, errors._denials):
        throttle.clear()


@pytest.fixture
def world(live_server, transactional_db) -> World:
    from rempart.policies.models import ListEntry, Policy

    alpha = create_organisation("Alpha", provider="Prime")
    bravo = create_organisation("Bravo", provider="Other")
    prime = alpha.provider
    alpha_domain = create_domain("alpha.test", alpha, recipients=["bob@alpha.test", "alice@alpha.test"])
    bravo_domain = create_domain("bravo.test", bravo, recipients=["carol@bravo.test"])
    people = {
        "pat": create_user("pat@prime.test", "provider-admin", provider=prime),
        "alice": create_user("alice@alpha.test", "org-admin", organisation=alpha),
        "audrey": create_user("audrey@alpha.test", "auditor", organisation=alpha),
        "bob": create_user("bob@alpha.test", "user", organisation=alpha),
        "charlie": create_user("charlie@bravo.test", "org-admin", organisation=bravo),
    }
    world = World(base=live_server.url + "/api/v1")
    world.objects.update(people)
    world.objects.update(
        alpha=alpha, bravo=bravo, prime=prime, alpha_domain=alpha_domain, bravo_domain=bravo_domain,
        bob_mailbox=alpha_domain.mailboxes.get(address="bob@alpha.test"),
        alice_mailbox=alpha_domain.mailboxes.get(address="alice@alpha.test"),
        carol_mailbox=bravo_domain.mailboxes.get(address="carol@bravo.test"),
        alpha_entry=ListEntry.objects.create(organisation=alpha, kind="block", value="spammer.example"),
        bravo_entry=ListEntry.objects.create(organisation=bravo, domain=bravo_domain, kind="allow",
                                             value="partner.example", comment="Bravo's partner"),
        bravo_policy=Policy.objects.create(organisation=bravo, domain=bravo_domain, sensitivity=5),
    )
    world.tokens = {
        "pat": issue_token(people["pat"], provider=prime),
        "alice": issue_token(people["alice"], organisation=alpha),
        "audrey": issue_token(people["audrey"], organisation=alpha),
        "bob": issue_token(people["bob"], organisation=alpha),
        "charlie": issue_token(people["charlie"], organisation=bravo),
    }
    return world


def audit_rows(action: str | None = None):
    from rempart.audit.models import AuditEvent

    events = AuditEvent.objects.order_by("id")
    return list(events.filter(action=action) if action else events)
