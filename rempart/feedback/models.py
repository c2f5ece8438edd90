"""What people reported about messages, and what each organisation's filter learnt from it.

:class:`Learning` keeps one organisation's learning — the engine's
:class:`~rempart.engine.learning.OrganisationLearning`, serialised — which
the gateway's snapshot carries so that the content model scores that
organisation's mail with it. :class:`FeedbackEvent` records each report
once: the same message reported again with the same class is not learnt
twice. Both are written by :mod:`rempart.feedback.service` only.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from rempart.engine.learning import FEEDBACK, OrganisationLearning
from rempart.tenants.models import Organisation


class Learning(models.Model):
    """One organisation's learning from feedback, as :meth:`OrganisationLearning.to_bytes` wrote it.

    ``data`` is empty until feedback first moved the filter. ``feedback_count``
    mirrors the learning's own count (feedback messages that moved it), so it
    can be shown without reading ``data``; ``updated_at`` is when it last
    changed, which is what the gateway's snapshot watches.
    """

    organisation = models.OneToOneField(Organisation, on_delete=models.CASCADE, related_name="learning")
    data = models.BinaryField(default=b"")
    feedback_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    def __str__(self) -> str:
        return f"learning of {self.organisation}"

    def decoded(self) -> OrganisationLearning | None:
        """The stored learning, or None when nothing was learnt yet; raises LearningError when unreadable."""
        if not self.data:
            return None
        return OrganisationLearning.from_bytes(bytes(self.data))


class FeedbackEvent(models.Model):
    """One report about one message: who said it was spam or legitimate, from where, and when.

    ``message_sha256`` is the SHA-256 of the raw message as it was reported.
    ``spam`` is the class the report teaches (``feedback`` is the word it was
    made with: ``released`` and ``reported_legitimate`` both teach
    legitimate). ``learnt`` is False when the filter already agreed and did
    not need to move.
    """

    class Source(models.TextChoices):
        API = "api", "REST API"
        CONSOLE = "console", "web console"
        QUARANTINE = "quarantine", "quarantine release"

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="feedback_events")
    message_sha256 = models.CharField(max_length=64)
    feedback = models.CharField(max_length=24, choices=[(word, word) for word in FEEDBACK])
    spam = models.BooleanField()
    learnt = models.BooleanField()
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")
    actor_label = models.CharField(max_length=320, blank=True)
    source = models.CharField(max_length=12, choices=Source.choices)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "message_sha256", "spam"], name="feedback_once_per_class"),
            models.CheckConstraint(condition=models.Q(feedback__in=list(FEEDBACK)), name="feedback_word"),
            models.CheckConstraint(condition=models.Q(source__in=["api", "console", "quarantine"]),
                                   name="feedback_source"),
        ]

    def __str__(self) -> str:
        return f"{self.feedback} {self.message_sha256[:12]}… in {self.organisation_id}"
