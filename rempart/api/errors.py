"""Every API error as one JSON shape: ``{"detail": "...", "errors": [{"field": ..., "message": ...}]}``.

``detail`` is one sentence for a person; ``errors`` (possibly empty) names
each field that was wrong. Refusals of access (403) are written to the
audit log here, at the one place every route's refusal passes through.
"""

from __future__ import annotations

import logging

from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from rempart.audit.log import Throttle, client_ip, record

log = logging.getLogger(__name__)


class NotFound(Http404):
    """The object does not exist for this caller (another tenant's object reads the same)."""


class Forbidden(HttpError):
    """The caller may see the object but not do this to it (an auditor writing, a user reading others)."""

    def __init__(self, message: str) -> None:
        super().__init__(403, message)


class Conflict(HttpError):
    """The change collides with what exists (a domain name already taken …)."""

    def __init__(self, message: str) -> None:
        super().__init__(409, message)


class PayloadTooLarge(Exception):
    """The request body is bigger than the API accepts (``API_MAX_BODY``)."""


class Invalid(Exception):
    """Input that passed the schema but not the product's rules; one message per field."""

    def __init__(self, detail: str, errors: list[dict] | None = None) -> None:
        super().__init__(detail)
        self.detail, self.errors = detail, errors or []


def checked(field: str, check, *args):
    """``check(*args)``, with a Django ValidationError turned into a 422 naming ``field``."""
    try:
        return check(*args)
    except DjangoValidationError as exc:
        message = "; ".join(exc.messages)
        raise Invalid(f"{field}: {message}", [{"field": field, "message": message}]) from None


# One refusal row per caller and route a minute: enough to see the attempt, not a flood.
_denials = Throttle(limit=1, window=60.0)


def body(detail: str, errors: list[dict] | None = None) -> dict:
    return {"detail": detail, "errors": errors or []}


def _field(loc: tuple | list) -> str:
    """``["body", "payload", "route_port"]`` → ``route_port``; ``["query", "limit"]`` → ``limit``."""
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header", "cookie", "form"):
        origin, parts = parts[0], parts[1:]
        if origin == "body" and len(parts) > 1:
            parts = parts[1:]  # the route's parameter name, not the client's field
    return ".".join(parts) or "body"


def _message(error: dict) -> str:
    if error.get("type") == "extra_forbidden":
        return "unknown field"
    if error.get("type") == "missing":
        return "this field is required"
    return str(error.get("msg", "invalid value")).removeprefix("Value error, ")


def validation_errors(errors: list[dict]) -> list[dict]:
    return [{"field": _field(e.get("loc", ())), "message": _message(e)} for e in errors]


def _summary(errors: list[dict]) -> str:
    if not errors:
        return "the request is not valid"
    first = errors[0]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{first['field']}: {first['message']}{more}"


def install(api: NinjaAPI) -> None:
    """Replace django-ninja's default error bodies with ours."""

    def respond(request: HttpRequest, status: int, detail: str, errors: list[dict] | None = None) -> HttpResponse:
        return api.create_response(request, body(detail, errors), status=status)

    @api.exception_handler(ValidationError)
    def invalid_request(request, exc: ValidationError):
        errors = validation_errors(exc.errors)
        return respond(request, 422, _summary(errors), errors)

    @api.exception_handler(Invalid)
    def invalid_value(request, exc: Invalid):
        return respond(request, 422, exc.detail, exc.errors)

    @api.exception_handler(DjangoValidationError)
    def invalid_model(request, exc: DjangoValidationError):
        if hasattr(exc, "error_dict"):
            errors = [{"field": f if f != "__all__" else "body", "message": m}
                      for f, messages in exc.message_dict.items() for m in messages]
        else:
            errors = [{"field": "body", "message": m} for m in exc.messages]
        return respond(request, 422, _summary(errors), errors)

    @api.exception_handler(IntegrityError)
    def integrity(request, exc: IntegrityError):
        log.info("API change refused by the database: %s", exc)
        return respond(request, 409, "the change conflicts with existing data")

    @api.exception_handler(Http404)
    def not_found(request, exc: Http404):
        message = str(exc) if isinstance(exc, NotFound) else "not found"
        return respond(request, 404, message)

    @api.exception_handler(PayloadTooLarge)
    def too_large(request, exc: PayloadTooLarge):
        return respond(request, 413, str(exc))

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request, exc: AuthenticationError):
        response = respond(request, 401, exc.message)
        response["WWW-Authenticate"] = 'Bearer realm="rempart"'
        return response

    @api.exception_handler(Forbidden)
    def forbidden(request, exc: Forbidden):
        _record_denial(request, exc.message)
        return respond(request, 403, exc.message)

    @api.exception_handler(HttpError)
    def http_error(request, exc: HttpError):
        if exc.status_code == 400 and isinstance(exc.__cause__, (PayloadTooLarge, RequestDataTooBig)):
            return respond(request, 413, str(exc.__cause__) or "the request body is too large")
        if exc.status_code == 400:
            return respond(request, 400, "the request body is not valid JSON")
        return respond(request, exc.status_code, exc.message)


def _record_denial(request: HttpRequest, message: str) -> None:
    principal = getattr(request, "auth", None)
    token = getattr(principal, "token", None)
    key = (getattr(token, "prefix", None) or client_ip(request), request.method, request.path)
    allowed, held = _denials.allow(key)
    if not allowed:
        return
    note = f" ({held} more since)" if held else ""
    record("access.denied", actor=getattr(principal, "user", None), request=request, token=token,
           detail=f"{request.method} {request.path}: {message}{note}"[:500])
