"""compile_snapshot(): what the gateway learns from the store."""

import pytest

from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.verdict import Action, Verdict
from rempart.gateway.routing import Route
from rempart.policies.models import ListEntry, Policy
from rempart.policies.snapshot import compile_snapshot

pytestmark = pytest.mark.db


def test_an_empty_store_compiles_to_no_domain():
    assert compile_snapshot().domains == {}


def test_every_domain_comes_with_its_route_and_organisation(alpha, make_domain):
    make_domain("alpha.test", alpha, host="mail.alpha.test", port=2525, tls="required")
    make_domain("alpha.example", alpha, host="10.0.0.1")

    snapshot = compile_snapshot()

    config = snapshot.domain_for("Someone@ALPHA.test")
    assert config.route == Route("mail.alpha.test", 2525, "required")
    assert (config.organisation, config.organisation_id) == ("Alpha", alpha.pk)
    assert snapshot.organisation_domains("Alpha") == {"alpha.test", "alpha.example"}


def test_recipients_are_restricted_only_where_the_domain_says_so(make_domain):
    make_domain("open.test")
    make_domain("closed.test", recipients=["alice@closed.test"])

    snapshot = compile_snapshot()

    assert snapshot.domains["open.test"].recipients is None
    assert snapshot.domains["open.test"].accepts("anyone@open.test")
    assert snapshot.domains["closed.test"].recipients == {"alice@closed.test"}
    assert not snapshot.domains["closed.test"].accepts("mallory@closed.test")


def test_a_restricted_domain_with_no_mailbox_accepts_nobody(make_domain):
    make_domain("closed.test", recipients=[])

    assert compile_snapshot().domains["closed.test"].recipients == frozenset()


def test_a_new_organisation_compiles_to_the_default_policy(make_domain):
    make_domain("alpha.test")

    assert compile_snapshot().domains["alpha.test"].policy == DEFAULT_POLICY


def test_the_organisation_policy_applies_to_each_of_its_domains(alpha, make_domain):
    make_domain("alpha.test", alpha)
    make_domain("alpha.example", alpha)
    Policy.objects.filter(organisation=alpha).update(
        sensitivity=5, max_message_size=100_000, antivirus_unavailable="accept",
        actions={**Policy.organisation_defaults()["actions"], "spam": "tag"},
    )

    domains = compile_snapshot().domains

    policy = domains["alpha.test"].policy
    assert (policy.sensitivity, policy.spam_score) == (5, 3.0)
    assert policy.max_message_size == 100_000
    assert policy.antivirus_unavailable == "accept"
    assert policy.action_for(Verdict.SPAM) is Action.TAG
    assert domains["alpha.example"].policy is policy


def test_a_domain_override_changes_only_what_it_sets(alpha, make_domain):
    domain = make_domain("alpha.test", alpha)
    make_domain("alpha.example", alpha)
    Policy.objects.create(domain=domain, sensitivity=1, actions={"phishing": "reject"})

    domains = compile_snapshot().domains

    overridden, plain = domains["alpha.test"].policy, domains["alpha.example"].policy
    assert (overridden.sensitivity, plain.sensitivity) == (1, 3)
    assert overridden.action_for(Verdict.PHISHING) is Action.REJECT
    assert overridden.action_for(Verdict.SPAM) is plain.action_for(Verdict.SPAM) is Action.QUARANTINE
    assert overridden.max_message_size == plain.max_message_size


def test_organisation_lists_apply_to_its_domains_and_domain_lists_to_one(alpha, bravo, make_domain):
    domain = make_domain("alpha.test", alpha)
    make_domain("alpha.example", alpha)
    make_domain("bravo.test", bravo)
    ListEntry.objects.create(organisation=alpha, kind="block", value="spammer.example")
    ListEntry.objects.create(organisation=alpha, kind="allow", value="boss@partner.example")
    ListEntry.objects.create(domain=domain, kind="block", value="192.0.2.0/24")

    domains = compile_snapshot().domains

    alpha_test, alpha_example = domains["alpha.test"].policy, domains["alpha.example"].policy
    assert alpha_test.block.match_address("x@mail.spammer.example") == "spammer.example"
    assert alpha_test.allow.match_address("Boss@Partner.example") == "boss@partner.example"
    assert alpha_test.block.match_ip("192.0.2.7") == "192.0.2.0/24"
    assert alpha_example.block.match_address("x@spammer.example") and not alpha_example.block.match_ip("192.0.2.7")
    assert not domains["bravo.test"].policy.block


def test_the_snapshot_carries_the_version_it_was_compiled_at(make_domain):
    from rempart.policies.snapshot import snapshot_version

    make_domain("alpha.test")

    assert compile_snapshot().version == snapshot_version()
