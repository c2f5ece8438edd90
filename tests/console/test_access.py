"""Every console page, read and changed by each role of the cast.

Outsiders (Charlie, and Bob outside his own mailbox) get 404 as if the
object did not exist; the auditor reads but any change answers 403 and is
audited; the admins (Alice, Petra through her provider) may change.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from rempart.audit.models import AuditEvent
from rempart.policies.models import ListEntry, Policy
from rempart.tenants.models import ApiToken, Domain, Mailbox, Membership

pytestmark = pytest.mark.db

# page name → expected status per role, for a GET
READ = {
    "organisation": {"alice": 200, "petra": 200, "audrey": 200, "bob": 404, "charlie": 404},
    "domain": {"alice": 200, "petra": 200, "audrey": 200, "bob": 404, "charlie": 404},
    "domain_add": {"alice": 200, "petra": 200, "audrey": 403, "bob": 404, "charlie": 404},
    "organisation_policy": {"alice": 200, "petra": 200, "audrey": 200, "bob": 404, "charlie": 404},
    "domain_policy": {"alice": 200, "petra": 200, "audrey": 200, "bob": 404, "charlie": 404},
    "mailbox_policy": {"alice": 200, "petra": 200, "audrey": 200, "bob": 200, "charlie": 404},
    "lists": {"alice": 200, "petra": 200, "audrey": 200, "bob": 404, "charlie": 404},
    "sso": {"alice": 200, "petra": 200, "audrey": 200, "bob": 404, "charlie": 404},
    "dashboard": {"alice": 200, "petra": 200, "audrey": 200, "bob": 200, "charlie": 200},
    "organisations": {"alice": 200, "petra": 200, "audrey": 200, "bob": 200, "charlie": 200},
    "my_mailbox": {"alice": 200, "petra": 200, "audrey": 200, "bob": 200, "charlie": 200},
    "tokens": {"alice": 200, "petra": 200, "audrey": 200, "bob": 200, "charlie": 200},
    "audit": {"alice": 200, "petra": 200, "audrey": 200, "bob": 404, "charlie": 200},
    "audit_export": {"alice": 200, "petra": 200, "audrey": 200, "bob": 404, "charlie": 200},
}

ADMINS = {"alice": 302, "petra": 302, "audrey": 403, "bob": 404, "charlie": 404}
# page name → (expected status per role for a POST, form data)
CHANGE = {
    "domain_add": (ADMINS, {"name": "new.alpha.test", "route_host": "10.0.0.9", "route_port": "25", "route_tls": "on"}),
    "domain": (ADMINS, {"route_host": "10.0.0.7", "route_port": "2525", "route_tls": "required"}),
    "organisation_policy": (ADMINS, {"sensitivity": "5"}),
    "domain_policy": (ADMINS, {"sensitivity": "1"}),
    "mailbox_policy": ({**ADMINS, "bob": 403}, {"sensitivity": "2"}),
    "lists": (ADMINS, {"kind": "block", "value": "spammer@evil.test"}),
    "list_remove": (ADMINS, {}),
    "sso": (ADMINS, {"name": "Entra ID", "server_url": "https://login.example.test/t/v2.0", "client_id": "abc",
                     "client_secret": "s3cret", "email_domains": "alpha.test", "enabled": "on"}),
}


@pytest.fixture
def urls(cast, alpha, alpha_domain):
    """Every console address, pointing at Alpha's objects."""
    entry = ListEntry.objects.create(organisation=alpha, kind="allow", value="partner.test")
    mailbox = Mailbox.objects.get(address="bob@alpha.test")
    return {
        "dashboard": reverse("console:dashboard"),
        "organisations": reverse("console:organisations"),
        "organisation": reverse("console:organisation", args=[alpha.pk]),
        "domain_add": reverse("console:domain_add", args=[alpha.pk]),
        "domain": reverse("console:domain", args=[alpha_domain.pk]),
        "organisation_policy": reverse("console:organisation_policy", args=[alpha.pk]),
        "domain_policy": reverse("console:domain_policy", args=[alpha_domain.pk]),
        "mailbox_policy": reverse("console:mailbox_policy", args=[mailbox.pk]),
        "lists": reverse("console:lists", args=[alpha.pk]),
        "list_remove": reverse("console:list_remove", args=[alpha.pk, entry.pk]),
        "sso": reverse("console:sso", args=[alpha.pk]),
        "my_mailbox": reverse("console:my_mailbox"),
        "tokens": reverse("console:tokens"),
        "audit": reverse("console:audit"),
        "audit_export": reverse("console:audit_export"),
    }


def _state(alpha) -> tuple:
    """Everything a change to Alpha could touch."""
    return (
        sorted(Domain.objects.filter(organisation=alpha).values_list("name", "route_host", "route_port", "route_tls")),
        sorted((p.domain_id or 0, p.mailbox_id or 0, p.sensitivity) for p in Policy.objects.filter(organisation=alpha)),
        sorted(ListEntry.objects.filter(organisation=alpha).values_list("kind", "value")),
        alpha.sso.client_id if hasattr(alpha, "sso") else None,
    )


@pytest.mark.parametrize("role", ["alice", "bob", "charlie", "audrey", "petra"])
@pytest.mark.parametrize("page", sorted(READ))
def test_reading_each_page_as_each_role(as_role, urls, page, role):
    response = as_role(role).get(urls[page])

    assert response.status_code == READ[page][role]


@pytest.mark.parametrize("role", ["alice", "bob", "charlie", "audrey", "petra"])
@pytest.mark.parametrize("page", sorted(CHANGE))
def test_changing_through_each_page_as_each_role(as_role, urls, alpha, page, role):
    statuses, data = CHANGE[page]
    before = _state(alpha)
    denied_before = AuditEvent.objects.filter(action="access.denied").count()

    response = as_role(role).post(urls[page], data)

    assert response.status_code == statuses[role], response.content[:300]
    alpha.refresh_from_db()
    if statuses[role] == 302:
        assert _state(alpha) != before
    else:
        assert _state(alpha) == before
    if statuses[role] == 403:
        assert AuditEvent.objects.filter(action="access.denied").count() == denied_before + 1


def test_the_outsider_sees_no_organisation_but_their_own(as_role, urls, alpha):
    page = as_role("charlie").get(urls["organisations"]).content.decode()

    assert "Bravo" in page and "Alpha" not in page


def test_the_outsider_cannot_revoke_someone_elses_token(as_role, cast):
    token, _ = ApiToken.issue(Membership.objects.get(user=cast["alice"]))

    response = as_role("charlie").post(reverse("console:token_revoke", args=[token.pk]))

    token.refresh_from_db()
    assert response.status_code == 404
    assert token.revoked_at is None


def test_a_visitor_who_is_not_logged_in_is_sent_to_the_login_page(client, urls):
    for page, url in urls.items():
        response = client.get(url)
        assert response.status_code == 302, page
        assert response["Location"].startswith(reverse("account_login")), page


@pytest.mark.parametrize("page", sorted(CHANGE))
def test_a_change_without_the_csrf_token_is_refused(cast, urls, alpha, page):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(cast["alice"])
    before = _state(alpha)

    response = client.post(urls[page], CHANGE[page][1])

    assert response.status_code == 403
    assert _state(alpha) == before
