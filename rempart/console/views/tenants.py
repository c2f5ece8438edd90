"""Organisations and their domains: list, add, change the route, TLS and accepted recipients."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from rempart.audit.log import record, state_of
from rempart.console.forms import DomainAddForm, RouteForm
from rempart.console.scoping import (
    domain_or_404,
    may_manage,
    organisation_or_404,
    principal,
    require_manage,
)
from rempart.tenants.models import Domain, Mailbox


@login_required
@require_safe
def organisations(request: HttpRequest) -> HttpResponse:
    found = principal(request).organisations("view").select_related("provider").annotate(
        domain_count=Count("domains")).order_by("name")
    return render(request, "console/organisations.html", {"organisations": found})


@login_required
@require_safe
def organisation(request: HttpRequest, org_id: int) -> HttpResponse:
    org = organisation_or_404(request, org_id)
    domains = org.domains.annotate(mailbox_count=Count("mailboxes"))
    return render(request, "console/organisation.html", {
        "organisation": org, "domains": domains, "can_manage": may_manage(request, org),
        "can_audit": principal(request).can("audit", org),
    })


def _recipients(domain: Domain) -> list[str] | None:
    return sorted(domain.mailboxes.values_list("address", flat=True)) if domain.recipients_restricted else None


def _set_recipients(domain: Domain, addresses: list[str]) -> None:
    domain.mailboxes.exclude(address__in=addresses).delete()
    known = set(domain.mailboxes.values_list("address", flat=True))
    Mailbox.objects.bulk_create(Mailbox(address=a, domain=domain) for a in addresses if a not in known)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def domain_add(request: HttpRequest, org_id: int) -> HttpResponse:
    org = organisation_or_404(request, org_id)
    require_manage(request, org, "adding a domain")
    form = DomainAddForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            domain = Domain.objects.create(
                name=data["name"], organisation=org, route_host=data["route_host"], route_port=data["route_port"],
                route_tls=data["route_tls"], recipients_restricted=data["recipients_restricted"])
            _set_recipients(domain, data["recipients"])
            record("domain.create", request=request, obj=domain,
                   after=state_of(domain, recipients=_recipients(domain)))
        messages.success(request, _("Domain %(name)s added: mail for it is accepted now.") % {"name": domain.name})
        return redirect("console:domain", domain_id=domain.pk)
    return render(request, "console/domain_add.html", {"organisation": org, "form": form})


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def domain(request: HttpRequest, domain_id: int) -> HttpResponse:
    """A domain's route and recipients; admins change them, auditors read them."""
    found = domain_or_404(request, domain_id)
    can_manage = may_manage(request, found.organisation)
    if request.method == "POST":
        require_manage(request, found.organisation, "changing a domain")
    initial = {"route_host": found.route_host, "route_port": found.route_port, "route_tls": found.route_tls,
               "recipients_restricted": found.recipients_restricted,
               "recipients": "\n".join(found.mailboxes.values_list("address", flat=True))}
    form = RouteForm(request.POST or None, initial=initial)
    form.domain_name = found.name
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            before = state_of(found, recipients=_recipients(found))
            found.route_host, found.route_port, found.route_tls = data["route_host"], data["route_port"], data["route_tls"]
            found.recipients_restricted = data["recipients_restricted"]
            found.save()
            _set_recipients(found, data["recipients"])
            after = state_of(found, recipients=_recipients(found))
            if before != after:
                record("domain.update", request=request, obj=found, before=before, after=after)
        messages.success(request, _("Domain %(name)s saved.") % {"name": found.name})
        return redirect("console:domain", domain_id=found.pk)
    if not can_manage:
        for field in form.fields.values():
            field.disabled = True
    return render(request, "console/domain.html", {
        "domain": found, "organisation": found.organisation, "form": form, "can_manage": can_manage,
        "mailboxes": found.mailboxes.all()[:500],
    })
