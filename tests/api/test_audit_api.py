"""The audit log through the API: auditors and admins of the tenant only; filters; CSV export."""

import csv
import io

import pytest

from tests.api.conftest import audit_rows

pytestmark = pytest.mark.db


@pytest.fixture
def changes(world):
    """Alice changes a route and Charlie (Bravo) changes his: two events in two tenants."""
    world.client("alice").patch(f"/domains/{world.alpha_domain.pk}", {"route_port": 2525})
    world.client("charlie").patch(f"/domains/{world.bravo_domain.pk}", {"route_port": 2526})
    return world


@pytest.mark.parametrize("who", ["pat", "alice", "audrey"])
def test_auditors_and_admins_read_their_tenants_events_only(changes, who):
    body = changes.client(who).get("/audit").json()

    assert [(e["action"], e["actor"]) for e in body["items"]] == [("domain.update", "alice@alpha.test")]
    assert body["items"][0]["before"]["route_port"] == 25 and body["items"][0]["after"]["route_port"] == 2525


def test_an_end_user_may_not_read_the_log(changes):
    response = changes.client("bob").get("/audit")

    assert response.status_code == 403
    assert response.json()["detail"] == "the audit log is for auditors and admins"


def test_filters(changes):
    client = changes.client("audrey")

    assert client.get("/audit", action="domain.").json()["total"] == 1
    assert client.get("/audit", action="list.add").json()["total"] == 0
    assert client.get("/audit", actor="alice@alpha.test", object_type="domain",
                      object_id=str(changes.alpha_domain.pk)).json()["total"] == 1
    assert client.get("/audit", since="2100-01-01T00:00:00Z").json()["total"] == 0
    assert client.get("/audit", q="alpha.test").json()["total"] == 1
    assert client.get("/audit", organisation_id=changes.bravo.pk).json()["total"] == 0


def test_a_bad_date_is_named(changes):
    response = changes.client("audrey").get("/audit", since="yesterday")

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "since"


def test_csv_export_of_the_tenants_events_is_itself_recorded(changes):
    response = changes.client("audrey").get("/audit/export.csv", action="domain.update")

    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["action"], r["object"]) for r in rows] == [("domain.update", "alpha.test")]
    [export] = audit_rows("audit.export")
    assert export.actor == changes.audrey and "domain.update" in export.detail


def test_the_log_cannot_be_changed_through_the_api(changes):
    event = audit_rows("domain.update")[0]
    client = changes.client("alice")

    assert client.delete(f"/audit/{event.pk}").status_code in (404, 405)
    assert client.patch(f"/audit/{event.pk}", {"action": "login"}).status_code in (404, 405)
