"""A saved message's receiver-recorded authentication failures, read only when our own checks could not conclude."""

from __future__ import annotations

import pytest

from rempart.engine.context import Context
from rempart.engine.dns import DNSResolver
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import dkim, dmarc, recorded_auth, sender, spf
from rempart.engine.verdict import Verdict
from rempart.scan import envelope_from_headers

MICROSOFT_FAIL = (
    "spf=softfail (sender IP is 203.0.113.9) smtp.mailfrom=paypal-support.example; dkim=none (message not signed)"
    " header.d=none;dmarc=fail action=oreject header.from=paypal.com;compauth=fail reason=000"
)
GMAIL_PASS = (
    "mx.google.com; dkim=pass header.i=@shop.example header.s=s1 header.b=abc; spf=pass (google.com: domain of"
    " news@shop.example designates 198.51.100.4 as permitted sender) smtp.mailfrom=news@shop.example;"
    " dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=shop.example"
)


def saved(*results: str) -> Message:
    fields = "".join(f"Authentication-Results: {value}\r\n" for value in results)
    return Message((
        "Received: from mail.sender.example (mail.sender.example [203.0.113.9]) by mx.receiver.example;"
        " Mon, 2 Mar 2026 10:00:00 +0000\r\n"
        f"{fields}From: PayPal <service@paypal.com>\r\nTo: victim@example.org\r\nSubject: Account limited\r\n"
        "Message-ID: <1@paypal-support.example>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\nLog in now.\r\n"
    ).encode())


async def scan(message: Message, saved_message: bool = True, stages=(recorded_auth,), **auth) -> dict[str, float]:
    context = Context(envelope=envelope_from_headers(message), saved_message=saved_message,
                      resolver=DNSResolver(("127.0.0.1", 9), timeout=0.3))
    context.auth.update(auth)
    result = await Pipeline(modules=list(stages)).scan(message, DEFAULT_POLICY, context)
    return {s.name: s.score for s in result.symbols}


async def test_receiver_recorded_failures_score_by_what_the_domain_owner_asked():
    found = await scan(saved(MICROSOFT_FAIL), spf="temperror", dkim="temperror", dmarc="temperror")
    assert found == {"RECORDED_DMARC_FAIL": 4.0, "RECORDED_SPF_FAIL": 0.5, "RECORDED_COMPAUTH_FAIL": 1.5}


async def test_gmail_form_with_its_policy_in_brackets():
    value = "mx.google.com; spf=fail smtp.mailfrom=x.example; dmarc=fail (p=QUARANTINE sp=NONE dis=QUARANTINE)"
    found = await scan(saved(value), spf="temperror", dmarc="temperror")
    assert found == {"RECORDED_DMARC_FAIL": 3.0, "RECORDED_SPF_FAIL": 1.0}


async def test_the_real_authentication_stages_offline_leave_room_for_the_record():
    found = await scan(saved(MICROSOFT_FAIL), stages=(spf, dkim, dmarc, recorded_auth))
    assert {"RECORDED_DMARC_FAIL", "RECORDED_COMPAUTH_FAIL"} <= found.keys()


async def test_passes_are_not_symbols_and_only_the_topmost_field_is_read():
    assert await scan(saved(GMAIL_PASS), dmarc="temperror", spf="temperror") == {}
    # A failure further down was written before the receiver's: by whoever sent it, so not believed either way.
    assert await scan(saved(GMAIL_PASS, MICROSOFT_FAIL), dmarc="temperror", spf="temperror") == {}


async def test_a_signature_that_passed_outweighs_one_that_failed():
    value = "mx.example; dkim=fail header.d=old.example; dkim=pass header.d=shop.example"
    assert await scan(saved(value), dkim="temperror") == {}
    assert await scan(saved("mx.example; dkim=fail header.d=old.example"), dkim="temperror") == {
        "RECORDED_DKIM_FAIL": 0.5}


@pytest.mark.parametrize("auth", [{"dmarc": "pass", "spf": "pass"}, {"dmarc": "fail", "spf": "fail"}])
async def test_our_own_conclusive_results_win(auth):
    assert await scan(saved(MICROSOFT_FAIL), **auth) == {}


async def test_mail_arriving_at_the_gateway_is_not_judged_by_headers_its_sender_wrote():
    assert await scan(saved(MICROSOFT_FAIL), saved_message=False, dmarc="temperror", spf="temperror") == {}


