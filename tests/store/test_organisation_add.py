"""rempart organisation add."""

import pytest

from rempart.errors import UsageError
from rempart.policies.models import Policy
from rempart.tenants import commands
from rempart.tenants.models import Organisation, Provider

pytestmark = pytest.mark.db


def test_organisation_add_creates_the_provider_when_needed():
    org = commands.organisation_add("Acme", provider="Shield MSP")

    assert org.provider.name == "Shield MSP"
    assert Provider.objects.count() == 1


def test_organisation_add_twice_finds_the_same_organisation_and_can_set_its_provider():
    first = commands.organisation_add("Acme")
    again = commands.organisation_add("acme", provider="Shield MSP")

    assert again.pk == first.pk
    assert again.provider.name == "Shield MSP"
    assert Organisation.objects.count() == 1


def test_a_new_organisation_starts_with_the_default_policy():
    org = commands.organisation_add("Acme")

    policy = Policy.objects.get(organisation=org, domain=None)
    assert policy.sensitivity == 3
    assert policy.actions["malware"] == "reject"
    assert policy.antivirus_unavailable == "tempfail"


@pytest.mark.parametrize("name", ["", "   ", "x" * 201, "bad\nname"])
def test_organisation_add_rejects_an_unusable_name(name):
    with pytest.raises(UsageError, match="not a usable name"):
        commands.organisation_add(name)
