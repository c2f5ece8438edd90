"""What logging in needs beyond django-allauth: lock-outs, and single sign-on per organisation.

A :class:`LoginLock` counts the failed attempts on one address (whether or
not a person has it, so that the answer never tells who exists) and locks
the address for a while once there are too many. It lives in the database,
not in a cache, so that every web process sees the same lock.

An :class:`SsoConnection` is an organisation's OpenID Connect identity
provider (Entra ID, Google Workspace, Keycloak...). allauth's
``openid_connect`` provider uses it through :mod:`rempart.accounts.sso`;
the client secret is stored for that use and never shown back.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from rempart.tenants.models import Organisation
from rempart.tenants.names import normalise_domain


def lockout_failures() -> int:
    """How many failed attempts in a row lock an address (LOGIN_LOCKOUT_FAILURES, default 5)."""
    return int(getattr(settings, "LOGIN_LOCKOUT_FAILURES", 5))


def lockout_period() -> timedelta:
    """How long a lock lasts, and the window in which failures add up (LOGIN_LOCKOUT_PERIOD, 15 min)."""
    return getattr(settings, "LOGIN_LOCKOUT_PERIOD", timedelta(minutes=15))


class LoginLock(models.Model):
    """Failed logins on one address (lower-case), and until when it is locked."""

    email = models.CharField(max_length=320, unique=True)
    failures = models.PositiveIntegerField(default=0)
    first_failure_at = models.DateTimeField(null=True, blank=True)
    locked_until = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.email}: {self.failures} failure(s)"

    @classmethod
    def is_locked(cls, email: str) -> bool:
        return cls.objects.filter(email=_key(email), locked_until__gt=timezone.now()).exists()

    @classmethod
    def failure(cls, email: str) -> bool:
        """Count one failed attempt; True when this attempt is the one that locks the address.

        Failures older than the lock-out period are forgotten, so a person who
        mistypes now and then is never locked.
        """
        now = timezone.now()
        with transaction.atomic():
            lock, _ = cls.objects.select_for_update().get_or_create(email=_key(email))
            if lock.first_failure_at is None or now - lock.first_failure_at > lockout_period():
                lock.failures, lock.first_failure_at = 0, now
            lock.failures += 1
            locks_now = lock.failures >= lockout_failures() and not (lock.locked_until and lock.locked_until > now)
            if locks_now:
                lock.locked_until = now + lockout_period()
                lock.failures, lock.first_failure_at = 0, None
            lock.save()
        return locks_now

    @classmethod
    def success(cls, email: str) -> None:
        """A completed login forgets the failures (a running lock has already stopped it)."""
        unlocked = models.Q(locked_until__isnull=True) | models.Q(locked_until__lte=timezone.now())
        cls.objects.filter(unlocked, email=_key(email)).delete()


def _key(email: str) -> str:
    return (email or "").strip().lower()[:320]


def _domains(text: str) -> list[str]:
    return sorted({normalise_domain(part) for part in text.replace(",", " ").split() if part.strip()})


class SsoConnection(models.Model):
    """One organisation's OpenID Connect provider.

    Only people who already hold a role in the organisation, with an address
    in one of ``email_domains`` (which must be domains of the organisation,
    so that an admin cannot claim another tenant's people), can log in
    through it; it never creates anyone.
    """

    organisation = models.OneToOneField(Organisation, on_delete=models.CASCADE, related_name="sso")
    name = models.CharField(max_length=100, help_text="shown on the login button, e.g. Entra ID")
    # The issuer; ``/.well-known/openid-configuration`` is appended to find the endpoints.
    server_url = models.URLField(max_length=500)
    client_id = models.CharField(max_length=300)
    client_secret = models.CharField(max_length=500)
    email_domains = models.TextField(help_text="space-separated domains whose people may use it")
    enabled = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.name} for {self.organisation}"

    @property
    def provider_id(self) -> str:
        """allauth's name for this provider; it is also in the login and callback addresses."""
        return f"org-{self.organisation_id}"

    def domain_list(self) -> list[str]:
        return self.email_domains.split()

    def allows(self, email: str) -> bool:
        return email.rpartition("@")[2].lower() in self.domain_list()

    def clean(self) -> None:
        try:
            domains = _domains(self.email_domains)
        except ValidationError as exc:
            raise ValidationError({"email_domains": exc.messages}) from None
        if not domains:
            raise ValidationError({"email_domains": "give at least one domain"})
        owned = set(self.organisation.domains.values_list("name", flat=True)) if self.organisation_id else set()
        foreign = [d for d in domains if d not in owned]
        if foreign:
            raise ValidationError({"email_domains": f"not a domain of this organisation: {', '.join(foreign)}"})
        self.email_domains = " ".join(domains)
        insecure_ok = getattr(settings, "SSO_ALLOW_HTTP", False)
        if not self.server_url.startswith("https://") and not insecure_ok:
            raise ValidationError({"server_url": "the issuer must be an https:// address"})
