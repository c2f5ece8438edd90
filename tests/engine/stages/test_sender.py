"""The sender stage: who the sender claims to be, against who they are; and the phishing samples.

The samples in tests/engine/data/phish/ are the specification: every
phishing message there is caught (the symbol named below fires, and the
verdict is phishing or spam) and every legitimate one stays clean, through
the urls, sender and dnsbl stages together.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import dkim
import pytest

from rempart.engine.context import Context, Envelope
from rempart.engine.dns import DNSResolver
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY, Policy
from rempart.engine.stages import dkim as dkim_stage
from rempart.engine.stages import dmarc, dnsbl, sender, spf, urls
from rempart.engine.verdict import Verdict
from rempart.scan import envelope_from_headers

SAMPLES = Path(__file__).parent.parent / "data" / "phish"
STAGES = Pipeline(modules=[urls, sender, dnsbl])
ORGANISATION = frozenset({"acme-corp.fr"})
ACME = Policy(vips=(("Claire Martin", "claire.martin@acme-corp.fr"),))


def build(sender_header: str, body: str = "<p>Hello</p>", reply_to: str | None = None, **headers: str) -> Message:
    mail = EmailMessage()
    mail["From"] = sender_header
    mail["To"] = "j.dupont@acme-corp.fr"
    mail["Subject"] = "hello"
    if reply_to:
        mail["Reply-To"] = reply_to
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    mail.set_content(body, subtype="html")
    return Message(mail.as_bytes())


async def scan(message: Message, policy: Policy = ACME, **context):
    context.setdefault("organisation_domains", ORGANISATION)
    result = await STAGES.scan(message, policy, Context(**context))
    return result, {s.name: s for s in result.symbols}


# -- brands ----------------------------------------------------------------------------


async def test_a_brand_name_on_another_domain_with_links_elsewhere():
    result, symbols = await scan(build("PayPal Service <info@notices-center.example>", '<a href="https://pay.example.net/">Pay</a>'))

    assert symbols["FROM_DISPLAY_BRAND"].detail == '"PayPal" from notices-center.example'
    assert symbols["BRAND_LINKS_ELSEWHERE"].detail == "PayPal: links to example.net"
    assert symbols["PHISHING_SIGNALS"].score == 0.0  # the points are already counted
    assert result.verdict is Verdict.PHISHING


async def test_risky_links_without_a_disguise_are_spam_not_phishing():
    links = "".join(
        f'<a href="{href}">offer</a>'
        for href in ("http://185.234.72.19/deal", "https://bit.ly/3abc", "https://promo-7731.r2.dev/x", "https://deals.top/")
    )
    result, symbols = await scan(build("Deals <deals@cheap-offers.top>", links))

    assert result.score >= 5 and "PHISHING_SIGNALS" not in symbols
    assert result.verdict is Verdict.SPAM


async def test_a_brand_name_with_a_lookalike_of_its_domain_is_phishing():
    message = build("Micr0soft 365 <alert@notify.example>", '<a href="https://rnicrosoftonline.com/">Sign in</a>')
    result, symbols = await scan(message)

    assert "BRAND_IMPERSONATION" in symbols
    assert result.verdict is Verdict.PHISHING


async def test_the_brands_own_address_is_not_impersonation():
    _, symbols = await scan(build("PayPal <service@paypal.fr>", '<a href="https://www.paypal.com/">Log in</a>'))

    assert symbols == {}


async def test_a_brand_name_from_a_free_mailbox_is_impersonation_even_for_the_brands_freemail():
    _, symbols = await scan(build("Microsoft Support <ms.support.desk@outlook.com>"))

    assert symbols["FROM_DISPLAY_BRAND"].detail == '"Microsoft" from outlook.com (a free mailbox)'


async def test_an_address_in_the_display_name_claims_its_domain():
    _, symbols = await scan(build('"service@paypal.com" <billing@relay.example>'))

    assert "FROM_DISPLAY_ADDRESS" in symbols
    assert symbols["FROM_DISPLAY_BRAND"].detail.startswith('"PayPal"')


async def test_mailing_list_rewrites_are_not_display_address_spoofs():
    message = build("'bob@uni.example.edu' via Devel <devel@googlegroups.com>", List_Id="<devel.googlegroups.com>")
    _, symbols = await scan(message)

    assert symbols == {}


async def test_generic_it_names_are_for_the_organisation_itself():
    _, outside = await scan(build("IT Service Desk <helpdesk@support-portal.example>"))
    _, inside = await scan(build("IT Service Desk <helpdesk@acme-corp.fr>"))

    assert outside["FROM_DISPLAY_BRAND"].score == 2.0
    assert inside == {}


async def test_the_organisations_domain_in_the_display_name_of_an_outsider():
    _, symbols = await scan(build("acme-corp.fr Mail Server <noreply@mailer.example>"))

    assert "FROM_DISPLAY_ORG_DOMAIN" in symbols


async def test_the_organisations_name_in_the_display_name_of_an_outsider():
    _, outsider = await scan(build("Acme Corp - Ressources Humaines <contact@dentist.example>"))
    _, glued = await scan(build("ACMECORP Payroll <payroll@mailer.example>"))
    _, platform = await scan(build("Acme Corp (via DocuSign) <dse@docusign.net>"))
    _, inside = await scan(build("Acme Corp RH <rh@acme-corp.fr>"))

    assert outsider["FROM_DISPLAY_ORG_NAME"].detail.endswith("(acme-corp)")
    assert "FROM_DISPLAY_ORG_NAME" in glued
    assert "FROM_DISPLAY_ORG_NAME" not in platform and "FROM_DISPLAY_ORG_NAME" not in inside


async def test_a_brand_name_with_report_links_to_a_free_mailbox_diverts_replies():
    body = '<p>Unusual sign-in.</p><a href="mailto:msrecovery.desk365@outlook.com?subject=Report">Report the user</a>'
    _, symbols = await scan(build("Microsoft account team <no-reply@access-sec.example>", body))
    _, own = await scan(build("Microsoft account team <no-reply@access-sec.example>",
                              '<a href="mailto:help@access-sec.example">Contact</a>'))

    assert symbols["REPLYTO_IMPERSONATION"].detail.startswith("mailto:msrecovery.desk365@outlook.com")
    assert "REPLYTO_IMPERSONATION" not in own


def test_brands_named_in_a_text():
    named = sender.brands_named("Thank you for renewing Norton 360. Votre colis Colissimo. IT Support")

    assert [b.name for b in named] == ["Norton", "La Poste"]  # generic claims are not brands


def test_brand_names_in_japanese_korean_and_chinese_are_found_without_spaces_around_them():
    named = sender.brands_named("【重要】楽天カードをご利用のお客様へ。네이버에서 알려드립니다。遠通電收通知")

    assert [b.name for b in named] == ["Rakuten", "Naver", "Taiwan tolls (FETC)"]
    assert sender.claimed_brand("三井住友カード株式会社").name == "SMBC (Sumitomo Mitsui)"
    # An everyday word sharing the brand's first characters ("楽天的", optimistic) is no claim;
    # nor do the Latin letters of a Japanese name ("ETC利用照会") stand alone for it.
    assert sender.brands_named("彼は楽天的な人です") == []
    assert sender.claimed_brand("Finance, HR, IT etc.") is None


def test_single_letters_are_no_brand_name():
    """A name written in another alphabet folds to stray Latin letters; none may stand for a brand."""
    phrases = sender._brand_names()[1]
    assert [p for p in phrases if all(len(word) < 2 for word in p.split())] == []
    assert sender.claimed_brand("L'Atelier du Bois Breton") is None


async def test_a_mail_providers_own_no_reply_address_in_its_free_mail_domain_is_the_brand():
    _, own = await scan(build("Orange <ne-pas-repondre@orange.fr>", '<a href="https://espace-client.orange.fr/">Facture</a>'))
    _, subscriber = await scan(build("Orange <jean.dupont56@orange.fr>", '<a href="https://espace-client.orange.fr/">Facture</a>'))

    assert "FROM_DISPLAY_BRAND" not in own
    assert "FROM_DISPLAY_BRAND" in subscriber  # anyone may open a mailbox there and call it "Orange"


async def test_a_japanese_brand_name_from_another_domain_is_impersonation():
    result, symbols = await scan(build("楽天カード株式会社 <info@rakuten-card-security.top>",
                                       '<a href="https://rakuten-card-security.top/login">ログイン</a>'))

    assert "Rakuten" in symbols["FROM_DISPLAY_BRAND"].detail and result.verdict is Verdict.PHISHING


# -- lookalike senders -----------------------------------------------------------------


async def test_a_sender_domain_imitating_the_organisations_is_phishing():
    result, symbols = await scan(build("Jean Dupont <j.dupont@acme-c0rp.fr>"))

    assert symbols["FROM_LOOKALIKE_ORG"].detail == "acme-c0rp.fr imitates acme-corp.fr (homoglyph)"
    assert result.verdict is Verdict.PHISHING


async def test_the_organisations_name_under_another_tld_only_adds_score():
    result, symbols = await scan(build("Jean Dupont <j.dupont@acme-corp.com>"))

    assert "FROM_LOOKALIKE_ORG_WEAK" in symbols
    assert result.verdict is not Verdict.PHISHING


async def test_replies_to_a_lookalike_of_the_organisation_are_phishing():
    result, symbols = await scan(build("Supplier <billing@supplier.example>", reply_to="j.dupont@acrne-corp.fr"))

    assert "REPLYTO_LOOKALIKE_ORG" in symbols
    assert result.verdict is Verdict.PHISHING


async def test_sender_domains_imitating_brands():
    _, typo = await scan(build("Notice <notice@paypa1.com>"))
    _, combo = await scan(build("Notice <notice@paypal-resolution.com>"))

    assert "FROM_LOOKALIKE_BRAND" in typo
    assert "FROM_BRAND_COMBO" in combo


async def test_without_organisation_domains_the_recipients_stand_in():
    envelope = Envelope(rcpt_to=("j.dupont@acme-corp.fr",))
    _, symbols = await scan(build("Jean Dupont <j.dupont@acme-c0rp.fr>"), organisation_domains=frozenset(), envelope=envelope)

    assert "FROM_LOOKALIKE_ORG" in symbols


async def test_guessed_from_the_recipients_a_domain_with_the_name_counts_once_the_display_name_claims_it_too():
    envelope = Envelope(rcpt_to=("j.dupont@kerwood-corp.fr",))
    no_org = dict(organisation_domains=frozenset(), envelope=envelope)
    _, sister = await scan(build("Kerwood Logistique <contact@kerwood-logistique.fr>"), DEFAULT_POLICY, **no_org)
    _, claimed = await scan(build('"Ressources Humaines - Kerwood Corp" <rh@kerwood-rh.fr>'), DEFAULT_POLICY, **no_org)

    assert "FROM_LOOKALIKE_ORG_WEAK" not in sister
    assert "FROM_LOOKALIKE_ORG_WEAK" in claimed and "FROM_DISPLAY_ORG_NAME" in claimed


async def test_guessed_from_the_recipients_the_first_word_with_a_service_desk_word_speaks_for_the_organisation():
    envelope = Envelope(rcpt_to=("j.dupont@kerwood-corp.fr",))
    no_org = dict(organisation_domains=frozenset(), envelope=envelope)
    _, desk = await scan(build('"Kerwood IT Service Desk" <servicedesk@kerwood-sso.com>'), DEFAULT_POLICY, **no_org)
    _, people = await scan(build('"Kerwood People Team" <people@kerwood-corp.com>'), DEFAULT_POLICY, **no_org)
    _, sister = await scan(build('"Kerwood Logistique - Transport" <ops@kerwood-logistique.fr>'), DEFAULT_POLICY, **no_org)
    _, stranger = await scan(build('"IT Service Desk" <servicedesk@kerwood-sso.com>'), DEFAULT_POLICY, **no_org)

    assert "FROM_LOOKALIKE_ORG_WEAK" in desk and "FROM_LOOKALIKE_ORG_WEAK" in people
    assert "FROM_LOOKALIKE_ORG_WEAK" not in sister and "FROM_LOOKALIKE_ORG_WEAK" not in stranger


async def test_a_brand_name_with_a_service_desk_word_is_a_claim_but_not_an_everyday_word():
    _, desk = await scan(build("LIDL Kundenservice <wordpress@bakery-mainz.example>"))
    _, wise = await scan(build("Wise Team <team@wise-owl-tutoring.example>"))
    _, orange = await scan(build("Orange Team <team@juice-bar.example>"))

    assert "Lidl" in desk["FROM_DISPLAY_BRAND"].detail
    assert "FROM_DISPLAY_BRAND" not in wise and "FROM_DISPLAY_BRAND" not in orange


async def test_a_desk_word_before_the_brand_counts_in_spanish_portuguese_and_italian_too():
    for display in ("Soporte Outlook", "Suporte Netflix", "Servizio PayPal"):
        _, symbols = await scan(build(f"{display} <verificacion.cuentas@gmail.com>"))
        assert "FROM_DISPLAY_BRAND" in symbols, display
    _, orange = await scan(build("Equipo Orange <equipo@zumos-naranja.example>"))
    assert "FROM_DISPLAY_BRAND" not in orange


async def test_a_brand_name_with_its_country_is_a_claim_but_not_an_everyday_word():
    _, regional = await scan(build("SHEIN Brasil <financeiro@contabil-marques.example>"))
    _, wise = await scan(build("Wise UK <hello@wise-owl-tutoring.example>"))

    assert "Shein" in regional["FROM_DISPLAY_BRAND"].detail
    assert "FROM_DISPLAY_BRAND" not in wise


async def test_a_brand_name_with_its_loyalty_scheme_is_a_claim_but_not_an_everyday_word():
    _, lidl = await scan(build("Lidl Treuebonus <aktion@kundenvorteil-news.example>"))
    _, club = await scan(build("Orange Club <club@zumos-naranja.example>"))

    assert "Lidl" in lidl["FROM_DISPLAY_BRAND"].detail
    assert "FROM_DISPLAY_BRAND" not in club


async def test_a_saved_message_written_inside_the_site_impersonates_no_brand():
    raw = ("Received: from AM0PR02MB1234.eurprd02.prod.outlook.com ([fe80::1]) by AM0PR02MB1234.eurprd02.prod.outlook.com "
           "([fe80::1%5]) with mapi id 15.20.1; Mon, 3 Nov 2025 02:17:44 +0000\r\n"
           "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme-corp.fr>\r\n"
           "To: j.dupont@acme-corp.fr\r\nSubject: Your mailbox is almost full\r\n\r\nYour mailbox is almost full.\r\n")
    sent_in = "Received: from mail.example.net (mail.example.net [203.0.113.9]) by mx.acme-corp.fr; Mon, 3 Nov 2025\r\n" + raw
    _, inside = await scan(Message(raw.encode()), saved_message=True)
    _, outside = await scan(Message(sent_in.encode()), saved_message=True)
    _, gateway = await scan(Message(raw.encode()))

    assert "FROM_DISPLAY_BRAND" not in inside
    assert "FROM_DISPLAY_BRAND" in outside and "FROM_DISPLAY_BRAND" in gateway


# -- executives --------------------------------------------------------------------------


async def test_an_executive_name_from_a_free_mailbox_is_ceo_fraud():
    result, symbols = await scan(build("Claire MARTIN <claire.m.office@gmail.com>"))

    assert symbols["VIP_IMPERSONATION"].detail == '"Claire Martin" from gmail.com (a free mailbox)'
    assert result.verdict is Verdict.PHISHING


async def test_an_executive_name_from_another_company_only_adds_score():
    result, symbols = await scan(build('"Martin, Claire" <claire@consulting.example>'))

    assert "VIP_NAME_EXTERNAL" in symbols
    assert result.verdict is not Verdict.PHISHING


async def test_an_executive_name_with_replies_diverted_is_ceo_fraud():
    _, symbols = await scan(build("Claire Martin <claire@consulting.example>", reply_to="cm@protonmail.com"))

    assert symbols["VIP_IMPERSONATION"].detail.endswith("(replies to protonmail.com)")


async def test_the_executive_herself_and_platforms_writing_for_her_are_fine():
    _, herself = await scan(build("Claire Martin <claire.martin@acme-corp.fr>"))
    _, linkedin = await scan(build("Claire Martin via LinkedIn <messages-noreply@linkedin.com>"))

    assert herself == {} and linkedin == {}


# -- replies and first contact ----------------------------------------------------------------


async def test_reply_to_another_domain_is_weak_and_a_free_mailbox_stronger():
    _, other = await scan(build("Shop <news@shop.example>", reply_to="support@helpdesk.example"))
    _, free = await scan(build("Shop <news@shop.example>", reply_to="shop.owner@gmail.com"))
    _, listed = await scan(build("Bob <bob@uni.example>", reply_to="devel@lists.example", List_Id="<devel.lists.example>"))

    assert other["REPLYTO_DIFFERENT_DOMAIN"].score == 0.5
    assert free["REPLYTO_FREEMAIL"].score == 1.5
    assert listed == {}


async def test_a_free_mailbox_answering_for_another_free_mailbox_is_stronger_than_a_web_form():
    _, form = await scan(build("Atelier Bois <contact@atelier-bois.example>", reply_to="client.name@gmail.com"))
    _, swapped = await scan(build("Megan Cole <megan.recruits@gmail.com>", reply_to="onboarding.team@outlook.com"))
    _, same = await scan(build("Megan Cole <megan.recruits@gmail.com>", reply_to="megan.cole@gmail.com"))

    assert form["REPLYTO_FREEMAIL"].score == 1.5
    assert swapped["REPLYTO_FREEMAIL"].score > form["REPLYTO_FREEMAIL"].score
    assert "REPLYTO_FREEMAIL" not in same  # one provider: a person's two addresses


async def test_reply_to_elsewhere_under_a_brands_name_is_stronger():
    _, symbols = await scan(build("DHL Express <noreply@dhl-notice.example>", reply_to="dhl.claims@gmail.com"))

    assert "REPLYTO_IMPERSONATION" in symbols


async def test_first_time_sender_only_when_the_organisation_knows_its_senders():
    message = build("New Partner <hello@partner.example>")

    _, unknown = await scan(message)
    _, first = await scan(message, known_senders=frozenset({"old@friend.example"}))
    _, known = await scan(message, known_senders=frozenset({"@partner.example"}))

    assert "FIRST_TIME_SENDER" not in unknown
    assert first["FIRST_TIME_SENDER"].score == 0.5
    assert "FIRST_TIME_SENDER" not in known


# -- genuine brand mail, authenticated by the real auth stages ------------------------------------

ALERT = (SAMPLES / "legitimate" / "l04_microsoft_security_alert.eml").read_bytes()
AUTH_AND_SENDER = Pipeline(modules=[spf, dkim_stage, dmarc, urls, sender])


async def test_a_genuine_microsoft_alert_passing_dmarc_is_clean(dns_records):
    domain = "accountprotection.microsoft.com"
    with dns_records.batch():
        dns_records.add(domain, "TXT", "v=spf1 ip4:40.107.212.40 -all")
        dns_records.add("_dmarc.microsoft.com", "TXT", "v=DMARC1; p=reject")
        key = dns_records.add_dkim_key("sel", domain)
    signed = dkim.sign(ALERT, b"sel", domain.encode(), key, include_headers=[b"from", b"to", b"subject"]) + ALERT
    context = Context(
        envelope=Envelope(client_ip="40.107.212.40", mail_from=f"account-security-noreply@{domain}"),
        resolver=DNSResolver(dns_records.address, timeout=1.0),
    )

    result = await AUTH_AND_SENDER.scan(Message(signed), DEFAULT_POLICY, context)

    assert result.auth["dmarc"] == "pass"
    assert result.verdict is Verdict.CLEAN
    assert not [s for s in result.symbols if s.score > 0]


async def test_brand_links_outside_the_list_are_trusted_only_when_the_brand_authenticated(dns_records):
    with dns_records.batch():
        dns_records.add("paypal.com", "TXT", "v=spf1 ip4:192.0.2.80 -all")
        dns_records.add("_dmarc.paypal.com", "TXT", "v=DMARC1; p=reject")
    raw = build("PayPal <service@paypal.com>", '<a href="https://paypal-rewards-program.com/">Rewards</a>').raw
    resolver = DNSResolver(dns_records.address, timeout=1.0)

    async def from_ip(ip: str):
        context = Context(envelope=Envelope(client_ip=ip, mail_from="bounce@paypal.com"), resolver=resolver)
        return await AUTH_AND_SENDER.scan(Message(raw), DEFAULT_POLICY, context)

    genuine, forged = await from_ip("192.0.2.80"), await from_ip("203.0.113.9")

    assert genuine.auth["dmarc"] == "pass" and not genuine.has("URL_BRAND_COMBO")
    assert forged.auth["dmarc"] == "fail" and forged.has("URL_BRAND_COMBO")


# -- the samples ------------------------------------------------------------------------------------

PHISHING = {
    "p01_password_expiry_org_lookalike.eml": "FROM_LOOKALIKE_ORG",
    "p02_paypal_homograph.eml": "BRAND_IMPERSONATION",
    "p03_docusign_redirector_hosting.eml": "URL_BRAND_ON_HOSTING",
    "p04_html_attachment_login.eml": "HTML_ATTACHMENT_LOGIN",
    "p05_html_attachment_telegram.eml": "URL_EXFILTRATION",
    "p06_ceo_fraud_freemail.eml": "VIP_IMPERSONATION",
    "p07_ceo_fraud_replyto_lookalike.eml": "VIP_IMPERSONATION",
    "p08_dhl_shortener.eml": "FROM_DISPLAY_BRAND",
    "p09_netflix_hosting.eml": "BRAND_IMPERSONATION",
    "p10_ameli_combosquat_fr.eml": "BRAND_IMPERSONATION",
    "p11_bank_ip_mismatch.eml": "URL_TEXT_MISMATCH_BRAND",
    "p12_display_address_spoof.eml": "FROM_DISPLAY_ADDRESS",
    "p13_apple_id_combosquat.eml": "BRAND_IMPERSONATION",
}


async def scan_sample(path: Path):
    message = Message(path.read_bytes())
    context = Context(envelope=envelope_from_headers(message), organisation_domains=ORGANISATION)
    return await STAGES.scan(message, ACME, context)


def test_every_sample_is_listed():
    assert sorted(PHISHING) == sorted(p.name for p in (SAMPLES / "phishing").glob("*.eml"))
    assert len(list((SAMPLES / "legitimate").glob("*.eml"))) >= 15


@pytest.mark.parametrize("name", sorted(PHISHING))
async def test_phishing_samples_are_caught(name):
    result = await scan_sample(SAMPLES / "phishing" / name)

    assert result.has(PHISHING[name]), result.symbols
    assert result.verdict in (Verdict.PHISHING, Verdict.SPAM), result.symbols


@pytest.mark.parametrize("path", sorted((SAMPLES / "legitimate").glob("*.eml")), ids=lambda p: p.name)
async def test_legitimate_samples_stay_clean(path):
    result = await scan_sample(path)

    assert result.verdict is Verdict.CLEAN, result.symbols
    assert result.score < 2.0, result.symbols


async def test_a_free_mailbox_wearing_the_organisations_name_or_a_title():
    _, named = await scan(build("Thomas Girard <thomasgirard.acmecorp@gmail.com>"), policy=DEFAULT_POLICY)
    _, titled = await scan(build("Jean Morel - PDG <jean.morel.pdg@gmail.com>"), policy=DEFAULT_POLICY)
    _, plain = await scan(build("Jean Morel <jean.morel@gmail.com>"), policy=DEFAULT_POLICY)

    assert "FREEMAIL_ORG_NAME" in named
    assert "FREEMAIL_EXECUTIVE" in titled
    assert plain == {}


async def test_a_free_mailbox_signing_as_the_organisations_help_desk_by_the_first_word_of_its_domain():
    # the domain glues the name to a trade word (brackenridgefluid.com): the name alone is the organisation's
    context = {"organisation_domains": frozenset({"brackenridgefluid.com"})}
    _, desk = await scan(build("Brackenridge IT Service Desk <bfs.servicedesk@outlook.com>"), policy=DEFAULT_POLICY, **context)
    _, person = await scan(build("Ann Bracken <ann.bracken@outlook.com>"), policy=DEFAULT_POLICY, **context)

    assert "FREEMAIL_ORG_NAME" in desk
    assert "FREEMAIL_ORG_NAME" not in person


async def test_replies_to_a_near_copy_of_the_senders_own_domain():
    _, hijack = await scan(build("Markus Schroeder <m.schroeder@hydrotec-pumpen.de>",
                                 reply_to="m.schroeder@hydrotec-pumpe.de"))
    _, helpdesk = await scan(build("Shop <news@shop-example.de>", reply_to="support@helpdesk-partner.de"))
    _, sister = await scan(build("Ann <ann@hydrotec-pumpen.de>", reply_to="ann@hydrotec-pumpen.com"))

    assert "REPLYTO_LOOKALIKE_SENDER" in hijack
    assert "REPLYTO_LOOKALIKE_SENDER" not in helpdesk
    assert "REPLYTO_LOOKALIKE_SENDER" not in sister  # a company's other TLD


async def test_a_platform_writing_for_the_executive_with_replies_to_the_executive_is_not_ceo_fraud():
    message = build("Claire Martin <no-reply@sharepointonline.com>", '<a href="https://acme.sharepoint.com/x">Open</a>',
                    reply_to="Claire Martin <claire.martin@acme-corp.fr>")
    _result, symbols = await scan(message)
    assert "VIP_IMPERSONATION" not in symbols and "REPLYTO_IMPERSONATION" not in symbols

    diverted = build("Claire Martin <no-reply@sharepointonline.com>", reply_to="Claire Martin <claire.m@protonmail.com>")
    _result, symbols = await scan(diverted)
    assert "VIP_IMPERSONATION" in symbols


async def test_server_software_signing_with_the_machine_that_sends_it_claims_no_brand():
    _result, symbols = await scan(build('"cPanel on s214.webhost-cloud.net" <cpanel@s214.webhost-cloud.net>'))
    assert "FROM_DISPLAY_BRAND" not in symbols

    _result, symbols = await scan(build('"cPanel on acme-corp.fr" <alerts@quota-notices.net>'))
    assert "FROM_DISPLAY_BRAND" in symbols


def test_brand_names_in_cyrillic_and_greek_are_found_as_whole_words_whatever_their_case():
    assert sender.claimed_brand("Казпочта").name.startswith("Kazakh")
    assert sender.claimed_brand("ΕΛΤΑ Courier").name.startswith("Greek")
    assert sender.claimed_brand("НАП - Национална агенция за приходите").name.startswith("Balkan")
    assert sender.claimed_brand("Наталья Напова") is None  # a word that only starts like the name


async def test_a_mail_providers_service_address_in_its_free_mail_domain_is_the_brand():
    _, own = await scan(build("Orange <facture@orange.fr>"))
    _, subscriber = await scan(build("Orange <orange.facture.client@orange.fr>"))

    assert "FROM_DISPLAY_BRAND" not in own
    assert "FROM_DISPLAY_BRAND" in subscriber


async def test_the_police_named_from_a_free_mailbox_is_impersonation():
    _, symbols = await scan(build("Gendarmerie Nationale - Cyberespace <comcybergend.convocation@europe.com>"))

    assert "Police" in symbols["FROM_DISPLAY_BRAND"].detail


def test_a_three_letter_brand_name_counts_only_as_written():
    assert sender.claimed_brand("KLM Royal Dutch Airlines").name == "Air France"
    assert sender.claimed_brand("Rachel Kim") is None  # "kim" reads "klm" at a glance, but it is a name
    # A short name whose look-alike reading differs from its spelling ("jio" reads "jlo") still counts as written.
    assert [b.name for b in sender.brands_named("Jio KYC Team")] == ["Indian carriers, couriers, utilities and shops"]
