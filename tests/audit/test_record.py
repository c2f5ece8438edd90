"""record(): who, from where, what, in which tenant — worked out from what the caller has at hand."""

from datetime import UTC

import pytest
from django.test import RequestFactory

from rempart.audit.log import Throttle, record, state_of
from rempart.audit.models import AuditEvent

pytestmark = pytest.mark.db


def test_a_web_change_keeps_the_person_address_and_agent(alice, make_domain, alpha):
    domain = make_domain("alpha.test", alpha)
    request = RequestFactory().post("/console/domains/1", REMOTE_ADDR="192.0.2.7", HTTP_USER_AGENT="Firefox/128")
    request.user = alice

    event = record("domain.update", request=request, obj=domain, before={"route_port": 25},
                   after={"route_port": 2525})

    event = AuditEvent.objects.get(pk=event.pk)
    assert (event.actor, event.actor_label, event.source) == (alice, "alice@alpha.test", "web")
    assert (event.ip, event.user_agent) == ("192.0.2.7", "Firefox/128")
    assert (event.object_type, event.object_id, event.object_repr) == ("domain", str(domain.pk), "alpha.test")
    assert event.organisation_id == alpha.pk
    assert (event.before, event.after) == ({"route_port": 25}, {"route_port": 2525})


def test_an_api_request_is_marked_api_and_keeps_the_token_prefix(alice, alpha):
    from rempart.tenants.models import ApiToken, Membership

    token, _ = ApiToken.issue(Membership.objects.get(user=alice))
    request = RequestFactory().get("/api/v1/domains", REMOTE_ADDR="::1")

    event = record("access.denied", request=request, token=token, detail="because")

    assert (event.source, event.ip, event.token_prefix) == ("api", "::1", token.prefix)
    assert (event.actor, event.organisation_id) == (alice, alpha.pk)


def test_the_provider_follows_the_organisation(make_organisation):
    acme = make_organisation("Acme", provider="Prime")

    event = record("organisation.create", actor="cli", obj=acme)

    assert (event.organisation_id, event.provider_id, event.source) == (acme.pk, acme.provider_id, "cli")


def test_a_failed_login_names_what_was_typed_without_a_person():
    request = RequestFactory().post("/accounts/login/", REMOTE_ADDR="203.0.113.9")

    event = record("login.failed", actor="mallory@evil.test", request=request)

    assert (event.actor, event.actor_label, event.organisation_id) == (None, "mallory@evil.test", None)


def test_dates_in_before_and_after_are_stored_as_text(alice):
    from datetime import datetime

    when = datetime(2026, 3, 1, 12, 30, tzinfo=UTC)
    event = record("token.revoke", actor=alice, before={"revoked_at": None}, after={"revoked_at": when})

    assert AuditEvent.objects.get(pk=event.pk).after == {"revoked_at": "2026-03-01T12:30:00Z"}


def test_state_leaves_out_timestamps_and_secrets(alice):
    from rempart.tenants.models import ApiToken, Membership

    token, _ = ApiToken.issue(Membership.objects.get(user=alice))

    state = state_of(token)

    assert "secret_hash" not in state and "created_at" not in state
    assert state["prefix"] == token.prefix and state["user_id"] == alice.pk


@pytest.mark.parametrize("bad", ["", "x" * 65])
def test_an_action_is_a_short_word(bad):
    with pytest.raises(ValueError):
        record(bad, actor="cli")


def test_an_unknown_source_is_refused():
    with pytest.raises(ValueError):
        record("login", actor="cli", source="carrier-pigeon")


def test_the_throttle_lets_the_first_through_and_counts_the_rest():
    throttle = Throttle(limit=2, window=3600)

    assert [throttle.allow("k")[0] for _ in range(5)] == [True, True, False, False, False]
    assert throttle.allow("other") == (True, 0)
    throttle.clear()
    assert throttle.allow("k") == (True, 0)
