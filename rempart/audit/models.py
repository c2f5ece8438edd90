"""AuditEvent: one recorded action, never changed once written.

The references to the person, the organisation and the provider are kept
without a database constraint and are never cascaded: deleting a person or
an organisation must not rewrite (or be blocked by) its history. The names
at the time of the event are kept alongside (``actor_label``,
``object_repr``) so the log still reads after the objects are gone.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import timezone

from rempart.audit.guard import purge_allowed
from rempart.tenants.models import Organisation, Provider


class AppendOnlyError(Exception):
    """Something tried to change or delete an audit event."""

    def __init__(self, what: str = "changed") -> None:
        super().__init__(f"the audit log is append-only: events cannot be {what}")


class AuditQuerySet(models.QuerySet):
    """A queryset that can add and read events, never change or delete them."""

    def update(self, **kwargs):
        raise AppendOnlyError("updated")

    def delete(self):
        raise AppendOnlyError("deleted")

    def bulk_update(self, objs, fields, batch_size=None):
        raise AppendOnlyError("updated")

    def update_or_create(self, defaults=None, create_defaults=None, **kwargs):
        raise AppendOnlyError("updated")

    def _raw_delete(self, using):
        raise AppendOnlyError("deleted")


class AuditEvent(models.Model):
    """Who did what, to which object, from where and when; before and after as JSON."""

    class Source(models.TextChoices):
        WEB = "web", "web console"
        API = "api", "REST API"
        CLI = "cli", "command line"
        SYSTEM = "system", "scheduled job"

    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    action = models.CharField(max_length=64, db_index=True)
    # Who: the person (if known), what they were called then, and the token used.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.DO_NOTHING,
        db_constraint=False, related_name="+",
    )
    actor_label = models.CharField(max_length=320, blank=True)
    token_prefix = models.CharField(max_length=16, blank=True)
    # From where.
    source = models.CharField(max_length=8, choices=Source.choices, default=Source.WEB)
    ip = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    # What, and in which tenant (for scoping who may read the event).
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+",
    )
    provider = models.ForeignKey(
        Provider, null=True, blank=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+",
    )
    object_type = models.CharField(max_length=64, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    object_repr = models.CharField(max_length=300, blank=True)
    before = models.JSONField(null=True, blank=True, encoder=DjangoJSONEncoder)
    after = models.JSONField(null=True, blank=True, encoder=DjangoJSONEncoder)
    detail = models.CharField(max_length=500, blank=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["organisation", "created_at"], name="audit_org_created"),
            models.Index(fields=["provider", "created_at"], name="audit_provider_created"),
            models.Index(fields=["actor", "created_at"], name="audit_actor_created"),
            models.Index(fields=["object_type", "object_id"], name="audit_object"),
        ]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M:%S} {self.actor_label or '-'} {self.action} {self.object_repr}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise AppendOnlyError("updated")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("deleted")


def purge_older_than(days: int, batch: int = 5000) -> int:
    """Delete events older than ``days`` days; return how many. The only way events leave the log.

    Works in batches of short transactions, each allowed past the database
    trigger for that transaction only (see :mod:`rempart.audit.guard`).
    """
    if days < 1:
        raise ValueError("the audit log is kept at least one day")
    cutoff = timezone.now() - timedelta(days=days)
    table = AuditEvent._meta.db_table
    purged = 0
    while True:
        ids = list(AuditEvent.objects.filter(created_at__lt=cutoff).order_by("pk").values_list("pk", flat=True)[:batch])
        if not ids:
            return purged
        with transaction.atomic(), purge_allowed() as cursor:
            placeholders = ", ".join(["%s"] * len(ids))
            cursor.execute(f'DELETE FROM "{table}" WHERE id IN ({placeholders})', ids)
        purged += len(ids)
