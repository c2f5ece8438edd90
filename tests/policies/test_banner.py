"""The external-sender banner: at the top of the readable body, the rest of the message untouched."""

import email
import email.policy
from email.message import EmailMessage

import pytest

from rempart.gateway.banner import insert_banner, is_external

BANNERS = (("fr", "Ce message provient de l'extérieur."), ("en", "This message comes from outside."))
ORGANISATION = frozenset({"alpha.test"})


def parse(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def text_of(part: EmailMessage) -> str:
    """The decoded text with line ends as Python writes them (quoted-printable keeps the wire's CRLF)."""
    return part.get_content().replace("\r\n", "\n")


def structure(raw: bytes) -> list[str]:
    return [part.get_content_type() for part in parse(raw).walk()]


def crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def header_block(raw: bytes) -> bytes:
    return raw.split(b"\r\n\r\n", 1)[0]


PLAIN = (b"DKIM-Signature: v=1; a=rsa-sha256; d=x.example; s=s;\r\n\tbh=abc; b=def\r\n"
         b"From: Someone <someone@x.example>\r\nTo: bob@alpha.test\r\nSubject: Hello\r\n\r\n"
         b"Hi Bob,\r\nsee you.\r\n")


def test_a_plain_message_gets_the_banner_on_top_and_says_its_charset():
    out = insert_banner(PLAIN, BANNERS)

    mail = parse(out)
    text = text_of(mail)
    assert text.startswith("Ce message provient de l'extérieur.\n\nThis message comes from outside.\n")
    assert text.endswith("Hi Bob,\nsee you.\n")
    assert mail.get_content_charset() == "utf-8" and mail["Content-Transfer-Encoding"] == "quoted-printable"
    assert header_block(out).startswith(header_block(PLAIN))  # every header kept, byte for byte
    assert all(len(line) <= 998 for line in out.split(b"\r\n"))


def test_an_ascii_banner_keeps_a_plain_message_s_own_headers():
    out = insert_banner(PLAIN, [("en", "External sender.")])

    assert header_block(out) == header_block(PLAIN)
    assert text_of(parse(out)).startswith("External sender.\n")


def test_line_ends_follow_the_message():
    unix = PLAIN.replace(b"\r\n", b"\n")

    out = insert_banner(unix, BANNERS)

    assert b"\r" not in out and text_of(parse(out)).endswith("see you.\n")


def test_an_html_message_gets_the_banner_inside_its_body_in_its_own_charset():
    mail = EmailMessage()
    mail["From"], mail["Subject"] = "someone@x.example", "Hi"
    mail.set_content('<html><head><title>t</title></head><body class="x"><p>Bonjour ça va</p></body></html>',
                     subtype="html", charset="iso-8859-1")
    raw = crlf(mail.as_bytes())

    out = insert_banner(raw, BANNERS)

    html = text_of(parse(out))
    assert html.startswith('<html><head><title>t</title></head><body class="x"><div data-rempart-banner')
    assert "ext&#233;rieur" in html and "<p>Bonjour ça va</p></body></html>" in html
    assert parse(out).get_content_charset() == "iso-8859-1"


def alternative_with_attachment() -> bytes:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "someone@x.example", "bob@alpha.test", "Report"
    mail.set_content("Voici le rapport.\n")
    mail.add_alternative("<p>Voici le <b>rapport</b>.</p>\n", subtype="html")
    mail.add_attachment(b"%PDF-1.7 binary \x00\xff", maintype="application", subtype="pdf", filename="r.pdf")
    return crlf(mail.as_bytes())


def test_both_alternatives_get_the_banner_and_the_attachment_keeps_its_bytes():
    raw = alternative_with_attachment()
    attachment = raw[raw.index(b"Content-Type: application/pdf"):]

    out = insert_banner(raw, BANNERS)

    assert structure(out) == structure(raw) == [
        "multipart/mixed", "multipart/alternative", "text/plain", "text/html", "application/pdf"]
    parts = list(parse(out).walk())
    assert text_of(parts[2]).startswith("Ce message provient")
    assert text_of(parts[2]).endswith("Voici le rapport.\n")
    assert "<div data-rempart-banner" in text_of(parts[3])
    assert parts[4].get_content() == b"%PDF-1.7 binary \x00\xff"
    assert out.endswith(attachment)


def test_a_base64_body_stays_base64():
    mail = EmailMessage()
    mail["From"] = "someone@x.example"
    mail.set_content("Grüße aus Köln\n", charset="utf-8", cte="base64")
    raw = crlf(mail.as_bytes())

    out = insert_banner(raw, BANNERS)

    assert parse(out)["Content-Transfer-Encoding"] == "base64"
    assert text_of(parse(out)).endswith("Grüße aus Köln\n")
    assert "extérieur" in text_of(parse(out))


def test_a_charset_that_cannot_carry_the_banner_moves_to_utf8():
    mail = EmailMessage()
    mail["From"] = "someone@x.example"
    mail.set_content("こんにちは\n", charset="iso-2022-jp")
    raw = crlf(mail.as_bytes())

    out = insert_banner(raw, BANNERS)

    assert parse(out).get_content_charset() == "utf-8"
    assert text_of(parse(out)).endswith("こんにちは\n")


def test_a_forwarded_message_is_not_touched():
    inner = EmailMessage()
    inner["Subject"] = "old"
    inner.set_content("Original words.\n")
    outer = EmailMessage()
    outer["From"] = "someone@x.example"
    outer.set_content("FYI\n")
    outer.add_attachment(inner)
    raw = crlf(outer.as_bytes())

    out = insert_banner(raw, BANNERS)

    assert out.count(b"Ce message provient") == 1
    assert out.index(b"Ce message provient") < out.index(b"FYI")
    assert b"Original words." in out[out.index(b"message/rfc822"):]


def test_a_signed_message_is_wrapped_so_its_signature_still_holds():
    signed_entity = (b'Content-Type: text/plain; charset="us-ascii"\r\n\r\nSigned words.\r\n')
    raw = (b"From: someone@x.example\r\nSubject: signed\r\nMIME-Version: 1.0\r\n"
           b'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256;\r\n'
           b' boundary="sig"\r\n\r\n'
           b"--sig\r\n" + signed_entity + b"--sig\r\n"
           b"Content-Type: application/pkcs7-signature; name=smime.p7s\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\nAAAA\r\n--sig--\r\n")

    out = insert_banner(raw, BANNERS)

    assert structure(out) == ["multipart/mixed", "text/plain", "multipart/signed", "text/plain",
                              "application/pkcs7-signature"]
    assert b"--sig\r\n" + signed_entity + b"--sig\r\n" in out
    assert text_of(list(parse(out).walk())[1]).startswith("Ce message provient")
    assert header_block(out).startswith(b"From: someone@x.example\r\nSubject: signed\r\nMIME-Version: 1.0\r\n")


@pytest.mark.parametrize("raw", [b"", b"no header block at all", b"From: x\r\nContent-Type: multipart/mixed\r\n\r\nbody"])
def test_what_cannot_be_edited_safely_comes_back_unchanged(raw):
    assert insert_banner(raw, BANNERS) is raw


def test_no_banner_text_changes_nothing():
    assert insert_banner(PLAIN, ()) is PLAIN
    assert insert_banner(PLAIN, [("fr", "  ")]) is PLAIN


@pytest.mark.parametrize("mail_from, header_from, auth, external", [
    ("a@x.example", "a@x.example", {"dmarc": "pass"}, True),
    ("ceo@alpha.test", "ceo@alpha.test", {"dmarc": "pass"}, False),
    ("bounce@alpha.test", "ceo@alpha.test", {"spf": "pass", "dmarc": "none"}, False),
    ("ceo@alpha.test", "ceo@alpha.test", {"spf": "fail", "dmarc": "fail"}, True),  # a spoof
    ("a@x.example", "ceo@alpha.test", {"spf": "pass", "dmarc": "none"}, True),
    ("", "", {}, True),
])
def test_who_counts_as_external(mail_from, header_from, auth, external):
    assert is_external(mail_from, header_from, ORGANISATION, auth) is external


def test_the_gateway_helper_adds_the_policy_s_banner_for_external_senders_only():
    from rempart.engine.context import Context, Envelope
    from rempart.engine.message import Message
    from rempart.engine.policy import DEFAULT_POLICY
    from rempart.gateway.banner import apply_banner

    policy = DEFAULT_POLICY.with_changes(banner=(("en", "External sender."),))
    outside = Context(envelope=Envelope(mail_from="someone@x.example"), organisation_domains=ORGANISATION)
    inside = Context(envelope=Envelope(mail_from="ceo@alpha.test"), organisation_domains=ORGANISATION,
                     auth={"dmarc": "pass"})
    internal = PLAIN.replace(b"someone@x.example", b"ceo@alpha.test")

    assert b"External sender." in apply_banner(PLAIN, policy, Message(PLAIN), outside)
    assert apply_banner(internal, policy, Message(internal), inside) is internal
    assert apply_banner(PLAIN, DEFAULT_POLICY, Message(PLAIN), outside) is PLAIN
