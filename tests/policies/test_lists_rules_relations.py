"""Allow/block entries, attachment rules and relations: validated, canonical, audited."""

import pytest
from django.core.exceptions import ValidationError

from rempart.audit.models import AuditEvent
from rempart.policies import service
from rempart.policies.models import AttachmentRule, ListEntry, Relation

pytestmark = pytest.mark.db


def errors_of(function, *args, **kwargs) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        function(*args, **kwargs)
    return caught.value.message_dict


def test_a_list_entry_is_stored_canonical_at_its_level_and_audited(finance, alice):
    entry = service.add_list_entry(finance, "block", "*.Spam.Example", comment="campaign", actor=alice)

    assert (entry.value, entry.scope, entry.organisation.name) == ("spam.example", "mailbox", "Alpha")
    assert service.list_entries(finance) == [entry]
    event = AuditEvent.objects.get(action="list.add")
    assert event.after == {"kind": "block", "value": "spam.example", "level": "mailbox", "comment": "campaign"}


def test_a_bad_list_entry_says_what_is_wrong_and_adds_nothing(alpha):
    errors = errors_of(service.add_list_entry, alpha, "maybe", "not an entry", comment="x" * 201)

    assert errors == {"kind": ["'maybe' is not one of allow, block"],
                      "value": ["'not an entry' is not an address, a domain or an IP network"],
                      "comment": ["at most 200 characters of text"]}
    assert not ListEntry.objects.exists()


def test_the_same_entry_twice_at_one_level_is_refused_but_fine_at_another(alpha, domain):
    service.add_list_entry(alpha, "allow", "partner.example")

    assert "already on the allow list of Alpha" in errors_of(
        service.add_list_entry, alpha, "allow", "@partner.example")["value"][0]
    service.add_list_entry(domain, "allow", "partner.example")
    assert ListEntry.objects.count() == 2


def test_removing_an_entry_is_audited_with_what_it_was(alpha):
    entry = service.add_list_entry(alpha, "block", "192.0.2.7")

    service.remove_list_entry(entry, actor="cli")

    assert not ListEntry.objects.exists()
    event = AuditEvent.objects.get(action="list.remove")
    assert event.before["value"] == "192.0.2.7/32" and event.organisation_id == alpha.pk and event.source == "cli"


@pytest.mark.parametrize("match, value, stored", [
    ("extension", "*.EXE", "exe"),
    ("extension", ".tar.gz", "tar.gz"),
    ("type", "Executable", "executable"),
    ("type", "pe", "pe"),
    ("size", "10 MB", str(10 * 1024 * 1024)),
    ("size", 2048, "2048"),
])
def test_attachment_rules_are_stored_canonical(alpha, match, value, stored):
    assert service.add_attachment_rule(alpha, match, value, "block").value == stored


@pytest.mark.parametrize("match, value, action, field, message", [
    ("colour", "red", "block", "match", "'colour' is not one of extension, type, size"),
    ("extension", "e x e", "block", "value", "is not a file extension"),
    ("type", "spreadsheet", "block", "value", "'spreadsheet' is not a file type: one of"),
    ("size", "huge", "block", "value", "'huge' is not a size"),
    ("size", 0, "block", "value", "at least 1 byte"),
    ("extension", "exe", "burn", "action", "'burn' is not one of block, quarantine, allow"),
])
def test_a_bad_attachment_rule_says_what_is_wrong(alpha, match, value, action, field, message):
    errors = errors_of(service.add_attachment_rule, alpha, match, value, action)

    assert message in errors[field][0]
    assert not AttachmentRule.objects.exists()


def test_a_rule_for_the_same_thing_changes_its_action(domain):
    service.add_attachment_rule(domain, "extension", "iso", "quarantine")
    rule = service.add_attachment_rule(domain, "extension", ".ISO", "block")

    assert [(r.value, r.action) for r in service.attachment_rules(domain)] == [("iso", "block")]
    events = AuditEvent.objects.filter(action="attachment_rule.add").order_by("pk")
    assert events[1].before["action"] == "quarantine" and events[1].after["action"] == "block"
    service.remove_attachment_rule(rule)
    assert not AttachmentRule.objects.exists()


def test_a_relation_defaults_its_recipient_to_the_level(finance, domain, alice):
    relation = service.add_relation(finance, "allow", "Partners@X.example", actor=alice)
    whole = service.add_relation(domain, "forbid", "@rival.example")

    assert (relation.sender, relation.recipient) == ("partners@x.example", "finance@alpha.test")
    assert (whole.sender, whole.recipient) == ("rival.example", "alpha.test")
    assert service.relations(finance) == [whole, relation]
    assert AuditEvent.objects.get(action="relation.add", object_id=str(relation.pk)).after["kind"] == "allow"


@pytest.mark.parametrize("kind, sender, recipient, field, message", [
    ("maybe", "x.example", "alpha.test", "kind", "'maybe' is not one of allow, forbid"),
    ("forbid", "not a sender", "alpha.test", "sender", "is not an address or a domain"),
    ("forbid", "x.example", "bravo.test", "recipient", "bravo.test is not an address or a domain of Alpha"),
    ("forbid", "x.example", None, "recipient", "a recipient is needed"),
])
def test_a_bad_relation_says_what_is_wrong(alpha, domain, make_domain, bravo, kind, sender, recipient, field,
                                            message):
    make_domain("bravo.test", bravo)

    errors = errors_of(service.add_relation, alpha, kind, sender, recipient)

    assert message in errors[field][0]
    assert not Relation.objects.exists()


def test_a_mailbox_cannot_add_a_relation_for_another_recipient(finance):
    errors = errors_of(service.add_relation, finance, "forbid", "x.example", "bob@alpha.test")

    assert "bob@alpha.test is not finance@alpha.test" in errors["recipient"][0]


def test_one_relation_per_sender_and_recipient(alpha, domain):
    service.add_relation(alpha, "allow", "x.example", "finance@alpha.test")

    errors = errors_of(service.add_relation, alpha, "forbid", "x.example", "Finance@alpha.test")

    assert "already a relation: x.example may write to finance@alpha.test" in errors["sender"][0]


def test_removing_a_relation_is_audited(alpha, domain):
    relation = service.add_relation(alpha, "forbid", "x.example", "alpha.test")

    service.remove_relation(relation)

    assert not Relation.objects.exists()
    assert AuditEvent.objects.get(action="relation.remove").before["sender"] == "x.example"
