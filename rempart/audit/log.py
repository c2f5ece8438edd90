"""Writing to the audit log: :func:`record`, called by the API, the console pages and the CLI.

Call it in the same transaction as the change it describes, so that a change
that is rolled back leaves no event and an event is never missing for a
change that stuck.

Actions are ``<thing>.<verb>`` words: ``domain.create``, ``domain.update``,
``domain.delete``, ``mailbox.*``, ``organisation.*``, ``policy.update``,
``list.add``, ``list.remove``, ``token.create``, ``token.revoke``,
``user.add``, ``role.update``, ``login``, ``login.failed``, ``logout``,
``access.denied``, ``audit.export``, ``feedback.report``, ``feedback.reset``,
``quarantine.release`` …
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Hashable
from typing import Any

from django.db import models

from rempart.audit.models import AuditEvent

_SOURCES = set(AuditEvent.Source.values)


def client_ip(request) -> str | None:
    """The peer's address as the web server saw it (``REMOTE_ADDR``), if it is an IP.

    Forwarded-for headers are not trusted: anyone can write them. Behind a
    reverse proxy, the proxy's handler is where the real address belongs.
    """
    value = (getattr(request, "META", {}) or {}).get("REMOTE_ADDR") or ""
    try:
        return str(ipaddress.ip_address(value.split("%")[0]))
    except ValueError:
        return None


def _source(request, source: str | None, actor: Any) -> str:
    if source is not None:
        if source not in _SOURCES:
            raise ValueError(f"audit source {source!r}: expected one of {', '.join(sorted(_SOURCES))}")
        return source
    if request is None:
        return AuditEvent.Source.CLI if actor == "cli" else AuditEvent.Source.SYSTEM
    return AuditEvent.Source.API if request.path.startswith("/api/") else AuditEvent.Source.WEB


def _organisation_of(obj: Any) -> Any:
    """The organisation an object belongs to, when it says (directly, or through its domain)."""
    if obj is None:
        return None
    if obj.__class__.__name__ == "Organisation":
        return obj
    for path in ("organisation", "domain.organisation", "mailbox.domain.organisation"):
        current = obj
        for part in path.split("."):
            current = getattr(current, part, None) if getattr(current, f"{part}_id", None) is not None else None
        if current is not None:
            return current
    return None


def _tenant_ids(organisation: Any, provider: Any) -> tuple[int | None, int | None]:
    organisation_id = organisation.pk if isinstance(organisation, models.Model) else organisation
    if isinstance(provider, models.Model):
        provider_id = provider.pk
    elif provider is not None:
        provider_id = provider
    elif isinstance(organisation, models.Model):
        provider_id = getattr(organisation, "provider_id", None)
    else:
        provider_id = None
    return organisation_id, provider_id


def record(
    action: str,
    *,
    actor: Any = None,
    request: Any = None,
    token: Any = None,
    organisation: Any = None,
    provider: Any = None,
    obj: Any = None,
    before: Any = None,
    after: Any = None,
    source: str | None = None,
    detail: str = "",
) -> AuditEvent:
    """Append one event to the audit log and return it.

    - ``actor``: the person (a user), or a label when there is none — ``"cli"``
      for the command line, the name typed for a failed login. By default the
      token's person, else the request's signed-in user.
    - ``request``: gives the IP address, the user agent and the source (``api``
      for ``/api/`` paths, else ``web``). ``source`` overrides: ``web``,
      ``api``, ``cli``, ``system``.
    - ``token``: the API token used; its prefix is kept (never the secret).
    - ``organisation`` / ``provider`` (objects or ids): the tenant the event
      belongs to, which decides who may read it. By default the organisation
      of ``obj``, then the token's tenant; the provider follows the organisation.
    - ``obj``: the object acted on (type, id and name are kept).
    - ``before`` / ``after``: JSON-serialisable values (dates and decimals are
      fine), the state around the change; None for a creation or a deletion.
    - ``detail``: one line for a person reading the log (why access was refused …).
    """
    if not action or len(action) > 64:
        raise ValueError("an audit action is 1-64 characters, such as 'domain.update'")
    user = None
    label = ""
    if isinstance(actor, str):
        label = actor
    elif actor is not None:
        user = actor
    elif token is not None:
        user = token.user
    elif request is not None and getattr(getattr(request, "user", None), "is_authenticated", False):
        user = request.user
    if user is not None:
        label = getattr(user, "email", "") or getattr(user, "username", "") or str(user)

    if organisation is None and provider is None:
        organisation = _organisation_of(obj)
        if obj.__class__.__name__ == "Provider":
            provider = obj
        elif organisation is None and getattr(obj, "provider_id", None) is not None:
            provider = obj.provider_id
        elif organisation is None and token is not None:
            organisation, provider = token.organisation_id, token.provider_id
    organisation_id, provider_id = _tenant_ids(organisation, provider)

    return AuditEvent.objects.create(
        action=action,
        actor=user if user is not None and getattr(user, "pk", None) is not None else None,
        actor_label=label[:320],
        token_prefix=getattr(token, "prefix", "") or "",
        source=_source(request, source, actor),
        ip=client_ip(request) if request is not None else None,
        user_agent=((request.META.get("HTTP_USER_AGENT") or "") if request is not None else "")[:300],
        organisation_id=organisation_id,
        provider_id=provider_id,
        object_type=obj._meta.model_name if isinstance(obj, models.Model) else "",
        object_id=str(obj.pk) if isinstance(obj, models.Model) and obj.pk is not None else "",
        object_repr=str(obj)[:300] if obj is not None else "",
        before=before,
        after=after,
        detail=(detail or "")[:500],
    )


_NOT_STATE = {"id", "created_at", "updated_at", "secret_hash", "password", "token_hash"}


def state_of(obj: models.Model | None, **extra: Any) -> dict | None:
    """An object's stored values as a dict for ``before``/``after`` (ids for relations, no secrets).

    Timestamps that change on every save are left out, so that two states
    differ only where something was changed. ``extra`` adds values the row
    does not hold (a domain's recipients).
    """
    if obj is None:
        return None
    values = {
        field.name if not field.is_relation else field.attname: field.value_from_object(obj)
        for field in obj._meta.concrete_fields
        if field.name not in _NOT_STATE
    }
    values.update(extra)
    return values


class Throttle:
    """At most ``limit`` events per ``window`` seconds for one key, counting what was held back.

    For refusals that an outsider can repeat at will (a bad token sent in a
    loop): the first ones are recorded, the rest only counted, so the log
    stays readable and cannot be flooded. In-process memory; each server
    process keeps its own count, which is enough to bound the rate.
    """

    def __init__(self, limit: int = 1, window: float = 60.0, max_keys: int = 10000) -> None:
        self.limit, self.window, self.max_keys = limit, window, max_keys
        self._seen: dict[Hashable, tuple[float, int, int]] = {}  # key: (window start, written, held back)
        self._lock = threading.Lock()

    def allow(self, key: Hashable) -> tuple[bool, int]:
        """(write now?, how many were held back since the last write for this key)."""
        now = time.monotonic()
        with self._lock:
            start, written, held = self._seen.get(key, (now, 0, 0))
            if now - start >= self.window:
                start, written = now, 0
            if written < self.limit:
                self._remember(key, (start, written + 1, 0))
                return True, held
            self._remember(key, (start, written, held + 1))
            return False, held + 1

    def clear(self) -> None:
        """Forget every count (a fresh process; tests that each start from a clean slate)."""
        with self._lock:
            self._seen.clear()

    def _remember(self, key: Hashable, value: tuple[float, int, int]) -> None:
        if key not in self._seen and len(self._seen) >= self.max_keys:
            self._seen.clear()  # crude but bounded: an attacker cycling keys gets a fresh budget at worst
        self._seen[key] = value
