"""Nobody changes or deletes an audit event: not the ORM, not raw SQL."""

import pytest
from django.db import DatabaseError, connection, transaction

from rempart.audit.log import record
from rempart.audit.models import AppendOnlyError, AuditEvent

pytestmark = pytest.mark.db


@pytest.fixture
def event(alice, alpha):
    return record("domain.update", actor=alice, organisation=alpha, before={"route": "a:25"}, after={"route": "b:25"},
                  source="cli")


def test_an_event_cannot_be_saved_again(event):
    event.action = "domain.create"
    with pytest.raises(AppendOnlyError):
        event.save()
    assert AuditEvent.objects.get().action == "domain.update"


def test_an_event_cannot_be_deleted(event):
    with pytest.raises(AppendOnlyError):
        event.delete()
    assert AuditEvent.objects.count() == 1


def test_the_queryset_refuses_update_and_delete(event):
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).update(action="login")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.bulk_update([event], ["action"])
    assert AuditEvent.objects.get().action == "domain.update"


def test_raw_sql_update_is_refused_by_the_database(event):
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditevent SET action = 'login'")
    assert AuditEvent.objects.get().action == "domain.update"


def test_raw_sql_delete_is_refused_by_the_database(event):
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent")
    assert AuditEvent.objects.count() == 1


def test_raw_truncate_is_refused_on_postgresql(event):
    if connection.vendor != "postgresql":
        pytest.skip("TRUNCATE is PostgreSQL's")
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("TRUNCATE audit_auditevent")
    assert AuditEvent.objects.count() == 1


def test_a_user_deleted_later_leaves_the_event_readable(event, alice):
    alice_id = alice.pk
    alice.delete()
    event = AuditEvent.objects.get()
    assert (event.actor_label, event.actor_id) == ("alice@alpha.test", alice_id)