# A brand's own address that failed the DMARC policy the brand publishes to have such mail refused.
GMAIL_ENFORCED = "mx.google.com; spf=pass smtp.mailfrom=x.example; dmarc=fail (p=REJECT sp=REJECT dis=REJECT) header.from=paypal.com"


async def brand_scan(*results: str, headers: str = "") -> dict[str, float]:
    message = saved(*results)
    if headers:
        message = Message(message.raw.replace(b"Subject:", headers.encode() + b"Subject:", 1))
    return await scan(message, stages=(recorded_auth, sender), spf="temperror", dkim="temperror", dmarc="temperror")


# Unsigned, and the envelope domain's SPF refused the server: not how a brand that only monitors sends its own mail.
GMAIL_UNSIGNED_REFUSED = ("mx.google.com; spf=fail (google.com: domain of mailer@pp-notice.example does not designate"
                          " 203.0.113.9 as permitted sender) smtp.mailfrom=mailer@pp-notice.example;"
                          " dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=paypal.com")


async def test_a_brands_own_domain_failing_dmarc_where_its_own_mail_passes_is_named_phishing():
    for value in (MICROSOFT_FAIL, GMAIL_ENFORCED, GMAIL_UNSIGNED_REFUSED):
        assert "BRAND_DOMAIN_FORGED" in await brand_scan(value)
    result = await Pipeline(modules=[recorded_auth, sender]).scan(
        saved(GMAIL_ENFORCED), DEFAULT_POLICY,
        Context(envelope=envelope_from_headers(saved(GMAIL_ENFORCED)), saved_message=True,
                resolver=DNSResolver(("127.0.0.1", 9), timeout=0.3)))
    assert result.verdict == Verdict.PHISHING


@pytest.mark.parametrize("value", [
    # the owner only monitors: its own senders through an unaligned provider fail too, or a forwarder broke the signature
    "mx.google.com; spf=pass smtp.mailfrom=bounce.esp.example; dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=paypal.com",
    GMAIL_UNSIGNED_REFUSED.replace("dmarc=fail", "dkim=fail header.i=@paypal.com; dkim=pass header.i=@paypal.com; dmarc=fail"),
    GMAIL_UNSIGNED_REFUSED.replace("spf=fail", "spf=softfail"),
    # a trusted forwarder's ARC seal, or Microsoft overriding the failure
    GMAIL_ENFORCED + "; arc=pass (i=1 spf=pass spfdomain=paypal.com dkim=pass dkdomain=paypal.com dmarc=pass)",
    MICROSOFT_FAIL.replace("compauth=fail reason=000", "compauth=pass reason=130"),
])
async def test_a_failure_the_owner_tolerates_or_the_receiver_overrode_is_not_named(value):
    assert "BRAND_DOMAIN_FORGED" not in await brand_scan(value)


async def test_a_mailing_list_relaying_a_brand_employees_post_is_not_named():
    assert "BRAND_DOMAIN_FORGED" not in await brand_scan(GMAIL_ENFORCED, headers="List-Id: <dev.lists.example>\r\n")


@pytest.mark.parametrize("policy, spf, dkim_results, named", [
    ("reject", "pass", [], True),
    ("quarantine", "softfail", [], True),
    ("none", "fail", [], True),
    ("none", "fail", [("pass", "paypal.com", "s1")], False),
    ("none", "softfail", [], False),
])
async def test_the_gateways_own_dmarc_failure_reads_the_same_way(policy, spf, dkim_results, named):
    message = saved()
    context = Context(envelope=envelope_from_headers(message), resolver=DNSResolver(("127.0.0.1", 9), timeout=0.3))
    context.auth.update(dmarc="fail", spf=spf)
    context.notes.update(dmarc={"policy": policy, "disposition": policy, "domain": "paypal.com"}, dkim=dkim_results)
    result = await Pipeline(modules=[sender]).scan(message, DEFAULT_POLICY, context)
    assert ("BRAND_DOMAIN_FORGED" in {s.name for s in result.symbols}) is named


async def test_microsofts_composite_failure_of_an_unsigned_brand_message_names_it_even_when_the_brand_only_monitors():
    value = ("spf=none (sender IP is 195.58.39.117) smtp.mailfrom=srv61.server-hosting.example; dkim=none (message not "
             "signed) header.d=none;dmarc=fail action=none header.from=paypal.com;compauth=fail reason=000")
    signed = value.replace("dkim=none (message not signed)", "dkim=pass (signature was verified)")
    assert "BRAND_DOMAIN_FORGED" in await brand_scan(value)
    assert "BRAND_DOMAIN_FORGED" not in await brand_scan(signed)
