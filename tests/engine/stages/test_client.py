"""The connecting client's HELO and reverse name, recorded or looked up in a real nsd."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from rempart.engine.context import Context, Envelope
from rempart.engine.dns import DNSResolver
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import client

STAGE = Pipeline(modules=[client])
CLIENT = "45.133.1.20"
PTR_NAME = "20.1.133.45.in-addr.arpa"


def message() -> Message:
    mail = EmailMessage()
    mail["From"] = "news@shop.example"
    mail["To"] = "bob@example.org"
    mail["Subject"] = "hello"
    mail.set_content("hello")
    return Message(mail.as_bytes())


async def symbols(envelope: Envelope, resolver=None) -> dict[str, str]:
    result = await STAGE.scan(message(), DEFAULT_POLICY, Context(envelope=envelope, resolver=resolver))
    return {s.name: s.detail for s in result.symbols}


async def test_a_proper_mail_server_says_nothing():
    found = await symbols(Envelope(client_ip=CLIENT, helo="mail.shop.example", client_name="mail.shop.example"))

    assert found == {}


@pytest.mark.parametrize("helo, symbol", [("kinson", "HELO_NOT_FQDN"), ("45.133.1.20", "HELO_BARE_IP")])
async def test_a_helo_that_is_no_host_name(helo, symbol):
    found = await symbols(Envelope(client_ip=CLIENT, helo=helo, client_name="mail.shop.example"))

    assert found == {symbol: helo}


async def test_an_address_literal_helo_is_allowed():
    assert await symbols(Envelope(client_ip=CLIENT, helo="[45.133.1.20]", client_name="mail.shop.example")) == {}


@pytest.mark.parametrize("name", ["m45-133-1-20.ismart.example", "dsl-45-133-1-20.pool.isp.example",
                                  "pool-71-1-2-3.nycmny.fios.verizon.net", "c-73-22-1-5.hsd1.ca.comcast.net"])
async def test_a_home_line_reverse_name(name):
    found = await symbols(Envelope(client_ip=CLIENT, helo="mail.shop.example", client_name=name))

    assert set(found) == {"CLIENT_RDNS_DYNAMIC"}


@pytest.mark.parametrize("name", ["mail-ed1-f44.google.com", "a8-23.smtp-out.amazonses.com", "mx.20020101.example.com",
                                  "o1.email.example.com"])
async def test_a_server_reverse_name_is_not_dynamic(name):
    assert await symbols(Envelope(client_ip=CLIENT, helo="mail.shop.example", client_name=name)) == {}


async def test_a_helo_claiming_a_big_provider_from_elsewhere():
    forged = await symbols(Envelope(client_ip=CLIENT, helo="yahoo.com", client_name="unknown"))
    real = await symbols(Envelope(client_ip=CLIENT, helo="mta7.mail.yahoo.com", client_name="mta7.mail.yahoo.com"))

    assert set(forged) == {"HELO_FORGED_PROVIDER", "CLIENT_NO_RDNS"}
    assert real == {}


async def test_internal_clients_are_not_judged():
    assert await symbols(Envelope(client_ip="192.168.1.5", helo="laptop", client_name="unknown")) == {}


async def test_reverse_name_looked_up_when_the_envelope_has_none(dns_records):
    resolver = DNSResolver(dns_records.address, timeout=1.0)
    assert await symbols(Envelope(client_ip=CLIENT, helo="mail.shop.example"), resolver) == {"CLIENT_NO_RDNS": CLIENT}

    dns_records.add(PTR_NAME, "PTR", "dsl-45-133-1-20.pool.isp.example.")
    assert set(await symbols(Envelope(client_ip=CLIENT, helo="mail.shop.example"), resolver)) == {"CLIENT_RDNS_DYNAMIC"}


async def test_no_dns_is_no_opinion():
    resolver = DNSResolver(("127.0.0.1", 9), timeout=0.2)

    assert await symbols(Envelope(client_ip=CLIENT, helo="mail.shop.example"), resolver) == {}
