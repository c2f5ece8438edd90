"""The lures stage: a pretext (sign-in, shared document, payment, HR, paperwork) weighed with where it sends the reader.

Each test builds one message the way the urls and sender stages would see
it, scanned without an organisation policy (as ``rempart scan`` does: the
recipients' domain stands in for the organisation's), and checks the
verdict-naming combination fires or, for the legitimate twin, does not.
"""

from __future__ import annotations

import base64

from email.message import EmailMessage

import pytest

from rempart.engine.context import Context, Envelope
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import lures, qr, recorded_auth, sender, urls
from rempart.engine.verdict import Verdict

STAGES = Pipeline(modules=[qr, urls, sender, lures])
RECIPIENT = "camille.roux@kerlann-industries.fr"


def build(body: str, sender_header: str = "Accounts <accounts@harbour-supplies.example>", subject: str = "Notice",
          html: bool = True, reply_to: str | None = None, attachment: tuple[str, str, bytes] | None = None,
          **headers: str) -> Message:
    mail = EmailMessage()
    mail["From"] = sender_header
    mail["To"] = RECIPIENT
    mail["Subject"] = subject
    if reply_to:
        mail["Reply-To"] = reply_to
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    mail.set_content(body, subtype="html" if html else "plain")
    if attachment:
        name, mime, data = attachment
        maintype, subtype = mime.split("/")
        mail.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return Message(mail.as_bytes())


async def scan(message: Message):
    context = Context(envelope=Envelope(rcpt_to=(RECIPIENT,)))
    result = await STAGES.scan(message, DEFAULT_POLICY, context)
    return result, {s.name: s for s in result.symbols}


# -- a pretext and a risky link -------------------------------------------------------------


async def test_password_expiry_with_a_link_to_free_hosting_is_phishing():
    result, symbols = await scan(build(
        '<p>The password for camille.roux@kerlann-industries.fr expires today.</p>'
        '<a href="https://keep-pass-4f2a.web.app/">Keep current password</a>'))

    assert "password" in symbols["LURE_RISKY_LINK"].detail and "web.app" in symbols["LURE_RISKY_LINK"].detail
    assert result.verdict is Verdict.PHISHING


async def test_the_same_pretext_linking_to_the_senders_own_site_is_left_alone():
    _, symbols = await scan(build(
        '<p>Your password expires in 3 days.</p><a href="https://portal.harbour-supplies.example/account">Change it</a>'))

    assert not {"LURE_RISKY_LINK", "LURE_IMPERSONATION"} & set(symbols)


async def test_a_sign_up_confirmation_without_a_threat_is_not_a_pretext():
    _, symbols = await scan(build(
        '<p>Please verify your account by confirming your email address.</p>'
        '<a href="https://palletplan.netlify.app/verify?t=1">Verify</a>', "PalletPlan <hello@palletplan.example>"))

    assert "LURE_RISKY_LINK" not in symbols


async def test_a_document_shared_on_light_hosting_needs_more_than_the_wording():
    text = "<p>I've shared the document with you: <a href='https://lemoine.notion.site/Quai-3'>the procedure</a></p>"
    _, symbols = await scan(build(text, "Julie Lemoine <julie@transports-lemoine.example>"))

    assert "LURE_RISKY_LINK" not in symbols


async def test_a_shared_document_whose_link_carries_the_recipients_address_is_phishing():
    text = (f"<p>Laura shared a file with you.</p>"
            f"<a href='https://docs-view.notion.site/open?u={RECIPIENT}'>Open</a>")
    _, symbols = await scan(build(text))

    assert "carrying the recipient's address" in symbols["LURE_RISKY_LINK"].detail


async def test_an_invoice_linking_to_heavy_hosting_is_phishing_but_not_to_a_small_site():
    risky, _ = await scan(build("<p>Please find our invoice INV-2231.</p><a href='https://inv-2231.pages.dev/'>View</a>"))
    small, _ = await scan(build("<p>Please find our invoice INV-2231.</p><a href='https://harbour.github.io/'>Our site</a>"))

    assert risky.verdict is Verdict.PHISHING
    assert not small.has("LURE_RISKY_LINK")


async def test_a_pretext_leading_into_a_broken_into_sites_kit_folder_is_phishing():
    _, symbols = await scan(build(
        "<p>Your mailbox is almost full. Incoming messages will be rejected.</p>"
        "<a href='https://www.bodega-rosas.example.mx/wp-includes/css/owa/index.html'>Upgrade storage</a>"))

    assert "a page inside wp-includes" in symbols["LURE_RISKY_LINK"].detail


async def test_a_pretext_carrying_the_recipients_address_to_a_strangers_site_is_phishing_but_not_in_a_newsletter():
    body = (f"<p>We detected an unusual sign-in to your account.</p>"
            f"<a href='https://secure-check.example.org/?u={RECIPIENT}'>Review</a>")
    _, notice = await scan(build(body))
    _, newsletter = await scan(build(body, List_Unsubscribe="<https://secure-check.example.org/unsub>"))

    assert "carrying the recipient's address" in notice["LURE_RISKY_LINK"].detail
    assert "LURE_RISKY_LINK" not in newsletter


async def test_a_brand_named_in_the_subject_by_somebody_else_counts_as_posing():
    body = "<p>Your payment was declined. Update your payment method.</p><a href='https://billing-help.example.org/'>Update</a>"
    _, stranger = await scan(build(body, "Customer Service <info@dentist.example>", subject="Netflix: payment declined"))
    _, itself = await scan(build(body, "Customer Service <info@netflix.com>", subject="Netflix: payment declined"))

    assert "SUBJECT_BRAND" in stranger["LURE_IMPERSONATION"].detail
    assert "LURE_IMPERSONATION" not in itself


async def test_a_body_that_is_only_a_linked_picture_counts_as_a_risky_link():
    body = '<a href="https://fidelite-cadeaux.example.com/?c=1"><img src="https://img.example.net/b.png"></a>'
    _, phish = await scan(build(body, subject="Camille, vos points expirent aujourd'hui"))
    _, newsletter = await scan(build(body, subject="Camille, vos points expirent aujourd'hui",
                                     List_Unsubscribe="<https://fidelite-cadeaux.example.com/unsub>"))

    assert "linked picture" in phish["LURE_RISKY_LINK"].detail
    assert "LURE_RISKY_LINK" not in newsletter


# -- a pretext under a borrowed name --------------------------------------------------------------


async def test_a_brand_in_the_sender_name_with_a_pretext_and_links_elsewhere_is_phishing():
    _, symbols = await scan(build(
        "<p>We detected an unusual sign-in to your account.</p><a href='https://review-activity.example.org/'>Review</a>",
        "Microsoft account team <alerts@agrovet.example>"))

    assert "FROM_DISPLAY_BRAND" in symbols["LURE_IMPERSONATION"].detail


async def test_the_organisations_name_alone_only_adds_score():
    result, symbols = await scan(build(
        "<p>Votre entretien annuel 2025 est ouvert.</p><a href='https://kerlann.hr-platform.example/review'>Ouvrir</a>",
        "Kerlann Industries <no-reply@hr-mailer.example>"))

    assert "LURE_ORG_NAME" in symbols and "LURE_IMPERSONATION" not in symbols
    assert lures.SYMBOLS[[s.name for s in lures.SYMBOLS].index("LURE_ORG_NAME")].verdict is None
    assert result.verdict is not Verdict.PHISHING


async def test_a_pretext_with_an_active_web_page_attached_is_phishing():
    page = b"<html><body><script>location.href='https://x.example/'+atob('YQ==')</script></body></html>"
    _, symbols = await scan(build("A payment has been sent. Please find the remittance advice attached.", html=False,
                                  attachment=("Remittance.html", "text/html", page)))

    assert "Remittance.html" in symbols["LURE_HTML_ATTACHMENT"].detail


async def test_an_encrypted_mail_envelope_is_not_a_phishing_page():
    page = b"<html><form action='https://res.cisco.com/envelopeopener/open'><input type=password></form></html>"
    _, symbols = await scan(build("You have received a secure message.", html=False,
                                  attachment=("securedoc.html", "text/html", page)))

    assert "LURE_HTML_ATTACHMENT" not in symbols


# -- payment fraud without links -------------------------------------------------------------------


async def test_a_payroll_bank_change_from_a_free_mailbox_is_phishing():
    _, symbols = await scan(build(
        "Bonjour, j'ai changé de banque : pouvez-vous prendre en compte mon nouveau RIB pour la paie de ce mois ?",
        "Julien Morvan <julienmorvan.pro@gmail.com>", html=False))

    assert symbols["BEC_BANK_DETAILS"].detail.endswith("from gmail.com")


async def test_a_bank_change_with_replies_to_a_free_mailbox_is_phishing_but_not_from_the_supplier_itself():
    text = "Please note we have changed our bank details; pay outstanding invoices to our new account."
    _, diverted = await scan(build(text, html=False, reply_to="accounts.harbour@outlook.com"))
    _, direct = await scan(build(text, html=False))

    assert "BEC_BANK_DETAILS" in diverted
    assert "BEC_BANK_DETAILS" not in direct


async def test_an_urgent_confidential_transfer_from_a_free_mailbox_is_ceo_fraud_but_not_a_plain_request():
    secret = "J'ai besoin que tu traites un virement urgent aujourd'hui. L'opération est strictement confidentielle."
    _, fraud = await scan(build(secret, "Hélène Marchand <helene.pdg@gmail.com>", html=False))
    _, plain = await scan(build("Peux-tu faire un virement de 120 € au traiteur ?", "Hélène <helene.m@gmail.com>",
                                html=False))

    assert fraud["BEC_WIRE_REQUEST"].detail == "\"traites un virement\" from gmail.com"
    assert "BEC_WIRE_REQUEST" not in plain


async def test_gift_cards_to_buy_and_send_from_a_free_mailbox_is_phishing():
    _, symbols = await scan(build(
        "Are you available? Get 6 Apple gift cards of 200 EUR, scratch the back and send me pictures of the codes.",
        "Thomas Girard <t.girard.direction@gmail.com>", html=False))

    assert "BEC_GIFT_CARDS" in symbols


async def test_a_brand_receipt_to_dispute_by_phone_from_a_free_mailbox_is_callback_phishing():
    text = ("Thank you for renewing your Norton 360 subscription. Amount: USD 399.99. If you did not authorise this "
            "renewal and want a refund, call our billing department at +1 (808) 555-0147.")
    _, symbols = await scan(build(text, "Sandra K <sandrak67@gmail.com>", html=False))

    assert symbols["CALLBACK_PHISHING"].detail.startswith("Norton charge")


async def test_a_customer_asking_to_be_called_about_a_refund_is_not_callback_phishing():
    text = ("J'ai payé 149,00 € par PayPal pour la livraison 2025-0211 et je n'ai rien reçu. Je souhaite être "
            "remboursée. Pouvez-vous m'appeler au 06 12 34 56 78 ?")
    _, symbols = await scan(build(text, "Maryvonne <m.le.bihan56@gmail.com>", html=False))

    assert "CALLBACK_PHISHING" not in symbols


# -- replies ----------------------------------------------------------------------------------------------

QUOTE = "\n\n-----Message d'origine-----\nDe : Nathalie Guérin <compta@electricite-guerin.example>\nObjet : Facture\n\nBonjour\n"


async def test_a_reply_under_a_quoted_name_from_another_domain_with_a_download_is_a_hijack():
    body = "Voici le document mis à jour : https://hotel.example.org/wp-content/uploads/Facture_maj.zip" + QUOTE
    result, symbols = await scan(build(body, "Nathalie Guérin <n.tavares@construtora.example.com>", subject="RE: RE: Facture",
                                       html=False))

    assert "Facture_maj.zip" in symbols["REPLY_THREAD_HIJACK"].detail
    assert result.verdict is Verdict.PHISHING


async def test_a_reply_from_another_address_without_a_risky_link_only_weighs():
    _, symbols = await scan(build("Je vous rappelle lundi." + QUOTE, "Nathalie Guérin <nathalie.guerin@gmail.com>",
                                  subject="RE: Facture", html=False))

    assert "REPLY_NAME_OTHER_DOMAIN" in symbols and "REPLY_THREAD_HIJACK" not in symbols


async def test_links_already_in_the_quoted_thread_do_not_make_a_hijack():
    quote = QUOTE + "> le lien : https://old-files.pages.dev/procedure\n"
    _, symbols = await scan(build("Vu, merci." + quote, "Nathalie Guérin <nathalie.guerin@gmail.com>",
                                  subject="RE: Facture", html=False))

    assert "REPLY_THREAD_HIJACK" not in symbols


def test_the_hyperscan_prefilter_never_hides_a_pretext_that_re_finds():
    from pathlib import Path

    samples = Path(__file__).resolve().parents[3] / "samples" / "mail"
    found = 0
    for path in sorted(samples.glob("*/*.eml")):
        message = Message(path.read_bytes())
        text = lures._plain(f"{message.subject}\n{message.visible_text[:lures.TEXT_LIMIT]}")
        possible = lures._possible(text)
        for pattern in lures._PREFILTERED:
            if pattern.search(text):
                found += 1
                assert pattern in possible, (path.name, pattern.pattern[:60])
    assert found > 20  # the samples do hold pretexts: the check above was not vacuous


# -- second blind set: hidden recipients, social wrappers, refunds abroad, callbacks, availability -------------


