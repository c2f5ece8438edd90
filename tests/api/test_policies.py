"""Policies through the API: each level's own values, changes with audit, the effective policy with sources."""

import pytest

from tests.api.conftest import audit_rows

pytestmark = pytest.mark.db


def test_an_organisations_policy_holds_every_setting(world):
    from rempart.policies.fields import SETTINGS

    body = world.client("alice").get(f"/organisations/{world.alpha.pk}/policy").json()

    assert (body["level"], body["organisation_id"], body["domain_id"]) == ("organisation", world.alpha.pk, None)
    assert set(body["values"]) == set(SETTINGS)


def test_a_domain_override_shows_up_in_the_mailboxs_effective_policy(world):
    client = world.client("alice")

    response = client.patch(f"/domains/{world.alpha_domain.pk}/policy", {"sensitivity": 5, "actions.spam": "tag"})

    assert response.status_code == 200, response.text
    assert response.json()["values"]["sensitivity"] == 5
    effective = client.get(f"/mailboxes/{world.bob_mailbox.pk}/policy/effective").json()
    assert effective["settings"]["sensitivity"] == {"value": 5, "source": "domain"}
    assert effective["settings"]["actions.spam"] == {"value": "tag", "source": "domain"}
    assert effective["settings"]["max_message_size"]["source"] in ("organisation", "default")
    [event] = audit_rows("policy.update")
    assert (event.before, event.after) == ({"sensitivity": None, "actions.spam": None},
                                           {"sensitivity": 5, "actions.spam": "tag"})
    assert event.token_prefix == world.tokens["alice"][4:16]


def test_put_sets_the_whole_layer_and_what_is_left_out_inherits(world):
    client = world.client("alice")
    client.patch(f"/mailboxes/{world.bob_mailbox.pk}/policy", {"sensitivity": 2, "notify_recipient": True})

    response = client.put(f"/mailboxes/{world.bob_mailbox.pk}/policy", {"notify_recipient": False})

    assert response.status_code == 200
    values = response.json()["values"]
    assert (values["sensitivity"], values["notify_recipient"]) == (None, False)
    effective = client.get(f"/mailboxes/{world.bob_mailbox.pk}/policy/effective").json()
    assert effective["settings"]["sensitivity"]["source"] != "mailbox"


def test_an_organisation_only_setting_is_refused_at_a_domain_by_name(world):
    response = world.client("alice").patch(f"/domains/{world.alpha_domain.pk}/policy", {"thresholds.3": 4.0})

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "thresholds.3"
    assert audit_rows("policy.update") == []


def test_an_out_of_range_value_is_named_and_nothing_changes(world):
    client = world.client("alice")

    response = client.patch(f"/organisations/{world.alpha.pk}/policy", {"sensitivity": 9, "banner_enabled": True})

    assert response.status_code == 422
    assert "sensitivity" in {e["field"] for e in response.json()["errors"]}
    assert client.get(f"/organisations/{world.alpha.pk}/policy").json()["values"]["banner_enabled"] in (None, False)


def test_an_unknown_setting_is_refused_by_name(world):
    response = world.client("alice").patch(f"/organisations/{world.alpha.pk}/policy", {"sensitivty": 3})

    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": "sensitivty", "message": "unknown field"}]


def test_an_auditor_reads_policies_but_may_not_change_them(world):
    client = world.client("audrey")

    assert client.get(f"/domains/{world.alpha_domain.pk}/policy/effective").status_code == 200
    assert client.patch(f"/organisations/{world.alpha.pk}/policy", {"sensitivity": 1}).status_code == 403
    assert audit_rows("policy.update") == []


def test_an_end_user_reads_their_own_mailboxs_policy_only(world):
    client = world.client("bob")

    assert client.get(f"/mailboxes/{world.bob_mailbox.pk}/policy/effective").status_code == 200
    assert client.get(f"/mailboxes/{world.bob_mailbox.pk}/policy").status_code == 200
    assert client.get(f"/mailboxes/{world.alice_mailbox.pk}/policy/effective").status_code == 404
    assert client.get(f"/organisations/{world.alpha.pk}/policy").status_code == 404
    assert client.patch(f"/mailboxes/{world.bob_mailbox.pk}/policy", {"sensitivity": 1}).status_code == 403


def test_a_provider_admin_changes_an_organisations_policy(world):
    response = world.client("pat").patch(f"/organisations/{world.alpha.pk}/policy", {"sensitivity": 4})

    assert response.status_code == 200
    assert audit_rows("policy.update")[0].actor == world.pat
