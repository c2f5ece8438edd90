"""Bulk classification: newsletters, marketing, notifications and social mail; the five categories."""

from __future__ import annotations

from pathlib import Path

import pytest

from rempart.engine.context import Context, Envelope
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import bulk
from rempart.engine.verdict import Verdict


def mail(sender: str = "Alice Martin <alice@example.net>", subject: str = "Lunch on Friday?",
         extra: list[tuple[str, str]] = (), body: str = "Hi Bob, are we still on for Friday?\r\n") -> bytes:
    lines = [f"From: {sender}", "To: bob@example.org", f"Subject: {subject}",
             "Date: Tue, 14 May 2024 09:58:00 +0000", "Message-ID: <1@mail.example.net>"]
    lines += [f"{name}: {value}" for name, value in extra]
    return ("\r\n".join(lines) + "\r\n\r\n" + body).encode()


async def classify(raw: bytes, policy=DEFAULT_POLICY, context: Context | None = None) -> tuple[set[str], str, dict]:
    context = context or Context()
    hits = await bulk.check(Message(raw), policy, context)
    return {h.symbol for h in hits}, context.notes["category"], {h.symbol: h.detail for h in hits}


MAILCHIMP_PROMO = mail(
    "Boutique Example <hello@boutique.example>", "Soldes : -30 % sur toute la collection",
    [("List-Unsubscribe", "<https://boutique.us1.list-manage.com/unsubscribe?u=1>, <mailto:unsub@mcsv.net>"),
     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
     ("X-MC-User", "abcdef123"), ("Precedence", "bulk")])

SUBSTACK_NEWSLETTER = mail(
    "Tech Weekly <techweekly@substack.com>", "Issue #112: the week in databases",
    [("List-Unsubscribe", "<https://techweekly.substack.com/action/disable_email>"),
     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])

SES_RECEIPT = mail(
    "Shop <no-reply@shop.example>", "Your order #4512 has shipped",
    [("Return-Path", "<0100018f7a-abc@email.amazonses.com>"), ("Feedback-ID", "1.eu-west-1.xyz:AmazonSES")])

LINKEDIN = mail(
    "LinkedIn <messages-noreply@linkedin.com>", "Claire sent you a message",
    [("X-LinkedIn-Class", "INMAIL"), ("List-Unsubscribe", "<https://www.linkedin.com/e/unsub>")])

FACEBOOK = mail("Facebook <notification@facebookmail.com>", "You have 3 new notifications")

MAILING_LIST = mail(
    "Carol <carol@example.com>", "Re: [dev] release plan",
    [("List-Id", "Developers <dev.lists.example.org>"), ("List-Post", "<mailto:dev@lists.example.org>"),
     ("Precedence", "list"), ("List-Unsubscribe", "<mailto:dev-leave@lists.example.org>")])

AUTO_GENERATED = mail("Build server <ci@example.com>", "Build 412 failed",
                      [("Auto-Submitted", "auto-generated")])

OUT_OF_OFFICE = mail("Alice Martin <alice@example.net>", "Absent: Lunch on Friday?",
                     [("Auto-Submitted", "auto-replied")])

PERSONAL = mail()


async def test_marketing_through_an_esp_is_bulk_and_pub():
    symbols, category, details = await classify(MAILCHIMP_PROMO)
    assert {"BULK_LIST_UNSUBSCRIBE", "BULK_ONE_CLICK_UNSUBSCRIBE", "BULK_ESP", "BULK_PRECEDENCE"} <= symbols
    assert details["BULK_ESP"] == "Mailchimp"
    assert category == "PUB"


async def test_newsletter_is_news():
    symbols, category, details = await classify(SUBSTACK_NEWSLETTER)
    assert {"BULK_LIST_UNSUBSCRIBE", "BULK_ESP"} <= symbols and details["BULK_ESP"] == "Substack"
    assert category == "NEWS"


async def test_notification_from_a_transactional_esp_is_news():
    symbols, category, details = await classify(SES_RECEIPT)
    assert details["BULK_ESP"] == "Amazon SES" and "BULK_NOTIFICATION" in symbols
    assert category == "NEWS"


