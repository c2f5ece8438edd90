"""The log is kept AUDIT_RETENTION_DAYS (365), then purged by a job: only older events go."""

from datetime import timedelta

import pytest
from django.utils import timezone

from rempart import jobs
from rempart.audit.guard import purge_allowed
from rempart.audit.models import AuditEvent, purge_older_than

pytestmark = pytest.mark.db


def event(days_ago: float, action: str = "domain.update") -> AuditEvent:
    return AuditEvent.objects.create(action=action, created_at=timezone.now() - timedelta(days=days_ago))


def test_only_events_older_than_the_retention_are_purged():
    old = [event(400), event(366)]
    kept = [event(364), event(1), event(0)]

    assert purge_older_than(365) == len(old)

    assert sorted(AuditEvent.objects.values_list("pk", flat=True)) == sorted(e.pk for e in kept)


def test_the_purge_works_in_batches():
    for _ in range(7):
        event(500)

    assert purge_older_than(365, batch=3) == 7
    assert not AuditEvent.objects.exists()


def test_the_scheduled_job_keeps_a_year(settings):
    event(366)
    recent = event(300)

    assert jobs.audit_purge.call_local() == 1
    assert list(AuditEvent.objects.all()) == [recent]
    assert settings.AUDIT_RETENTION_DAYS == 365


def test_a_purge_of_less_than_a_day_is_refused():
    event(0)
    with pytest.raises(ValueError):
        purge_older_than(0)
    assert AuditEvent.objects.count() == 1


def test_the_permission_to_delete_ends_with_the_purge():
    from django.db import DatabaseError, connection, transaction

    event(500)
    purge_older_than(365)
    recent = event(1)

    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent")
    assert list(AuditEvent.objects.all()) == [recent]


def test_purge_allowed_needs_a_transaction(transactional_db):
    with pytest.raises(RuntimeError), purge_allowed():
        pass