async def test_a_shared_document_addressed_to_its_own_sender_with_links_elsewhere_is_phishing():
    text = ("<p>Marsh Electrical Ltd has shared 2 pending documents with you for review.</p>"
            "<a href='https://docs.google.com/presentation/d/1Rk8QzT4mVb2/view'>REVIEW DOCUMENTS</a>")
    own = "Debbie Marsh <accounts@marsh-electrical.example>"
    hidden, symbols = await scan(build_to(text, own, own))
    addressed, plain = await scan(build_to(text, own, RECIPIENT))

    assert symbols["LURE_HIDDEN_RECIPIENTS"].detail.startswith('shared document: "shared 2 pending documents')
    assert hidden.verdict is Verdict.PHISHING
    assert "LURE_HIDDEN_RECIPIENTS" not in plain and addressed.verdict is not Verdict.PHISHING


async def test_a_message_to_itself_does_not_make_its_sender_internal_without_the_organisations_domains():
    # `rempart scan` reads the recipients from To: here the sender's own address, which says nothing.
    own = "Sylvie Lebreton <contact@menuiserie-lebreton.example>"
    text = ("<p>Sylvie Lebreton vous a partagé un fichier : BC-2025-0317.pdf</p>"
            "<a href='https://menuiserielebreton-my.sharepoint.com/:o:/g/personal/contact/EtR4x8'>Ouvrir</a>")
    context = Context(envelope=Envelope(rcpt_to=("contact@menuiserie-lebreton.example",)))
    result = await STAGES.scan(build_to(text, own, own), DEFAULT_POLICY, context)

    assert result.has("LURE_HIDDEN_RECIPIENTS")


async def test_a_secure_message_notice_through_a_social_networks_link_wrapper_is_risky():
    text = ("<p>p.vermeulen@fidu-vermeulen.example has sent you a protected message.</p>"
            "<a href='https://t.co/Qk7vR2mXpL'>Read the message</a>")
    stranger, symbols = await scan(build(text, "Pieter Vermeulen <p.vermeulen@fidu-vermeulen.example>"))
    network, own = await scan(build(text.replace("protected message", "protected message from a friend"),
                                    "X <notify@x.com>"))

    assert "t.co" in symbols["LURE_RISKY_LINK"].detail and stranger.verdict is Verdict.PHISHING
    assert "LURE_RISKY_LINK" not in own


async def test_a_recording_notice_under_zooms_new_name_from_somebody_else_is_impersonation():
    text = ("<p>Your cloud recording is now available.</p>"
            "<a href='https://www.linkedin.com/slink?code=eQk8F2xP'>Play recording</a>")
    result, symbols = await scan(build(text, "Zoom Workplace <info@rivera-landscaping.example>"))

    assert "LURE_IMPERSONATION" in symbols and "linkedin.com" in symbols["LURE_RISKY_LINK"].detail
    assert result.verdict is Verdict.PHISHING


async def test_an_italian_tax_refund_leading_to_free_hosting_is_phishing():
    text = ("<p>Gentile contribuente, risulta a Suo favore un rimborso IRPEF di € 1.148,60. Confermare le coordinate "
            "bancarie:</p><a href='https://rimborsi-2025.web.app/servizi'>Accedi</a>")
    _, symbols = await scan(build(text, "Ufficio <amministrazione@studiotecnico.example>"))

    assert symbols["LURE_RISKY_LINK"].detail.startswith("payment:")


def _pdf(text_ops: bytes) -> bytes:
    import zlib
    stream = zlib.compress(text_ops)
    return (b"%%PDF-1.7\n1 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
            + b"\nendstream\nendobj\ntrailer\n<< /Root 2 0 R >>\n%%EOF\n")


RENEWAL_PDF = _pdf(b"BT /F1 12 Tf 60 700 Td (McAfee Total Protection - Amount: EUR 389.99) Tj ET\n"
                   b"BT 60 680 Td [(Your subscription has been ) -20 (renewed and charged.)] TJ ET\n"
                   b"BT 60 660 Td (If you did not authorise it, call our billing helpline: +1 \\(855\\) 947-3108) Tj ET")


async def test_a_renewal_to_dispute_by_phone_written_only_in_the_attached_pdf_is_callback_phishing():
    body = "Hello,\n\nThank you for your purchase. Please find your invoice attached.\n\nTeam Billing"
    _, symbols = await scan(build(body, "Laura <laura.billing44@gmail.com>", html=False,
                                  attachment=("INV_77412.pdf", "application/pdf", RENEWAL_PDF)))
    _, plain = await scan(build(body, "Laura <laura.billing44@gmail.com>", html=False,
                                attachment=("INV_77412.pdf", "application/pdf", _pdf(b"BT (Invoice 77412) Tj ET"))))

    assert "in the attached PDF" in symbols["CALLBACK_PHISHING"].detail
    assert "CALLBACK_PHISHING" not in plain


async def test_a_charge_to_dispute_by_phone_in_a_payment_platforms_invoice_is_callback_phishing():
    note = ("<p>Billing Department sent you an invoice for $699.99 USD.</p><p>Note from seller: your account has been "
            "charged $699.99 for Bitcoin. If you did not authorize this transaction, contact PayPal Billing Support "
            "at +1 (808) 614-2291 to cancel and get a refund.</p>"
            "<a href='https://www.paypal.com/invoice/p/#INV2'>View and Pay Invoice</a>")
    result, symbols = await scan(build(note, '"Billing Department via PayPal" <service@paypal.com>'))
    bank, alert = await scan(build(
        "<p>Un paiement de 1 249,00 € a été réalisé avec votre carte. Vous n'avez pas fait ce paiement ? Faites "
        "opposition : appelez le service Opposition au 0 892 705 705.</p>", "BNP Paribas <alertes@mabanque.example>"))

    assert "+1 (808) 614-2291" in symbols["CALLBACK_PLATFORM_NOTE"].detail and result.verdict is Verdict.PHISHING
    assert "CALLBACK_PLATFORM_NOTE" not in alert


async def test_are_you_available_for_a_favour_without_calls_is_the_opening_of_ceo_fraud():
    text = ("Hi Camille,\n\nAre you available? I need a quick favour. I'm stuck in meetings and can't take calls, "
            "so please reply here.\n\nMarc")
    fraud, symbols = await scan(build(text, "Marc Delacroix <m.delacroix@brevant-logistics.example>", html=False,
                                      subject="Are you available?"))
    meeting, plain = await scan(build("Hi Camille, are you available on Thursday at 10 for the pallet review? Marc",
                                      "Marc Delacroix <m.delacroix@brevant-logistics.example>", html=False))
    reply, replied = await scan(build(text, "Marc Delacroix <m.delacroix@brevant-logistics.example>", html=False,
                                      subject="RE: Are you available?"))

    assert symbols["BEC_AVAILABILITY"].detail.startswith('"are you available') and fraud.verdict is Verdict.PHISHING
    assert "BEC_AVAILABILITY" not in plain and "BEC_AVAILABILITY" not in replied


def build_to(body: str, sender_header: str, to: str) -> Message:
    mail = EmailMessage()
    mail["From"] = sender_header
    mail["To"] = to
    mail["Subject"] = "Notice"
    mail.set_content(body, subtype="html")
    return Message(mail.as_bytes())


# -- found by the fifth blind set -------------------------------------------------------------


async def test_sign_in_pretexts_in_german_portuguese_and_italian():
    for text in ("<p>das Passwort für Ihr Konto camille.roux@kerlann-industries.fr läuft heute, den 07.11.2023, ab.</p>",
                 "<p>Detetámos uma tentativa de início de sessão invulgar na sua conta.</p>",
                 "<p>Gli account non aggiornati entro il 15/03/2024 verranno disattivati.</p>",
                 "<p>Your mailbox camille.roux@kerlann-industries.fr has exceeded its storage limit.</p>"):
        result, symbols = await scan(build(text + '<a href="https://kerlann-sso-verify.pages.dev/">Continuer</a>'))

        assert result.verdict is Verdict.PHISHING and "LURE_RISKY_LINK" in symbols, text


async def test_a_kit_on_the_senders_own_broken_into_site_carrying_the_reader_address():
    page = "https://www.bodegas-muestra.es/wp-includes/js/box/index.php?email=camille.roux@kerlann-industries.fr"
    result, symbols = await scan(build(f'<p>Your mailbox is full.</p><a href="{page}">Increase quota</a>',
                                       "Mail admin <admin@bodegas-muestra.es>"))

    assert "sender's own site" in symbols["LURE_RISKY_LINK"].detail and result.verdict is Verdict.PHISHING


@pytest.mark.parametrize("page", [
    "https://www.bramhallphysio.co.uk/wp-content/uploads/2025/03/hmcts/notice.php?claim=K7QZ1M42&r=gareth",
    "https://stonebridgefarmpa.com/wp-includes/docs/?file=Mutual_Aid_Agreement_Renewal.zip",
    "https://www.reformasgarciaysoler.es/wp-content/uploads/coem/pago/?col=33469",
])
async def test_a_page_no_site_serves_on_purpose_is_a_risky_link_whatever_the_words(page):
    # A script in WordPress's uploads folder, a "document" under wp-includes: put there by whoever broke in,
    # on the sender's own site as on another's, with or without the reader's address.
    result, symbols = await scan(build(f'<p>Please review the revised agreement.</p><a href="{page}">Open</a>',
                                       "Tom Bauer <tbauer@bramhallphysio.co.uk>"))
    assert "broken-into" in symbols["LURE_RISKY_LINK"].detail and result.verdict is Verdict.PHISHING


@pytest.mark.parametrize("page", [
    "https://www.harbour-supplies.co.uk/wp-content/uploads/2024/05/Spring-brochure.pdf",
    "https://www.harbour-supplies.co.uk/wp-content/uploads/2024/05/",
    "https://www.harbour-supplies.co.uk/wp-includes/js/jquery/jquery.min.js",
])
async def test_documents_and_assets_a_wordpress_site_serves_are_no_hacked_page(page):
    _, symbols = await scan(build(f'<p>Our spring brochure is out.</p><a href="{page}">Brochure</a>',
                                  "Harbour Supplies <news@harbour-supplies.co.uk>"))
    assert "LURE_RISKY_LINK" not in symbols


async def test_the_senders_own_unsubscribe_link_with_the_reader_address_is_no_kit():
    page = "https://www.harbour-supplies.co.uk/newsletter/unsubscribe?email=camille.roux@kerlann-industries.fr"
    _, symbols = await scan(build(f'<p>Your password expires in 3 days.</p><a href="{page}">Unsubscribe</a>',
                                  "Accounts <accounts@harbour-supplies.co.uk>"))

    assert "LURE_RISKY_LINK" not in symbols


async def test_new_bank_details_with_replies_to_another_domain_is_payment_fraud():
    body = ("Sehr geehrte Damen und Herren, wir möchten Sie darüber informieren, dass sich unsere Bankverbindung "
            "aufgrund einer Prüfung geändert hat. Bitte überweisen Sie die offene Rechnung auf folgendes Konto.")
    sender_header = "Sabine Kramer <s.kramer@laborbedarf-kramer-gmbh.example>"
    result, symbols = await scan(build(body, sender_header, html=False, reply_to="s.kramer@laborbedarf-kramer.example"))

    assert "laborbedarf-kramer.example" in symbols["BEC_BANK_DETAILS"].detail and result.verdict is Verdict.PHISHING
    _, same = await scan(build(body, sender_header, html=False))
    assert "BEC_BANK_DETAILS" not in same


async def test_an_inheritance_offered_from_a_free_mailbox_is_advance_fee_fraud():
    body = ("Je suis Maître Kouassi, avocat. Je me permets de vous contacter car vous portez le même nom de famille "
            "que feu M. Garnier. Je souhaite vous présenter comme l'héritier légitime.")
    _, symbols = await scan(build(body, "Me Kouassi <cabinet.kouassi@aol.com>", html=False,
                                  reply_to="me.kouassi.cabinet@gmail.com"))
    assert "ADVANCE_FEE_FRAUD" in symbols and symbols["ADVANCE_FEE_FRAUD"].score >= 5.0  # spam on its own

    _, company = await scan(build(body, "Etude Kouassi <contact@etude-kouassi.example>", html=False))
    assert "ADVANCE_FEE_FRAUD" not in company  # a firm writing from its own domain, replies coming back to it


# -- found by the sixth blind set -------------------------------------------------------------


async def test_sign_in_pretexts_of_server_notices():
    for text in ("<p>All mailboxes must be re-validated. Re-validate camille.roux@kerlann-industries.fr now.</p>",
                 "<p>The SSL certificate for kerlann-industries.fr expires in 48 hours.</p>",
                 "<p>Your multi-factor authentication (MFA) settings expire today.</p>"):
        result, symbols = await scan(build(text + '<a href="https://renew-portal-7f.pages.dev/">Continue</a>'))

        assert result.verdict is Verdict.PHISHING and "LURE_RISKY_LINK" in symbols, text


FORWARDED = ("---------- Forwarded message ---------<br>From: Webmail &lt;no-reply@kerlann-industries.fr&gt;<br>"
             "<p>The password for camille.roux@kerlann-industries.fr expires today.</p>"
             '<a href="https://keep-pass-4f2a.web.app/?u=camille.roux@kerlann-industries.fr">Keep current password</a>')


