"""Reading the client's reverse name out of each MTA's Received dialect."""

from __future__ import annotations

import pytest

from rempart.engine.received import external_hop, looks_dynamic, parse_received, reverse_name


@pytest.mark.parametrize("line, name", [
    ("from mail.shop.example (mail.shop.example [198.51.100.7]) by mx.example.org (Postfix)", "mail.shop.example"),
    ("from helo.example (unknown [198.51.100.7]) by mx.example.org (Postfix)", "unknown"),
    ("from yahoo.ca ([203.161.243.71]) by dogma.slashnull.org (8.11.6/8.11.6) with SMTP", "unknown"),
    ("from Kinson (m203-133-159-113.ismart.net [203.133.159.113]) by dogma.slashnull.org", "m203-133-159-113.ismart.net"),
    ("from lugh (root@lugh.tuatha.org [194.125.145.45]) by dogma.slashnull.org", "lugh.tuatha.org"),
    ("from x (IDENT:root@[203.0.113.9]) by mx", "unknown"),
    ("from mail.sender.example ([198.51.100.7] helo=smtp.sender.example) by mx with esmtp (Exim 4.96)", "mail.sender.example"),
    ("from [198.51.100.7] (helo=whatever) by mx with esmtp (Exim 4.96)", "unknown"),
    ("from dogma.slashnull.org [212.17.35.15] by localhost with IMAP (fetchmail-5.9.0)", ""),
    ("by localhost with POP3", ""),
])
def test_reverse_name_in_each_dialect(line, name):
    assert reverse_name(line) == name


def test_external_hop_skips_the_sites_own_relays():
    received = [
        "from localhost (localhost [127.0.0.1]) by mx.example.org (Postfix)",
        "from relay.example.org (relay.example.org [10.0.0.2]) by mx.example.org",
        "from kinson (unknown [203.0.113.9]) by relay.example.org",
    ]

    assert external_hop(received) == ("203.0.113.9", "kinson", "unknown")
    assert external_hop(received[:2]) == (None, "", "")


@pytest.mark.parametrize("name, dynamic", [
    ("dsl-203-0-113-7.pool.example.net", True),
    ("203-0-113-7.example.net", True),
    ("c-98-200-1-2.hsd1.ca.comcast.net", True),
    ("dyn-42.isp.example", True),
    ("mail.shop.example", False),
    ("smtp.cable4you.example", False),  # the provider's own name says nothing
    ("", False),
])
def test_home_line_and_pool_names_look_dynamic(name, dynamic):
    assert looks_dynamic(name) is dynamic


def test_a_link_local_address_with_its_zone_is_read_and_is_inside_the_site():
    value = ("from AM0PR02MB1234.eurprd02.prod.outlook.com ([fe80::8d5:f9d9:f1a9:ea0b%5]) by "
             "AM0PR02MB1234.eurprd02.prod.outlook.com ([fe80::8d5:f9d9:f1a9:ea0b%5]) with mapi id 15.20.7")

    assert parse_received(value)[0] == "fe80::8d5:f9d9:f1a9:ea0b"
    assert external_hop([value])[0] is None
