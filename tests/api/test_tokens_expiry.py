"""An API token made with a lifetime stops working after it, with a precise 401."""

from datetime import timedelta

import pytest
from django.utils import timezone

from rempart.tenants.models import ApiToken, Membership

pytestmark = pytest.mark.db


def test_expired_token_is_refused_with_its_date_and_a_live_one_works(client, alice):
    membership = Membership.objects.get(user=alice)
    issued, secret = ApiToken.issue(membership, timedelta(days=1))
    headers = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    assert client.get("/api/v1/organisations", **headers).status_code == 200
    ApiToken.objects.filter(pk=issued.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    refused = client.get("/api/v1/organisations", **headers)
    assert refused.status_code == 401
    assert "expired on" in refused.json()["detail"]
