"""Allow and block lists of an organisation and its domains, changed through rempart.policies' service."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from rempart.console.forms import ListEntryForm
from rempart.console.scoping import may_manage, organisation_or_404, require_manage
from rempart.policies import service
from rempart.policies.models import ListEntry


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def lists(request: HttpRequest, org_id: int) -> HttpResponse:
    org = organisation_or_404(request, org_id)
    domains = list(org.domains.all())
    if request.method == "POST":
        require_manage(request, org, "changing the allow and block lists")
    form = ListEntryForm(request.POST or None, domains=domains)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        level = next((d for d in domains if str(d.pk) == data["where"]), org)
        try:
            entry = service.add_list_entry(level, data["kind"], data["value"], comment=data["comment"],
                                           actor=request.user, request=request)
        except ValidationError as exc:
            for name, problems in exc.message_dict.items():
                form.add_error(name if name in form.fields else "value", problems)
        else:
            messages.success(request, _("%(value)s added to the %(kind)s list.") % {
                "value": entry.value, "kind": _(entry.kind)})
            return redirect("console:lists", org_id=org.pk)
    entries = (ListEntry.objects.filter(organisation=org).select_related("domain", "mailbox")
               .order_by("kind", "domain__name", "mailbox__address", "value"))
    return render(request, "console/lists.html", {
        "organisation": org, "entries": entries, "form": form, "can_manage": may_manage(request, org),
    }, status=400 if form.is_bound and form.errors else 200)


@login_required
@require_POST
def list_remove(request: HttpRequest, org_id: int, entry_id: int) -> HttpResponse:
    org = organisation_or_404(request, org_id)
    entry = ListEntry.objects.filter(organisation=org, pk=entry_id).first()
    if entry is None:
        raise Http404("no such entry")
    require_manage(request, org, "changing the allow and block lists")
    service.remove_list_entry(entry, actor=request.user, request=request)
    messages.success(request, _("%(value)s removed.") % {"value": entry.value})
    return redirect("console:lists", org_id=org.pk)
