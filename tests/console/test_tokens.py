"""A person's API tokens: created for one of their roles, shown once, revoked."""

from __future__ import annotations

import pytest
from django.urls import reverse

from rempart.audit.models import AuditEvent
from rempart.tenants.models import ApiToken

pytestmark = pytest.mark.db


def test_a_new_token_is_shown_once_and_works(as_role, cast):
    client = as_role("alice")
    membership = cast["alice"].memberships.get()

    response = client.post(reverse("console:tokens"), {"membership": str(membership.pk)})

    shown = response.context["new_token"]
    assert shown.startswith("rmp_") and shown.encode() in response.content
    assert response["Cache-Control"] == "no-store"
    assert ApiToken.authenticate(shown).user == cast["alice"]
    assert shown.encode() not in client.get(reverse("console:tokens")).content
    assert AuditEvent.objects.get(action="token.create").organisation_id == membership.organisation_id


def test_a_token_can_only_be_made_for_ones_own_roles(as_role, cast):
    other = cast["charlie"].memberships.get()

    response = as_role("alice").post(reverse("console:tokens"), {"membership": str(other.pk)})

    assert response.status_code == 400
    assert not ApiToken.objects.exists()


def test_revoking_a_token_stops_it(as_role, cast):
    client = as_role("bob")
    client.post(reverse("console:tokens"), {"membership": str(cast["bob"].memberships.get().pk)})
    token = ApiToken.objects.get()

    client.post(reverse("console:token_revoke", args=[token.pk]))

    token.refresh_from_db()
    assert token.revoked_at is not None
    assert AuditEvent.objects.filter(action="token.revoke").exists()
    assert b"revoked" in client.get(reverse("console:tokens")).content


def test_the_list_shows_only_ones_own_tokens(as_role, cast):
    as_role("alice").post(reverse("console:tokens"), {"membership": str(cast["alice"].memberships.get().pk)})
    prefix = ApiToken.objects.get().prefix

    assert prefix.encode() not in as_role("charlie").get(reverse("console:tokens")).content
