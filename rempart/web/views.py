"""Pages that belong to no app: the front page, the health check, the set-up link's landing."""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from rempart.accounts.views import welcome  # noqa: F401  (the set-up link's page, named in rempart.web.urls)
from rempart.gateway import status


def _problems() -> list[str]:
    """What the gateway reported as wrong (status file in the data folder), one line each."""
    return status.problems(settings.RUNTIME)


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """The console for someone logged in; otherwise a front page with the way in (and the gateway's health)."""
    if request.user.is_authenticated:
        return redirect("console:dashboard")
    return render(request, "console/home.html", {"problems": _problems()})


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
