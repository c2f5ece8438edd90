"""update_policy() and reset_override(): precise errors, nothing changed on error, audited."""

import pytest
from django.core.exceptions import ValidationError

from rempart.audit.models import AuditEvent
from rempart.policies import service
from rempart.policies.effective import effective_policy
from rempart.policies.models import Policy

pytestmark = pytest.mark.db


def errors_of(level, changes) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        service.update_policy(level, changes)
    return caught.value.message_dict


def test_a_change_returns_before_and_after_and_is_audited(alpha, alice):
    before, after = service.update_policy(alpha, {"sensitivity": 4, "actions": {"spam": "tag"}}, actor=alice)

    assert before == {"sensitivity": 3, "actions.spam": "quarantine"}
    assert after == {"sensitivity": 4, "actions.spam": "tag"}
    event = AuditEvent.objects.get(action="policy.update")
    assert (event.before, event.after) == (before, after)
    assert event.organisation_id == alpha.pk and event.actor == alice


@pytest.mark.parametrize("changes, field, message", [
    ({"sensitivity": 6}, "sensitivity", "6 is out of range (1 to 5)"),
    ({"sensitivity": "3"}, "sensitivity", "expected a whole number from 1 to 5"),
    ({"sensitivity": True}, "sensitivity", "expected a whole number"),
    ({"actions.spam": "explode"}, "actions.spam", "'explode' is not one of deliver, tag, quarantine"),
    ({"actions.spam": "tempfail"}, "actions.spam", "is not one of"),
    ({"actions": {"nonsense": "tag"}}, "actions.nonsense", "unknown setting"),
    ({"colour": "blue"}, "colour", "unknown setting"),
    ({"max_message_size": 10}, "max_message_size", "10 is out of range (1024 to"),
    ({"max_message_size": "big"}, "max_message_size", "'big' is not a size"),
    ({"redirect_to": "not an address"}, "redirect_to", "is not a valid email address"),
    ({"notify_admin": "yes"}, "notify_admin", "expected true or false"),
    ({"banner_text_fr": "x" * 1001}, "banner_text_fr", "at most 1000 characters (got 1001)"),
    ({"tag_prefix": "[SPAM]\r\nBcc: x"}, "tag_prefix", "control characters are not allowed"),
    ({"encrypted_content": "discard"}, "encrypted_content", "is not one of deliver, tag, quarantine, reject"),
    ({"thresholds.2": 0}, "thresholds.2", "out of range"),
    ({"thresholds.2": 12}, "thresholds.2", "must be lower than the threshold of level 1 (9)"),
    ({"actions.spam": "redirect"}, "redirect_to", "an address is needed: the action for spam is redirect"),
    ({"notify_admin": True}, "notify_admin_address", "an address is needed"),
    ({"banner_enabled": True, "banner_text_fr": "", "banner_text_en": ""}, "banner_enabled", "needs a text"),
])
def test_each_bad_value_gets_a_precise_message(alpha, changes, field, message):
    errors = errors_of(alpha, changes)

    assert list(errors) == [field]
    assert message in errors[field][0]


def test_nothing_changes_when_one_value_of_several_is_wrong(alpha):
    stored = Policy.for_organisation(alpha).own_values()

    errors = errors_of(alpha, {"sensitivity": 5, "tag_prefix": "[X]", "actions.bulk": "explode", "colour": 1})

    assert set(errors) == {"actions.bulk", "colour"}
    assert Policy.for_organisation(alpha).own_values() == stored
    assert not AuditEvent.objects.exists()


def test_thresholds_and_reject_score_are_the_organisation_s(domain):
    errors = errors_of(domain, {"thresholds.3": 6.0, "reject_score": 20})

    assert errors == {"thresholds.3": ["set by the organisation only; a domain inherits it"],
                      "reject_score": ["set by the organisation only; a domain inherits it"]}


def test_an_organisation_edits_its_thresholds_and_keeps_them_ordered(alpha):
    service.update_policy(alpha, {"thresholds": {"3": 6.5, "4": 5.5}})

    assert effective_policy(organisation=alpha).value("thresholds.3") == 6.5
    assert "thresholds.5" in errors_of(alpha, {"thresholds.5": 6.0})


def test_a_redirect_with_its_address_in_the_same_change_is_fine(domain):
    service.update_policy(domain, {"actions.spam": "redirect", "redirect_to": "Spam@Alpha.test"})

    assert effective_policy(domain=domain).value("redirect_to") == "spam@alpha.test"


def test_removing_an_address_a_narrower_level_relies_on_is_refused(alpha, domain, finance):
    service.update_policy(alpha, {"redirect_to": "spam@alpha.test"})
    service.update_policy(finance, {"actions.spam": "redirect"})

    errors = errors_of(alpha, {"redirect_to": None})

    assert "finance@alpha.test would be left with a problem" in errors["redirect_to"][0]
    assert effective_policy(mailbox=finance).value("redirect_to") == "spam@alpha.test"


def test_none_inherits_again_and_reset_override_does_the_same(domain):
    service.update_policy(domain, {"sensitivity": 5, "actions.spam": "tag", "actions.bulk": "tag"})

    service.update_policy(domain, {"sensitivity": None})
    service.reset_override(domain, "actions")

    policy = effective_policy(domain=domain)
    assert {policy.source(n) for n in ("sensitivity", "actions.spam", "actions.bulk")} == {"organisation"}
    assert not Policy.objects.filter(domain=domain).exists()  # an override of nothing is not kept


def test_at_organisation_level_none_goes_back_to_the_default(alpha):
    service.update_policy(alpha, {"sensitivity": None})

    assert effective_policy(organisation=alpha)["sensitivity"].source == "default"


def test_a_change_that_changes_nothing_is_not_audited(alpha):
    service.update_policy(alpha, {"sensitivity": 3})

    assert not AuditEvent.objects.exists()


def test_own_values_are_what_a_level_sets_itself(domain):
    service.update_policy(domain, {"actions.spam": "tag", "max_message_size": "2 MB"})

    values = service.own_values(domain)

    assert values["actions.spam"] == "tag" and values["max_message_size"] == 2 * 1024 * 1024
    assert values["sensitivity"] is None and values["actions.bulk"] is None


def test_a_principal_with_a_token_is_recorded_as_the_token(alpha, alice):
    from rempart.tenants.access import Principal
    from rempart.tenants.models import ApiToken, Membership

    token, _ = ApiToken.issue(Membership.objects.get(user=alice))
    principal = Principal.for_token(token)

    service.update_policy(alpha, {"sensitivity": 1}, actor=principal)

    event = AuditEvent.objects.get(action="policy.update")
    assert event.token_prefix == token.prefix and event.actor == alice


def test_inheriting_what_a_level_cannot_set_is_accepted_as_a_no_op(domain):
    before, after = service.update_policy(domain, {"thresholds.3": None, "sensitivity": 2})

    assert (before, after) == ({"sensitivity": None}, {"sensitivity": 2})
