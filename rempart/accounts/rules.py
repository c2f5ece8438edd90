"""Who must use a second factor.

Every role that can change or read an organisation's settings must: the
provider admin and the organisation admin (they change what happens to
mail), and the auditor too, because the audit log they read names people,
addresses and IPs. An end user may add TOTP but is not forced to.
"""

from __future__ import annotations

from allauth.mfa.models import Authenticator

from rempart.tenants.models import Membership, Role

TOTP_REQUIRED_ROLES = frozenset({Role.PROVIDER_ADMIN, Role.ORG_ADMIN, Role.AUDITOR})


def requires_totp(user) -> bool:
    """True when the person holds, anywhere, a role that needs a second factor."""
    return Membership.objects.filter(user=user, role__in=TOTP_REQUIRED_ROLES).exists()


def has_totp(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
