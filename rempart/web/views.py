"""Pages that belong to no app: the front page, the health check, the set-up link's landing."""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.html import escape
from django.views.decorators.http import require_safe

from rempart.gateway import status
from rempart.tenants.models import SetupLink

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Rempart</title></head>
<body><main><h1>Rempart</h1><p>{body}</p></main></body></html>
"""


def _page(body: str, code: int = 200) -> HttpResponse:
    return HttpResponse(_PAGE.format(body=body), status=code)


def _problems() -> list[str]:
    """What the gateway reported as wrong (status file in the data folder), one line each."""
    return status.problems(settings.RUNTIME)


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    banner = "".join(f"<br><strong>Problem: {escape(p)}</strong>" for p in _problems())
    return _page("Email security for your organisation. The console opens here soon." + banner)


@require_safe
def health(request: HttpRequest) -> JsonResponse:
    """``{"status", "database", "problems"}`` for load balancers and monitoring.

    ``status`` is ok, degraded (the gateway reports problems, e.g. the
    antivirus is down: this node still serves) or unavailable (503: the
    database does not answer). Cheap, no authentication.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        database = "ok"
    except Exception:
        database = "unavailable"
    problems = _problems()
    state = "unavailable" if database != "ok" else "degraded" if problems else "ok"
    return JsonResponse({"status": state, "database": database, "problems": problems},
                        status=503 if state == "unavailable" else 200)


@require_safe
def welcome(request: HttpRequest, token: str) -> HttpResponse:
    """Where a set-up link lands. Setting the password and TOTP comes with the console (issue 4);
    until then the page only says whether the link is usable, and does not use it up."""
    link = SetupLink.find(token)
    if link is None:
        return _page("This link has expired or has already been used. Ask your administrator for a new one.", 404)
    return _page(f"Welcome, {escape(link.user.email)}. Setting your password here arrives in the next version.")
