"""Who the platform serves and who may act: provider > organisation > domain > mailbox.

A provider (MSP) looks after organisations; an organisation owns domains; a
domain lists its known mailboxes. People get a role through a membership in
one provider or one organisation. API tokens and set-up links are stored as
hashes only: the secret is shown once and can never be read back.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from rempart.tenants.names import normalise_address, normalise_domain, normalise_host


def _sha256(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def check_tenant_name(name: str) -> str:
    """A provider or organisation name: trimmed, 1-200 printable characters."""
    text = (name or "").strip()
    if not text or len(text) > 200 or not text.isprintable():
        raise ValidationError(f"{name!r} is not a usable name (1-200 printable characters)")
    return text


class Provider(models.Model):
    """A managed service provider (MSP) that looks after several organisations."""

    name = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(Lower("name"), name="provider_name_unique")]

    def __str__(self) -> str:
        return self.name


class Organisation(models.Model):
    """A client: owns domains, policies and people; optionally looked after by a provider."""

    name = models.CharField(max_length=200)
    provider = models.ForeignKey(
        Provider, null=True, blank=True, on_delete=models.PROTECT, related_name="organisations"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(Lower("name"), name="organisation_name_unique")]

    def __str__(self) -> str:
        return self.name


class Domain(models.Model):
    """A domain the gateway accepts mail for, and the server its mail is delivered to."""

    class Tls(models.TextChoices):
        OFF = "off", "off"
        ON = "on", "opportunistic"
        REQUIRED = "required", "required"

    name = models.CharField(max_length=253, unique=True)
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="domains")
    route_host = models.CharField(max_length=253)
    route_port = models.PositiveIntegerField(
        default=25, validators=[MinValueValidator(1), MaxValueValidator(65535)]
    )
    route_tls = models.CharField(max_length=8, choices=Tls.choices, default=Tls.ON)
    # When set, only the domain's mailboxes are accepted: the gateway refuses
    # other recipients at RCPT time instead of relaying backscatter downstream.
    recipients_restricted = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=models.Q(name=Lower("name")), name="domain_name_lower"),
            models.CheckConstraint(
                condition=models.Q(route_port__gte=1, route_port__lte=65535), name="domain_route_port_range"
            ),
            models.CheckConstraint(condition=models.Q(route_tls__in=["off", "on", "required"]), name="domain_route_tls"),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        self.name = normalise_domain(self.name)
        self.route_host = normalise_host(self.route_host)

    @property
    def route(self) -> str:
        """``host:port``, with an IPv6 host in brackets."""
        host = f"[{self.route_host}]" if ":" in self.route_host else self.route_host
        return f"{host}:{self.route_port}"

    def recipients(self) -> frozenset[str] | None:
        """The accepted addresses, or None when every local part is accepted."""
        if not self.recipients_restricted:
            return None
        return frozenset(self.mailboxes.values_list("address", flat=True))


class Mailbox(models.Model):
    """A known recipient of a domain (lower-case address)."""

    address = models.CharField(max_length=320, unique=True)
    domain = models.ForeignKey(Domain, on_delete=models.CASCADE, related_name="mailboxes")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        ordering = ["address"]
        constraints = [
            models.CheckConstraint(condition=models.Q(address=Lower("address")), name="mailbox_address_lower"),
        ]

    def __str__(self) -> str:
        return self.address

    def clean(self) -> None:
        self.address = normalise_address(self.address, self.domain.name)


class Role(models.TextChoices):
    PROVIDER_ADMIN = "provider-admin", "Provider admin"
    ORG_ADMIN = "org-admin", "Organisation admin"
    AUDITOR = "auditor", "Auditor"
    USER = "user", "User"


# The scopes each role can be given in: an org-admin administers one
# organisation, a provider-admin every organisation of its provider.
ROLE_SCOPES: dict[str, tuple[str, ...]] = {
    Role.PROVIDER_ADMIN: ("provider",),
    Role.ORG_ADMIN: ("organisation",),
    Role.AUDITOR: ("organisation", "provider"),
    Role.USER: ("organisation",),
}


def check_role_scope(role: str, organisation: object | None, provider: object | None) -> None:
    """Raise ValidationError unless ``role`` may be held in exactly the scope given."""
    if role not in ROLE_SCOPES:
        raise ValidationError(f"unknown role {role!r} (one of {', '.join(ROLE_SCOPES)})")
    if organisation is not None and provider is not None:
        raise ValidationError("a role is held in an organisation or a provider, not both")
    scopes = ROLE_SCOPES[role]
    given = "organisation" if organisation is not None else "provider" if provider is not None else None
    if given not in scopes:
        raise ValidationError(f"role {role} needs {' or '.join(scopes)}")


class _Scoped(models.Model):
    """Held in exactly one tenant: an organisation or a provider."""

    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.CASCADE, related_name="%(class)ss")
    provider = models.ForeignKey(Provider, null=True, blank=True, on_delete=models.CASCADE, related_name="%(class)ss")
    role = models.CharField(max_length=16, choices=Role.choices)

    class Meta:
        abstract = True

    @property
    def tenant(self) -> Organisation | Provider:
        return self.organisation if self.organisation_id else self.provider

    def clean(self) -> None:
        check_role_scope(self.role, self.organisation, self.provider)


_ONE_SCOPE = models.Q(organisation__isnull=False, provider__isnull=True) | models.Q(
    organisation__isnull=True, provider__isnull=False
)


class Membership(_Scoped):
    """A person's role in one organisation or one provider."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=_ONE_SCOPE, name="membership_one_scope"),
            models.UniqueConstraint(
                fields=["user", "organisation"], condition=models.Q(organisation__isnull=False),
                name="membership_unique_organisation",
            ),
            models.UniqueConstraint(
                fields=["user", "provider"], condition=models.Q(provider__isnull=False),
                name="membership_unique_provider",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.role} in {self.tenant}"


