"""CSV export: a header, one line per event in the order given, safe to open in a spreadsheet."""

import csv
import io

import pytest

from rempart.audit.export import COLUMNS, csv_lines, csv_response
from rempart.audit.log import record
from rempart.audit.models import AuditEvent

pytestmark = pytest.mark.db


def parse(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_one_line_per_event_with_before_and_after_as_json(alice, alpha):
    record("domain.update", actor=alice, organisation=alpha, before={"route_port": 25}, after={"route_port": 2525},
           detail="moved, with a comma")
    record("login", actor=alice, organisation=alpha)

    rows = parse("".join(csv_lines(AuditEvent.objects.order_by("id"))))

    assert [r["action"] for r in rows] == ["domain.update", "login"]
    assert rows[0]["actor"] == "alice@alpha.test"
    assert (rows[0]["before"], rows[0]["after"]) == ('{"route_port": 25}', '{"route_port": 2525}')
    assert rows[0]["detail"] == "moved, with a comma"
    assert rows[0]["organisation_id"] == str(alpha.pk)
    assert list(rows[0]) == list(COLUMNS)


def test_a_formula_cannot_be_smuggled_into_a_spreadsheet():
    record("login.failed", actor="=HYPERLINK(\"http://evil.test\")")

    [row] = parse("".join(csv_lines(AuditEvent.objects.all())))

    assert row["actor"].startswith("'=")


def test_the_response_streams_a_download(alice):
    record("login", actor=alice)

    response = csv_response(AuditEvent.objects.all(), filename="audit-alpha.csv")

    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="audit-alpha.csv"'
    body = b"".join(response.streaming_content).decode()
    assert parse(body)[0]["action"] == "login"
