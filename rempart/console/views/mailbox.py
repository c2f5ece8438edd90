"""An end user's own mailboxes: the only things of the organisation they see."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from rempart.console.scoping import own_mailboxes, principal


@login_required
@require_safe
def my_mailbox(request: HttpRequest) -> HttpResponse:
    return render(request, "console/my_mailbox.html", {"mailboxes": own_mailboxes(principal(request))})
