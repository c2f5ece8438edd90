"""Scheduled and background jobs (Huey), each a thin call into an app.

Huey runs on SQLite in the data folder by default, on Redis when REDIS_URL
is set (see rempart.web.settings.HUEY); ``rempart serve`` runs the consumer.
"""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@db_periodic_task(crontab(minute="17", hour="3"))
def tracking_purge() -> int:
    """Message tracking is kept 365 days (DESIGN.md), then purged."""
    from django.conf import settings

    from rempart.tracking.models import purge_older_than

    return purge_older_than(settings.TRACKING_RETENTION_DAYS)


@db_periodic_task(crontab(minute="37", hour="3"))
def audit_purge() -> int:
    """Audit events are kept AUDIT_RETENTION_DAYS (365), then purged; the only deletion the log allows."""
    from django.conf import settings

    from rempart.audit.models import purge_older_than

    return purge_older_than(settings.AUDIT_RETENTION_DAYS)
