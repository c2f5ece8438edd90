"""compile_snapshot(): every setting reaches the engine's frozen policy, per domain and per mailbox."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rempart.engine.policy import DEFAULT_POLICY, AttachmentRule, Notify, Relation
from rempart.engine.verdict import Action, Verdict
from rempart.policies import service
from rempart.policies.fields import DEFAULT_BANNER_EN, DEFAULT_BANNER_FR
from rempart.policies.snapshot import compile_snapshot

pytestmark = pytest.mark.db


def test_every_setting_of_the_organisation_is_compiled(alpha, domain):
    service.update_policy(alpha, {
        "sensitivity": 4, "thresholds": {"4": 4.5}, "reject_score": 20, "actions.bulk": "tag",
        "actions.spam": "redirect", "redirect_to": "spam@alpha.test", "tag_prefix": "[PUB]",
        "max_message_size": "5 MB", "antivirus_unavailable": "accept", "encrypted_content": "reject",
        "unanalysable_content": "tag", "notify_sender": True, "notify_admin": True,
        "notify_admin_address": "soc@alpha.test", "banner_enabled": True, "banner_text_en": "",
        "disclaimer_enabled": True, "disclaimer_text": "Confidential.",
    })

    policy = compile_snapshot().domains["alpha.test"].policy

    assert (policy.sensitivity, policy.spam_score, policy.reject_score) == (4, 4.5, 20.0)
    assert policy.action_for(Verdict.BULK) is Action.TAG and policy.action_for(Verdict.SPAM) is Action.REDIRECT
    assert (policy.redirect_to, policy.tag_prefix) == ("spam@alpha.test", "[PUB]")
    assert (policy.max_message_size, policy.antivirus_unavailable) == (5 * 1024 * 1024, "accept")
    assert (policy.encrypted_content, policy.unanalysable_content) == ("reject", "tag")
    assert policy.notify == Notify(sender=True, recipient=False, admin=True, admin_address="soc@alpha.test")
    assert policy.banner == (("fr", DEFAULT_BANNER_FR),)
    assert policy.disclaimer == "Confidential."


def test_a_disabled_banner_or_disclaimer_compiles_to_nothing(alpha, domain):
    service.update_policy(alpha, {"disclaimer_text": "Confidential."})

    policy = compile_snapshot().domains["alpha.test"].policy

    assert (policy.banner, policy.disclaimer) == ((), "")


def test_a_banner_enabled_for_one_domain_only(alpha, domain, make_domain):
    make_domain("alpha.example", alpha)
    service.update_policy(domain, {"banner_enabled": True})

    domains = compile_snapshot().domains

    assert domains["alpha.test"].policy.banner == (("fr", DEFAULT_BANNER_FR), ("en", DEFAULT_BANNER_EN))
    assert domains["alpha.example"].policy.banner == ()


def test_a_mailbox_override_has_its_own_policy_and_the_rest_share_the_domain_s(domain, finance):
    service.update_policy(finance, {"sensitivity": 5})
    service.add_list_entry(finance, "block", "rival.example")

    config = compile_snapshot().domains["alpha.test"]

    assert set(config.mailbox_policies) == {"finance@alpha.test"}
    assert config.policy_for("Finance@Alpha.test").spam_score == 3.0
    assert config.policy_for("finance@alpha.test").block.match_domain("rival.example")
    assert config.policy_for("bob@alpha.test") is config.policy
    assert config.policy.sensitivity == 3 and not config.policy.block


def test_lists_add_up_from_organisation_to_mailbox(alpha, domain, finance):
    service.add_list_entry(alpha, "block", "spammer.example")
    service.add_list_entry(domain, "allow", "192.0.2.0/24")
    service.add_list_entry(finance, "allow", "boss@partner.example")

    policy = compile_snapshot().domains["alpha.test"].policy_for("finance@alpha.test")

    assert policy.block.match_address("x@spammer.example") == "spammer.example"
    assert policy.allow.match_ip("192.0.2.9") == "192.0.2.0/24"
    assert policy.allow.match_address("boss@partner.example") == "boss@partner.example"


def test_attachment_rules_are_compiled_narrowest_level_first(alpha, domain, finance):
    service.add_attachment_rule(alpha, "type", "executable", "block")
    service.add_attachment_rule(domain, "size", "10 MB", "quarantine")
    service.add_attachment_rule(finance, "extension", "exe", "allow")

    config = compile_snapshot().domains["alpha.test"]

    assert config.policy_for("finance@alpha.test").attachment_rules == (
        AttachmentRule("extension", "exe", "allow", "mailbox"),
        AttachmentRule("size", str(10 * 1024 * 1024), "quarantine", "domain"),
        AttachmentRule("type", "executable", "block", "organisation"),
    )
    assert config.policy.attachment_rules[-1] == AttachmentRule("type", "executable", "block", "organisation")


def test_relations_reach_only_the_recipients_they_name(alpha, domain, make_domain):
    make_domain("alpha.example", alpha)
    service.add_relation(alpha, "allow", "partners@x.example", "payroll@alpha.test")  # no mailbox row needed
    service.add_relation(alpha, "forbid", "rival.example", "alpha.test")

    domains = compile_snapshot().domains

    config = domains["alpha.test"]
    forbid = Relation("rival.example", "alpha.test", False)
    assert config.policy.relations == (forbid,)
    assert config.policy_for("payroll@alpha.test").relations == (
        forbid, Relation("partners@x.example", "payroll@alpha.test", True))
    assert domains["alpha.example"].policy.relations == ()


def test_a_mailbox_override_equal_to_its_domain_is_not_kept_apart(domain, finance):
    service.update_policy(finance, {"sensitivity": 3})  # the organisation's value, set again

    assert compile_snapshot().domains["alpha.test"].mailbox_policies == {}


def test_compiling_takes_the_same_queries_for_one_domain_or_many(alpha, bravo, make_domain):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            compile_snapshot()
        return len(queries)

    first = make_domain("one.test", alpha, recipients=["a@one.test"])
    service.update_policy(first.mailboxes.get(), {"sensitivity": 4})
    few = count()
    for n in range(8):
        domain = make_domain(f"d{n}.test", bravo if n % 2 else alpha, recipients=[f"a@d{n}.test", f"b@d{n}.test"])
        service.update_policy(domain, {"sensitivity": 1 + n % 5})
        for mailbox in domain.mailboxes.all():
            service.update_policy(mailbox, {"tag_prefix": f"[{mailbox.address}]"})
            service.add_list_entry(mailbox, "block", "spam.example")
            service.add_attachment_rule(mailbox, "extension", "exe", "block")
        service.add_relation(domain.organisation, "forbid", "x.example", f"a@d{n}.test")

    assert count() == few <= 8
    assert len(compile_snapshot().domains["d3.test"].mailbox_policies) == 2


def test_the_default_policy_is_what_an_untouched_organisation_compiles_to(domain):
    assert compile_snapshot().domains["alpha.test"].policy == DEFAULT_POLICY