async def test_a_forward_asking_whether_the_notice_is_genuine_is_not_the_lure():
    _, asked = await scan(build("<p>Got this overnight. Is this real or should I just bin it?</p>" + FORWARDED,
                                "Alan Price <alan.price47@gmail.com>", subject="Fwd: Password expiration notice"))
    assert not {s for s in asked if s.startswith("LURE_")}

    result, plain = await scan(build("<p>FYI, see below.</p>" + FORWARDED, "Alan Price <alan.price47@gmail.com>",
                                     subject="Fwd: Password expiration notice"))
    assert "LURE_RISKY_LINK" in plain and result.verdict is Verdict.PHISHING  # a forward alone proves nothing


async def test_a_web_page_inside_a_zip_under_a_remittance_pretext():
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("INV-0038.html", "<html><script>window.location='https://x.example.net/#'+atob('YQ==')</script>")
    result, symbols = await scan(build("<p>Please find attached our remittance advice for the BACS payment.</p>",
                                       attachment=("Remittance_Advice.zip", "application/zip", buffer.getvalue())))

    assert "INV-0038.html" in symbols["LURE_HTML_ATTACHMENT"].detail and result.verdict is Verdict.PHISHING


# -- found by the seventh blind set -------------------------------------------------------------


async def test_a_paycheck_to_a_new_account_asked_from_a_free_mailbox():
    body = ("Hi Priya, I recently switched banks and I'd like my paycheck to go to my new account starting with the "
            "next pay run. Could you update it for me? Ryan")
    result, symbols = await scan(build(body, "Ryan Castillo <rcastillo.kerlann@gmail.com>", html=False))

    assert "BEC_BANK_DETAILS" in symbols and result.verdict is Verdict.PHISHING


async def test_new_bank_details_in_a_reply_under_a_quoted_correspondents_name_from_another_domain():
    body = ("Hi Ryan, before you schedule the payment for Invoice 4471, please note we have moved our operating "
            "account. Please update our remittance details on file as follows: Bank: Lead Bank.\n\n"
            "On Mon, 3 Mar 2025, Karen Whitfield <k.whitfield@harbor-pallets.com> wrote:\n> Invoice 4471 attached.")
    result, symbols = await scan(build(body, "Karen Whitfield <k.whitfield@harborpallets.com>", subject="RE: Invoice 4471",
                                       html=False))

    assert "quoted as k.whitfield@harbor-pallets.com" in symbols["BEC_BANK_DETAILS"].detail and result.verdict is Verdict.PHISHING


async def test_a_w2_notice_with_an_attached_page_that_redirects():
    page = b"<html><script>window.location.href='https://w2-view.example.net/'+location.hash</script></html>"
    result, symbols = await scan(build("<p>Your 2025 Form W-2 is now available. Open the attachment to view it.</p>",
                                       "Kerlann Payroll <frontdesk@summitviewdental.com>",
                                       attachment=("W2_2025.html", "text/html", page)))

    assert "HR" in symbols["LURE_HTML_ATTACHMENT"].detail and result.verdict is Verdict.PHISHING


# -- found by the eighth and ninth blind sets: the credentials asked in the mail itself ----------------


async def test_a_stranger_asking_to_sign_in_with_the_email_account_to_open_an_s3_page_is_phishing():
    body = ("Hi Priya, invoice INV-30418 is now past due. We've moved our invoicing to a new secure portal: "
            "https://lakeshore-invoices.s3.us-east-2.amazonaws.com/INV-30418/view.html\n"
            "You'll need to sign in with your email account to open it. Dale")
    result, symbols = await scan(build(body, "Dale Kowalski <dale@lakeshorepallet.example>", html=False))

    assert "sign in with your email account" in symbols["LURE_CREDENTIALS_ASKED"].detail
    assert result.verdict is Verdict.PHISHING


async def test_a_mailbox_password_asked_in_french_for_a_form_on_a_genuine_platform():
    body = ("<p>Le cabinet vous a partagé un document : <a href='https://form.typeform.com/to/0Zh7VXuw'>Consulter</a></p>"
            "<p>L'accès nécessite la confirmation de votre adresse e-mail et du mot de passe de votre messagerie.</p>")
    result, symbols = await scan(build(body, "Cabinet Lemoine <contact@cabinet-lemoine.example>"))

    assert "typeform.com" in symbols["LURE_CREDENTIALS_ASKED"].detail and result.verdict is Verdict.PHISHING


async def test_a_platform_relaying_a_strangers_ask_does_not_make_its_own_link_safe():
    body = ("<p>Linda Mercer has invited you to view their design. Open the design, then sign in with your company "
            "email to release it.</p><a href='https://www.canva.com/design/DAG1rb0jn03/view'>Open design</a>")
    result, symbols = await scan(build(body, "Canva <no-reply@canva.com>", reply_to="Linda <linda.docs@gmail.com>"))

    assert "canva.com" in symbols["LURE_CREDENTIALS_ASKED"].detail and result.verdict is Verdict.PHISHING


async def test_a_service_denying_it_asks_for_passwords_or_linking_to_its_own_site_is_not_asking():
    denied = ("<p>Your statement is ready. We will never ask you for your email password.</p>"
              "<a href='https://statements.example-bank.example/'>View</a>")
    _result, symbols = await scan(build(denied, "Bank <alerts@bank.example>"))
    assert "LURE_CREDENTIALS_ASKED" not in symbols

    own_site = ("<p>Kerlann UK asked you to sign the handbook. You will be asked to sign in with your work account.</p>"
                "<a href='https://kerlannuk.peopleflow-hr.io/signatures/1'>Review</a>")
    _result, symbols = await scan(build(own_site, "Peopleflow <no-reply@peopleflow-hr.io>"))
    assert "LURE_CREDENTIALS_ASKED" not in symbols


async def test_a_colleague_asking_for_the_work_sign_in_is_not_an_outside_ask():
    body = ("<p>The new expense tool is live: sign in with your work account.</p>"
            "<a href='https://expenses.saas-tool.example/'>Open</a>")
    _result, symbols = await scan(build(body, "IT <it@kerlann-industries.fr>"))

    assert "LURE_CREDENTIALS_ASKED" not in symbols


async def test_a_dutch_mailbox_deactivation_threat_with_a_hosted_link():
    body = ("<p>Uw mailbox is niet geverifieerd. Verifieer uw mailbox binnen 24 uur, anders wordt deze gedeactiveerd.</p>"
            "<a href='https://kpnmail-nl-beheer.weebly.com/'>Mailbox verifiëren</a>")
    result, symbols = await scan(build(body, "KPN Mail Beheer <info@dierenarts-hoeve.example>"))

    assert "LURE_RISKY_LINK" in symbols and result.verdict is Verdict.PHISHING


# -- found by the tenth and eleventh blind sets -----------------------------------------------------


async def test_a_university_username_and_password_asked_for_a_form_elsewhere():
    body = ("<p>Your library account is due to expire in 24 hours. <a href='https://forms.office.com/r/1PaqBaVQIx'>Renew</a></p>"
            "<p>You will be asked to confirm your university username and password.</p>")
    result, symbols = await scan(build(body, "Library Services <r.macleod@dunmore.ac.uk>"))

    assert "username and password" in symbols["LURE_CREDENTIALS_ASKED"].detail and result.verdict is Verdict.PHISHING


async def test_advice_to_check_the_address_before_typing_the_password_is_not_an_ask():
    body = ("<p>Notre seule page de connexion est sso.kerlann-industries.fr : vérifiez l'adresse avant de saisir votre mot de "
            "passe.</p><a href='https://kerlann.jobteaser.com'>Offres</a>")
    _result, symbols = await scan(build(body, "RSSI <rssi@security-partner.fr>"))

    assert "LURE_CREDENTIALS_ASKED" not in symbols


async def test_a_link_into_another_sites_wordpress_folders_carrying_the_address_needs_no_pretext():
    body = (f"<p>Please find below the document regarding our collaboration.</p>"
            f"<a href='https://www.physio-lindenhof.ch/wp-includes/share/onedrive/?e={RECIPIENT}'>Projektantrag.pdf</a>")
    result, symbols = await scan(build(body, "Katrin Vogel <katrin.vogel@uni-greifenau.de>"))

    assert "wp-includes" in symbols["LURE_RISKY_LINK"].detail and result.verdict is Verdict.PHISHING


async def test_a_receipt_from_a_free_mailbox_asking_to_call_if_you_did_not_pay_needs_no_brand():
    body = ("Thank you for renewing your Gold Circle membership: $499.99 has been charged. If you did not make this "
            "payment, please call our billing desk at +1 (888) 514 - 2097 to cancel and get a refund.")
    result, symbols = await scan(build(body, "Foundation Billing <foundation.billing@gmail.com>", html=False))

    assert "514" in symbols["CALLBACK_PHISHING"].detail and result.verdict is Verdict.PHISHING


async def test_asking_to_approve_every_authenticator_prompt_is_mfa_fatigue():
    body = ("During the migration you will receive several sign-in requests in Microsoft Authenticator. Please approve "
            "all of them, or reply with the number displayed.")
    result, symbols = await scan(build(body, "Service Desk <servicedesk@univ-support.com>", html=False))
    assert "LURE_MFA_APPROVAL" in symbols and result.verdict is Verdict.PHISHING

    own = build("When prompted, approve the sign-in request in Microsoft Authenticator.", "IT <it@partner-it.com>", html=False)
    _result, symbols = await scan(own)
    assert "LURE_MFA_APPROVAL" not in symbols


async def test_bank_details_said_changed_in_french_in_a_reply_to_a_free_mailbox():
    body = ("Bonjour, suite à un audit, nos coordonnées bancaires ont été modifiées. Merci d'effectuer le virement de la "
            "facture FA-0412 sur le nouveau compte.")
    result, symbols = await scan(build(body, "Comptabilité <compta@labtech-supply.fr>", html=False,
                                       reply_to="compta.labtech@gmail.com"))

    assert "BEC_BANK_DETAILS" in symbols and result.verdict is Verdict.PHISHING



# -- found by the thirteenth blind set ---------------------------------------------------------------


async def test_a_suppliers_look_alike_changing_banks_under_the_name_quoted_in_the_to_line():
    body = ("Hallo Frau Wiechers, bitte beachten Sie, dass wir unsere Hausbank gewechselt haben. Bitte überweisen Sie "
            "die offenen Posten auf unser neues Konto.\n\n-----Ursprüngliche Nachricht-----\n"
            "Von: Jana Wiechers <j.wiechers@kerlann-industries.fr>\n"
            "An: Katrin Lübbers <k.luebbers@wf-stahlhandel.de>\nBetreff: Offene Posten")
    result, symbols = await scan(build(body, "Katrin Lübbers <k.luebbers@wf-stahihandel.de>", subject="AW: Offene Posten",
                                       html=False))

    assert "BEC_BANK_DETAILS" in symbols and "REPLY_LOOKALIKE_DOMAIN" in symbols and result.verdict is Verdict.PHISHING


async def test_german_gift_cards_and_a_confidential_same_day_transfer_from_free_mailboxes():
    cards = ("Kannst du bitte 8 Apple-Gift-Cards à 100 EUR besorgen und mir Fotos der Rückseiten mit den freigerubbelten "
             "Codes schicken?")
    result, symbols = await scan(build(cards, "Matthias Kroll <matthias.kroll.gf@gmail.com>", html=False))
    assert "BEC_GIFT_CARDS" in symbols and result.verdict is Verdict.PHISHING

    wire = "Bis zur Bekanntgabe gilt strikte Vertraulichkeit. Wir benötigen noch heute eine Überweisung von 186.400 EUR."
    result, symbols = await scan(build(wire, "Matthias Kroll <m.kroll@kroll-gmbh.example>", html=False,
                                       reply_to="mkroll.office@proton.me"))
    assert "BEC_WIRE_REQUEST" in symbols and result.verdict is Verdict.PHISHING


async def test_a_link_carrying_the_readers_address_in_base64_counts_as_addressed():
    import base64

    encoded = base64.b64encode(RECIPIENT.encode()).decode().rstrip("=")
    body = (f"<p>Ihre Renteninformation 2025 steht bereit.</p>"
            f"<a href='https://bav-versorgungsportal.com/login?u={encoded}'>Zum Portal</a>")
    result, symbols = await scan(build(body, "bAV-Service <service@bav-versorgungswerk-portal.de>"))

    assert "carrying the recipient's address" in symbols["LURE_RISKY_LINK"].detail and result.verdict is Verdict.PHISHING


# -- found by the twelfth blind set ------------------------------------------------------------------


async def test_a_marketplace_buyer_who_paid_and_asks_to_confirm_receipt_on_a_hosted_page():
    body = ("<p>Hoi Sanne, ik heb je advertentie gekocht en betaald via Gelijk Oversteken (€ 240). Marktplaats houdt het "
            "geld vast tot jij bevestigt dat je het wilt ontvangen.</p>"
            "<a href='https://marktplaats-betaling.glitch.me/'>Betaling ontvangen</a>")
    result, symbols = await scan(build(body, "Pieter Visser <koper.pieter.visser@gmail.com>"))

    assert "LURE_RISKY_LINK" in symbols and result.verdict is Verdict.PHISHING


async def test_a_banks_secure_key_expiry_from_a_free_mailbox_linking_to_free_hosting():
    body = ("<p>Your AIB Secure Key registration expires on 09/03/2024. Failure to reactivate will result in your online "
            "access being suspended.</p><a href='https://aib-securekey.replit.app/'>Reactivate Secure Key</a>")
    result, symbols = await scan(build(body, "AIB Customer Care <mcgrath.tom62@yahoo.co.uk>"))

    assert "LURE_RISKY_LINK" in symbols and result.verdict is Verdict.PHISHING


