"""Principal and scope(): who may see, manage and audit which organisations — for pages and API alike."""

import pytest

from rempart.tenants.access import Principal, scope
from rempart.tenants.models import ApiToken, Domain, Membership

pytestmark = pytest.mark.db


def names(queryset) -> set[str]:
    return {o.name for o in queryset}


@pytest.fixture
def prime(make_organisation, make_user):
    """Provider Prime looks after Alpha and Gamma; Bravo is Other's; Solo has no provider."""
    alpha = make_organisation("Alpha", provider="Prime")
    gamma = make_organisation("Gamma", provider="Prime")
    bravo = make_organisation("Bravo", provider="Other")
    solo = make_organisation("Solo")
    pat = make_user("pat@prime.test", "provider-admin", provider=alpha.provider)
    return {"alpha": alpha, "gamma": gamma, "bravo": bravo, "solo": solo, "pat": pat}


def token_for(user, organisation=None, provider=None, role=None) -> ApiToken:
    membership = Membership.objects.get(user=user, organisation=organisation, provider=provider)
    if role is not None:
        membership.role = role  # a narrower token, as the API's POST /tokens makes (not saved)
    return ApiToken.issue(membership)[0]


def test_a_provider_admin_covers_its_organisations_only(prime):
    principal = Principal.for_user(prime["pat"])

    for ability in ("view", "manage", "audit"):
        assert names(principal.organisations(ability)) == {"Alpha", "Gamma"}
    assert not principal.can("view", prime["bravo"]) and not principal.can("view", prime["solo"])
    assert principal.providers("manage") == [prime["alpha"].provider_id]


def test_an_org_admin_covers_their_organisation(alice, bravo):
    principal = Principal.for_user(alice)

    assert names(principal.organisations("manage")) == {"Alpha"}
    assert principal.can("audit", alice.memberships.get().organisation)
    assert not principal.can("view", bravo)
    assert principal.providers("manage") == []


def test_an_auditor_reads_and_audits_but_does_not_manage(alpha, make_user):
    audrey = make_user("audrey@alpha.test", "auditor", organisation=alpha)
    principal = Principal.for_user(audrey)

    assert principal.can("view", alpha) and principal.can("audit", alpha)
    assert not principal.can("manage", alpha)


def test_an_end_user_sees_no_organisation_only_themselves(bob, alpha):
    principal = Principal.for_user(bob)

    assert not principal.organisations("view").exists()
    assert names(principal.organisations("self")) == {"Alpha"}
    assert principal.email == "bob@alpha.test"


def test_roles_in_several_tenants_add_up_and_the_strongest_applies(alice, alpha, bravo):
    Membership.objects.create(user=alice, organisation=bravo, role="auditor")
    principal = Principal.for_user(alice)

    assert names(principal.organisations("view")) == {"Alpha", "Bravo"}
    assert names(principal.organisations("manage")) == {"Alpha"}
    assert (principal.role_in(alpha), principal.role_in(bravo)) == ("org-admin", "auditor")


def test_a_provider_role_and_an_organisation_role_the_strongest_wins(prime):
    Membership.objects.create(user=prime["pat"], organisation=prime["alpha"], role="user")

    assert Principal.for_user(prime["pat"]).role_in(prime["alpha"]) == "provider-admin"


def test_a_token_is_limited_to_its_tenant(alice, alpha, bravo):
    Membership.objects.create(user=alice, organisation=bravo, role="org-admin")

    principal = Principal.for_token(token_for(alice, organisation=alpha))

    assert names(principal.organisations("manage")) == {"Alpha"}
    assert not principal.can("view", bravo)


def test_a_token_never_carries_more_than_the_persons_current_role(alice, alpha):
    token = token_for(alice, organisation=alpha)
    Membership.objects.filter(user=alice).update(role="auditor")

    principal = Principal.for_token(token)

    assert [g.role for g in principal.grants] == ["auditor"]
    assert not principal.can("manage", alpha) and principal.can("audit", alpha)


def test_a_narrower_token_stays_narrow(alice, alpha):
    principal = Principal.for_token(token_for(alice, organisation=alpha, role="user"))

    assert [g.role for g in principal.grants] == ["user"]
    assert not principal.organisations("view").exists()


def test_a_removed_membership_leaves_the_token_without_rights(alice, alpha):
    token = token_for(alice, organisation=alpha)
    Membership.objects.filter(user=alice).delete()

    principal = Principal.for_token(token)

    assert principal.grants == []
    assert not principal.organisations("view").exists()
    assert not principal.can("view", alpha)
    assert principal.user == alice and principal.token == token


def test_a_provider_token_covers_the_providers_organisations(prime):
    principal = Principal.for_token(token_for(prime["pat"], provider=prime["alpha"].provider))

    assert names(principal.organisations("manage")) == {"Alpha", "Gamma"}


def test_nobody_signed_in_has_no_rights(alpha):
    from django.contrib.auth.models import AnonymousUser

    principal = Principal.for_user(AnonymousUser())

    assert principal.user is None and principal.grants == []
    assert not principal.organisations("view").exists()


def test_scope_hides_another_tenants_objects(alice, alpha, bravo, make_domain):
    mine = make_domain("alpha.test", alpha)
    make_domain("bravo.test", bravo)

    visible = scope(Domain.objects.all(), Principal.for_user(alice))

    assert list(visible) == [mine]


def test_scope_by_ability_and_through_a_relation(alpha, make_domain, make_user):
    from rempart.tenants.models import Mailbox

    domain = make_domain("alpha.test", alpha, recipients=["x@alpha.test"])
    audrey = make_user("audrey@alpha.test", "auditor", organisation=alpha)
    principal = Principal.for_user(audrey)

    assert scope(Domain.objects.all(), principal, "view").get() == domain
    assert not scope(Domain.objects.all(), principal, "manage").exists()
    assert scope(Mailbox.objects.all(), principal, "view", "domain__organisation").count() == 1
