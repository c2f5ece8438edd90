"""rempart domain add / domain list, as Python calls."""

import pytest

from rempart.errors import CommandError, UsageError
from rempart.tenants import commands
from rempart.tenants.models import Domain, Organisation

pytestmark = pytest.mark.db


def test_domain_add_creates_its_organisation_named_after_the_domain():
    domain = commands.domain_add("Example.COM.", host="mail.example.com", port=2525, tls="required")

    assert domain.name == "example.com"
    assert domain.organisation.name == "example.com"
    assert (domain.route_host, domain.route_port, domain.route_tls) == ("mail.example.com", 2525, "required")
    assert domain.recipients() is None


def test_domain_add_joins_an_existing_organisation_whatever_its_case(alpha):
    domain = commands.domain_add("alpha.test", host="10.0.0.5", port=25, organisation="ALPHA")

    assert domain.organisation == alpha
    assert Organisation.objects.count() == 1


def test_adding_a_domain_again_updates_its_route():
    commands.domain_add("example.com", host="old.example.com", port=25, organisation="Example")
    domain = commands.domain_add("example.com", host="2001:db8::25", port=587, tls="off")

    assert Domain.objects.count() == 1
    assert domain.route == "[2001:db8::25]:587"
    assert domain.route_tls == "off"
    assert domain.organisation.name == "Example"


def test_a_domain_is_not_moved_to_another_organisation_by_adding_it_again(alpha, bravo):
    commands.domain_add("alpha.test", host="10.0.0.5", organisation="Alpha")

    with pytest.raises(CommandError, match="belongs to organisation 'Alpha'"):
        commands.domain_add("alpha.test", host="10.0.0.6", organisation="Bravo")
    assert Domain.objects.get(name="alpha.test").route_host == "10.0.0.5"


def test_recipients_become_mailboxes_and_restrict_the_domain():
    domain = commands.domain_add("example.com", host="mx", recipients=["Alice", "BOB@example.com"])

    assert domain.recipients() == {"alice@example.com", "bob@example.com"}


def test_recipients_given_again_replace_the_list_and_none_keeps_it():
    commands.domain_add("example.com", host="mx", recipients=["alice", "bob"])
    commands.domain_add("example.com", host="mx", recipients=["bob", "carol"])
    domain = commands.domain_add("example.com", host="mx2")

    assert domain.recipients() == {"bob@example.com", "carol@example.com"}


@pytest.mark.parametrize("name", ["", "localhost", "bad..name", "-x.com", "a b.com", "x.123", "a" * 64 + ".com"])
def test_domain_add_rejects_a_bad_domain_name(name):
    with pytest.raises(UsageError, match="not a valid domain name|required"):
        commands.domain_add(name, host="mx", port=25)
    assert not Domain.objects.exists()


@pytest.mark.parametrize("port", [0, 65536, -1])
def test_domain_add_rejects_a_port_out_of_range(port):
    with pytest.raises(UsageError, match="out of range"):
        commands.domain_add("example.com", host="mx", port=port)


def test_domain_add_rejects_an_unknown_tls_mode_and_a_bad_host():
    with pytest.raises(UsageError, match="tls"):
        commands.domain_add("example.com", host="mx", tls="maybe")
    with pytest.raises(UsageError, match="host"):
        commands.domain_add("example.com", host="mx..example")


def test_a_recipient_of_another_domain_is_refused():
    with pytest.raises(UsageError, match="not an address of example.com"):
        commands.domain_add("example.com", host="mx", recipients=["alice@example.org"])
    assert not Domain.objects.exists()


def test_an_internationalised_domain_is_stored_in_its_ascii_form():
    assert commands.domain_add("Bücher.example", host="mx").name == "xn--bcher-kva.example"


def test_domain_list_gives_route_tls_organisation_and_recipients(alpha):
    commands.domain_add("b.test", host="10.0.0.2", port=2525, tls="required", organisation="Alpha",
                        recipients=["x"])
    commands.domain_add("a.test", host="mx.a.test")

    assert commands.domain_list() == [
        {"name": "a.test", "route": "mx.a.test:25", "tls": "on", "organisation": "a.test", "recipients": None},
        {"name": "b.test", "route": "10.0.0.2:2525", "tls": "required", "organisation": "Alpha",
         "recipients": ["x@b.test"]},
    ]