def test_hyperscan_accepts_every_pretext_pattern():
    """A pattern Hyperscan refuses (too long, unsupported syntax) is run by ``re`` on every message: slow, silently."""
    if lures._prefilter().engine != "hyperscan":
        pytest.skip("hyperscan is not installed")
    assert lures._prefilter()._always == []


# -- homoglyphs: pretexts and phone numbers written to slip past filters -----------------------------


async def test_a_callback_receipt_with_homoglyph_brand_and_letters_in_the_phone_number():
    text = ("Thank you for renewing your \u041ccAfee Total Protection. Amount: $489.99. If you did not authorise this "
            "renewal and want a refund, call our billing department at +1 (8O8) 555-0l27 within 24 hours.")
    _, symbols = await scan(build(text, "McAfee Billing <billing.desk.4471@aol.com>", html=False))

    assert "+1 (808) 555-0127" in symbols["CALLBACK_PHISHING"].detail


async def test_a_pretext_written_with_cyrillic_letters_is_read_as_the_latin_it_imitates():
    body = ("<p>Your m\u0430ilbox is \u0430lmost full. Incoming messages will be rejected.</p>"
            "<a href='https://quota-check-7731.web.app/'>Increase storage</a>")
    result, symbols = await scan(build(body, "IT Helpdesk <it-helpdesk@quota-notices.example>"))

    assert "LURE_RISKY_LINK" in symbols and result.verdict is Verdict.PHISHING


def test_words_wholly_in_another_alphabet_and_ordinary_numbers_are_left_as_written():
    assert lures._plain("Счёт оплачен, ref INV-2024 Oak 12") == "счет оплачен, ref inv-2024 oak 12"
    assert lures._plain("Call 01 23 45 67 89 or 555-0147") == "call 01 23 45 67 89 or 555-0147"


# -- found by the fourteenth to sixteenth blind sets --------------------------------------------------


async def test_a_zip_to_download_from_a_bucket_in_a_brands_cloud_is_a_risky_link_for_an_invoice():
    body = ("<p>Estimado cliente: le enviamos su CFDI 4.0, Factura A-18422. El PDF y el XML se encuentran en el "
            "siguiente enlace:</p><a href='https://comprobantes-cfdi.s3.us-east-2.amazonaws.com/A-18422/CFDI.zip'>"
            "Descargar CFDI</a>")
    result, symbols = await scan(build(body, "Facturación <facturacion@refaccionaria-delvalle.com.mx>",
                                       subject="Envío de CFDI 4.0 - Factura A-18422"))

    assert "cloud storage" in symbols["LURE_RISKY_LINK"].detail and result.verdict is Verdict.PHISHING


async def test_a_court_notice_whose_document_is_on_free_hosting():
    body = ("<p>NOTICE OF ELECTRONIC FILING AND SERVICE. The following document(s) were filed and served on you.</p>"
            "<a href='https://cce-filingviewer.pages.dev/viewer?tid=359FDD86'>View document</a>")
    result, _ = await scan(build(body, "Courts E-Filing <notifications@ccefiling-notice.com>"))

    assert result.verdict is Verdict.PHISHING


async def test_a_purchase_to_dispute_on_a_brazilian_toll_free_number_from_a_look_alike_is_callback_phishing():
    text = ("Olá, Juliana. Uma compra foi aprovada no seu cartão final 7732: R$ 3.849,90. Não reconhece esta compra? "
            "Ligue agora para a central de contestação: 0800 591 4470.")
    _, symbols = await scan(build(text, "Nubank <avisos@nu-atendimento.com.br>", html=False))

    assert "0800 591 4470" in symbols["CALLBACK_PHISHING"].detail


async def test_a_withdrawal_to_cancel_by_phone_from_a_tenant_posing_as_an_exchange_is_callback_phishing():
    text = ("We received a request to withdraw 0.4821 BTC (A$62,340.18) from your Coinbase account. If you did not make "
            "this request, call Coinbase Support immediately on +61 2 8311 4096 to cancel the withdrawal.")
    _, symbols = await scan(build(text, "Coinbase Support <support@b7kqxnw.onmicrosoft.com>", html=False))
    _, own = await scan(build(text, "Coinbase <no-reply@coinbase.com>", html=False))

    assert "+61 2 8311 4096" in symbols["CALLBACK_PHISHING"].detail
    assert "CALLBACK_PHISHING" not in own


async def test_gift_cards_to_buy_and_be_reimbursed_for_from_a_free_mailbox_are_ceo_fraud():
    text = ("Hi Sherry, are you at the office? Can you pick up 5 Apple gift cards, $100 each? I will reimburse you "
            "when I'm back. I'm in a meeting and can't take calls, so just reply here.")
    _, symbols = await scan(build(text, "Pastor Mike Danner <pastormike.danner.gfc@gmail.com>", html=False))

    assert "BEC_GIFT_CARDS" in symbols


async def test_a_spanish_identity_check_on_pain_of_suspension_linking_to_free_hosting():
    body = ("<p>Todos los administradores deben confirmar su identidad antes del 10 de mayo. Si no se completa la "
            "verificación, los servicios podrían suspenderse temporalmente.</p>"
            "<a href='https://sites.google.com/view/workspace-verificacion-admin/inicio'>Verificar ahora</a>")
    result, symbols = await scan(build(body, "Soporte <admin@workspace-soporte-mx.com>"))

    assert "LURE_RISKY_LINK" in symbols and result.verdict is Verdict.PHISHING


async def test_a_confidential_same_day_transfer_asked_from_a_personal_gmail_in_portuguese():
    text = ("Patrícia, bom dia. Está no escritório? Preciso que você faça um TED hoje ainda (assunto confidencial, ainda "
            "não comuniquei ninguém da diretoria). Me responda por aqui que te passo os dados.")
    _, symbols = await scan(build(text, "Ricardo Menezes <ricardo.menezes.dir@gmail.com>", html=False))

    assert "BEC_WIRE_REQUEST" in symbols


async def test_a_confidential_transfer_from_the_organisations_name_under_another_suffix():
    """Guessed from the recipients, kerlann-industries.co may be a sister company: no finding by itself, but the
    confidential transfer it asks for is CEO fraud; the same words from the organisation's own domain are not."""
    text = ("Camille, necesito que me colabores hoy con una transferencia a un proveedor nuevo. No lo comentes con el "
            "resto del equipo, el cliente pidió confidencialidad.")
    _, symbols = await scan(build(text, "Thomas Girard <t.girard@kerlann-industries.co>", html=False))
    _, own = await scan(build(text, "Thomas Girard <thomas.girard@kerlann-industries.fr>", html=False))

    assert "named like kerlann-industries.fr" in symbols["BEC_WIRE_REQUEST"].detail
    assert "BEC_WIRE_REQUEST" not in own


async def test_a_message_from_the_organisations_own_domain_that_failed_dmarc_is_not_internal():
    """The organisation's IT desk may sign "IT Support"; a forged message from its domain may not."""
    body = "<p>Your mailbox is almost full.</p><a href='https://quota.kerlann-support.net/'>Increase storage</a>"
    sent_as = "IT Support <it-helpdesk@kerlann-industries.fr>"
    failed = "mx.kerlann-industries.fr; dmarc=fail (p=none) header.from=kerlann-industries.fr"
    stages = Pipeline(modules=[recorded_auth, qr, urls, sender, lures])

    async def judged(message):
        context = Context(envelope=Envelope(rcpt_to=(RECIPIENT,)), saved_message=True)
        result = await stages.scan(message, DEFAULT_POLICY, context)
        return {s.name for s in result.symbols}, context

    symbols, context = await judged(build(body, sent_as, Authentication_Results=failed))
    assert context.from_forged() and "FROM_DISPLAY_BRAND" in symbols
    symbols, context = await judged(build(body, sent_as))
    assert not context.from_forged() and "FROM_DISPLAY_BRAND" not in symbols


async def test_a_borrowed_brands_own_site_carrying_the_readers_address_is_a_risky_link():
    """The site of a sender whose display name borrows a brand is the kit's, not a safe "own" site."""
    body = ("<p>Suas 42.300 milhas Smiles expiram em 48h.</p>"
            "<a href='https://smilesclubevantagens.com/resgate/?u=camille.roux@kerlann-industries.fr'>Resgatar</a>")
    result, symbols = await scan(build(body, "Smiles <noreply@smilesclubevantagens.com>"))
    _, plain = await scan(build(body, "Clube de Vantagens <noreply@smilesclubevantagens.com>"))

    assert "LURE_RISKY_LINK" in symbols and result.verdict is Verdict.PHISHING
    assert "LURE_RISKY_LINK" not in plain


@pytest.mark.parametrize("text", [
    "تنبيه هام: يرجى تحديث بياناتك. سيتم إيقاف بطاقتك خلال 24 ساعة",  # Arabic, written with hamza
    "ยืนยันตัวตนผู้ใช้งานภายใน 24 ชั่วโมง",  # Thai
    "Tài khoản của quý khách sẽ bị khóa nếu không xác thực sinh trắc học",  # Vietnamese
    "Akaun anda telah disekat. Sila sahkan maklumat anda",  # Malay
    "Ваша поштова скринька переповнена. Підтвердіть свій обліковий запис",  # Ukrainian
    "החבילה שלך ממתינה לתשלום דמי מכס",  # Hebrew
])
def test_pretexts_in_other_alphabets_are_read_as_written(text):
    assert lures._pretext(lures._plain(text), set(lures._PREFILTERED)) is not None


async def test_a_borrowed_brand_linking_only_to_its_own_site_is_impersonation():
    body = ("<p>Votre accès Attijarinet a été suspendu. Veuillez confirmer votre identité.</p>"
            "<a href='https://attijarinet-securite.com/particuliers/reactivation'>Réactiver mon accès</a>")
    result, symbols = await scan(build(body, "Attijariwafa bank <securite@attijarinet-securite.com>"))

    assert "attijarinet-securite.com" in symbols["LURE_IMPERSONATION"].detail and result.verdict is Verdict.PHISHING


async def test_a_buyer_who_paid_through_the_marketplace_linking_to_a_page_named_after_it_is_phishing():
    text = ("Hej! Jag har redan betalat via Blocket Köpskydd och beställt frakt med PostNord. För att pengarna ska sättas "
            "in på ditt konto behöver du bara bekräfta mottagandet med Swish här: {link} Mvh Anna")
    result, symbols = await scan(build(text.format(link="https://blocket.kopskydd-swish.se/mottag/38174"),
                                       "Anna Karlsson <anna.karlsson.9712@gmail.com>", html=False))
    _, elsewhere = await scan(build(text.format(link="https://www.kopskydd-swish.se/mottag/38174"),
                                    "Anna Karlsson <anna.karlsson.9712@gmail.com>", html=False))

    assert "Blocket" in symbols["LURE_RISKY_LINK"].detail or "marketplaces" in symbols["LURE_RISKY_LINK"].detail
    assert result.verdict is Verdict.PHISHING
    assert "LURE_RISKY_LINK" not in elsewhere


@pytest.mark.parametrize("text", [
    "ich habe Ihren Artikel gekauft und über Sicher bezahlen bezahlt. Damit das Geld an Sie ausgezahlt wird, müssen Sie "
    "den Zahlungseingang nur noch bestätigen:",
    "El comprador ya ha pagado 380,00 € mediante Wallapop Envíos. El importe se liberará cuando confirmes la venta:",
])
async def test_the_buyer_paid_confirm_to_be_paid_out_in_german_and_spanish(text):
    _, symbols = await scan(build(f"<p>{text}</p><a href='https://cobro-envio-815.godaddysites.com/?item=8153'>OK</a>",
                                  "Max <max.kraus92@gmx.net>"))

    assert "LURE_RISKY_LINK" in symbols


@pytest.mark.parametrize("target, caught", [
    ("https://dmarc-viewer.grey-sunset-7a21.workers.dev/report/hv", True),  # free hosting
    ("https://reports.dmarc-analyser.example/view?d=" + "cGF0cmljaWEubWFydGluQGtlcmxhbm4taW5kdXN0cmllcy5mcg", False),
    ("https://www.kerlann-industries.fr/rapports/2025-02", False),
])
async def test_an_attached_page_sending_the_reader_to_free_hosting_is_phishing_whatever_the_words(target, caught):
    page = f"<html><script>window.location.href = atob('{base64.b64encode(target.encode()).decode()}');</script></html>"
    result, symbols = await scan(build("<p>Weekly report attached.</p>",
                                       attachment=("report.html", "text/html", page.encode())))

    assert ("LURE_HTML_ATTACHMENT" in symbols) is caught


async def test_a_grant_whose_fee_must_be_paid_before_it_is_released_is_advance_fee_fraud():
    body = ("TinkerDB has been selected for a US$12,000 maintainer grant. A one-time international transfer processing "
            "fee of US$250 must be paid before the grant is released; instructions are in the form.")
    _, symbols = await scan(build(body, "Open Source Sustainability Fund <ossfund.grants@gmail.com>", html=False))

    assert "ADVANCE_FEE_FRAUD" in symbols


async def test_a_new_message_from_the_server_administrator_is_a_document_pretext():
    body = ("<p>You have 1 new message from the server administrator.</p><a href='https://riverbend-mail-notice.web.app/"
            "read?u=camille.roux@kerlann-industries.fr'>Read Message</a>")
    _, symbols = await scan(build(body, "kerlann-industries.fr Server Admin <webmaster@flores-autopartes.com.mx>"))

    assert "shared document" in symbols["LURE_RISKY_LINK"].detail


