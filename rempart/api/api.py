"""The NinjaAPI object: /api/v1/, bearer tokens, our error bodies, one router per resource.

The OpenAPI document is served at /api/v1/openapi.json and browsable at
/api/v1/docs. Request bodies above ``API_MAX_BODY`` bytes are refused with
413 before they are parsed; a route that takes a whole message (feedback)
has its own, larger limit in :data:`LARGE_BODIES`.
"""

from __future__ import annotations

import json

from django.conf import settings
from ninja import NinjaAPI
from ninja.parser import Parser

from rempart.api import (
    attachment_rules,
    audit,
    domains,
    errors,
    feedback,
    lists,
    mailboxes,
    organisations,
    policies,
    relations,
    tokens,
)
from rempart.api.auth import ApiTokenAuth

DEFAULT_MAX_BODY = 256 * 1024
# Routes (by URL name) whose body carries a whole message.
LARGE_BODIES = {feedback.URL_NAME: feedback.MAX_BODY}


class JsonParser(Parser):
    """JSON bodies only, and small ones except where a route takes a whole message."""

    def parse_body(self, request):
        route = getattr(getattr(request, "resolver_match", None), "url_name", None)
        limit = LARGE_BODIES.get(route) or getattr(settings, "API_MAX_BODY", DEFAULT_MAX_BODY)
        try:
            announced = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            announced = 0
        if announced > limit or len(request.body) > limit:
            raise errors.PayloadTooLarge(f"the request body is larger than {limit} bytes")
        return json.loads(request.body, parse_constant=_not_json)


def _not_json(constant: str):
    """NaN and Infinity are Python's extensions, not JSON: refused like any malformed body."""
    raise ValueError(f"{constant} is not a JSON value")


api = NinjaAPI(
    title="Rempart API",
    version="1",
    description="Tenants, domains, mailboxes, policies (settings, allow/block lists, attachment rules, "
                "sender-to-recipient relations), feedback that teaches an organisation's filter, API tokens "
                "and the audit log. "
                "Send `Authorization: Bearer <token>` (rempart token create). Another tenant's objects answer 404.",
    urls_namespace="api",
    auth=ApiTokenAuth(),
    parser=JsonParser(),
)
errors.install(api)
api.add_router("/organisations", organisations.router)
api.add_router("/domains", domains.router)
api.add_router("/mailboxes", mailboxes.router)
api.add_router("/", policies.router)
api.add_router("/lists", lists.router)
api.add_router("/attachment-rules", attachment_rules.router)
api.add_router("/relations", relations.router)
api.add_router("/", feedback.router)
api.add_router("/tokens", tokens.router)
api.add_router("/audit", audit.router)
