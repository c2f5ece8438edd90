"""Searching the log (actor, action, organisation, object, dates, text) and who may read what."""

from datetime import timedelta

import pytest
from django.utils import timezone

from rempart.audit.models import AuditEvent
from rempart.audit.search import search, visible_to
from rempart.tenants.access import Principal

pytestmark = pytest.mark.db


@pytest.fixture
def log(alpha, bravo, alice, charlie):
    now = timezone.now()

    def add(action, days_ago, **fields):
        return AuditEvent.objects.create(action=action, created_at=now - timedelta(days=days_ago), **fields)

    return {
        "alice_domain": add("domain.update", 3, actor=alice, actor_label=alice.email, organisation=alpha,
                            object_type="domain", object_id="7", object_repr="alpha.test"),
        "alice_list": add("list.add", 2, actor=alice, actor_label=alice.email, organisation=alpha,
                          object_type="listentry", object_id="9", object_repr="block spammer.example"),
        "cli_domain": add("domain.create", 1, actor_label="cli", source="cli", organisation=alpha,
                          object_type="domain", object_id="7", object_repr="alpha.test"),
        "charlie": add("domain.update", 0, actor=charlie, actor_label=charlie.email, organisation=bravo,
                       object_type="domain", object_id="8", object_repr="bravo.test", detail="route moved"),
        "nobody": add("access.denied", 0, detail="unknown token"),
    }


def ids(events):
    return [e.pk for e in events]


def test_newest_first_then_latest_written(log):
    assert ids(search()) == ids([log["nobody"], log["charlie"], log["cli_domain"], log["alice_list"],
                                 log["alice_domain"]])


def test_by_actor_address_or_label(log):
    assert ids(search(actor="ALICE@alpha.test")) == ids([log["alice_list"], log["alice_domain"]])
    assert ids(search(actor="cli")) == ids([log["cli_domain"]])


def test_by_exact_action_or_kind(log):
    assert set(ids(search(action="domain.update"))) == {log["alice_domain"].pk, log["charlie"].pk}
    assert set(ids(search(action="domain."))) == {log["alice_domain"].pk, log["charlie"].pk, log["cli_domain"].pk}


def test_by_organisation_and_object(log, alpha):
    assert set(ids(search(organisation=alpha.pk, object_type="domain", object_id="7"))) == {
        log["alice_domain"].pk, log["cli_domain"].pk}


def test_by_date_range(log):
    now = timezone.now()
    found = search(since=now - timedelta(days=2, hours=12), until=now - timedelta(hours=12))
    assert ids(found) == ids([log["cli_domain"], log["alice_list"]])


def test_by_text_anywhere(log):
    assert ids(search(text="SPAMMER")) == ids([log["alice_list"]])
    assert ids(search(text="route moved")) == ids([log["charlie"]])


def test_an_org_admin_reads_only_their_organisation(log, alice):
    assert set(ids(visible_to(Principal.for_user(alice)))) == {
        log["alice_domain"].pk, log["alice_list"].pk, log["cli_domain"].pk}


def test_an_end_user_reads_nothing(log, bob):
    assert not visible_to(Principal.for_user(bob)).exists()


def test_a_provider_admin_reads_its_organisations_and_its_own_events(make_organisation, make_user, log):
    acme = make_organisation("Acme", provider="Prime")
    pat = make_user("pat@prime.test", "provider-admin", provider=acme.provider)
    in_acme = AuditEvent.objects.create(action="domain.create", organisation=acme, provider=acme.provider)
    at_provider = AuditEvent.objects.create(action="user.add", provider=acme.provider)

    assert set(ids(visible_to(Principal.for_user(pat)))) == {in_acme.pk, at_provider.pk}
