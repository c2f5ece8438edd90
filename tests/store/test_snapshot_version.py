"""snapshot_version(): changes whenever the snapshot would, and only then."""

import pytest
from django.utils import timezone

from rempart.policies.models import ListEntry, Policy
from rempart.policies.snapshot import snapshot_version
from rempart.tenants import commands
from rempart.tenants.models import Mailbox
from rempart.tracking.models import MessageRecord

pytestmark = pytest.mark.db


@pytest.fixture
def domain(alpha, make_domain):
    return make_domain("alpha.test", alpha, recipients=["alice@alpha.test", "bob@alpha.test"])


def test_the_version_stays_the_same_when_nothing_changes(domain):
    assert snapshot_version() == snapshot_version()


def test_changes_the_snapshot_does_not_read_leave_the_version_alone(domain, alice):
    before = snapshot_version()

    commands.token_create("alice@alpha.test")
    MessageRecord.objects.create(queue_id="Q1", received_at=timezone.now())

    assert snapshot_version() == before


def test_a_route_change_changes_the_version(domain):
    before = snapshot_version()

    commands.domain_add("alpha.test", host="10.9.9.9")

    assert snapshot_version() != before


def test_a_new_domain_changes_the_version(domain, make_domain):
    before = snapshot_version()

    make_domain("bravo.test")

    assert snapshot_version() != before


def test_a_list_entry_added_or_edited_changes_the_version(domain, alpha):
    before = snapshot_version()
    entry = ListEntry.objects.create(organisation=alpha, kind="block", value="spammer.example")
    added = snapshot_version()
    entry.value = "spammer.example.org"
    entry.save()

    assert len({before, added, snapshot_version()}) == 3


def test_a_policy_change_changes_the_version(domain, alpha):
    before = snapshot_version()
    policy = Policy.objects.get(organisation=alpha, domain=None)
    policy.sensitivity = 4
    policy.save()

    assert snapshot_version() != before


def test_mailboxes_deleted_in_bulk_change_the_version(domain):
    before = snapshot_version()

    Mailbox.objects.filter(address="bob@alpha.test").delete()

    assert snapshot_version() != before


def test_mailboxes_created_in_bulk_change_the_version(domain):
    before = snapshot_version()

    Mailbox.objects.bulk_create([Mailbox(address="carol@alpha.test", domain=domain)])

    assert snapshot_version() != before
