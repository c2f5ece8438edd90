"""The dashboard: the gateway's problems and the last day's message counts, per person's scope."""

from __future__ import annotations

import dataclasses

import pytest
from django.urls import reverse
from django.utils import timezone

from rempart.gateway import status
from rempart.tracking.models import MessageRecipient, MessageRecord

pytestmark = pytest.mark.db


@pytest.fixture
def runtime(tmp_path, settings):
    settings.RUNTIME = dataclasses.replace(settings.RUNTIME, data_dir=tmp_path)
    return settings.RUNTIME


def _message(organisation, verdict: str, to: str, n: int) -> None:
    record = MessageRecord.objects.create(queue_id=f"q{n}", received_at=timezone.now(), organisation=organisation,
                                          verdict=verdict, rcpt_to=[to])
    MessageRecipient.objects.create(message=record, address=to)


def test_admins_see_the_gateways_problems(as_role, runtime):
    status.record(runtime, antivirus="clamd does not answer")

    assert b"clamd does not answer" in as_role("alice").get(reverse("console:dashboard")).content
    assert b"clamd does not answer" not in as_role("bob").get(reverse("console:dashboard")).content


def test_counts_cover_the_organisations_one_sees(as_role, alpha, bravo, runtime):
    _message(alpha, "clean", "bob@alpha.test", 1)
    _message(alpha, "spam", "carol@alpha.test", 2)
    _message(bravo, "spam", "x@bravo.test", 3)

    alice = as_role("alice").get(reverse("console:dashboard")).context["counts"]
    bob = as_role("bob").get(reverse("console:dashboard")).context["counts"]

    assert alice == {"total": 2, "clean": 1, "spam": 1}
    assert bob == {"total": 1, "clean": 1}