async def test_auto_generated_mail_is_a_notification_but_an_auto_reply_is_not():
    symbols, category, _ = await classify(AUTO_GENERATED)
    assert "BULK_NOTIFICATION" in symbols and category == "NEWS"
    symbols, category, _ = await classify(OUT_OF_OFFICE)
    assert not symbols and category == "PERSO"


@pytest.mark.parametrize("raw, network", [(LINKEDIN, "LinkedIn"), (FACEBOOK, "Facebook")])
async def test_social_networks(raw, network):
    symbols, category, details = await classify(raw)
    assert details["BULK_SOCIAL"] == network
    assert category == "SOCIAL"


async def test_discussion_list_is_news():
    symbols, category, _ = await classify(MAILING_LIST)
    assert {"BULK_MAILING_LIST", "BULK_PRECEDENCE"} <= symbols
    assert category == "NEWS"


@pytest.mark.parametrize("sender, notification", [
    ("Microsoft account team <account-security-noreply@accountprotection.microsoft.com>", True),
    ("ADP <SecurityServices_NoReply@adp.com>", True),
    ("Chase <no.reply.alerts@chase.com>", True),
    ("Noreen Reply <noreen.reply@example.com>", False),
    ("Arnold <arnoreply@example.com>", False),
])
async def test_no_reply_names_count_behind_a_service_prefix(sender, notification):
    symbols, _, _ = await classify(mail(sender, "Your statement is ready"))
    assert ("BULK_NOTIFICATION" in symbols) is notification


async def test_personal_mail_is_not_bulk_and_perso():
    symbols, category, _ = await classify(PERSONAL)
    assert symbols == set() and category == "PERSO"


async def test_vip_sender_is_vip_unless_dmarc_says_forged():
    policy = DEFAULT_POLICY.with_changes(vips=(("Alice Martin", "Alice@Example.net"),))
    _, category, _ = await classify(PERSONAL, policy)
    assert category == "VIP"
    _, category, _ = await classify(PERSONAL, policy, Context(auth={"dmarc": "fail"}))
    assert category == "PERSO"


async def test_bulk_sender_address_from_the_envelope():
    context = Context(envelope=Envelope(mail_from="bounces+1234-abcd=example.org@em.shop.example"))
    symbols, category, details = await classify(mail("Shop <hello@shop.example>", "Nouveautés de la semaine"),
                                                context=context)
    assert "BULK_SENDER" in symbols and category == "NEWS"


async def test_bulk_is_a_verdict_of_its_own_when_the_score_stays_low():
    pipeline = Pipeline(modules=[bulk])
    result = await pipeline.scan(Message(MAILCHIMP_PROMO), DEFAULT_POLICY, Context())
    assert result.verdict is Verdict.BULK and result.category == "PUB"
    assert result.score <= 1.0
    result = await pipeline.scan(Message(PERSONAL), DEFAULT_POLICY, Context())
    assert result.verdict is Verdict.CLEAN and result.category == "PERSO"


def test_bulk_symbols_carry_small_scores():
    assert all(0 <= symbol.score <= 1 and symbol.verdict is Verdict.BULK for symbol in bulk.SYMBOLS)


def test_a_broken_fingerprints_file_names_what_is_wrong(tmp_path: Path):
    path = tmp_path / "bulk.toml"
    path.write_text('[[esp]]\nname = "Nameless"\nkind = "marketing"\n')
    with pytest.raises(ValueError, match="Nameless"):
        bulk.load(path)


@pytest.mark.parametrize("raw", [
    b"",
    b"\x00\xff garbage",
    b"From: <<@>>\nList-Unsubscribe: <http://[::1/x>, <mailto:>\nDKIM-Signature: d=\nReturn-Path: @\n\nx",
    b"X-Long: " + b"a" * 1_000_000 + b"\n\nbody",
], ids=range(4))
async def test_junk_never_raises(raw):
    symbols, category, _ = await classify(raw)
    assert category in ("", "PERSO", "NEWS", "PUB")
