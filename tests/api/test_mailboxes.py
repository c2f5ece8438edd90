"""Mailboxes: admins manage them; an auditor reads; an end user sees their own and nothing else."""

import pytest

from tests.api.conftest import audit_rows

pytestmark = pytest.mark.db


def addresses(response) -> list[str]:
    return [m["address"] for m in response.json()["items"]]


def test_an_admin_lists_the_organisations_mailboxes(world):
    assert addresses(world.client("alice").get("/mailboxes")) == ["alice@alpha.test", "bob@alpha.test"]
    assert addresses(world.client("alice").get("/mailboxes", q="bob")) == ["bob@alpha.test"]


def test_an_end_user_sees_only_their_own_mailbox(world):
    client = world.client("bob")

    assert addresses(client.get("/mailboxes")) == ["bob@alpha.test"]
    assert client.get(f"/mailboxes/{world.bob_mailbox.pk}").status_code == 200
    assert client.get(f"/mailboxes/{world.alice_mailbox.pk}").status_code == 404


def test_an_end_user_may_not_change_their_mailbox(world):
    response = world.client("bob").patch(f"/mailboxes/{world.bob_mailbox.pk}", {"address": "robert"})

    assert response.status_code == 403
    world.bob_mailbox.refresh_from_db()
    assert world.bob_mailbox.address == "bob@alpha.test"


def test_an_admin_adds_a_mailbox_from_a_local_part(world):
    response = world.client("alice").post("/mailboxes", {"domain_id": world.alpha_domain.pk, "address": "Dana"})

    assert response.status_code == 201, response.text
    assert response.json()["address"] == "dana@alpha.test"
    assert audit_rows("mailbox.create")[0].after["address"] == "dana@alpha.test"


def test_an_address_of_another_domain_is_refused(world):
    response = world.client("alice").post("/mailboxes", {"domain_id": world.alpha_domain.pk,
                                                          "address": "dana@bravo.test"})

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "address"


def test_an_admin_renames_and_deletes_a_mailbox(world):
    from rempart.tenants.models import Mailbox

    client = world.client("alice")
    renamed = client.patch(f"/mailboxes/{world.bob_mailbox.pk}", {"address": "robert@alpha.test"})
    assert renamed.status_code == 200 and renamed.json()["address"] == "robert@alpha.test"
    assert client.delete(f"/mailboxes/{world.bob_mailbox.pk}").status_code == 204

    assert not Mailbox.objects.filter(pk=world.bob_mailbox.pk).exists()
    assert [e.action for e in audit_rows()] == ["mailbox.update", "mailbox.delete"]


def test_an_existing_address_is_a_conflict(world):
    response = world.client("alice").post("/mailboxes", {"domain_id": world.alpha_domain.pk, "address": "bob"})

    assert response.status_code == 409


def test_an_auditor_reads_but_may_not_add(world):
    client = world.client("audrey")

    assert client.get(f"/mailboxes/{world.bob_mailbox.pk}").status_code == 200
    assert client.post("/mailboxes", {"domain_id": world.alpha_domain.pk, "address": "eve"}).status_code == 403