async def test_gift_cards_and_availability_in_greek_and_russian_from_a_free_mailbox():
    greek = ("Μαρία, καλημέρα. Είσαι στο γραφείο; Χρειάζομαι μια γρήγορη εξυπηρέτηση. Θέλω να πάρεις 5 κάρτες Google Play "
             "των 100€. Ξύσε το πίσω μέρος και στείλε μου φωτογραφίες των κωδικών εδώ.")
    russian = ("Гульнара, добрый день. Вы сейчас на месте? Нужно сегодня провести платеж. Я на совещании, звонить не могу, "
               "пишите сюда.")
    _, cards = await scan(build(greek, "Γιώργος Κωνσταντίνου <g.konstantinou.ams@gmail.com>", html=False))
    _, available = await scan(build(russian + "\n\nОтправлено из Mail.ru для iPhone",
                                    "Ерлан Жумабаев <e.zhumabayev.steppe@mail.ru>", html=False))

    assert "BEC_GIFT_CARDS" in cards
    assert "BEC_AVAILABILITY" in available  # the webmail's own name in its signature is no link


async def test_a_charge_to_dispute_by_phone_in_a_spanish_paypal_invoice_note():
    note = ("Gracias por renovar Norton 360 Deluxe. El cargo de $499.99 se aplicará automáticamente en 24 horas. Si usted "
            "no autorizó esta renovación o desea cancelarla y recibir un reembolso, llame a nuestro departamento de "
            "facturación al +1 (844) 687-2291.")
    result, symbols = await scan(build(note, "PayPal <service@paypal.com>", html=False))

    assert "+1 (844) 687-2291" in symbols["CALLBACK_PLATFORM_NOTE"].detail and result.verdict is Verdict.PHISHING


async def test_a_job_offer_with_visa_and_medical_charges_to_pay_from_a_free_mailbox_is_advance_fee_fraud():
    body = ("We are pleased to offer you the position of facility supervisor in Doha. Your visa has been pre-approved. "
            "To complete the process you are required to pay the visa stamping, medical and registration charges of "
            "LKR 185,000 to our authorised agent.")
    _, symbols = await scan(build(body, "HR Dept <alnoorfm.recruitment.qa@gmail.com>", html=False))

    assert "ADVANCE_FEE_FRAUD" in symbols


async def test_a_call_to_make_with_identity_numbers_ready_from_a_look_alike_is_callback_phishing():
    text = ("Your new Medicare card is ready. To activate your new card and keep your benefits, call the Medicare card "
            "activation line at 1-877-402-5518. Have your current Medicare number and Social Security number ready.")
    _, symbols = await scan(build(text, '"Medicare.gov" <cards@medicare-benefitservices.org>', html=False))
    _, own = await scan(build(text, "Medicare <noreply@medicare.gov>", html=False))

    assert "877-402-5518" in symbols["CALLBACK_PHISHING"].detail
    assert "CALLBACK_PHISHING" not in own


async def test_a_money_request_note_saying_call_if_it_wasnt_you_on_a_uk_freephone_number():
    note = ('Note from Sophie Warner: "PayPal notice: a charge of £379.00 will be taken for a Bitcoin purchase. If this '
            'wasn\'t you, call PayPal Resolution Centre on 0808 196 4427 to cancel."')
    _, symbols = await scan(build(note, "PayPal <service@paypal.co.uk>", html=False))

    assert "0808 196 4427" in symbols["CALLBACK_PLATFORM_NOTE"].detail


async def test_a_qr_payment_to_a_third_party_under_a_brands_name_is_phishing():
    message = build("Seu objeto está retido. Pague a taxa de despacho de R$ 54,90 escaneando o QR code abaixo.",
                    "Correios - Minhas Importações <noreply@envio-mdrt9.store>", html=False)
    context = Context(envelope=Envelope(rcpt_to=(RECIPIENT,)), notes={"qr_payment": ("Pix", "MDRT SOLUCOES")})
    result = await STAGES.scan(message, DEFAULT_POLICY, context)
    own = Context(envelope=Envelope(rcpt_to=(RECIPIENT,)), notes={"qr_payment": ("Pix", "CORREIOS")})
    theirs = await STAGES.scan(message, DEFAULT_POLICY, own)

    assert "LURE_QR_PAYMENT" in {s.name for s in result.symbols} and result.verdict is Verdict.PHISHING
    assert "LURE_QR_PAYMENT" not in {s.name for s in theirs.symbols}


async def test_every_employees_w2_asked_by_a_namesake_of_the_organisation_is_ceo_fraud():
    text = ("Jenna, I need the 2024 W-2 forms for all employees in PDF format for a review with our outside CPA. "
            "Please send them to me today as one file.")
    _, symbols = await scan(build(text, "Marcus Oyelaran <moyelaran@kerlann-industries.co>", html=False))
    _, hr = await scan(build("Your 2024 W-2 is now available in the payroll portal.", "Payroll <payroll@adp.com>",
                             html=False))

    assert "BEC_W2_REQUEST" in symbols
    assert "BEC_W2_REQUEST" not in hr


async def test_an_escrow_amount_that_must_go_out_today_kept_confidential_is_ceo_fraud():
    text = ("Outside counsel will send the escrow wiring instructions within the hour. The amount is $248,600 and it "
            "must go out before the 4 pm cutoff. This is strictly confidential until the announcement.")
    _, symbols = await scan(build(text, "Marcus Oyelaran <moyelaran@kerlann-industries-co.com>", html=False))

    assert "BEC_WIRE_REQUEST" in symbols


async def test_a_security_scare_to_call_about_under_a_brands_name_is_callback_phishing():
    text = ("Our systems detected a sign-in attempt from an unrecognized device. Call the Microsoft Teams security line "
            "now at +1 (888) 604-1937. Accounts not verified within 12 hours will be temporarily suspended.")
    _, symbols = await scan(build(text, "Microsoft Teams Support <support@teams-supportcenter.com>", html=False))
    _, stranger = await scan(build(text, "Dana <dana@harbour-supplies.example>", html=False))

    assert "+1 (888) 604-1937" in symbols["CALLBACK_PHISHING"].detail
    assert "CALLBACK_PHISHING" not in stranger  # no brand claimed: a supplier's own warning


@pytest.mark.parametrize("text", [
    "2026 Open Enrollment closes Friday. Review your elections in the benefits portal.",
    "A secure document has been shared with you: Q4 Vendor Payments.xlsx.",
    "Complete the attestation (Microsoft sign-in required) before the review meeting.",
])
async def test_more_pretexts_of_company_phishing(text):
    _, symbols = await scan(build(f"<p>{text}</p><a href='https://q4-review-portal.netlify.app/attest'>Open</a>",
                                  "Compliance <notices@review-portal-hub.com>"))

    assert "LURE_RISKY_LINK" in symbols


@pytest.mark.parametrize("text, sender", [
    ("J'ai déjà réglé via le paiement sécurisé Leboncoin. Vous devez juste valider la transaction pour recevoir "
     "l'argent : <a href='https://leboncoin.fr-livraison-securisee.com/transaction/0132'>valider</a>",
     "Sophie Martin <sophie.martin.rennes35@gmail.com>"),
    ("Cabinet Tanguy vous invite à signer le document « Lettre de mission 2025 ». "
     "<a href='https://yousign-documents.notion.site/Document-a-signer-1ae9'>Consulter</a>", "Yousign <no-reply@yousign-signature.net>"),
    ("Votre rendez-vous a été annulé. Des frais de réservation de 2,00 € seront débités. "
     "<a href='https://rdv-confirmation.pages.dev/patient/rdv/2932'>Reprogrammer</a>", "Doctolib <no-reply@doctolib-rdv.com>"),
])
async def test_french_pretexts_of_marketplaces_signatures_and_appointments(text, sender):
    result, _ = await scan(build(f"<p>{text}</p>", sender))

    assert result.verdict is Verdict.PHISHING


async def test_a_french_paypal_invoice_note_asking_to_call_microsoft_support():
    note = ("Votre abonnement Microsoft 365 a été renouvelé pour 399,99 €. Si vous n'êtes pas à l'origine de cette "
            "commande, appelez immédiatement le support Microsoft au +33 9 74 99 18 62 pour annuler et être remboursé.")
    _, symbols = await scan(build(note, "PayPal <service@paypal.fr>", html=False))

    assert "+33 9 74 99 18 62" in symbols["CALLBACK_PLATFORM_NOTE"].detail


async def test_an_it_providers_mfa_set_up_notice_linking_to_microsofts_own_pages_asks_for_no_credentials():
    text = ("<p>We are turning on multi-factor authentication on Monday. Go to <a href='https://aka.ms/mfasetup'>"
            "https://aka.ms/mfasetup</a> and sign in with your work account, then check "
            "<a href='https://mysignins.microsoft.com/security-info'>your security info</a>.</p>")
    device = text.replace("https://aka.ms/mfasetup", "https://microsoft.com/devicelogin")
    _, notice = await scan(build(text, "Derek Sloan - Northpoint IT <helpdesk@northpointit.example>"))
    _, code = await scan(build(device, "Derek Sloan - Northpoint IT <helpdesk@northpointit.example>"))

    assert "LURE_CREDENTIALS_ASKED" not in notice
    assert "LURE_CREDENTIALS_ASKED" in code  # a device-code page signs the attacker in with the reader's code


async def test_a_withdrawal_that_was_requested_and_an_unpaid_crossing_are_pretexts():
    text = ("A withdrawal of 0.8400 BTC (≈ $51,206.40) was requested from your account. If this was not you, call "
            "Coinbase Support immediately to cancel the transaction: +1 (833) 614-2290")
    _, callback = await scan(build(text, "Coinbase <no-reply@cb-secure-alerts.net>", html=False))
    _, crossing = await scan(build("<p>Unpaid Dartford Crossing charge: pay £2.50 today to avoid a Penalty Charge "
                                   "Notice.</p><a href='https://dartcharge-gov-uk.info/pcn/pay'>Pay now</a>",
                                   "Dart Charge <notices@dartcharge-payments.co>"))

    assert "CALLBACK_PHISHING" in callback
    assert crossing["LURE_IMPERSONATION"].detail.startswith("payment")


async def test_a_confidential_transfer_asked_in_catalan_from_a_free_mailbox_is_ceo_fraud():
    text = ("Hola Marta, estàs disponible aquest matí? Necessito que facis una transferència urgent avui a un proveïdor "
            "nou. És confidencial, no en parlis amb ningú de l'oficina.")
    _, symbols = await scan(build(text, "Josep Bages <josep.bages.direccio@outlook.com>", html=False))

    assert "BEC_WIRE_REQUEST" in symbols


async def test_german_ceo_fraud_gift_cards_and_buyer_scams():
    cards = ("Hallo Jana, bist du gerade in der Praxis? Ich bin in einer Fortbildung und kann nicht telefonieren. Ich "
             "brauche kurz deine Hilfe: für das Team bräuchte ich 5 Apple Geschenkkarten à 100 €. Schick mir bitte Fotos "
             "der Codes.")
    buyer = ("Ich habe den Kinderwagen über Kleinanzeigen „Sicher bezahlen“ bezahlt (420 €). Sie müssen den Betrag nur "
             "noch bestätigen, dann wird er Ihnen ausgezahlt: <a href='https://kleinanzeigen.sicher-bezahlen-de.com/"
             "zahlung/4471'>bestätigen</a>")
    _, gift = await scan(build(cards, "Dr. Katrin Brenner <dr.katrin.brenner.praxis@gmail.com>", html=False))
    result, _ = await scan(build(f"<p>{buyer}</p>", "Sabine Krüger <sabine.krueger.1974@gmail.com>"))

    assert "BEC_GIFT_CARDS" in gift
    assert result.verdict is Verdict.PHISHING


async def test_a_german_paypal_invoice_note_asking_to_call_if_the_renewal_was_not_yours():
    note = ("Ihr Abonnement Norton 360 wurde automatisch verlängert und wird heute abgebucht: 389,99 €. Wenn Sie diese "
            "Verlängerung nicht veranlasst haben, rufen Sie innerhalb von 24 Stunden unseren Kundendienst an: "
            "+49 800 181 7764.")
    _, symbols = await scan(build(note, "PayPal <service@paypal.de>", html=False))

    assert "+49 800 181 7764" in symbols["CALLBACK_PLATFORM_NOTE"].detail


# -- supplier fraud in real threads ----------------------------------------------------------------


async def test_a_reply_from_a_near_copy_of_the_address_the_reader_wrote_to_is_named():
    body = ("Hallo Frau Ott, wir haben unsere Hausbank gewechselt. Bitte verwenden Sie für die Rechnung 2025-1187 nur "
            "noch die folgende Verbindung: IBAN DE89 1101 0101 5634 8821 07\n\n-----Ursprüngliche Nachricht-----\n"
            "Von: Camille Roux <camille.roux@kerlann-industries.fr>\nAn: rechnung@medizintechnik-vogt.de\n"
            "Betreff: Rechnung 2025-1187\n\nDie Rechnung ist freigegeben.")
    result, symbols = await scan(build(body, "Medizintechnik Vogt <rechnung@medizintechnik-vogt.com>",
                                       subject="AW: Rechnung 2025-1187", html=False))
    assert "REPLY_LOOKALIKE_DOMAIN" in symbols and "vogt.de" in symbols["REPLY_LOOKALIKE_DOMAIN"].detail
    assert "BEC_BANK_DETAILS" in symbols and result.verdict is Verdict.PHISHING

    # The same supplier answering from the address the reader wrote to is nobody's copy.
    _result, symbols = await scan(build(body.replace("Hausbank gewechselt", "Rechnung geprüft"),
                                        "Medizintechnik Vogt <rechnung@medizintechnik-vogt.de>",
                                        subject="AW: Rechnung 2025-1187", html=False))
    assert "REPLY_LOOKALIKE_DOMAIN" not in symbols and "BEC_BANK_DETAILS" not in symbols


