"""allauth's own pages (password change, two-factor) in the console's layout, with changes audited."""

from __future__ import annotations

import pytest
from django.urls import reverse

from rempart.audit.models import AuditEvent
from tests.accounts.conftest import PASSWORD, log_in, with_password

pytestmark = pytest.mark.db


@pytest.mark.parametrize("name", ["account_change_password", "mfa_index", "mfa_activate_totp"])
def test_the_account_pages_open_in_the_console_layout(client, bob, name):
    with_password(bob)
    log_in(client, "bob@alpha.test")

    page = client.get(reverse(name))

    assert page.status_code == 200
    assert b'class="brand"' in page.content and b"console/tokens" in page.content


def test_a_password_change_is_validated_and_audited(client, bob):
    with_password(bob)
    log_in(client, "bob@alpha.test")
    url = reverse("account_change_password")

    weak = client.post(url, {"oldpassword": PASSWORD, "password1": "short", "password2": "short"})
    strong = client.post(url, {"oldpassword": PASSWORD, "password1": "another fine passphrase",
                               "password2": "another fine passphrase"})

    assert weak.status_code == 200 and b"too short" in weak.content
    assert strong.status_code == 302
    bob.refresh_from_db()
    assert bob.check_password("another fine passphrase")
    assert AuditEvent.objects.filter(action="password.change", actor=bob).count() == 1


def test_changing_the_address_or_linking_accounts_is_not_offered(client, bob):
    with_password(bob)
    log_in(client, "bob@alpha.test")

    assert client.get("/accounts/email/").status_code == 404
    assert client.get("/accounts/3rdparty/").status_code == 404
