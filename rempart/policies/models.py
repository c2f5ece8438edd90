"""Policies in layers: the organisation's, then optional overrides for one of its domains.

Every organisation has one policy row holding every value (created with the
defaults). An override row names a domain and sets only what differs; a
null field means "inherit". :func:`effective` walks the layers from the
widest to the narrowest and says, for every value, which layer it comes
from — a mailbox layer (issue 4) slots in after the domain's.

Allow and block lists are :class:`ListEntry` rows scoped the same way.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any, Iterable

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from rempart.engine.policy import DEFAULT_ACTIONS, DEFAULT_POLICY
from rempart.engine.verdict import Action, Verdict
from rempart.tenants.models import Domain, Organisation
from rempart.tenants.names import normalise_address, normalise_domain

VERDICTS = tuple(v.value for v in Verdict)
ACTIONS = tuple(a.value for a in Action)

# The values a policy layer may set, with the built-in default of each.
DEFAULTS: dict[str, Any] = {
    "sensitivity": DEFAULT_POLICY.sensitivity,
    "max_message_size": DEFAULT_POLICY.max_message_size,
    "antivirus_unavailable": DEFAULT_POLICY.antivirus_unavailable,
    "redirect_to": DEFAULT_POLICY.redirect_to,
    **{f"actions.{verdict.value}": action.value for verdict, action in DEFAULT_ACTIONS.items()},
}


class Policy(models.Model):
    """One layer of policy: the organisation's own (``domain`` empty) or a domain's override."""

    class AntivirusUnavailable(models.TextChoices):
        TEMPFAIL = "tempfail", "ask the sender to retry (4xx)"
        ACCEPT = "accept", "accept with a warning"

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="policies")
    domain = models.ForeignKey(Domain, null=True, blank=True, on_delete=models.CASCADE, related_name="policies")
    # 1 lets the most through, 5 is the strictest (engine.policy.SENSITIVITY_THRESHOLDS).
    sensitivity = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    # {verdict: action}; an override lists only the verdicts it changes.
    actions = models.JSONField(null=True, blank=True)
    max_message_size = models.PositiveIntegerField(null=True, blank=True, help_text="bytes")
    antivirus_unavailable = models.CharField(
        max_length=8, null=True, blank=True, choices=AntivirusUnavailable.choices
    )
    redirect_to = models.CharField(max_length=320, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        verbose_name_plural = "policies"
        constraints = [
            models.UniqueConstraint(
                fields=["organisation"], condition=models.Q(domain__isnull=True), name="policy_one_per_organisation"
            ),
            models.UniqueConstraint(
                fields=["domain"], condition=models.Q(domain__isnull=False), name="policy_one_per_domain"
            ),
            models.CheckConstraint(
                condition=models.Q(sensitivity__isnull=True) | models.Q(sensitivity__gte=1, sensitivity__lte=5),
                name="policy_sensitivity_range",
            ),
        ]

    def __str__(self) -> str:
        return f"policy of {self.domain or self.organisation}"

    @property
    def scope(self) -> str:
        """The layer's name as shown next to a value: organisation or domain."""
        return "domain" if self.domain_id else "organisation"

    @classmethod
    def organisation_defaults(cls) -> dict[str, Any]:
        """The values a new organisation starts with (the built-in defaults, spelt out)."""
        return {
            "sensitivity": DEFAULTS["sensitivity"],
            "actions": {v: DEFAULTS[f"actions.{v}"] for v in VERDICTS},
            "max_message_size": DEFAULTS["max_message_size"],
            "antivirus_unavailable": DEFAULTS["antivirus_unavailable"],
        }

    @classmethod
    def for_organisation(cls, organisation: Organisation) -> "Policy":
        policy, _ = cls.objects.get_or_create(
            organisation=organisation, domain=None, defaults=cls.organisation_defaults()
        )
        return policy

    def save(self, *args, **kwargs) -> None:
        if self.domain_id and not self.organisation_id:
            self.organisation_id = self.domain.organisation_id
        super().save(*args, **kwargs)

    def clean(self) -> None:
        if self.domain_id and self.domain.organisation_id != self.organisation_id:
            raise ValidationError("a domain's policy must belong to the domain's organisation")
        if self.actions is not None:
            if not isinstance(self.actions, dict):
                raise ValidationError({"actions": "expected {verdict: action}"})
            for verdict, action in self.actions.items():
                if verdict not in VERDICTS or action not in ACTIONS:
                    raise ValidationError({"actions": f"{verdict}: {action} is not a verdict and an action"})
        if self.redirect_to:
            self.redirect_to = normalise_address(self.redirect_to)


@dataclass(frozen=True)
class Setting:
    """One effective value and the layer it comes from (default, organisation, domain)."""

    value: Any
    source: str


def effective(layers: Iterable[Policy]) -> dict[str, Setting]:
    """The value of every setting once ``layers`` (widest first) are applied.

    Keys are those of :data:`DEFAULTS`; actions are resolved verdict by
    verdict (``actions.spam``), so a domain can change one and inherit the rest.
    Values a layer holds that are not valid (hand-edited JSON) are skipped.
    """
    result = {name: Setting(value, "default") for name, value in DEFAULTS.items()}
    for layer in layers:
        for name in ("sensitivity", "max_message_size", "antivirus_unavailable", "redirect_to"):
            value = getattr(layer, name)
            if value is not None and value != "":
                result[name] = Setting(value, layer.scope)
        actions = layer.actions if isinstance(layer.actions, dict) else {}
        for verdict, action in actions.items():
            if verdict in VERDICTS and action in ACTIONS:
                result[f"actions.{verdict}"] = Setting(action, layer.scope)
    return result


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


class ListEntry(models.Model):
    """An allow or block entry for an organisation, or for one of its domains."""

    class Kind(models.TextChoices):
        ALLOW = "allow", "allow"
        BLOCK = "block", "block"

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="list_entries")
    domain = models.ForeignKey(Domain, null=True, blank=True, on_delete=models.CASCADE, related_name="list_entries")
    kind = models.CharField(max_length=5, choices=Kind.choices)
    value = models.CharField(max_length=320, help_text="address, domain, or IP network")
    comment = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        verbose_name_plural = "list entries"
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "kind", "value"], condition=models.Q(domain__isnull=True),
                name="listentry_unique_organisation",
            ),
            models.UniqueConstraint(
                fields=["domain", "kind", "value"], condition=models.Q(domain__isnull=False),
                name="listentry_unique_domain",
            ),
            models.CheckConstraint(condition=models.Q(kind__in=["allow", "block"]), name="listentry_kind"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.value} ({self.domain or self.organisation})"

    @property
    def scope(self) -> str:
        return "domain" if self.domain_id else "organisation"

    def save(self, *args, **kwargs) -> None:
        if self.domain_id and not self.organisation_id:
            self.organisation_id = self.domain.organisation_id
        super().save(*args, **kwargs)

    def clean(self) -> None:
        self.value = normalise_entry(self.value)
        if self.domain_id and self.domain.organisation_id != self.organisation_id:
            raise ValidationError("a domain's list entry must belong to the domain's organisation")


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
