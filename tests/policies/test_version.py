"""snapshot_version() changes for every kind of policy change, so the gateway recompiles."""

import pytest

from rempart.policies import service
from rempart.policies.models import AttachmentRule, ListEntry, Relation
from rempart.policies.snapshot import snapshot_version

pytestmark = pytest.mark.db


def changes_version(action) -> bool:
    before = snapshot_version()
    action()
    return snapshot_version() != before


def test_organisation_domain_and_mailbox_overrides_change_the_version(alpha, domain, finance):
    assert changes_version(lambda: service.update_policy(alpha, {"banner_enabled": True}))
    assert changes_version(lambda: service.update_policy(domain, {"disclaimer_text": "x"}))
    assert changes_version(lambda: service.update_policy(finance, {"sensitivity": 5}))
    assert changes_version(lambda: service.update_policy(finance, {"notify_recipient": True}))
    assert changes_version(lambda: service.reset_override(finance, "sensitivity"))


def test_list_entries_at_every_level_change_the_version(alpha, domain, finance):
    assert changes_version(lambda: service.add_list_entry(alpha, "block", "a.example"))
    assert changes_version(lambda: service.add_list_entry(finance, "allow", "b.example"))
    entry = ListEntry.objects.get(value="b.example")
    assert changes_version(lambda: service.remove_list_entry(entry))


def test_attachment_rules_change_the_version(domain, finance):
    assert changes_version(lambda: service.add_attachment_rule(finance, "extension", "iso", "quarantine"))
    assert changes_version(lambda: service.add_attachment_rule(finance, "extension", "iso", "block"))
    assert changes_version(lambda: service.remove_attachment_rule(AttachmentRule.objects.get()))


def test_relations_change_the_version(alpha, domain, finance):
    assert changes_version(lambda: service.add_relation(finance, "allow", "partners@x.example"))
    assert changes_version(lambda: service.remove_relation(Relation.objects.get()))


def test_rules_and_relations_created_in_bulk_change_the_version(alpha, domain):
    assert changes_version(lambda: AttachmentRule.objects.bulk_create(
        [AttachmentRule(organisation=alpha, match="extension", value="js", action="block")]))
    assert changes_version(lambda: Relation.objects.bulk_create(
        [Relation(organisation=alpha, kind="forbid", sender="x.example", recipient="alpha.test")]))


def test_a_refused_change_leaves_the_version_alone(alpha, domain):
    from django.core.exceptions import ValidationError

    before = snapshot_version()
    with pytest.raises(ValidationError):
        service.update_policy(alpha, {"sensitivity": 2, "actions.spam": "redirect"})

    assert snapshot_version() == before
