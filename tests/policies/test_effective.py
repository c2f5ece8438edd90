"""effective_policy(): every value with the level it comes from, and what adds up across levels."""

import pytest

from rempart.policies import service
from rempart.policies.effective import effective_policy
from rempart.policies.fields import SETTINGS

pytestmark = pytest.mark.db


def test_a_new_organisation_has_every_setting_with_the_defaults_underneath(alpha):
    policy = effective_policy(organisation=alpha)

    assert set(policy.settings) == set(SETTINGS)
    assert policy.level == "organisation"
    assert policy["banner_enabled"].value is False and policy.source("banner_enabled") == "default"
    assert policy.value("thresholds.3") == 5.0 and policy.source("thresholds.3") == "default"
    assert policy.value("sensitivity") == 3


def test_each_level_overrides_the_wider_one_and_says_so(alpha, domain, finance):
    service.update_policy(alpha, {"sensitivity": 2, "tag_prefix": "[ORG]", "notify_sender": True})
    service.update_policy(domain, {"sensitivity": 4, "actions.bulk": "tag"})
    service.update_policy(finance, {"sensitivity": 5, "banner_enabled": True})

    at_org = effective_policy(organisation=alpha)
    at_domain = effective_policy(domain=domain)
    at_mailbox = effective_policy(mailbox=finance)

    assert (at_org.value("sensitivity"), at_org.source("sensitivity")) == (2, "organisation")
    assert (at_domain.value("sensitivity"), at_domain.source("sensitivity")) == (4, "domain")
    assert (at_mailbox.value("sensitivity"), at_mailbox.source("sensitivity")) == (5, "mailbox")
    assert (at_mailbox.value("actions.bulk"), at_mailbox.source("actions.bulk")) == ("tag", "domain")
    assert (at_mailbox.value("tag_prefix"), at_mailbox.source("tag_prefix")) == ("[ORG]", "organisation")
    assert at_mailbox.source("notify_sender") == "organisation"
    assert at_mailbox.source("actions.spam") == "organisation"  # spelt out in a new organisation's row
    assert at_mailbox.source("disclaimer_text") == "default"
    assert at_domain.value("banner_enabled") is False


def test_a_sibling_mailbox_inherits_from_the_domain_not_from_its_neighbour(domain, finance, bob_box):
    service.update_policy(finance, {"max_message_size": 2_000_000})

    assert effective_policy(mailbox=bob_box).source("max_message_size") == "organisation"


def test_lists_and_rules_add_up_downwards_each_with_its_level(alpha, domain, finance, bob_box):
    service.add_list_entry(alpha, "block", "spammer.example")
    service.add_list_entry(domain, "allow", "partner.example")
    service.add_list_entry(finance, "block", "10.0.0.0/8")
    service.add_attachment_rule(alpha, "type", "executable", "block")
    service.add_attachment_rule(finance, "extension", "exe", "allow")

    at_mailbox = effective_policy(mailbox=finance)

    assert [(i.value, i.source) for i in at_mailbox.block] == [("spammer.example", "organisation"),
                                                               ("10.0.0.0/8", "mailbox")]
    assert [(i.value, i.source) for i in at_mailbox.allow] == [("partner.example", "domain")]
    assert [(r.value, r.action, r.source) for r in at_mailbox.attachment_rules] == [
        ("exe", "allow", "mailbox"), ("executable", "block", "organisation")]
    assert [i.value for i in effective_policy(mailbox=bob_box).block] == ["spammer.example"]


def test_relations_show_where_they_concern_the_level(alpha, domain, finance, bob_box, make_domain):
    other = make_domain("alpha.example", alpha)
    service.add_relation(finance, "allow", "partners@x.example")
    service.add_relation(domain, "forbid", "rival.example")
    service.add_relation(alpha, "forbid", "rival.example", "alpha.example")

    def senders(**level):
        return sorted(r.sender for r in effective_policy(**level).relations)

    assert senders(mailbox=finance) == ["partners@x.example", "rival.example"]
    assert senders(mailbox=bob_box) == ["rival.example"]
    assert senders(domain=domain) == ["partners@x.example", "rival.example"]
    assert senders(domain=other) == ["rival.example"]
    assert len(effective_policy(organisation=alpha).relations) == 3


def test_levels_that_do_not_belong_together_are_refused(alpha, bravo, domain):
    with pytest.raises(ValueError, match="not a domain of"):
        effective_policy(organisation=bravo, domain=domain)


def test_the_effective_policy_is_plain_json(alpha, finance):
    import json

    service.add_list_entry(finance, "allow", "boss@partner.example")

    data = json.loads(json.dumps(effective_policy(mailbox=finance).as_dict()))

    assert data["level"] == "mailbox" and data["mailbox_id"] == finance.pk
    assert data["settings"]["sensitivity"] == {"value": 3, "source": "organisation"}
    assert data["allow"][0]["value"] == "boss@partner.example" and data["allow"][0]["source"] == "mailbox"


def test_a_bad_value_stored_by_hand_is_skipped_not_fatal(alpha):
    from rempart.policies.models import Policy

    Policy.objects.filter(organisation=alpha).update(tag_prefix="[\x07]", thresholds={"3": "high"})

    policy = effective_policy(organisation=alpha)

    assert policy.value("tag_prefix") == "[SPAM]" and policy.value("thresholds.3") == 5.0
