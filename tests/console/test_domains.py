"""Domains in the console: add one, change its route, TLS and accepted recipients."""

from __future__ import annotations

import pytest
from django.urls import reverse

from rempart.audit.models import AuditEvent
from rempart.policies.snapshot import compile_snapshot
from rempart.tenants.models import Domain

pytestmark = pytest.mark.db

ROUTE = {"route_host": "Mail.Alpha.test", "route_port": "2525", "route_tls": "required"}


def test_an_admin_adds_a_domain_that_the_gateway_then_accepts(as_role, alpha):
    response = as_role("alice").post(reverse("console:domain_add", args=[alpha.pk]), {"name": "Shop.Alpha.TEST", **ROUTE})

    domain = Domain.objects.get(name="shop.alpha.test")
    assert response["Location"] == reverse("console:domain", args=[domain.pk])
    assert (domain.route_host, domain.route_port, domain.route_tls) == ("mail.alpha.test", 2525, "required")
    assert compile_snapshot().domains["shop.alpha.test"].organisation == "Alpha"
    assert AuditEvent.objects.get(action="domain.create").object_repr == "shop.alpha.test"


def test_a_domain_of_another_organisation_cannot_be_taken_nor_named(as_role, alpha, bravo_domain):
    response = as_role("alice").post(reverse("console:domain_add", args=[alpha.pk]), {"name": "bravo.test", **ROUTE})

    assert response.status_code == 200
    assert b"already in use" in response.content and b"Bravo" not in response.content
    assert Domain.objects.get(name="bravo.test").organisation.name == "Bravo"


def test_the_route_and_recipients_change(as_role, alpha_domain):
    url = reverse("console:domain", args=[alpha_domain.pk])

    as_role("alice").post(url, {**ROUTE, "recipients_restricted": "on", "recipients": "bob\ndave@alpha.test"})

    alpha_domain.refresh_from_db()
    assert alpha_domain.route == "mail.alpha.test:2525"
    assert alpha_domain.recipients() == frozenset({"bob@alpha.test", "dave@alpha.test"})
    event = AuditEvent.objects.get(action="domain.update")
    assert event.before["recipients"] == ["bob@alpha.test", "carol@alpha.test"]
    assert event.after["recipients"] == ["bob@alpha.test", "dave@alpha.test"]


@pytest.mark.parametrize("field, value", [("route_host", "not a host!"), ("route_port", "70000"),
                                          ("recipients", "someone@elsewhere.test")])
def test_bad_input_is_refused_and_changes_nothing(as_role, alpha_domain, field, value):
    url = reverse("console:domain", args=[alpha_domain.pk])

    response = as_role("alice").post(url, {**ROUTE, "recipients_restricted": "on", "recipients": "bob", field: value})

    assert response.status_code == 200 and b"errorlist" in response.content
    alpha_domain.refresh_from_db()
    assert alpha_domain.route_host == "127.0.0.1"


def test_restricting_recipients_needs_at_least_one(as_role, alpha_domain):
    url = reverse("console:domain", args=[alpha_domain.pk])

    response = as_role("alice").post(url, {**ROUTE, "recipients_restricted": "on", "recipients": ""})

    assert b"at least one recipient" in response.content


def test_the_auditor_sees_the_domain_without_a_way_to_change_it(as_role, alpha_domain):
    page = as_role("audrey").get(reverse("console:domain", args=[alpha_domain.pk]))

    assert b"127.0.0.1" in page.content and b"disabled" in page.content and b'type="submit"' not in page.content.split(b"<main>")[1]
