"""The dashboard: what is wrong with the gateway, and how much mail went through lately."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from rempart.console.scoping import own_mailboxes, principal
from rempart.gateway import status
from rempart.tracking.models import MessageRecord

WINDOW = timedelta(hours=24)


def message_counts(records: QuerySet) -> dict[str, int]:
    """``{"total": n, <verdict>: n, ...}`` for the records given."""
    counts = {row["verdict"] or "unknown": row["n"] for row in records.values("verdict").annotate(n=Count("pk", distinct=True))}
    counts["total"] = sum(counts.values())
    return counts


@login_required
@require_safe
def dashboard(request: HttpRequest) -> HttpResponse:
    person = principal(request)
    since = timezone.now() - WINDOW
    organisations = person.organisations("view")
    admin_view = organisations.exists()
    if admin_view:
        records = MessageRecord.objects.filter(organisation__in=organisations.values("pk"), received_at__gte=since)
    else:
        records = MessageRecord.objects.filter(
            organisation__in=person.organisations("self").values("pk"), received_at__gte=since,
            recipients__address=person.email)
    return render(request, "console/dashboard.html", {
        "problems": status.problems(settings.RUNTIME) if admin_view else [],
        "counts": message_counts(records),
        "organisations": organisations.order_by("name") if admin_view else [],
        "mailboxes": own_mailboxes(person),
        "admin_view": admin_view,
    })
