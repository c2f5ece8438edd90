"""An organisation's single sign-on (OpenID Connect) settings; the secret is never shown back."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from rempart.accounts.models import SsoConnection
from rempart.audit.log import record, state_of
from rempart.console.forms import SsoForm
from rempart.console.scoping import may_manage, organisation_or_404, require_manage


def _public(connection: SsoConnection | None) -> dict | None:
    state = state_of(connection)
    if state is not None:
        state.pop("client_secret", None)
    return state


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def sso(request: HttpRequest, org_id: int) -> HttpResponse:
    org = organisation_or_404(request, org_id)
    can_manage = may_manage(request, org)
    if request.method == "POST":
        require_manage(request, org, "changing single sign-on")
    existing = SsoConnection.objects.filter(organisation=org).first()
    form = SsoForm(request.POST or None, instance=existing or SsoConnection(organisation=org))
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            before = _public(existing)
            secret_changed = existing is None or form.cleaned_data["client_secret"] != existing.client_secret
            connection = form.save()
            record("sso.update" if existing else "sso.create", request=request, obj=connection, before=before,
                   after=_public(connection), detail="client secret changed" if secret_changed else "")
        messages.success(request, _("Single sign-on saved."))
        return redirect("console:sso", org_id=org.pk)
    if not can_manage:
        for field in form.fields.values():
            field.disabled = True
    callback = None
    if existing is not None:
        callback = request.build_absolute_uri(
            reverse("openid_connect_callback", kwargs={"provider_id": existing.provider_id}))
    return render(request, "console/sso.html", {
        "organisation": org, "form": form, "can_manage": can_manage, "connection": existing, "callback": callback,
    }, status=400 if form.is_bound and form.errors else 200)
