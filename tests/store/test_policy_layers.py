"""Policy layers: where each effective value comes from."""

import pytest
from django.core.exceptions import ValidationError

from rempart.policies.models import ListEntry, Policy, effective, normalise_entry

pytestmark = pytest.mark.db


def test_each_value_says_which_layer_it_comes_from(alpha, make_domain):
    domain = make_domain("alpha.test", alpha)
    org_policy = Policy.for_organisation(alpha)
    org_policy.redirect_to = None
    override = Policy.objects.create(domain=domain, max_message_size=1_000_000, actions={"bulk": "tag"})

    values = effective([org_policy, override])

    assert values["max_message_size"].value == 1_000_000 and values["max_message_size"].source == "domain"
    assert values["actions.bulk"].value == "tag" and values["actions.bulk"].source == "domain"
    assert values["actions.spam"].source == "organisation"
    assert values["sensitivity"].source == "organisation"
    assert values["redirect_to"].source == "default"


def test_a_domain_override_belongs_to_the_domain_organisation(alpha, make_domain):
    domain = make_domain("alpha.test", alpha)

    assert Policy.objects.create(domain=domain).organisation == alpha


def test_one_organisation_policy_only(alpha):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Policy.objects.create(organisation=alpha)


def test_invalid_actions_are_refused_by_validation(alpha):
    policy = Policy.for_organisation(alpha)
    policy.actions = {"spam": "explode"}

    with pytest.raises(ValidationError, match="spam: explode"):
        policy.full_clean()


def test_invalid_actions_already_stored_are_ignored_by_the_layers(alpha):
    policy = Policy.for_organisation(alpha)
    policy.actions = {"spam": "explode", "nonsense": "tag", "bulk": "tag"}

    values = effective([policy])

    assert values["actions.spam"].value == "quarantine"
    assert values["actions.bulk"].value == "tag"


@pytest.mark.parametrize("raw, canonical", [
    ("Boss@Partner.Example", "boss@partner.example"),
    ("@Spam.Example", "spam.example"),
    ("*.spam.example", "spam.example"),
    ("192.0.2.7", "192.0.2.7/32"),
    ("2001:db8::/32", "2001:db8::/32"),
])
def test_list_entries_are_stored_in_canonical_form(raw, canonical):
    assert normalise_entry(raw) == canonical


def test_a_list_entry_that_is_nothing_is_refused(alpha):
    entry = ListEntry(organisation=alpha, kind="block", value="not an entry")

    with pytest.raises(ValidationError):
        entry.full_clean()
