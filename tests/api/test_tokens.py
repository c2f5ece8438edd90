"""API tokens: your own, in the token's tenant; a new one shown once; revoked at once."""

import pytest

from tests.api.conftest import Client, audit_rows

pytestmark = pytest.mark.db


def test_a_person_lists_only_their_own_tokens(world):
    body = world.client("alice").get("/tokens").json()

    assert body["total"] == 1
    assert body["items"][0]["prefix"] == world.tokens["alice"][4:16]
    assert "secret_hash" not in body["items"][0] and "token" not in body["items"][0]


def test_a_new_token_is_shown_once_and_works(world):
    from rempart.tenants.models import ApiToken

    response = world.client("alice").post("/tokens", {})

    assert response.status_code == 201
    new = response.json()
    assert new["token"].startswith(f"rmp_{new['prefix']}_") and new["role"] == "org-admin"
    assert Client(world.base, new["token"]).get("/domains").status_code == 200
    assert "token" not in world.client("alice").get("/tokens").json()["items"][0]
    assert new["token"].partition("_")[2].partition("_")[2] not in ApiToken.objects.get(prefix=new["prefix"]).secret_hash
    [event] = audit_rows("token.create")
    assert event.after == {"user": "alice@alpha.test", "role": "org-admin", "prefix": new["prefix"]}


def test_a_narrower_token_can_be_made_but_not_a_wider_one(world):
    client = world.client("audrey")

    assert client.post("/tokens", {"role": "user"}).json()["role"] == "user"
    refused = client.post("/tokens", {"role": "org-admin"})
    assert refused.status_code == 403
    assert "auditor" in refused.json()["detail"]


def test_a_revoked_token_stops_working_at_once(world):
    from rempart.tenants.models import ApiToken

    client = world.client("alice")
    second = client.post("/tokens", {}).json()

    assert client.delete(f"/tokens/{second['id']}").status_code == 204
    assert Client(world.base, second["token"]).get("/domains").status_code == 401
    assert ApiToken.objects.get(pk=second["id"]).revoked_at is not None
    assert client.delete(f"/tokens/{second['id']}").status_code == 409
    assert [e.action for e in audit_rows() if e.action.startswith("token.")] == ["token.create", "token.revoke"]


def test_another_persons_token_is_not_found(world):
    from rempart.tenants.models import ApiToken

    bobs = ApiToken.objects.get(user=world.bob)

    assert world.client("alice").delete(f"/tokens/{bobs.pk}").status_code == 404
    assert ApiToken.objects.get(pk=bobs.pk).revoked_at is None


def test_filtering_active_tokens(world):
    client = world.client("alice")
    second = client.post("/tokens", {}).json()
    client.delete(f"/tokens/{second['id']}")

    assert client.get("/tokens", active="true").json()["total"] == 1
    assert client.get("/tokens", active="false").json()["total"] == 1
