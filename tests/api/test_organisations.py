"""Organisations: seen by their people; created and renamed by their provider's admins only."""

import pytest

from tests.api.conftest import audit_rows

pytestmark = pytest.mark.db


@pytest.mark.parametrize("who, seen", [("pat", ["Alpha"]), ("alice", ["Alpha"]), ("audrey", ["Alpha"]),
                                       ("bob", []), ("charlie", ["Bravo"])])
def test_each_role_lists_what_it_covers(world, who, seen):
    assert [o["name"] for o in world.client(who).get("/organisations").json()["items"]] == seen


def test_an_organisation_says_its_provider(world):
    body = world.client("alice").get(f"/organisations/{world.alpha.pk}").json()

    assert (body["name"], body["provider"], body["provider_id"]) == ("Alpha", "Prime", world.prime.pk)


def test_a_provider_admin_creates_an_organisation_under_its_provider(world):
    response = world.client("pat").post("/organisations", {"name": "Gamma"})

    assert response.status_code == 201, response.text
    assert (response.json()["provider"], response.json()["name"]) == ("Prime", "Gamma")
    [event] = audit_rows("organisation.create")
    assert (event.provider_id, event.actor) == (world.prime.pk, world.pat)
    assert [o["name"] for o in world.client("pat").get("/organisations").json()["items"]] == ["Alpha", "Gamma"]


def test_a_provider_admin_cannot_create_under_another_provider(world):
    other = world.bravo.provider_id
    response = world.client("pat").post("/organisations", {"name": "Gamma", "provider_id": other})

    assert response.status_code == 404
    assert response.json()["detail"] == f"provider {other} not found"


@pytest.mark.parametrize("who", ["alice", "audrey", "bob"])
def test_no_one_else_creates_organisations(world, who):
    from rempart.tenants.models import Organisation

    response = world.client(who).post("/organisations", {"name": "Gamma"})

    assert response.status_code == 403
    assert not Organisation.objects.filter(name="Gamma").exists()


def test_a_provider_admin_renames_and_the_change_is_recorded(world):
    response = world.client("pat").patch(f"/organisations/{world.alpha.pk}", {"name": "Alpha Corp"})

    assert response.status_code == 200 and response.json()["name"] == "Alpha Corp"
    [event] = audit_rows("organisation.update")
    assert (event.before["name"], event.after["name"]) == ("Alpha", "Alpha Corp")


def test_an_org_admin_cannot_rename_their_organisation(world):
    response = world.client("alice").patch(f"/organisations/{world.alpha.pk}", {"name": "Mine"})

    assert response.status_code == 403
    world.alpha.refresh_from_db()
    assert world.alpha.name == "Alpha"


def test_a_name_taken_is_a_conflict(world):
    response = world.client("pat").patch(f"/organisations/{world.alpha.pk}", {"name": "bravo"})

    assert response.status_code == 409
    world.alpha.refresh_from_db()
    assert world.alpha.name == "Alpha"
