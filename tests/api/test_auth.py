"""Bearer tokens: a precise 401 for every way a token can be wrong, and the attempt in the audit log."""

import pytest

from tests.api.conftest import Client, audit_rows

pytestmark = pytest.mark.db


def refused(response, detail_part: str) -> None:
    assert response.status_code == 401, response.text
    assert detail_part in response.json()["detail"]
    assert response.json()["errors"] == []
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_valid_token_is_accepted_and_its_use_noted(world):
    from rempart.tenants.models import ApiToken

    response = world.client("alice").get("/domains")

    assert response.status_code == 200
    token = ApiToken.objects.get(user=world.alice)
    assert token.last_used_at is not None
    assert audit_rows("access.denied") == []


def test_no_header_is_refused_and_recorded(world):
    refused(world.client(None).get("/domains"), "missing Authorization header")

    [row] = audit_rows("access.denied")
    assert "GET /api/v1/domains" in row.detail and "missing Authorization header" in row.detail
    assert (row.source, row.ip) == ("api", "127.0.0.1")


def test_another_scheme_is_refused(world):
    client = Client(world.base, None)
    client.session.headers["Authorization"] = "Basic YWxpY2U6c2VjcmV0"
    refused(client.get("/domains"), "must be Bearer")


@pytest.mark.parametrize("garbled", ["nonsense", "rmp_", "rmp_zz_secret", "rmp_0123456789ab", "Bearer"])
def test_a_garbled_token_is_refused(world, garbled):
    refused(Client(world.base, garbled).get("/domains"), "malformed token")
    assert len(audit_rows("access.denied")) == 1


def test_an_unknown_token_is_refused(world):
    token = world.tokens["alice"]
    altered = token[:-1] + ("A" if token[-1] != "A" else "B")
    refused(Client(world.base, altered).get("/domains"), "unknown token")
    refused(Client(world.base, "rmp_0123456789ab_" + "x" * 43).get("/domains"), "unknown token")
    assert len(audit_rows("access.denied")) == 2


def test_a_revoked_token_is_refused_with_the_date_and_recorded_for_its_tenant(world):
    from rempart.tenants.models import ApiToken

    token = ApiToken.objects.get(user=world.alice)
    token.revoke()

    refused(world.client("alice").get("/domains"), f"token rmp_{token.prefix}_… was revoked on")
    [row] = audit_rows("access.denied")
    assert (row.actor_id, row.token_prefix, row.organisation_id) == (world.alice.pk, token.prefix, world.alpha.pk)


def test_a_person_who_lost_their_role_has_a_dead_token(world):
    from rempart.tenants.models import Membership

    Membership.objects.filter(user=world.alice).delete()

    refused(world.client("alice").get("/domains"), "no longer holds a role")


def test_a_deactivated_person_has_a_dead_token(world):
    world.alice.is_active = False
    world.alice.save()

    refused(world.client("alice").get("/organisations"), "deactivated")


def test_one_bad_token_repeated_writes_one_row_a_minute(world):
    bad = Client(world.base, "rmp_0123456789ab_" + "y" * 43)
    for _ in range(5):
        refused(bad.get("/domains"), "unknown token")

    assert len(audit_rows("access.denied")) == 1


def test_the_openapi_document_needs_no_token(world):
    response = world.client(None).get("/openapi.json")

    assert response.status_code == 200
    assert response.json()["components"]["securitySchemes"]["ApiTokenAuth"]["scheme"] == "bearer"
