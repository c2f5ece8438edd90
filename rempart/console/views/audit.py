"""The audit log: search the events of the organisations one may audit, and export them as CSV."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from rempart.audit import export, search
from rempart.audit.log import record
from rempart.console.forms import AuditSearchForm
from rempart.console.scoping import principal

PAGE_SIZE = 50


def _day_start(day) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min), timezone.get_current_timezone())


def _events(request: HttpRequest):
    """(form, events matching it) among those the person may read."""
    person = principal(request)
    organisations = person.organisations("audit").order_by("name")
    if not organisations.exists() and not person.providers("audit"):
        raise Http404("no audit log to show")
    form = AuditSearchForm(request.GET or None, organisations=organisations)
    events = search.visible_to(person)
    if form.is_valid():
        data = form.cleaned_data
        events = search.search(
            events, text=data["text"] or None, actor=data["actor"] or None, action=data["action"] or None,
            organisation=data["organisation"],
            since=_day_start(data["since"]) if data["since"] else None,
            until=_day_start(data["until"] + timedelta(days=1)) if data["until"] else None)
    else:
        events = search.search(events)
    return form, events


@login_required
@require_safe
def audit_log(request: HttpRequest) -> HttpResponse:
    form, events = _events(request)
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "console/audit.html", {"form": form, "page": page, "query": query.urlencode()})


@login_required
@require_safe
def audit_export(request: HttpRequest) -> HttpResponse:
    form, events = _events(request)
    record("audit.export", request=request, detail=f"CSV export, filters: {request.GET.urlencode()[:400]}",
           organisation=form.cleaned_data.get("organisation") if form.is_valid() else None)
    return export.csv_response(events, filename=f"rempart-audit-{timezone.now():%Y%m%d-%H%M}.csv")