class ApiToken(_Scoped):
    """A bearer token for the REST API, bound to one tenant and the role held at creation.

    The token reads ``rmp_<prefix>_<secret>``: the prefix finds the row, the
    secret is checked against its SHA-256 (enough for 256 random bits; a slow
    hash protects guessable passwords, not random keys).
    """

    PREFIX = "rmp_"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    prefix = models.CharField(max_length=16, unique=True)
    secret_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.CheckConstraint(condition=_ONE_SCOPE, name="apitoken_one_scope")]

    def __str__(self) -> str:
        return f"{self.PREFIX}{self.prefix}_… ({self.user})"

    @classmethod
    def issue(cls, membership: Membership, lifetime: timedelta | None = None) -> tuple["ApiToken", str]:
        """A new token with the membership's tenant and role; the string is returned only here.

        With a ``lifetime`` the token stops working after it (None: until revoked).
        """
        prefix, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
        token = cls.objects.create(
            user=membership.user, organisation=membership.organisation, provider=membership.provider,
            role=membership.role, prefix=prefix, secret_hash=_sha256(secret),
            expires_at=timezone.now() + lifetime if lifetime else None,
        )
        return token, f"{cls.PREFIX}{prefix}_{secret}"

    @classmethod
    def authenticate(cls, presented: str) -> "ApiToken | None":
        """The live token this string proves, with ``last_used_at`` updated; None otherwise."""
        if not presented.startswith(cls.PREFIX):
            return None
        prefix, _, secret = presented[len(cls.PREFIX):].partition("_")
        token = cls.objects.filter(prefix=prefix, revoked_at__isnull=True).select_related("user").first()
        if token is None or not hmac.compare_digest(token.secret_hash, _sha256(secret)):
            return None
        if token.is_expired:
            return None
        token.last_used_at = timezone.now()
        token.save(update_fields=["last_used_at"])
        return token

    @property
    def is_expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= timezone.now()

    def revoke(self) -> None:
        self.revoked_at = timezone.now()
        self.save(update_fields=["revoked_at"])


class SetupLink(models.Model):
    """A one-time link for a person to set a password and TOTP; stored as a hash.

    Issuing a new link for a person ends the older unused ones, so only the
    latest printed link works.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="setup_links")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"set-up link for {self.user}"

    @classmethod
    def issue(cls, user, lifetime: timedelta | None = None) -> tuple["SetupLink", str]:
        """A new link's row and its secret token (to put in the URL, shown once)."""
        now = timezone.now()
        lifetime = lifetime or settings.SETUP_LINK_LIFETIME
        cls.objects.filter(user=user, used_at__isnull=True, expires_at__gt=now).update(expires_at=now)
        token = secrets.token_urlsafe(32)
        link = cls.objects.create(user=user, token_hash=_sha256(token), expires_at=now + lifetime)
        return link, token

    @classmethod
    def find(cls, token: str) -> "SetupLink | None":
        """The link this token opens, if it is still usable."""
        return (
            cls.objects.filter(token_hash=_sha256(token), used_at__isnull=True, expires_at__gt=timezone.now())
            .select_related("user")
            .first()
        )

    def redeem(self) -> bool:
        """Use the link up; True only for the one caller that did (safe against double submits)."""
        now = timezone.now()
        used = SetupLink.objects.filter(pk=self.pk, used_at__isnull=True, expires_at__gt=now).update(used_at=now)
        if used:
            self.used_at = now
        return bool(used)
