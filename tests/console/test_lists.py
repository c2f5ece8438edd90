"""Allow and block lists: added and removed through the page, in the snapshot the gateway reads."""

from __future__ import annotations

import pytest
from django.urls import reverse

from rempart.audit.models import AuditEvent
from rempart.policies.models import ListEntry
from rempart.policies.snapshot import compile_snapshot

pytestmark = pytest.mark.db


def test_a_blocked_sender_reaches_the_gateways_snapshot(as_role, alpha, alpha_domain):
    response = as_role("alice").post(reverse("console:lists", args=[alpha.pk]),
                                     {"kind": "block", "value": " Spammer@Evil.TEST ", "comment": "phishing"})

    assert response.status_code == 302
    assert ListEntry.objects.get().value == "spammer@evil.test"
    policy = compile_snapshot().domains["alpha.test"].policy
    assert policy.block.match_address("spammer@evil.test")
    assert AuditEvent.objects.get(action="list.add").actor_label == "alice@alpha.test"


def test_an_entry_for_one_domain_applies_to_that_domain(as_role, alpha, alpha_domain):
    as_role("alice").post(reverse("console:lists", args=[alpha.pk]),
                          {"kind": "allow", "value": "partner.test", "where": str(alpha_domain.pk)})

    assert ListEntry.objects.get().domain_id == alpha_domain.pk


def test_the_same_entry_twice_is_refused(as_role, alpha):
    client = as_role("alice")
    client.post(reverse("console:lists", args=[alpha.pk]), {"kind": "block", "value": "evil.test"})

    response = client.post(reverse("console:lists", args=[alpha.pk]), {"kind": "block", "value": "EVIL.test"})

    assert response.status_code == 400
    assert ListEntry.objects.count() == 1


def test_a_value_that_is_no_address_domain_or_network_is_refused(as_role, alpha):
    response = as_role("alice").post(reverse("console:lists", args=[alpha.pk]), {"kind": "block", "value": "not valid!"})

    assert response.status_code == 400
    assert not ListEntry.objects.exists()


def test_removing_an_entry(as_role, alpha):
    entry = ListEntry.objects.create(organisation=alpha, kind="block", value="evil.test")

    as_role("petra").post(reverse("console:list_remove", args=[alpha.pk, entry.pk]))

    assert not ListEntry.objects.exists()
    assert AuditEvent.objects.get(action="list.remove").actor_label == "petra@guardians.test"


def test_an_entry_cannot_be_removed_through_another_organisation(as_role, alpha, bravo):
    entry = ListEntry.objects.create(organisation=alpha, kind="block", value="evil.test")

    response = as_role("charlie").post(reverse("console:list_remove", args=[bravo.pk, entry.pk]))

    assert response.status_code == 404
    assert ListEntry.objects.exists()
