"""Policies in layers: the organisation's, then optional overrides for a domain or a mailbox.

Every organisation has one policy row (created with it); a domain or a
mailbox may have an override row that sets only what differs, a null field
meaning "inherit". :mod:`rempart.policies.fields` lists every setting and
where it is stored; :mod:`rempart.policies.effective` walks the layers and
says where each value comes from; :mod:`rempart.policies.service` is how
anything changes them (validation, one transaction, audit).

Allow/block entries and attachment rules are rows held at one of the same
three levels and add up downwards. Sender-to-recipient relations belong to
the organisation and name their recipient.
"""

from __future__ import annotations

import ipaddress

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from rempart.engine.verdict import Action, Verdict
from rempart.policies.effective import Setting, resolve
from rempart.policies.fields import (
    ANTIVIRUS_UNAVAILABLE,
    CONTENT_ACTIONS,
    DEFAULTS,
    SETTINGS,
)
from rempart.tenants.models import Domain, Mailbox, Organisation
from rempart.tenants.names import normalise_address, normalise_domain

VERDICTS = tuple(v.value for v in Verdict)
ACTIONS = tuple(a.value for a in Action)

__all__ = ["ACTIONS", "DEFAULTS", "VERDICTS", "AttachmentRule", "ListEntry", "Policy", "Relation",
           "Setting", "SnapshotRevision", "effective", "normalise_entry"]


def effective(layers) -> dict[str, Setting]:
    """Kept for callers of the first version: see :func:`rempart.policies.effective.resolve`."""
    return resolve(layers)


class Levelled:
    """Rows held at one level: the organisation's own, a domain's, or a mailbox's.

    Subclasses have ``organisation``, ``domain`` and ``mailbox`` foreign keys,
    at most one of the last two set; the organisation follows from them.
    """

    @property
    def scope(self) -> str:
        """The level's name as shown next to a value: organisation, domain or mailbox."""
        return "mailbox" if self.mailbox_id else "domain" if self.domain_id else "organisation"

    @property
    def level_object(self):
        return self.mailbox if self.mailbox_id else self.domain if self.domain_id else self.organisation

    @staticmethod
    def level_of(level_object) -> dict:
        """The foreign keys that place a row at ``level_object`` (an Organisation, Domain or Mailbox)."""
        if isinstance(level_object, Mailbox):
            return {"organisation_id": level_object.domain.organisation_id, "domain": None, "mailbox": level_object}
        if isinstance(level_object, Domain):
            return {"organisation_id": level_object.organisation_id, "domain": level_object, "mailbox": None}
        if isinstance(level_object, Organisation):
            return {"organisation": level_object, "domain": None, "mailbox": None}
        raise TypeError(f"a policy level is an Organisation, a Domain or a Mailbox, not {type(level_object).__name__}")

    def _owner_organisation_id(self) -> int | None:
        if self.mailbox_id:
            return self.mailbox.domain.organisation_id
        if self.domain_id:
            return self.domain.organisation_id
        return self.organisation_id

    def save(self, *args, **kwargs) -> None:
        if not self.organisation_id:
            self.organisation_id = self._owner_organisation_id()
        super().save(*args, **kwargs)

    def clean_level(self) -> None:
        if self.domain_id and self.mailbox_id:
            raise ValidationError("a row is held by a domain or by a mailbox, not both")
        owner = self._owner_organisation_id()
        if self.organisation_id and owner != self.organisation_id:
            raise ValidationError(f"a {self.scope}'s {self._meta.verbose_name} must belong to its organisation")


def _one_level(prefix: str) -> list[models.BaseConstraint]:
    return [models.CheckConstraint(condition=models.Q(domain__isnull=True) | models.Q(mailbox__isnull=True),
                                   name=f"{prefix}_one_level")]


_AT_ORGANISATION = models.Q(domain__isnull=True, mailbox__isnull=True)


