"""The audit log page: searchable, exported as CSV, and only ever one's own tenants' events."""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse

from rempart.audit.log import record

pytestmark = pytest.mark.db


@pytest.fixture
def events(alpha, bravo):
    record("domain.update", actor="cli", organisation=alpha, detail="alpha route changed")
    record("login.failed", actor="mallory@alpha.test", organisation=alpha, detail="wrong password")
    record("domain.update", actor="cli", organisation=bravo, detail="bravo secret change")


def _text(response) -> str:
    return b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()


def test_each_reader_sees_only_their_tenants_events(as_role, events):
    alpha_page = _text(as_role("audrey").get(reverse("console:audit")))
    bravo_page = _text(as_role("charlie").get(reverse("console:audit")))

    assert "alpha route changed" in alpha_page and "bravo secret change" not in alpha_page
    assert "bravo secret change" in bravo_page and "alpha route changed" not in bravo_page


def test_the_log_is_searchable(as_role, events):
    page = _text(as_role("audrey").get(reverse("console:audit"), {"action": "login.failed"}))

    assert "mallory@alpha.test" in page and "alpha route changed" not in page


def test_the_export_is_csv_of_what_was_searched_and_is_itself_audited(as_role, events, alpha):
    response = as_role("petra").get(reverse("console:audit_export"), {"text": "route"})

    rows = list(csv.DictReader(io.StringIO(_text(response))))
    assert response["Content-Type"].startswith("text/csv")
    assert [row["detail"] for row in rows] == ["alpha route changed"]
    from rempart.audit.models import AuditEvent

    assert AuditEvent.objects.filter(action="audit.export", actor_label="petra@guardians.test").exists()


def test_an_end_user_has_no_audit_log(as_role, events):
    assert as_role("bob").get(reverse("console:audit")).status_code == 404
    assert as_role("bob").get(reverse("console:audit_export")).status_code == 404
