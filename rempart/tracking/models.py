"""What happened to every message: its envelope, the verdict, and each delivery attempt.

Written by :class:`rempart.tracking.recorder.DatabaseTracker` from the
gateway's events, read by reports and the message trace. Kept
``TRACKING_RETENTION_DAYS`` (365), then purged by a job.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import models, transaction
from django.utils import timezone

from rempart.tenants.models import Organisation


class MessageRecord(models.Model):
    """One message as received (accepted or refused at SMTP time), and where its delivery stands.

    Addresses are stored lower-case so that lookups by sender and recipient
    are exact matches on an index.
    """

    class Direction(models.TextChoices):
        INBOUND = "inbound", "inbound"
        OUTBOUND = "outbound", "outbound"

    queue_id = models.CharField(max_length=64, unique=True)
    message_id = models.CharField(max_length=255, blank=True, db_index=True)
    received_at = models.DateTimeField()
    direction = models.CharField(max_length=8, choices=Direction.choices, default=Direction.INBOUND)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="message_records"
    )
    client_ip = models.GenericIPAddressField(null=True, blank=True)
    helo = models.CharField(max_length=255, blank=True)
    mail_from = models.CharField(max_length=320, blank=True)
    rcpt_to = models.JSONField(default=list)
    size = models.PositiveBigIntegerField(default=0)
    subject = models.TextField(blank=True)
    from_header = models.TextField(blank=True)
    verdict = models.CharField(max_length=16, blank=True)
    action = models.CharField(max_length=16, blank=True)
    score = models.FloatField(default=0.0)
    symbols = models.JSONField(default=list)
    reason = models.TextField(blank=True)
    smtp_reply = models.TextField(blank=True)
    # queued, quarantined, refused, discarded, then the latest attempt's status
    # (delivered, deferred, failed, expired, bounced).
    delivery_status = models.CharField(max_length=16, blank=True)
    last_delivery_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["received_at"], name="message_received"),
            models.Index(fields=["organisation", "received_at"], name="message_org_received"),
            models.Index(fields=["mail_from", "received_at"], name="message_sender_received"),
            models.Index(fields=["verdict", "received_at"], name="message_verdict_received"),
        ]

    def __str__(self) -> str:
        return f"{self.queue_id} from {self.mail_from or '<>'}"


class MessageRecipient(models.Model):
    """One envelope recipient of a message: what lookups and counts by recipient use."""

    message = models.ForeignKey(MessageRecord, on_delete=models.CASCADE, related_name="recipients")
    address = models.CharField(max_length=320)

    class Meta:
        indexes = [models.Index(fields=["address", "message"], name="recipient_address")]

    def __str__(self) -> str:
        return self.address


class DeliveryRecord(models.Model):
    """One try at handing a message to the downstream server."""

    message = models.ForeignKey(MessageRecord, on_delete=models.CASCADE, related_name="deliveries")
    attempted_at = models.DateTimeField()
    recipients = models.JSONField(default=list)
    server = models.CharField(max_length=255, blank=True)
    status = models.CharField(max_length=16)
    reply = models.TextField(blank=True)

    class Meta:
        ordering = ["attempted_at", "pk"]
        indexes = [models.Index(fields=["message", "attempted_at"], name="delivery_message_attempted")]

    def __str__(self) -> str:
        return f"{self.status} at {self.attempted_at:%Y-%m-%d %H:%M:%S}"


def purge_older_than(days: int, batch: int = 2000) -> int:
    """Delete messages received more than ``days`` ago, with their deliveries; return how many.

    Works in batches of short transactions, so the gateway's writer is never
    locked out for long on SQLite.
    """
    cutoff = timezone.now() - timedelta(days=days)
    purged = 0
    while True:
        ids = list(MessageRecord.objects.filter(received_at__lt=cutoff).values_list("pk", flat=True)[:batch])
        if not ids:
            return purged
        with transaction.atomic():
            MessageRecipient.objects.filter(message_id__in=ids).delete()
            DeliveryRecord.objects.filter(message_id__in=ids).delete()
            MessageRecord.objects.filter(pk__in=ids).delete()
        purged += len(ids)
