"""Allow/block lists, attachment rules and relations through the API, at each level, for each role."""

import pytest

from tests.api.conftest import audit_rows

pytestmark = pytest.mark.db


def test_an_admin_adds_an_entry_at_a_mailbox_and_it_applies_there(world):
    client = world.client("alice")

    response = client.post("/lists", {"mailbox_id": world.bob_mailbox.pk, "kind": "allow", "value": "@Partner.Example"})

    assert response.status_code == 201, response.text
    entry = response.json()
    assert (entry["level"], entry["value"], entry["mailbox_id"]) == ("mailbox", "partner.example", world.bob_mailbox.pk)
    effective = client.get(f"/mailboxes/{world.bob_mailbox.pk}/policy/effective").json()
    assert [(e["value"], e["source"]) for e in effective["allow"]] == [("partner.example", "mailbox")]
    assert [(e["value"], e["source"]) for e in effective["block"]] == [("spammer.example", "organisation")]
    [event] = audit_rows("list.add")
    assert event.actor == world.alice and event.after["value"] == "partner.example"


def test_listing_filters_by_level_and_kind(world):
    client = world.client("alice")

    assert [e["value"] for e in client.get("/lists").json()["items"]] == ["spammer.example"]
    assert client.get("/lists", kind="allow").json()["total"] == 0
    assert client.get("/lists", organisation_id=world.alpha.pk).json()["total"] == 1


def test_an_admin_removes_an_entry(world):
    from rempart.policies.models import ListEntry

    assert world.client("alice").delete(f"/lists/{world.alpha_entry.pk}").status_code == 204

    assert not ListEntry.objects.filter(pk=world.alpha_entry.pk).exists()
    assert audit_rows("list.remove")[0].before["value"] == "spammer.example"


def test_a_duplicate_or_a_bad_value_is_named(world):
    client = world.client("alice")

    duplicate = client.post("/lists", {"organisation_id": world.alpha.pk, "kind": "block", "value": "spammer.example"})
    bad = client.post("/lists", {"organisation_id": world.alpha.pk, "kind": "block", "value": "not a thing"})

    assert (duplicate.status_code, bad.status_code) == (422, 422)
    assert duplicate.json()["errors"][0]["field"] == "value" and bad.json()["errors"][0]["field"] == "value"


def test_exactly_one_level_is_needed(world):
    response = world.client("alice").post("/lists", {"organisation_id": world.alpha.pk,
                                                      "domain_id": world.alpha_domain.pk, "kind": "block",
                                                      "value": "x.example"})

    assert response.status_code == 422
    assert response.json()["detail"] == "give exactly one of organisation_id, domain_id, mailbox_id"


@pytest.mark.parametrize("who", ["audrey", "bob"])
def test_auditors_and_end_users_may_not_change_lists(world, who):
    client = world.client(who)

    assert client.post("/lists", {"mailbox_id": world.bob_mailbox.pk, "kind": "allow",
                                  "value": "x.example"}).status_code == 403
    assert client.delete(f"/lists/{world.alpha_entry.pk}").status_code == (403 if who == "audrey" else 404)
    assert audit_rows("list.add") == audit_rows("list.remove") == []


def test_an_end_user_reads_the_entries_of_their_mailbox_only(world):
    world.client("alice").post("/lists", {"mailbox_id": world.bob_mailbox.pk, "kind": "allow", "value": "a.example"})
    world.client("alice").post("/lists", {"mailbox_id": world.alice_mailbox.pk, "kind": "allow", "value": "b.example"})

    assert [e["value"] for e in world.client("bob").get("/lists").json()["items"]] == ["a.example"]


def test_attachment_rules_by_size_are_stored_in_bytes_and_replace_on_the_same_value(world):
    client = world.client("alice")

    first = client.post("/attachment-rules", {"domain_id": world.alpha_domain.pk, "match": "size",
                                              "value": "10 MB", "action": "quarantine"})
    second = client.post("/attachment-rules", {"domain_id": world.alpha_domain.pk, "match": "size",
                                               "value": 10485760, "action": "block"})

    assert first.status_code == 201, first.text
    assert (second.json()["value"], second.json()["action"]) == ("10485760", "block")
    assert client.get("/attachment-rules").json()["total"] == 1
    assert client.delete(f"/attachment-rules/{second.json()['id']}").status_code == 204
    assert [e.action for e in audit_rows()] == ["attachment_rule.add", "attachment_rule.add",
                                                "attachment_rule.remove"]


def test_an_unknown_file_type_is_named(world):
    response = world.client("alice").post("/attachment-rules", {"organisation_id": world.alpha.pk, "match": "type",
                                                                 "value": "hologram", "action": "block"})

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "value"


def test_a_relation_defaults_to_the_mailbox_as_recipient(world):
    client = world.client("alice")

    response = client.post("/relations", {"mailbox_id": world.bob_mailbox.pk, "kind": "forbid",
                                          "sender": "ceo@rival.example"})

    assert response.status_code == 201, response.text
    assert (response.json()["recipient"], response.json()["sender"]) == ("bob@alpha.test", "ceo@rival.example")
    assert client.get("/relations").json()["total"] == 1
    assert world.client("charlie").get("/relations").json()["total"] == 0
    assert client.delete(f"/relations/{response.json()['id']}").status_code == 204
    assert [e.action for e in audit_rows()] == ["relation.add", "relation.remove"]


def test_a_relation_to_another_organisations_address_is_refused(world):
    response = world.client("alice").post("/relations", {"organisation_id": world.alpha.pk, "kind": "allow",
                                                          "sender": "x@y.example", "recipient": "carol@bravo.test"})

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "recipient"