class Policy(Levelled, models.Model):
    """One layer of policy: the organisation's own, or a domain's or a mailbox's override.

    Columns are named after the settings of :mod:`rempart.policies.fields`;
    ``actions`` ({verdict: action}) and ``thresholds`` ({"1".."5": score})
    hold only the keys a layer sets.
    """

    class AntivirusUnavailable(models.TextChoices):
        TEMPFAIL = "tempfail", "ask the sender to retry (4xx)"
        ACCEPT = "accept", "accept with a warning"

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="policies")
    domain = models.ForeignKey(Domain, null=True, blank=True, on_delete=models.CASCADE, related_name="policies")
    mailbox = models.ForeignKey(Mailbox, null=True, blank=True, on_delete=models.CASCADE, related_name="policies")
    # 1 lets the most through, 5 is the strictest.
    sensitivity = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    thresholds = models.JSONField(null=True, blank=True)
    reject_score = models.FloatField(null=True, blank=True)
    actions = models.JSONField(null=True, blank=True)
    redirect_to = models.CharField(max_length=320, null=True, blank=True)
    tag_prefix = models.CharField(max_length=50, null=True, blank=True)
    max_message_size = models.PositiveIntegerField(null=True, blank=True, help_text="bytes")
    antivirus_unavailable = models.CharField(
        max_length=8, null=True, blank=True, choices=AntivirusUnavailable.choices
    )
    encrypted_content = models.CharField(max_length=10, null=True, blank=True,
                                         choices=[(c, c) for c in CONTENT_ACTIONS])
    unanalysable_content = models.CharField(max_length=10, null=True, blank=True,
                                            choices=[(c, c) for c in CONTENT_ACTIONS])
    notify_sender = models.BooleanField(null=True, blank=True)
    notify_recipient = models.BooleanField(null=True, blank=True)
    notify_admin = models.BooleanField(null=True, blank=True)
    notify_admin_address = models.CharField(max_length=320, null=True, blank=True)
    banner_enabled = models.BooleanField(null=True, blank=True)
    banner_text_fr = models.TextField(null=True, blank=True)
    banner_text_en = models.TextField(null=True, blank=True)
    disclaimer_enabled = models.BooleanField(null=True, blank=True)
    disclaimer_text = models.TextField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        verbose_name_plural = "policies"
        constraints = [
            models.UniqueConstraint(fields=["organisation"], condition=_AT_ORGANISATION,
                                    name="policy_one_per_organisation"),
            models.UniqueConstraint(fields=["domain"], condition=models.Q(domain__isnull=False),
                                    name="policy_one_per_domain"),
            models.UniqueConstraint(fields=["mailbox"], condition=models.Q(mailbox__isnull=False),
                                    name="policy_one_per_mailbox"),
            *_one_level("policy"),
            models.CheckConstraint(
                condition=models.Q(sensitivity__isnull=True) | models.Q(sensitivity__gte=1, sensitivity__lte=5),
                name="policy_sensitivity_range",
            ),
        ]

    def __str__(self) -> str:
        return f"policy of {self.mailbox or self.domain or self.organisation}"

    @classmethod
    def organisation_defaults(cls) -> dict:
        """The values a new organisation's row spells out (the core of the built-in defaults).

        The other settings start empty, so they show as "default" and follow
        the built-in default until the organisation sets them.
        """
        return {
            "sensitivity": DEFAULTS["sensitivity"],
            "actions": {v: DEFAULTS[f"actions.{v}"] for v in VERDICTS},
            "max_message_size": DEFAULTS["max_message_size"],
            "antivirus_unavailable": DEFAULTS["antivirus_unavailable"],
        }

    @classmethod
    def for_organisation(cls, organisation: Organisation) -> Policy:
        policy, _ = cls.objects.get_or_create(
            organisation=organisation, domain=None, mailbox=None, defaults=cls.organisation_defaults()
        )
        return policy

    def own_values(self) -> dict:
        """This layer's own value of every setting by name; None where it inherits."""
        values = {}
        for name, spec in SETTINGS.items():
            stored = getattr(self, spec.db_column)
            if spec.key is not None:
                stored = stored.get(spec.key) if isinstance(stored, dict) else None
            values[name] = stored
        return values

    def clean(self) -> None:
        """Model-level checks for hand-made rows; the service validates every value precisely."""
        self.clean_level()
        for column in ("actions", "thresholds"):
            value = getattr(self, column)
            if value is not None and not isinstance(value, dict):
                raise ValidationError({column: f"expected {{key: value}}, not {type(value).__name__}"})
        for verdict, action in (self.actions or {}).items():
            if verdict not in VERDICTS or action not in ACTIONS:
                raise ValidationError({"actions": f"{verdict}: {action} is not a verdict and an action"})
        if self.redirect_to:
            self.redirect_to = normalise_address(self.redirect_to)
        if self.antivirus_unavailable and self.antivirus_unavailable not in ANTIVIRUS_UNAVAILABLE:
            raise ValidationError({"antivirus_unavailable": f"{self.antivirus_unavailable!r} is not a choice"})


def normalise_entry(value: str) -> str:
    """A list entry in canonical form: an address, a domain (covers subdomains), or an IP network."""
    text = (value or "").strip().lower()
    try:
        return str(ipaddress.ip_network(text, strict=False))
    except ValueError:
        pass
    if "@" in text and not text.startswith("@"):
        return normalise_address(text)
    return normalise_domain(text.lstrip("@").removeprefix("*."))


def normalise_sender(value: str) -> str:
    """A relation's sender: an address or a domain (``@domain`` and ``*.domain`` accepted)."""
    text = (value or "").strip().lower()
    if "@" in text and not text.startswith("@"):
        return normalise_address(text)
    return normalise_domain(text.lstrip("@").removeprefix("*."))