async def test_new_bank_details_in_a_reply_from_a_suppliers_own_mailbox_are_phishing():
    body = ("Hi Paula,\nThanks for confirming AfP 14 is approved. Before Friday's payment run please note we have moved "
            "our business banking to Starling; our Lloyds account is being closed, so please use the new details "
            "in the attached letter.\nLisa\n\nFrom: Paula Hendry <paula.hendry@kerlann-industries.fr>\n"
            "Subject: Application for Payment 14")
    result, symbols = await scan(build(body, "Lisa Grant <lisa.grant@surreyscaffold.co.uk>",
                                       subject="RE: Application for Payment 14", html=False))
    assert "BEC_BANK_DETAILS_THREAD" in symbols and result.verdict is Verdict.PHISHING


async def test_an_updated_boleto_after_a_change_of_bank_in_a_reply_is_phishing():
    body = ("Prezados, o boleto referente à NF 58213 enviado anteriormente apresentou inconsistência (mudamos recentemente "
            "de banco). Segue em anexo o boleto atualizado. Por gentileza, desconsiderar o boleto anterior.\nPatrícia")
    result, symbols = await scan(build(body, "Cobrança Embalagens <cobranca@embalagenspaulista-ltda.example>",
                                       subject="RE: Boleto NF 58213", html=False))
    assert "BEC_BANK_DETAILS_THREAD" in symbols and result.verdict is Verdict.PHISHING


async def test_a_suppliers_own_change_letter_and_the_never_by_email_warning_are_left_alone():
    # A real change is announced apart, not slipped into a reply; and a title company's footer says it never
    # changes wiring instructions by e-mail, which is the warning, not the request.
    letter = ("Madame, Monsieur, nous vous informons du changement de domiciliation bancaire de notre société au "
              "1er juillet. Vous trouverez le RIB signé ci-joint ; pour toute question, appelez le 02 98 41 12 00.")
    _result, symbols = await scan(build(letter, "Transports Le Meur <a.tanguy@transports-lemeur.fr>",
                                        subject="Changement de domiciliation bancaire", html=False))
    assert not {"BEC_BANK_DETAILS", "BEC_BANK_DETAILS_THREAD"} & set(symbols)

    footer = ("Hi Jake, yes, the amount is correct ($84,216.40).\nJanelle\n"
              "WIRE FRAUD ALERT: Summit Crest Title will never change wiring instructions via email.")
    _result, symbols = await scan(build(footer, "Janelle Price <jprice@summitcresttitle.com>",
                                        subject="RE: Closing 4/19 - Buyer funds", html=False))
    assert not {"BEC_BANK_DETAILS", "BEC_BANK_DETAILS_THREAD"} & set(symbols)


async def test_hi_mum_and_grandparent_scams_from_free_mailboxes_are_phishing():
    mum = ("Hoi mam, mijn telefoon is in het water gevallen en ik heb een nieuw nummer: 06 41 83 27 96. Wil je me appen? "
           "Ik moet vandaag nog iets betalen.")
    result, symbols = await scan(build(mum, "Sanne <sanne.degroot2002@gmail.com>", subject="Hoi mam", html=False))
    assert "FAMILY_EMERGENCY" in symbols and result.verdict is Verdict.PHISHING

    grandma = ("Grandma it's Tyler. I lost my phone so I'm using a friend's laptop. I was in an accident and need $8,500 "
               "for bail tonight. Please don't tell mom and dad.")
    result, symbols = await scan(build(grandma, "Tyler W <tyler.w.newphone@gmail.com>", subject="please read", html=False))
    assert "FAMILY_EMERGENCY" in symbols and result.verdict is Verdict.PHISHING


async def test_a_real_childs_news_about_a_new_phone_is_not_a_scam():
    # The same story from the organisation's own colleague is no free mailbox; a daughter's photos ask for nothing.
    news = "Hi mum, here are the photos from Saturday! My new phone takes much better pictures. Love, Sanne"
    _result, symbols = await scan(build(news, "Sanne <sanne.degroot2002@gmail.com>", subject="Photos", html=False))
    assert "FAMILY_EMERGENCY" not in symbols


async def test_dutch_ceo_fraud_opening_and_a_paypal_nl_invoice_callback():
    opening = ("Goedemorgen Anouk,\nBen je op kantoor? Ik zit de hele ochtend in overleg en kan niet bellen. Ik heb je hulp "
               "nodig bij een dringende betaling.\nPeter van der Zee\nBurgemeester")
    result, symbols = await scan(build(opening, "Peter van der Zee <p.vanderzee.burgemeester@outlook.com>",
                                       subject="Verzoek", html=False))
    assert "BEC_AVAILABILITY" in symbols and result.verdict is Verdict.PHISHING

    note = ("Geek Support Services heeft u een factuur gestuurd. Bedrag EUR 389,99. Opmerking van verkoper: uw Norton 360 "
            "abonnement is verlengd. Niet door u aangevraagd? Bel binnen 24 uur onze afdeling geschillen: +31 85 208 47 19 "
            "om de betaling te annuleren.")
    result, symbols = await scan(build(note, "service@paypal.nl", subject="Factuur van Geek Support Services", html=False))
    assert "CALLBACK_PLATFORM_NOTE" in symbols and result.verdict is Verdict.PHISHING


async def test_a_link_to_a_locked_archive_with_its_password_in_the_reply_is_phishing():
    body = ('<p>Hallo Lieven, in bijlage via onderstaande link de aangepaste bestelbon.</p>'
            '<a href="https://www.dropbox.com/scl/fi/dkx/Bestelbon_4471_aangepast.zip?rlkey=a1&dl=1">Bestelbon_4471.zip</a>'
            '<p>Wachtwoord documenten: 4471</p>')
    result, symbols = await scan(build(body, "Koen Verstraete <koen@houthandel-verstraete.be>",
                                       subject="RE: bestelbon 4471"))
    assert "ARCHIVE_LINK_PASSWORD" in symbols and result.verdict is Verdict.PHISHING

    # The same archive without a password to type, or a password reset notice with no archive, is neither.
    plain = body.replace("<p>Wachtwoord documenten: 4471</p>", "")
    assert "ARCHIVE_LINK_PASSWORD" not in (await scan(build(plain, "Koen <koen@houthandel-verstraete.be>")))[1]


async def test_an_inheritance_from_someone_who_died_without_heirs_in_french_is_advance_fee_fraud():
    body = ("Je suis notaire. La succession de feu M. Henri Thill, décédé sans héritier direct, s'élève à 2.850.000 EUR. "
            "Votre nom de famille figure parmi les bénéficiaires possibles. Répondez à mon adresse privée.")
    _result, symbols = await scan(build(body, "Me Delcourt <j.mwangi100@students.ku.ac.ke>", html=False,
                                        reply_to="maitre.delcourt.notaire@gmail.com"))
    assert "ADVANCE_FEE_FRAUD" in symbols


async def test_a_list_post_linking_a_source_archive_and_mentioning_a_password_is_not_a_locked_archive():
    body = ('<p>Grab <a href="http://www.example.org/apache/mod_gzip-1.3.19.1a.zip">the source</a>, log in as '
            'administrator/administrator and change your password. Then go back to the module list.</p>')
    _result, symbols = await scan(build(body, "Dev list <dev@lists.example.org>", List_Id="<dev.lists.example.org>"))
    assert "ARCHIVE_LINK_PASSWORD" not in symbols


async def test_is_this_you_in_this_video_with_an_archive_link_is_phishing():
    body = ('<p>yo is this u in this video?? someone dropped it in the server</p>'
            '<a href="https://cdn.discordapp.com/attachments/118/134/video_2025-03-09.zip?ex=67cf">video</a>')
    result, symbols = await scan(build(body, "Marcus Lee <marcus.lee.2003@gmail.com>", subject="is this u??"))
    assert "LURE_IS_THIS_YOU" in symbols and result.verdict is Verdict.PHISHING
    # The same question with a link to a video page is a friend sharing a video.
    watch = body.replace("cdn.discordapp.com/attachments/118/134/video_2025-03-09.zip?ex=67cf", "www.youtube.com/watch?v=abc")
    assert "LURE_IS_THIS_YOU" not in (await scan(build(watch, "Marcus Lee <marcus.lee.2003@gmail.com>")))[1]


async def test_a_customer_confirming_it_updated_the_suppliers_bank_details_is_no_change_request():
    body = ("Hi Lisa,\nThanks for the letter: your bank details have been updated in our system and Friday's payment "
            "run will use them.\nPaula\n\nFrom: Lisa Grant <lisa.grant@surreyscaffold.co.uk>\nSubject: Bank details")
    _result, symbols = await scan(build(body, "Paula Hendry <paula.hendry@harbour-build.co.uk>",
                                        subject="RE: Bank details", html=False))
    assert "BEC_BANK_DETAILS_THREAD" not in symbols


async def test_a_card_fraud_alert_with_only_a_phone_number_from_a_free_mailbox_is_callback_phishing():
    body = ("A purchase of $1,149.99 CAD was made with your Visa card ending in 4417 at BEST BUY. If you did not "
            "authorize this transaction, please call our Fraud Prevention department at 1-888-416-7723 to cancel the "
            "charge and receive a full refund.")
    result, symbols = await scan(build(body, "TD Fraud Prevention <tdcardservices.alerts0417@gmail.com>", html=False))
    assert "CALLBACK_PHISHING" in symbols and result.verdict is Verdict.PHISHING


async def test_whatever_the_words_a_link_to_kit_hosting_filled_in_with_the_readers_address_is_phishing():
    body = ('<p>Please see the note below.</p>'
            '<a href="https://bafybeih2x.ipfs.io/#camille.roux@kerlann-industries.fr">Open</a>')
    result, symbols = await scan(build(body, "Office <office@sportswear-example.com>"))
    assert "LURE_RISKY_LINK" in symbols and result.verdict is Verdict.PHISHING
    # The same address in a link to a known mail service's tracker is how newsletters count their readers.
    tracked = body.replace("bafybeih2x.ipfs.io/#", "click.mailchimp.com/track?u=")
    assert "LURE_RISKY_LINK" not in (await scan(build(tracked, "Office <office@sportswear-example.com>")))[1]


async def test_are_you_at_the_front_desk_is_the_ceo_fraud_opening():
    body = "Hi Jenna, are you at the front desk now? I need a quick favor, I'm in a meeting and can't take calls."
    result, symbols = await scan(build(body, "Robert Callahan <ceo.harborviewinn@gmail.com>", subject="Quick favor",
                                       html=False))
    assert "BEC_AVAILABILITY" in symbols and result.verdict is Verdict.PHISHING


async def test_gift_card_and_discreet_task_openers_in_a_clinic():
    spanish = ("¿Estás en la clínica? Necesito que me hagas un favor urgente y discreto: compra 5 tarjetas regalo de Amazon "
               "de 100 € y envíame una foto de los códigos. Estoy en una reunión y no puedo atender llamadas.")
    result, symbols = await scan(build(spanish, "Dra. Beatriz Ortega <dra.beatriz.ortega@outlook.es>", html=False,
                                       subject="Favor urgente"))
    assert "BEC_GIFT_CARDS" in symbols and result.verdict is Verdict.PHISHING

    opener = ("Are you in the clinic this morning? I need you to get something done for me discreetly, I'm tied up "
              "all day and can't take calls.")
    result, symbols = await scan(build(opener, "Eoin Fahy <dr.eoin.fahy.corribvet@gmail.com>", html=False,
                                       subject="Quick task"))
    assert "BEC_AVAILABILITY" in symbols and result.verdict is Verdict.PHISHING


# -- extortion and callbacks written plainly (sets 35 and 36) ------------------------------------------------

SEXTORTION = ("Some months ago a piece of software was installed on a device you use. It recorded your screen and your "
              "camera while you visited adult websites. I also copied your contacts. Send 1950 USD in Bitcoin to "
              "bc1qk7v3t0xw9m5r2s8yq4d6p0nl3ae2uhjz8cf5wx within 48 hours or every contact will receive the video.")


async def test_threats_of_two_kinds_and_a_wallet_to_pay_are_extortion():
    result, symbols = await scan(build(SEXTORTION, "Howard Amy <watcher.k2911@outlook.com>", html=False))
    assert "EXTORTION_CRYPTO" in symbols and result.verdict is Verdict.PHISHING


async def test_extortion_whose_threat_and_wallet_are_in_the_attached_pdf():
    from tests.support.files import pdf_with_text

    note = build("Amy, is this your house? Read the attached file. You have 48 hours.",
                 "Howard Amy <watcher.k2911@outlook.com>", html=False,
                 attachment=("Amy_2211SycamoreCt.pdf", "application/pdf", pdf_with_text([SEXTORTION])))
    assert "EXTORTION_CRYPTO" in (await scan(note))[1]


