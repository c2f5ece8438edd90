"""A person's own API tokens: made for one of their roles, shown once, revocable."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from rempart.audit.log import record
from rempart.console.forms import TokenCreateForm
from rempart.tenants.models import ApiToken, Membership


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def tokens(request: HttpRequest) -> HttpResponse:
    memberships = list(Membership.objects.filter(user=request.user).select_related("organisation", "provider"))
    form = TokenCreateForm(request.POST or None, memberships=memberships)
    shown = None
    if request.method == "POST" and form.is_valid():
        membership = next(m for m in memberships if str(m.pk) == form.cleaned_data["membership"])
        with transaction.atomic():
            issued, shown = ApiToken.issue(membership)
            record("token.create", request=request, obj=issued,
                   organisation=membership.organisation_id, provider=membership.provider_id,
                   after={"user": request.user.username, "role": membership.role, "prefix": issued.prefix})
        form = TokenCreateForm(memberships=memberships)
    own = ApiToken.objects.filter(user=request.user).select_related("organisation", "provider").order_by("-created_at")
    response = render(request, "console/tokens.html", {"tokens": own, "form": form, "new_token": shown},
                      status=400 if form.is_bound and form.errors else 200)
    if shown:
        response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    token = ApiToken.objects.filter(user=request.user, pk=token_id).first()
    if token is None:
        raise Http404("no such token")
    if token.revoked_at is None:
        with transaction.atomic():
            token.revoke()
            record("token.revoke", request=request, obj=token, organisation=token.organisation_id,
                   provider=token.provider_id, before={"revoked_at": None},
                   after={"revoked_at": timezone.now().isoformat()})
        messages.success(request, _("Token %(prefix)s revoked: it no longer works.") % {"prefix": token.prefix})
    return redirect("console:tokens")
