"""Bad input: a 4xx with a precise body, and nothing changed."""

import pytest

from tests.api.conftest import audit_rows

pytestmark = pytest.mark.db


def unchanged(world) -> None:
    from rempart.tenants.models import Domain

    domain = Domain.objects.get(pk=world.alpha_domain.pk)
    assert (domain.route_host, domain.route_port, domain.route_tls) == ("127.0.0.1", 25, "on")
    assert audit_rows("domain.update") == []


def test_an_unknown_field_is_refused_by_name(world):
    response = world.client("alice").patch(f"/domains/{world.alpha_domain.pk}", {"route_prot": 2525})

    assert response.status_code == 422
    assert response.json() == {"detail": "route_prot: unknown field",
                               "errors": [{"field": "route_prot", "message": "unknown field"}]}
    unchanged(world)


def test_a_wrong_type_says_what_was_expected(world):
    response = world.client("alice").patch(f"/domains/{world.alpha_domain.pk}", {"route_port": "twenty-five"})

    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert error["field"] == "route_port" and "integer" in error["message"]
    unchanged(world)


def test_null_is_not_a_way_to_leave_a_field_unchanged(world):
    response = world.client("alice").patch(f"/domains/{world.alpha_domain.pk}", {"route_tls": None})

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "route_tls"
    unchanged(world)


def test_out_of_range_and_bad_choice_are_both_reported(world):
    response = world.client("alice").patch(f"/domains/{world.alpha_domain.pk}",
                                           {"route_port": 70000, "route_tls": "maybe"})

    assert response.status_code == 422
    assert {e["field"] for e in response.json()["errors"]} == {"route_port", "route_tls"}
    assert response.json()["detail"].endswith("(and 1 more)")
    unchanged(world)


def test_a_missing_field_is_named(world):
    response = world.client("alice").post("/domains", {"organisation_id": world.alpha.pk, "name": "x.alpha.test"})

    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": "route_host", "message": "this field is required"}]


def test_malformed_json_is_a_400(world):
    response = world.client("alice").request("PATCH", f"/domains/{world.alpha_domain.pk}", data=b'{"route_port": ',
                                             headers={"Content-Type": "application/json"})

    assert response.status_code == 400
    assert response.json() == {"detail": "the request body is not valid JSON", "errors": []}
    unchanged(world)


def test_nan_is_not_json(world):
    response = world.client("alice").request("PATCH", f"/domains/{world.alpha_domain.pk}",
                                             data=b'{"route_port": NaN}', headers={"Content-Type": "application/json"})

    assert response.status_code == 400
    unchanged(world)


def test_an_oversized_body_is_a_413(world):
    response = world.client("alice").patch(f"/domains/{world.alpha_domain.pk}",
                                           {"route_host": "mx.alpha.test", "padding": "x" * 300_000})

    assert response.status_code == 413
    assert "larger than" in response.json()["detail"]
    unchanged(world)


def test_a_control_character_is_refused(world):
    response = world.client("alice").patch(f"/domains/{world.alpha_domain.pk}", {"route_host": "mx\x00.alpha.test"})

    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": "route_host", "message": "control characters are not allowed"}]
    unchanged(world)


@pytest.mark.parametrize("path", ["/domains/0", "/domains/abc", "/domains/99999999999999999999999"])
def test_an_impossible_id_is_a_422_not_a_crash(world, path):
    response = world.client("alice").get(path)

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "domain_id"


def test_an_unknown_id_is_a_404_with_a_message(world):
    response = world.client("alice").get("/domains/987654")

    assert response.status_code == 404
    assert response.json() == {"detail": "domain 987654 not found", "errors": []}


def test_a_bad_query_parameter_is_named(world):
    response = world.client("alice").get("/domains", limit=0)

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "limit"
