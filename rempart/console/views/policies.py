"""The effective policy of an organisation, a domain or a mailbox, where each value comes from, and a change.

Values are read with ``effective_policy()`` and changed with
``update_policy()`` of rempart.policies: the same validation and audit as
the API. A level shows every setting; its form holds those it may set itself.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from rempart.console import policy
from rempart.console.forms import PolicyForm
from rempart.console.scoping import (
    domain_or_404,
    mailbox_or_404,
    may_manage,
    organisation_or_404,
    require_manage,
)
from rempart.policies import service
from rempart.policies.effective import effective_policy
from rempart.policies.fields import SETTINGS
from rempart.policies.models import Policy
from rempart.tenants.models import Domain, Mailbox


def _effective(level_object):
    kind = policy.level_name(level_object)
    return effective_policy(**{kind: level_object})


def _rows(effective) -> list[dict]:
    return [{"name": name, "label": _(spec.label), "value": policy.shown(spec, effective[name].value),
             "source": policy.SOURCE_NAMES[effective[name].source], "here": effective[name].source == effective.level}
            for name, spec in SETTINGS.items()]


def _own_values(level_object) -> dict:
    layer = Policy.objects.filter(**Policy.level_of(level_object)).first()
    return layer.own_values() if layer is not None else {}


def _form(request: HttpRequest, level_object) -> PolicyForm:
    level = policy.level_name(level_object)
    inherit = {"organisation": _("built-in default"), "domain": _("inherit from the organisation"),
               "mailbox": _("inherit from the domain")}[level]
    own = _own_values(level_object)
    initial = {spec.name: policy.form_value(spec, own.get(spec.name)) for spec in policy.specs_at(level)}
    return PolicyForm(request.POST or None, level=level, inherit_label=inherit, initial=initial)


def _page(request: HttpRequest, level_object, again: str) -> HttpResponse:
    organisation = policy.organisation_of(level_object)
    can_change = may_manage(request, organisation)
    if request.method == "POST":
        require_manage(request, organisation, "changing a policy")
    form = _form(request, level_object)
    if request.method == "POST" and form.is_valid():
        try:
            service.update_policy(level_object, form.changes(), actor=request.user, request=request)
        except ValidationError as exc:
            for name, problems in exc.message_dict.items():
                form.add_error(name if name in form.fields else None, problems)
        else:
            messages.success(request, _("Policy saved. The gateway applies it within seconds."))
            return redirect(again, level_object.pk)
    effective = _effective(level_object)
    return render(request, "console/policy.html", {
        "level": effective.level, "level_object": level_object, "organisation": organisation,
        "domain": level_object if isinstance(level_object, Domain) else getattr(level_object, "domain", None),
        "rows": _rows(effective), "effective": effective, "sources": policy.SOURCE_NAMES,
        "form": form if can_change else None,
    }, status=400 if form.is_bound and form.errors else 200)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def organisation_policy(request: HttpRequest, org_id: int) -> HttpResponse:
    return _page(request, organisation_or_404(request, org_id), "console:organisation_policy")


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def domain_policy(request: HttpRequest, domain_id: int) -> HttpResponse:
    return _page(request, domain_or_404(request, domain_id), "console:domain_policy")


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def mailbox_policy(request: HttpRequest, mailbox_id: int) -> HttpResponse:
    found: Mailbox = mailbox_or_404(request, mailbox_id)
    return _page(request, found, "console:mailbox_policy")
