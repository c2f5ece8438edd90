"""``Authorization: Bearer rmp_<prefix>_<secret>``: which token, and why not when it is refused.

A refused request gets a 401 that says precisely what was wrong (no header,
another scheme, a malformed, unknown or revoked token, a person who lost
their role) and an ``access.denied`` event in the audit log — at most one a
minute for the same address and token, and a few a minute for one address,
so a client stuck in a loop cannot flood the log.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from django.http import HttpRequest
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer

from rempart.audit.log import Throttle, client_ip, record
from rempart.tenants.access import Principal
from rempart.tenants.models import ApiToken

TOKEN_SHAPE = re.compile(r"rmp_([0-9a-f]{12})_([A-Za-z0-9_-]{20,100})")

_per_token = Throttle(limit=1, window=60.0)
_per_address = Throttle(limit=10, window=60.0)


class Unauthenticated(AuthenticationError):
    def __init__(self, message: str, token: ApiToken | None = None) -> None:
        super().__init__(401, message)
        self.token = token


class ApiTokenAuth(HttpBearer):
    """Finds the token, and gives the route a :class:`Principal` limited to the token's tenant and role."""

    def __call__(self, request: HttpRequest) -> Principal:
        header = request.headers.get("Authorization", "")
        try:
            if not header:
                raise Unauthenticated("missing Authorization header: send 'Authorization: Bearer <token>'")
            scheme, _, presented = header.partition(" ")
            if scheme.lower() != "bearer":
                raise Unauthenticated(f"the Authorization scheme must be Bearer, not {scheme[:20]!r}")
            return self.authenticate(request, presented.strip())
        except Unauthenticated as refusal:
            _record_refusal(request, refusal, header)
            raise

    def authenticate(self, request: HttpRequest, token: str) -> Principal:
        match = TOKEN_SHAPE.fullmatch(token)
        if match is None:
            raise Unauthenticated("malformed token: expected rmp_<12 hex digits>_<secret>")
        found = ApiToken.authenticate(token)
        if found is None:
            stored = ApiToken.objects.filter(prefix=match[1]).first()
            proven = stored is not None and hmac.compare_digest(
                stored.secret_hash, hashlib.sha256(match[2].encode()).hexdigest()
            )
            if proven and stored.revoked_at is None and stored.is_expired:
                raise Unauthenticated(f"token rmp_{stored.prefix}_… expired on {stored.expires_at:%Y-%m-%d %H:%M} UTC", stored)
            if proven and stored.revoked_at is not None:
                raise Unauthenticated(f"token rmp_{stored.prefix}_… was revoked on {stored.revoked_at:%Y-%m-%d}", stored)
            raise Unauthenticated("unknown token")
        if not found.user.is_active:
            raise Unauthenticated("the token's person is deactivated", found)
        principal = Principal.for_token(found)
        if not principal.grants:
            raise Unauthenticated(f"{found.user.email} no longer holds a role in the token's tenant", found)
        return principal


def _record_refusal(request: HttpRequest, refusal: Unauthenticated, header: str) -> None:
    address = client_ip(request)
    token = refusal.token
    fingerprint = token.prefix if token is not None else hashlib.sha256(header.encode()).hexdigest()[:16]
    allowed, held = _per_token.allow((address, fingerprint))
    if not allowed or not _per_address.allow(address)[0]:
        return
    note = f" ({held} more since)" if held else ""
    record("access.denied", request=request, token=token, actor=token.user if token is not None else "",
           detail=f"{request.method} {request.path}: {refusal.message}{note}"[:500])
