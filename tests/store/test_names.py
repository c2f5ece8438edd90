"""Canonical names: what the store accepts for domains, addresses and route hosts."""

import pytest
from django.core.exceptions import ValidationError

from rempart.tenants.names import check_port, normalise_address, normalise_domain, normalise_host


def test_domains_are_lower_case_without_trailing_dot():
    assert normalise_domain(" Mail.Example.COM. ") == "mail.example.com"


def test_a_bare_local_part_is_completed_with_the_domain():
    assert normalise_address("Alice", "example.com") == "alice@example.com"


@pytest.mark.parametrize("address", ["@example.com", "a b@example.com", "<a>@example.com", "a@", "a" * 65 + "@x.com"])
def test_malformed_addresses_are_refused(address):
    with pytest.raises(ValidationError):
        normalise_address(address)


@pytest.mark.parametrize("host, canonical", [
    ("Mail.Example.com", "mail.example.com"), ("[2001:DB8::1]", "2001:db8::1"), ("127.0.0.1", "127.0.0.1"),
    ("localhost", "localhost"), ("mail_server", "mail_server"),
])
def test_route_hosts_are_names_or_ip_addresses(host, canonical):
    assert normalise_host(host) == canonical


@pytest.mark.parametrize("port", [0, 65536, True, "25"])
def test_ports_must_be_numbers_in_range(port):
    with pytest.raises(ValidationError):
        check_port(port)