class ListEntry(Levelled, models.Model):
    """An allow or block entry of an organisation, a domain or a mailbox."""

    class Kind(models.TextChoices):
        ALLOW = "allow", "allow"
        BLOCK = "block", "block"

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="list_entries")
    domain = models.ForeignKey(Domain, null=True, blank=True, on_delete=models.CASCADE, related_name="list_entries")
    mailbox = models.ForeignKey(Mailbox, null=True, blank=True, on_delete=models.CASCADE, related_name="list_entries")
    kind = models.CharField(max_length=5, choices=Kind.choices)
    value = models.CharField(max_length=320, help_text="address, domain, or IP network")
    comment = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        verbose_name_plural = "list entries"
        constraints = [
            models.UniqueConstraint(fields=["organisation", "kind", "value"], condition=_AT_ORGANISATION,
                                    name="listentry_unique_organisation"),
            models.UniqueConstraint(fields=["domain", "kind", "value"], condition=models.Q(domain__isnull=False),
                                    name="listentry_unique_domain"),
            models.UniqueConstraint(fields=["mailbox", "kind", "value"], condition=models.Q(mailbox__isnull=False),
                                    name="listentry_unique_mailbox"),
            *_one_level("listentry"),
            models.CheckConstraint(condition=models.Q(kind__in=["allow", "block"]), name="listentry_kind"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.value} ({self.mailbox or self.domain or self.organisation})"

    def clean(self) -> None:
        self.value = normalise_entry(self.value)
        self.clean_level()


class AttachmentRule(Levelled, models.Model):
    """What happens to attachments of a type, an extension or above a size, at one level.

    ``value``: an extension without the dot (``exe``), a true-type category or
    kind of :mod:`rempart.engine.filetype` (``executable``, ``pe``), or a size
    in bytes (the rule matches larger attachments).
    """

    class Match(models.TextChoices):
        EXTENSION = "extension", "extension"
        TYPE = "type", "true type"
        SIZE = "size", "larger than"

    class RuleAction(models.TextChoices):
        BLOCK = "block", "block"
        QUARANTINE = "quarantine", "quarantine"
        ALLOW = "allow", "allow"

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="attachment_rules")
    domain = models.ForeignKey(Domain, null=True, blank=True, on_delete=models.CASCADE,
                               related_name="attachment_rules")
    mailbox = models.ForeignKey(Mailbox, null=True, blank=True, on_delete=models.CASCADE,
                                related_name="attachment_rules")
    match = models.CharField(max_length=9, choices=Match.choices)
    value = models.CharField(max_length=64)
    action = models.CharField(max_length=10, choices=RuleAction.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "match", "value"], condition=_AT_ORGANISATION,
                                    name="attachmentrule_unique_organisation"),
            models.UniqueConstraint(fields=["domain", "match", "value"], condition=models.Q(domain__isnull=False),
                                    name="attachmentrule_unique_domain"),
            models.UniqueConstraint(fields=["mailbox", "match", "value"], condition=models.Q(mailbox__isnull=False),
                                    name="attachmentrule_unique_mailbox"),
            *_one_level("attachmentrule"),
            models.CheckConstraint(condition=models.Q(match__in=["extension", "type", "size"]),
                                   name="attachmentrule_match"),
            models.CheckConstraint(condition=models.Q(action__in=["block", "quarantine", "allow"]),
                                   name="attachmentrule_action"),
        ]

    def __str__(self) -> str:
        return f"{self.action} {self.match} {self.value} ({self.mailbox or self.domain or self.organisation})"

    def clean(self) -> None:
        self.clean_level()


class Relation(models.Model):
    """A sender-to-recipient relation of an organisation.

    ``forbid``: this sender may not write to this recipient. ``allow``: once a
    recipient has an allowed relation, only its allowed senders may write to
    it. ``sender``: an address or a domain (covering subdomains);
    ``recipient``: an address or a domain of the organisation.
    """

    class Kind(models.TextChoices):
        ALLOW = "allow", "only these senders"
        FORBID = "forbid", "forbidden"

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(max_length=6, choices=Kind.choices)
    sender = models.CharField(max_length=320)
    recipient = models.CharField(max_length=320)
    comment = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "sender", "recipient"], name="relation_unique"),
            models.CheckConstraint(condition=models.Q(kind__in=["allow", "forbid"]), name="relation_kind"),
        ]

    def __str__(self) -> str:
        verb = "may write to" if self.kind == "allow" else "may not write to"
        return f"{self.sender} {verb} {self.recipient}"

    @property
    def scope(self) -> str:
        """Relations are the organisation's, whatever their recipient."""
        return "organisation"


class SnapshotRevision(models.Model):
    """A counter bumped in the same transaction as any change the gateway's snapshot reads.

    It makes :func:`rempart.policies.snapshot.snapshot_version` see changes
    whatever order concurrent transactions commit in. One row (pk 1).
    """

    counter = models.BigIntegerField(default=0)
    changed_at = models.DateTimeField(auto_now=True)

    @classmethod
    def bump(cls) -> None:
        if not cls.objects.filter(pk=1).update(counter=models.F("counter") + 1, changed_at=timezone.now()):
            cls.objects.get_or_create(pk=1, defaults={"counter": 1})
