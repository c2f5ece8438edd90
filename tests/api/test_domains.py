"""Domains through the API, for each role: admins change them, auditors read, end users see none."""

import pytest

from tests.api.conftest import audit_rows

pytestmark = pytest.mark.db


def test_an_org_admin_lists_only_their_domains_with_a_total(world):
    response = world.client("alice").get("/domains")

    assert response.status_code == 200
    body = response.json()
    assert [d["name"] for d in body["items"]] == ["alpha.test"]
    assert (body["total"], body["limit"], body["offset"]) == (1, 50, 0)


def test_pagination_and_filters(world):
    from tests.support.store import create_domain

    for n in range(3):
        create_domain(f"d{n}.alpha.test", world.alpha)
    client = world.client("alice")

    page = client.get("/domains", limit=2, offset=1).json()
    assert ([d["name"] for d in page["items"]], page["total"]) == (["d0.alpha.test", "d1.alpha.test"], 4)
    assert [d["name"] for d in client.get("/domains", q="d2").json()["items"]] == ["d2.alpha.test"]
    assert client.get("/domains", organisation_id=world.bravo.pk).json()["total"] == 0


def test_a_provider_admin_sees_the_domains_of_its_organisations(world):
    names = [d["name"] for d in world.client("pat").get("/domains").json()["items"]]
    assert names == ["alpha.test"]


def test_an_auditor_reads(world):
    response = world.client("audrey").get(f"/domains/{world.alpha_domain.pk}")

    assert response.status_code == 200
    assert response.json()["route_host"] == "127.0.0.1"


def test_an_end_user_sees_no_domain(world):
    assert world.client("bob").get("/domains").json()["total"] == 0
    assert world.client("bob").get(f"/domains/{world.alpha_domain.pk}").status_code == 404


def test_an_admin_adds_a_domain_and_it_is_recorded(world):
    response = world.client("alice").post("/domains", {
        "organisation_id": world.alpha.pk, "name": "New.Alpha.TEST.", "route_host": "MX.alpha.test",
        "route_port": 2525, "route_tls": "required",
    })

    assert response.status_code == 201, response.text
    created = response.json()
    assert (created["name"], created["route_host"], created["route_port"]) == ("new.alpha.test", "mx.alpha.test", 2525)
    [event] = audit_rows("domain.create")
    assert (event.actor, event.source, event.token_prefix) == (world.alice, "api", world.tokens["alice"][4:16])
    assert event.after["route_tls"] == "required" and event.before is None


def test_an_admin_changes_a_route_with_before_and_after(world):
    response = world.client("alice").patch(f"/domains/{world.alpha_domain.pk}", {"route_port": 2526})

    assert response.status_code == 200
    assert response.json()["route_port"] == 2526
    [event] = audit_rows("domain.update")
    assert (event.before["route_port"], event.after["route_port"]) == (25, 2526)


def test_a_change_that_changes_nothing_records_nothing(world):
    assert world.client("alice").patch(f"/domains/{world.alpha_domain.pk}", {"route_port": 25}).status_code == 200
    assert audit_rows("domain.update") == []


def test_an_admin_deletes_a_domain(world):
    from rempart.tenants.models import Domain

    assert world.client("alice").delete(f"/domains/{world.alpha_domain.pk}").status_code == 204

    assert not Domain.objects.filter(pk=world.alpha_domain.pk).exists()
    [event] = audit_rows("domain.delete")
    assert event.before["name"] == "alpha.test" and event.after is None


@pytest.mark.parametrize("who", ["audrey", "bob"])
def test_an_auditor_or_end_user_may_not_write(world, who):
    from rempart.tenants.models import Domain

    client = world.client(who)
    path = f"/domains/{world.alpha_domain.pk}"
    create = client.post("/domains", {"organisation_id": world.alpha.pk, "name": "x.alpha.test",
                                      "route_host": "mx.alpha.test"})
    change = client.patch(path, {"route_port": 2000})
    delete = client.delete(path)

    expected = 403 if who == "audrey" else 404  # an end user does not even see the domain
    assert (create.status_code, change.status_code, delete.status_code) == (
        403 if who == "audrey" else 404, expected, expected)
    assert Domain.objects.get(pk=world.alpha_domain.pk).route_port == 25
    assert not Domain.objects.filter(name="x.alpha.test").exists()
    if who == "audrey":
        assert "auditor" in change.json()["detail"]
        assert len(audit_rows("access.denied")) == 3


def test_a_name_already_taken_is_a_conflict(world):
    response = world.client("alice").post("/domains", {"organisation_id": world.alpha.pk, "name": "bravo.test",
                                                        "route_host": "mx.alpha.test"})

    assert response.status_code == 409
    assert response.json()["detail"] == "the domain bravo.test is already registered"


def test_a_bad_name_names_the_field(world):
    response = world.client("alice").post("/domains", {"organisation_id": world.alpha.pk, "name": "not a domain",
                                                        "route_host": "mx.alpha.test"})

    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": "name", "message": "'not a domain' is not a valid domain name"}]
