"""The policy page: the effective policy with where each value comes from, and changes through it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from rempart.audit.models import AuditEvent
from rempart.policies.effective import effective_policy
from rempart.tenants.models import Mailbox

pytestmark = pytest.mark.db


def _row(page, setting: str) -> tuple[str, str]:
    """(value, source) of one setting in the effective-policy table."""
    from html.parser import HTMLParser

    cells: list[str] = []

    class Parser(HTMLParser):
        inside = False
        depth = 0

        def handle_starttag(self, tag, attrs):
            if tag == "tr" and ("data-setting", setting) in attrs:
                self.inside = True
            elif self.inside and tag == "td":
                cells.append("")

        def handle_endtag(self, tag):
            if tag == "tr":
                self.inside = False

        def handle_data(self, data):
            if self.inside and cells:
                cells[-1] += data.strip()

    Parser().feed(page.content.decode())
    return cells[1], cells[2]


def test_the_page_shows_each_value_and_where_it_comes_from(as_role, alpha, alpha_domain):
    client = as_role("alice")
    client.post(reverse("console:organisation_policy", args=[alpha.pk]), {"sensitivity": "4"})

    page = client.get(reverse("console:domain_policy", args=[alpha_domain.pk]))

    assert _row(page, "sensitivity") == ("4", "organisation")
    assert _row(page, "tag_prefix") == ("[SPAM]", "built-in default")


def test_a_domain_override_wins_and_is_shown_as_the_domains(as_role, alpha, alpha_domain):
    client = as_role("alice")

    response = client.post(reverse("console:domain_policy", args=[alpha_domain.pk]),
                           {"sensitivity": "2", "actions.spam": "tag"})

    assert response.status_code == 302
    page = client.get(response["Location"])
    assert _row(page, "sensitivity") == ("2", "domain")
    assert _row(page, "actions.spam") == ("tag", "domain")
    assert effective_policy(domain=alpha_domain).value("actions.spam") == "tag"
    assert effective_policy(organisation=alpha).value("actions.spam") == "quarantine"


def test_a_mailbox_override_applies_to_that_mailbox_only(as_role, alpha_domain):
    bob_box, carol_box = Mailbox.objects.get(address="bob@alpha.test"), Mailbox.objects.get(address="carol@alpha.test")

    as_role("alice").post(reverse("console:mailbox_policy", args=[bob_box.pk]), {"sensitivity": "5"})

    assert effective_policy(mailbox=bob_box)["sensitivity"].source == "mailbox"
    assert effective_policy(mailbox=carol_box)["sensitivity"].source == "organisation"


def test_choosing_inherit_removes_the_override(as_role, alpha_domain):
    client = as_role("alice")
    url = reverse("console:domain_policy", args=[alpha_domain.pk])
    client.post(url, {"sensitivity": "2"})

    client.post(url, {"sensitivity": ""})

    assert _row(client.get(url), "sensitivity")[1] == "organisation"


def test_a_change_is_audited_with_before_and_after(as_role, alpha, alpha_domain):
    as_role("alice").post(reverse("console:domain_policy", args=[alpha_domain.pk]), {"sensitivity": "2"})

    event = AuditEvent.objects.get(action="policy.update")
    assert event.actor_label == "alice@alpha.test"
    assert event.organisation_id == alpha.pk
    assert "sensitivity" in str(event.after) and "2" in str(event.after)


def test_a_bad_value_is_refused_with_a_message_and_changes_nothing(as_role, alpha):
    client = as_role("alice")
    url = reverse("console:organisation_policy", args=[alpha.pk])

    response = client.post(url, {"sensitivity": "3", "actions.spam": "redirect", "redirect_to": ""})

    assert response.status_code == 400
    assert b"an address is needed" in response.content
    assert effective_policy(organisation=alpha).value("actions.spam") == "quarantine"
    assert not AuditEvent.objects.filter(action="policy.update").exists()


def test_a_size_can_be_typed_with_a_unit(as_role, alpha):
    as_role("alice").post(reverse("console:organisation_policy", args=[alpha.pk]), {"max_message_size": "10 MB"})

    assert effective_policy(organisation=alpha).value("max_message_size") == 10 * 1024 * 1024


def test_an_end_user_sees_the_policy_of_their_own_mailbox_read_only(as_role, alpha_domain):
    page = as_role("bob").get(reverse("console:mailbox_policy", args=[Mailbox.objects.get(address="bob@alpha.test").pk]))

    assert page.status_code == 200
    assert b"policy-form" not in page.content
    assert as_role("bob").get(reverse("console:mailbox_policy",
                                      args=[Mailbox.objects.get(address="carol@alpha.test").pk])).status_code == 404


def test_the_auditor_sees_no_form(as_role, alpha):
    page = as_role("audrey").get(reverse("console:organisation_policy", args=[alpha.pk]))

    assert page.status_code == 200 and b"policy-form" not in page.content