async def test_a_wallet_without_threats_or_threats_without_a_wallet_are_no_extortion():
    donation = ("We accept donations to keep the project going: Bitcoin bc1qk7v3t0xw9m5r2s8yq4d6p0nl3ae2uhjz8cf5wx. "
                "Thank you to all your contacts who shared the campaign.")
    warning = ("Scam warning: criminals claim they recorded your screen while you visited adult websites and threaten to "
               "mail the video to your contacts. Do not pay them.")
    for body in (donation, warning):
        assert "EXTORTION_CRYPTO" not in (await scan(build(body, "Newsletter <news@harbour-supplies.example>", html=False)))[1]


async def test_a_renewal_to_cancel_by_calling_the_number_right_after_call_is_callback_phishing():
    body = ("Dear Customer, Your Geek Squad Total Tech Support membership has been renewed successfully. The amount of "
            "$488.99 will be debited from your account. Your invoice is attached. For cancellation or refund call "
            "+1 (808) 447-2913.")
    result, symbols = await scan(build(body, "GS Billing Dept <mollieharris.billing8812@gmail.com>", html=False,
                                       subject="Your order GS-7731-0942 has been processed"))
    assert "CALLBACK_PHISHING" in symbols and result.verdict is Verdict.PHISHING


async def test_extortion_written_from_the_readers_own_address_is_still_named():
    # The classic spoof: the organisation's own domain in From, which makes the sender "internal".
    result, symbols = await scan(build(SEXTORTION, RECIPIENT, html=False))
    assert "EXTORTION_CRYPTO" in symbols and result.verdict is Verdict.PHISHING


async def test_an_authority_threatening_arrest_with_a_number_to_call_is_callback_phishing():
    dea = ("This is Special Agent Mark Reynolds with the DEA Diversion Control Division. Your pharmacy's registration has "
           "been flagged in an ongoing investigation. Call me today at (202) 555-0187. If we do not hear from you your "
           "registration will be suspended.")
    result, symbols = await scan(build(dea, "DEA Diversion Control <dea.diversion.agent.reynolds@gmail.com>", html=False))
    assert "CALLBACK_AUTHORITY_THREAT" in symbols and result.verdict is Verdict.PHISHING
    jury = ("OFFICE OF THE DISTRICT CLERK - JURY SERVICES. You failed to appear for jury service. A Writ of Attachment has "
            "been prepared. To resolve without appearing in person, contact the Jury Compliance Officer at (830) 261-4472. "
            "Compliance bonds may be posted by phone.")
    sender = "Kessler County District Clerk <jury-services@kesslercountycourts-tx.example>"
    assert "CALLBACK_AUTHORITY_THREAT" in (await scan(build(jury, sender, html=False)))[1]


async def test_a_real_court_reminder_with_the_clerks_number_is_no_threat_to_settle_by_phone():
    reminder = ("District Clerk - Jury Services. This is a reminder that you are summoned for jury service on March 31. "
                "Failure to appear may result in a fine. Questions? Call the jury office at (830) 261-4400.")
    sender = "Kessler County District Clerk <jury@co.kessler.tx.example>"
    assert "CALLBACK_AUTHORITY_THREAT" not in (await scan(build(reminder, sender, html=False)))[1]


async def test_an_unpaid_toll_in_spanish_is_a_payment_pretext():
    body = ('<p>Nuestro sistema registró un saldo de peaje pendiente de $6.85 asociado a su vehículo.</p>'
            '<a href="https://txtag-pagos.info/es/peaje?id=TX83301927">Pagar ahora</a>')
    result, symbols = await scan(build(body, "Servicio al Cliente <cobro@notificaciones-peaje.top>"))
    assert "LURE_RISKY_LINK" in symbols and result.verdict is Verdict.PHISHING


async def test_sextortion_in_spanish_is_extortion():
    body = ("Instalé un programa malicioso que me permite controlar tu cámara y tu pantalla. Sé qué páginas para adultos "
            "visitas. También tengo una copia de todos tus contactos. Envíame 1.300 USD en bitcoin a esta cartera: "
            "bc1qverz294qyr7qpwazupew92tgqt0uuumdka72l9")
    assert "EXTORTION_CRYPTO" in (await scan(build(body, "<victima@gmail.com>", html=False)))[1]


async def test_the_ceo_opener_in_spanish_with_a_meeting_and_no_calls():
    body = ("Hola Ainhoa, ¿Estás en la oficina? Necesito que me hagas una gestión urgente y confidencial. Estoy en una "
            "reunión con un cliente y no puedo atender llamadas ahora mismo.")
    result, symbols = await scan(build(body, "Iñaki Goikoetxea <direccion.talleresiruna@gmail.com>", html=False,
                                       subject="Tarea urgente"))
    assert "BEC_AVAILABILITY" in symbols and result.verdict is Verdict.PHISHING


async def test_a_un_compensation_fund_on_an_atm_card_is_advance_fee_fraud():
    body = ("This is to inform you that the United Nations has approved the payment of your compensation fund of USD "
            "2,500,000.00 as one of the victims of scam. Your fund has been loaded into an ATM VISA CARD which will be "
            "delivered to your home address by diplomatic courier. You are not to pay any fee other than the "
            "delivery/insurance charge of USD 185.")
    _, symbols = await scan(build(body, "Mrs. Harriet Kolawole <harrietkolawole@consultant.com>", html=False,
                                  reply_to="harrietkolawole.unfund@gmail.com"))
    assert "ADVANCE_FEE_FRAUD" in symbols


async def test_a_pay_award_to_confirm_on_kit_hosting_with_the_network_account_is_phishing():
    body = ('<p>Following agreement of the NJC pay award for 2025/26 your revised salary and the arrears due will be paid '
            'in November. All employees must confirm their revised pay point via the secure staff portal.</p>'
            '<a href="https://pub-3db48c827a80d9e62f4782c906582a78.r2.dev/ashmere/payaward.html">Confirm</a>'
            '<p>You will need to sign in with your Ashmere network account.</p>')
    result, symbols = await scan(build(body, "HR & Payroll Services <payroll@ashmere-hrportal.example>"))
    assert "LURE_RISKY_LINK" in symbols and "LURE_CREDENTIALS_ASKED" in symbols
    assert result.verdict is Verdict.PHISHING


@pytest.mark.parametrize("words", ["Reajuste salarial 2025: confira o seu novo salário.",
                                   "Seu holerite de outubro está disponível para consulta.",
                                   "Su nómina de octubre ya está disponible."])
async def test_payslips_and_salary_rises_in_portuguese_and_spanish_are_hr_pretexts(words):
    body = f'<p>{words}</p><a href="https://rh-portal-9f2c.pages.dev/">Acessar</a>'
    result, symbols = await scan(build(body, "Recursos Humanos <rh@contabil-marques.example>"))
    assert "LURE_RISKY_LINK" in symbols and result.verdict is Verdict.PHISHING


async def test_a_buyer_who_paid_and_asks_to_confirm_your_card_to_receive_the_money_in_french():
    body = ("<p>Bonjour Sophie, j'ai déjà effectué le paiement de 180 € via le paiement sécurisé 2ememain. Pour recevoir "
            "l'argent, il faut juste confirmer votre carte ici : "
            '<a href="https://2ememain.be-paiement-securise.com/recevoir/ozaYecAjDty5">lien</a></p>')
    result, symbols = await scan(build(body, "Julien Dumont <julien.dumont.1990@outlook.fr>"))
    assert "LURE_RISKY_LINK" in symbols and result.verdict is Verdict.PHISHING


async def test_a_buyer_asking_to_put_your_card_to_receive_the_payment_in_spanish():
    body = ("<p>Ya he hecho el pago por Wallapop Envíos. Para recibirlo solo tienes que entrar en este enlace y poner la "
            'tarjeta donde quieres cobrar: <a href="https://wallapop-envios.cobro-seguro.es/pedido/426234853">enlace</a></p>')
    result, symbols = await scan(build(body, "Lucia Ferrer <lucia.ferrer.compras@gmail.com>"))
    assert "LURE_RISKY_LINK" in symbols and result.verdict is Verdict.PHISHING


async def test_a_facebook_page_to_be_blocked_in_german_is_an_account_pretext():
    text = lures._plain("Ihre Facebook-Seite wird in 24 Stunden gesperrt, sofern Sie keinen Widerspruch einlegen.")
    assert lures._pretext(text, lures._possible(text)) is not None


async def test_a_money_request_whose_note_says_contact_billing_immediately_at_a_number():
    body = ("<p>Geek Squad Support requested $649.00 USD</p><p>Note from Geek Squad Support: Your membership has been "
            "renewed for $649.00. If you did not request this renewal, contact Geek Squad billing immediately at "
            "+1 (855) 417-0326 to cancel.</p>"
            '<a href="https://www.paypal.com/myaccount/transfer/requests/BN88BFIGUZC9YF0XR">Pay Now</a>')
    result, symbols = await scan(build(body, '"service@paypal.com" <service@paypal.com>',
                                       subject="Geek Squad Support requested $649.00 USD"))
    assert "CALLBACK_PLATFORM_NOTE" in symbols and result.verdict is Verdict.PHISHING


async def test_sextortion_in_japanese_runs_its_words_together_and_is_still_read():
    body = ("私はあなたのデバイスにトロイの木馬を仕込みました。あなたがアダルトサイトを閲覧している様子をすべて録画しています。"
            "この動画をあなたの連絡先全員に送信します。ビットコインで送金してください: bc1q7m3xk2v9r5ht0wzq4l8ny6d2fjp3c8ys5ua0ne")
    assert "EXTORTION_CRYPTO" in (await scan(build(body, "<misaki.kondo0722@gmail.com>", html=False)))[1]


async def test_a_temporary_account_in_a_korean_reply_is_a_bank_change():
    body = ("재무팀 담당자님, 당사 주거래 계좌가 회계감사로 입출금이 제한되어 이번 대금은 아래 임시 계좌로 입금 부탁드리겠습니다. "
            "은행 : 하나은행 / 계좌번호 : 391-910248-37607")
    result, symbols = await scan(build(body, "정미경 <mk.jung@daesung-rnetal.example>", html=False,
                                       subject="RE: 3월 발주분 세금계산서 발행 건"))
    assert "BEC_BANK_DETAILS_THREAD" in symbols and result.verdict is Verdict.PHISHING
    assert "EXTORTION_CRYPTO" not in symbols


async def test_a_renewal_to_dispute_whose_amount_is_only_in_the_pdf_from_a_sender_posing_as_a_brand():
    from tests.support.files import pdf_with_text

    invoice = pdf_with_text(["Coinbase One - Annual renewal", "Amount charged: USD 399.99",
                             "If you did not authorize this renewal, call +1 (844) 962-0173"])
    note = build("Hello Kevin, Your Coinbase One subscription has been renewed. Invoice attached. If you didn't "
                 "authorize this renewal please contact billing at +1 (844) 962-0173.",
                 "Coinbase Billing <billing@renewal-centre.example>", html=False,
                 subject="Coinbase One renewal confirmation", attachment=("CB1-INV.pdf", "application/pdf", invoice))
    result, symbols = await scan(note)
    assert "CALLBACK_PHISHING" in symbols and result.verdict is Verdict.PHISHING


async def test_an_airdrop_that_needs_your_wallet_connected_is_an_account_pretext():
    text = lures._plain("The ZK airdrop is live. Check your allocation and claim here, then connect your wallet "
                        "(MetaMask, Rabby) and approve the claim.")
    assert lures._pretext(text, lures._possible(text)) is not None
    news = lures._plain("This month: how airdrops work, and why you should never share your wallet with anyone.")
    assert lures._pretext(news, lures._possible(news)) is None


async def test_new_bank_details_from_a_payee_who_cannot_be_called_are_fraud_even_from_its_own_domain():
    fraud = build("Following a routine audit our client account details have been updated. Please transfer the balance "
                  "of £148,260.00 today to the account below. Our phone lines are currently being upgraded so please "
                  "reply by email only.", "Hannah Whitley <hannah.whitley@ashby-fenwick.example>", html=False,
                  subject="Completion - balance of purchase monies")
    result, symbols = await scan(fraud)
    assert "BEC_BANK_DETAILS" in symbols and result.verdict is Verdict.PHISHING
    # The real change asks to be checked by phone, and promises never to change by e-mail alone.
    real = build("From 1 September we will receive payments into a new account with ADCB. Please verify the change by "
                 "calling our Finance Manager on +971 4 347 2180 before updating your records. We will never ask you to "
                 "change bank details by email only.", "Suresh Pillai <suresh.pillai@almasa-bm.example>", html=False,
                 subject="Notice of change of bank account")
    _, symbols = await scan(real)
    assert "BEC_BANK_DETAILS" not in symbols


async def test_a_free_mailbox_billing_for_a_brand_named_only_on_the_attached_invoice_is_a_callback():
    from tests.support.files import pdf_with_text

    invoice = pdf_with_text(["Geek Squad Protection - Annual plan", "Invoice GS-88174-2290", "Total: $399.99"])
    note = build("Dear Customer, Thank you for renewing your membership. Your annual plan has been renewed and $399.99 "
                 "will be debited from your account within 24 hours. Please find the invoice attached. For any queries "
                 "or to cancel, contact our support team: +1 (855) 612-9038", "Billing Department <kellyrw4472@gmail.com>",
                 html=False, subject="Order Confirmation - GS-88174-2290",
                 attachment=("INV_GS-88174-2290.pdf", "application/pdf", invoice))
    result, symbols = await scan(note)
    assert "CALLBACK_PHISHING" in symbols and result.verdict is Verdict.PHISHING


async def test_a_ceo_transfer_request_in_arabic_from_a_free_mailbox_is_a_wire_request():
    note = build("صباح الخير، أحتاج منك إنجاز تحويل بنكي عاجل اليوم لمورد جديد، الموضوع سري ولا أريد أن يعرف به أحد.",
                 "م. سامر الحموري <samer.hammouri.office@gmail.com>", html=False, subject="طلب عاجل")
    _, symbols = await scan(note)
    assert "BEC_WIRE_REQUEST" in symbols


def test_amounts_in_gulf_and_indian_currencies_are_money():
    for amount in ("AED 6,849.00", "KWD 14.750", "Rs. 4,500", "\u20b91,499", "SAR 1,200", "368.40 dirhams"):
        assert lures.MONEY.search(amount), amount
    assert not lures.MONEY.search("Mrs 2 and try 3 times")


def test_a_mailbox_re_validation_is_an_account_pretext():
    text = lures._plain("Your webmail account is due for annual re-validation. Mailboxes not re-validated by Friday "
                        "will be disabled.")
    assert lures._pretext(text, lures._possible(text)) is not None
    news = lures._plain("The committee re-validated the survey results last week.")
    assert lures._pretext(news, lures._possible(news)) is None


async def test_a_dying_widows_donation_to_a_god_fearing_person_is_advance_fee_fraud():
    letter = build("I am 74 years old and in a hospice. I have decided to donate the sum of $4.8 million which my late "
                   "husband left to a God fearing person who will use it for orphanages and the less privileged.",
                   "Mrs. Margaret Ellison <margaret.ellison1951@yandex.com>", html=False, subject="My last wish")
    _, symbols = await scan(letter)
    assert "ADVANCE_FEE_FRAUD" in symbols


async def test_sextortion_in_polish_from_the_readers_own_address_is_named():
    threat = ("Zainstalowałem trojana, który nagrywał obraz z kamery, kiedy odwiedzałeś strony dla dorosłych. Wyślę "
              "wideo do wszystkich Twoich kontaktów. Przelej 1350 USD w Bitcoin na mój portfel: "
              "bc1qpo3zygbyrdd0cpu6kmubh3k08o7fmzldnxv35s")
    _, symbols = await scan(build(threat, "d.michalski@wp.pl", html=False, subject="Twoje konto zostało zhakowane"))
    assert "EXTORTION_CRYPTO" in symbols


async def test_a_ceo_payment_request_in_croatian_from_a_free_mailbox_is_a_wire_request():
    note = build("Bok Ana, trebam da danas izvršiš jednu hitnu uplatu dobavljaču u inozemstvu, molim te da to ostane "
                 "među nama.", "Marko Perić <marko.peric.direktor@outlook.com>", html=False, subject="Hitna uplata")
    _, symbols = await scan(note)
    assert "BEC_WIRE_REQUEST" in symbols


async def test_a_pix_asked_by_a_boss_who_cannot_take_a_call_is_a_wire_request():
    note = build("Sonia, estou em reunião e não consigo atender ligação agora. Preciso que você faça um Pix de R$ 18.750,00 "
                 "hoje ainda para o fornecedor novo.", "Ricardo Duque <ricardo.duque.padaria@gmail.com>", html=False,
                 subject="Pix urgente")
    _, symbols = await scan(note)
    assert "BEC_WIRE_REQUEST" in symbols


async def test_a_suppliers_account_blocked_for_receipts_in_a_reply_is_a_bank_change():
    text = lures._plain("Nossa conta no Banco do Brasil está passando por uma auditoria e ficará bloqueada para "
                        "recebimentos. Os pagamentos devem ser feitos via TED ou Pix na conta abaixo.")
    assert lures._bank_change(text) is not None


# -- typed threads, look-alike replies, and wording read in more languages ---------------------------------

FAKE_THREAD = """Hi Jennifer,

Following up on the invoice approved below by Daniel. Please process the payment today as per the attached
invoice, as the retainer must be in place before our team begins work.

Best regards,
Accounts Receivable, Morrow Legal Group

From: Daniel Whitcombe <daniel.whitcombe@kerlann-industries.fr>
Sent: Monday, January 12, 2026 5:41 PM
To: Accounts Receivable <ar@morrowlegal-group.example>
Subject: RE: Invoice 25-1187 - Legal Services

Approved. Please send to Jennifer in AP for payment.
"""


async def test_a_typed_thread_quoting_our_own_approval_of_a_payment_is_phishing():
    result, symbols = await scan(build(FAKE_THREAD, "Accounts Receivable <ar@morrowlegal-group.example>",
                                       "RE: FW: Invoice 25-1187 - Legal Services", html=False))
    assert "REPLY_FABRICATED_THREAD" in symbols
    assert "daniel.whitcombe@kerlann-industries.fr" in symbols["REPLY_FABRICATED_THREAD"].detail
    assert result.verdict is Verdict.PHISHING


async def test_the_same_thread_answering_a_real_message_is_left_alone():
    _result, symbols = await scan(build(FAKE_THREAD, "Accounts Receivable <ar@morrowlegal-group.example>",
                                        "RE: FW: Invoice 25-1187 - Legal Services", html=False,
                                        In_Reply_To="<CAF8x1@mail.kerlann-industries.fr>"))
    assert "REPLY_FABRICATED_THREAD" not in symbols


async def test_a_typed_thread_quoting_only_the_sender_is_left_alone():
    body = FAKE_THREAD.replace("daniel.whitcombe@kerlann-industries.fr", "d.whitcombe@morrowlegal-group.example")
    _result, symbols = await scan(build(body, "Accounts Receivable <ar@morrowlegal-group.example>",
                                        "RE: FW: Invoice 25-1187 - Legal Services", html=False))
    assert "REPLY_FABRICATED_THREAD" not in symbols


HIJACK = """Hi Hannah,

Thanks for coming back to me. Our accounts are now held with Barclays following the change of our banking
facility in October, and the old Lloyds account is no longer accepting payments. Please arrange the overdue
balance to the details below.

Sort code: 20-45-77
Account number: 73920184

Kind regards,
Paul Brierley

From: Hannah Pickering <hannah.pickering@kerlann-industries.fr>
Sent: 28 October 2025 14:12
To: Paul Brierley <paul.brierley@hollisfreight.co.uk>
Subject: RE: Hollis Freight - Statement of account October
"""


async def test_the_same_correspondent_writing_from_a_near_copy_of_his_domain_is_a_look_alike_reply():
    result, symbols = await scan(build(HIJACK, '"Paul Brierley" <paul.brierley@hollisfreight-uk.com>',
                                       "RE: Hollis Freight - Statement of account October", html=False))
    assert "REPLY_LOOKALIKE_DOMAIN" in symbols
    assert "BEC_BANK_DETAILS" in symbols
    assert result.verdict is Verdict.PHISHING


async def test_the_same_correspondent_writing_from_an_unrelated_domain_only_weighs():
    _result, symbols = await scan(build(HIJACK, '"Paul Brierley" <paul.brierley@brierley-consulting.example>',
                                        "RE: Hollis Freight - Statement of account October", html=False))
    assert "REPLY_LOOKALIKE_DOMAIN" not in symbols
    assert "REPLY_NAME_OTHER_DOMAIN" in symbols


@pytest.mark.parametrize("said", [
    "Suite à un audit, notre compte habituel au CIC est temporairement gelé. Merci d'effectuer le règlement sur "
    "notre compte secondaire : IBAN FR76 1027 8360 5100 0204 7180 186.",
    "Por motivos de reorganización bancaria, nuestra cuenta en Ibercaja ya no está operativa. "
    "Por favor, realicen el pago: IBAN ES12 1583 0001 1990 4471 2266.",
])
async def test_a_frozen_or_closed_account_in_a_reply_is_a_bank_change(said):
    _result, symbols = await scan(build(f"Bonjour,\n\n{said}\n\nCordialement,\nPatricia", html=False,
                                        subject="RE: Facture FA-25-1187", In_Reply_To="<a1@kerlann-industries.fr>"))
    assert "BEC_BANK_DETAILS_THREAD" in symbols


async def test_a_dying_widows_fortune_on_a_blocked_account_is_not_a_bank_change():
    body = ("Je suis veuve et je souhaite faire don de la somme de 850 000 € qui se trouve sur un compte bloqué "
            "à une personne honnête.")
    _result, symbols = await scan(build(body, "Hélène Vautrin <helene.vautrin@gmail.com>", "Don humanitaire", html=False))
    assert "BEC_BANK_DETAILS" not in symbols
    assert "ADVANCE_FEE_FRAUD" in symbols


async def test_a_renewal_to_dispute_by_calling_from_a_free_mailbox_is_callback_phishing():
    body = ("NortonLifeLock\nYour Norton 360 Deluxe with LifeLock Select subscription has been renewed for another year.\n"
            "Total $389.99\nIf you did not authorize this renewal, you can request a refund within 48 hours by calling "
            "our billing support at +1 (844) 555-0192.")
    result, symbols = await scan(build(body, "Jared Miller <jaredmillerbilling@outlook.com>", "Transaction Receipt #NT97808531",
                                       html=False))
    assert "CALLBACK_PHISHING" in symbols
    assert result.verdict is Verdict.PHISHING


async def test_a_spanish_mailbox_to_be_deactivated_with_a_hosted_page_is_phishing():
    body = ('<p>Su buzón de correo ha alcanzado el límite de almacenamiento y será desactivado en las próximas 24 horas.</p>'
            '<a href="https://verificacion-buzon-correo.webflow.io/">Verificar mi cuenta ahora</a>')
    result, symbols = await scan(build(body, "Soporte Técnico <soporte@ferreteria-centro.example>",
                                       "Aviso: su buzón de correo será desactivado"))
    assert "LURE_RISKY_LINK" in symbols
    assert result.verdict is Verdict.PHISHING


async def test_a_document_on_a_secure_portal_that_is_a_published_google_slide_is_phishing():
    body = ('<p>A copy of the Notice of Claim has been made available through our secure document portal:</p>'
            '<a href="https://docs.google.com/presentation/d/e/2PACX-1vca5wSqBrpsjXzvDFp0rMa/pub">View Notice of Claim</a>')
    result, symbols = await scan(build(body, "Jessica Hartman <jhartman@hargrovetate.example>", "Notice of Claim"))
    assert "LURE_RISKY_LINK" in symbols
    assert result.verdict is Verdict.PHISHING


async def test_a_google_document_shared_for_editing_is_not_free_hosting():
    body = ('<p>A copy of the draft has been made available through our secure document portal:</p>'
            '<a href="https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/edit">Draft agreement</a>')
    _result, symbols = await scan(build(body, "Jessica Hartman <jhartman@hargrovetate.example>", "Draft agreement"))
    assert "LURE_RISKY_LINK" not in symbols


@pytest.mark.parametrize("said", [
    "Le prélèvement de votre dernière facture de péage n'a pas pu être effectué (coordonnées bancaires expirées).",
    "Votre facture n'a pas pu être prélevée, votre mandat SEPA n'étant plus valide.",
])
async def test_a_failed_direct_debit_in_french_is_a_payment_pretext(said):
    body = f'<p>{said}</p><a href="https://bit.ly/regul-4kQ9">Régulariser maintenant</a>'
    result, symbols = await scan(build(body, "Service Client <service.client.fr@hotmail.com>", "Échec de prélèvement"))
    assert "LURE_RISKY_LINK" in symbols
    assert result.verdict is Verdict.PHISHING


ROMANCE = ("Hi! I found your email address on a dating site but I was too shy to write you first. I am looking for a "
           "serious relationship with a kind and honest man. I will send you more of my photos if you reply.")


async def test_a_strangers_first_love_letter_from_a_free_mailbox_is_a_romance_opener():
    result, symbols = await scan(build(ROMANCE, "Katya <katya.lovely88@gmx.com>", "Hello from Katya :)", html=False))
    assert "ROMANCE_OPENER" in symbols
    assert result.verdict is Verdict.PHISHING


async def test_the_same_words_in_a_reply_or_from_a_company_are_not_a_first_letter():
    _r, reply = await scan(build(ROMANCE, "Katya <katya.lovely88@gmx.com>", "Re: Hello", html=False,
                                 In_Reply_To="<x1@mail.kerlann-industries.fr>"))
    _r, company = await scan(build(ROMANCE, "Meetic <news@meetic-mail.example>", "New messages", html=False))
    assert "ROMANCE_OPENER" not in reply and "ROMANCE_OPENER" not in company


async def test_a_stranger_sending_the_reader_to_her_profile_is_dating_spam_not_a_romance_opener():
    body = ROMANCE + " Write me on my profile: https://meetlocal-singles.example/p/katya31"
    _r, symbols = await scan(build(body, "Katya <katya.lovely88@gmx.com>", "Hello from Katya :)", html=False))
    assert "ROMANCE_OPENER" not in symbols


async def test_a_friends_letter_about_her_late_husband_is_not_a_romance_opener():
    friend = ("Dear Anne, thank you for your kind card. It has been a year since my husband died and the garden keeps me "
              "busy. Come for tea when you are back from Lyon.")
    _r, symbols = await scan(build(friend, "Margaret <margaret.hale@gmail.com>", "Thank you", html=False))
    assert "ROMANCE_OPENER" not in symbols
