"""The shares stage: a file platform's genuine notice that somebody outside shared a payment document.

Each test builds the notice as the platform sends it (its own address, the
item's name in the subject, a link to the sharer's space) and scans it as
``rempart scan`` does: no organisation policy, the recipients' domain stands
in for the organisation's.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from rempart.engine.context import Context, Envelope
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import shares
from rempart.engine.verdict import Verdict

STAGES = Pipeline(modules=[shares])
RECIPIENT = "pieter@karoobuild.co.za"


def notice(item: str, tenant: str = "zuluaccounting", sender: str = "Nomsa Zulu <no-reply@sharepointonline.com>",
           verb: str = "shared", reply_to: str | None = None, recipient: str = RECIPIENT, kind: str = "b") -> Message:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = recipient
    mail["Subject"] = f"Nomsa Zulu {verb} \u201c{item}\u201d with you"
    if reply_to:
        mail["Reply-To"] = reply_to
    mail.set_content(
        f'<p>Nomsa Zulu {verb} a file with you.</p><p><b>{item}</b></p>'
        f'<a href="https://{tenant}-my.sharepoint.com/:{kind}:/g/personal/nomsa/EaB12?e=x1">Open</a>'
        '<p>Microsoft respects your privacy. <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy</a></p>',
        subtype="html")
    return Message(mail.as_bytes())


async def scan(message: Message, recipient: str = RECIPIENT):
    result = await STAGES.scan(message, DEFAULT_POLICY, Context(envelope=Envelope(rcpt_to=(recipient,))))
    return result, {s.name for s in result.symbols}


@pytest.mark.parametrize("item", [
    "Karoo Build - Remittance Advice April 2025",
    "Pinecrest_Payment_Statement_AUG2025.pdf",
    "Completion Statement - 14 Clifton Park",
    "Telstra-Invoice-0047812339-Overdue.pdf",
    "Facture_impay\u00e9e_KRL-2024-1187.pdf",
    "Aviso de pagamento 0412",
    "Zahlungsavis 2025-118",
])
async def test_a_stranger_sharing_a_payment_document_is_phishing(item):
    result, symbols = await scan(notice(item))
    assert "SHARE_PAYMENT_DOCUMENT" in symbols
    assert result.verdict is Verdict.PHISHING


@pytest.mark.parametrize("item", [
    "Riverside DC - Steel Erection Schedule Rev B.xlsx",
    "Norsea - Kerlann UK rate card 2026.xlsx",
    "Budget 2026 - Consolid\u00e9 v3.xlsx",
    "Payroll calendar 2026",
    "Proof of payment - rent March",  # a receipt people send each other (a tenant to a landlord)
    "Comprovante de transfer\u00eancia Pix 0412",
])
async def test_sharing_anything_else_is_left_alone(item):
    _, symbols = await scan(notice(item))
    assert "SHARE_PAYMENT_DOCUMENT" not in symbols


async def test_a_colleague_sharing_from_the_organisations_own_tenant_is_left_alone():
    _, symbols = await scan(notice("Remittance Advice - supplier run 14", tenant="karoobuild"))
    assert "SHARE_PAYMENT_DOCUMENT" not in symbols


async def test_a_google_share_whose_sharer_is_a_colleague_is_left_alone():
    message = notice("Payment confirmation - March", sender="Google Drive <drive-shares-dm-noreply@google.com>",
                     reply_to="Anele Dube <anele@karoobuild.co.za>")
    assert "SHARE_PAYMENT_DOCUMENT" not in (await scan(message))[1]
    stranger = notice("Payment confirmation - March", sender="Google Drive <drive-shares-dm-noreply@google.com>",
                      reply_to="Anele Dube <anele.dube.ac@gmail.com>")
    assert "SHARE_PAYMENT_DOCUMENT" in (await scan(stranger))[1]


async def test_the_footer_naming_the_reader_does_not_make_the_sharer_a_colleague():
    canva = EmailMessage()
    canva["From"], canva["To"] = "Canva <no-reply@canva.com>", RECIPIENT
    canva["Reply-To"] = "javier.ruiz@distribuciones-norte.example"
    canva["Subject"] = 'Javier Ruiz shared "Factura pendiente – Karoo Build" with you'
    canva.set_content(f"<p>Javier Ruiz shared a design with you</p><p>This email was sent to {RECIPIENT} because Javier "
                      'Ruiz shared a design with you.</p><a href="https://www.canva.com/design/DAGrSJ8/view">Open design</a>',
                      subtype="html")
    _, symbols = await scan(Message(canva.as_bytes()))
    assert "SHARE_PAYMENT_DOCUMENT" in symbols


async def test_a_household_has_no_tenant_so_every_sharer_is_outside():
    consumer = "k.hendricks82@hotmail.com"
    _, symbols = await scan(notice("Remittance Advice 08-2025", recipient=consumer), recipient=consumer)
    assert "SHARE_PAYMENT_DOCUMENT" in symbols


async def test_only_the_platforms_own_notices_count():
    # A person's message naming a remittance is the lures and fraud checks' business, not this stage's.
    _, symbols = await scan(notice("Remittance Advice 08-2025", sender="Kelly Brennan <kelly@brennanlogistics.com>"))
    assert "SHARE_PAYMENT_DOCUMENT" not in symbols


# -- notebooks shared as documents ---------------------------------------------------

@pytest.mark.parametrize("item", [
    "Meridian - Project Proposal 2024",
    "Patient Transfer Forms - Secure",
    "Kerlann_Q2_Supplier_Payments.pdf",
    "Jaarrekening 2024 ter ondertekening",
    "Lindgren Abstract - Escrow Docs",
    "Dokumen Pembayaran Q3 2025",
    "OC-2025-0412 Orden de compra",
])
async def test_a_stranger_sharing_a_onenote_notebook_as_a_document_is_phishing(item):
    result, symbols = await scan(notice(item, kind="o"))
    assert "SHARE_NOTEBOOK_DOCUMENT" in symbols
    assert result.verdict is Verdict.PHISHING


@pytest.mark.parametrize("item", ["Workshop notes - Riverside kick-off", "Site visit notebook, week 12"])
async def test_a_notebook_shared_as_notes_is_left_alone(item):
    _, symbols = await scan(notice(item, kind="o"))
    assert "SHARE_NOTEBOOK_DOCUMENT" not in symbols


async def test_a_colleague_sharing_a_notebook_from_the_organisations_tenant_is_left_alone():
    _, symbols = await scan(notice("Contract review - Riverside", tenant="karoobuild", kind="o"))
    assert "SHARE_NOTEBOOK_DOCUMENT" not in symbols


async def test_a_real_pdf_shared_as_a_pdf_is_no_notebook():
    _, symbols = await scan(notice("Meridian - Project Proposal 2024.pdf", kind="b"))
    assert "SHARE_NOTEBOOK_DOCUMENT" not in symbols


async def test_a_mailbox_writing_its_own_share_notice_to_its_tenants_notebook_counts_too():
    # A broken-into mailbox sends the notice itself, naming a PDF, with its own tenant's OneNote behind it.
    message = notice("Updated_Holiday_Policy_2025.pdf", tenant="atlanticmarinesupply",
                     sender="HR Department <cmendes@atlanticmarinesupply.com>", kind="o")
    assert "SHARE_NOTEBOOK_DOCUMENT" in (await scan(message))[1]


def envelope(sender_name: str, reply_to: str, subject: str = "Complete with Docusign: Contract_2025.pdf") -> Message:
    mail = EmailMessage()
    mail["From"] = f"{sender_name} via Docusign <dse_NA4@docusign.net>"
    mail["Reply-To"] = f"{sender_name} <{reply_to}>"
    mail["To"] = RECIPIENT
    mail["Subject"] = subject
    mail.set_content(f"<p>{sender_name} sent you a document to review and sign.</p>"
                     f'<a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=1">REVIEW DOCUMENT</a>'
                     f"<p>{reply_to}</p>", subtype="html")
    return Message(mail.as_bytes())


@pytest.mark.parametrize("name", ["DISN Human Resources", "Settlement Administrator", "Departamento Legal - Grupo Pacifico",
                                  "Immobiliare Gallura", "Estudio Paz & Asociados"])
async def test_an_envelope_sent_for_a_department_from_a_free_mailbox_is_phishing(name):
    result, symbols = await scan(envelope(name, "office.department2025@gmail.com"))
    assert "SHARE_FREEMAIL_ORGANISATION" in symbols and result.verdict is Verdict.PHISHING


async def test_a_person_or_a_company_domain_behind_an_envelope_is_left_alone():
    # A freelancer or a landlord signing from a free mailbox under their own name; a company from its domain.
    assert "SHARE_FREEMAIL_ORGANISATION" not in (await scan(envelope("Megan Alvarez", "megan.alvarez77@gmail.com")))[1]
    assert "SHARE_FREEMAIL_ORGANISATION" not in (await scan(envelope("Lakeshore Title Services",
                                                                      "megan@lakeshoretitle.com")))[1]


async def test_an_envelope_named_as_a_remittance_is_a_payment_document():
    result, symbols = await scan(envelope("Accounts Payable", "payments@northgate-supply.co",
                                          subject="Complete with Docusign: Remittance_Advice_Q3_2025.pdf"))
    assert "SHARE_PAYMENT_DOCUMENT" in symbols and result.verdict is Verdict.PHISHING


async def test_a_platforms_security_alert_naming_the_readers_free_mailbox_is_no_share():
    mail = EmailMessage()
    mail["From"] = "Google <no-reply@accounts.google.com>"
    mail["To"] = "anele.dube.ac@gmail.com"
    mail["Subject"] = "Security alert"
    mail.set_content("A new sign-in on Windows\nanele.dube.ac@gmail.com\nWe noticed a new sign-in to your Google Account.")
    _, symbols = await scan(Message(mail.as_bytes()), recipient="anele.dube.ac@gmail.com")
    assert not symbols & {"SHARE_FREEMAIL_ORGANISATION", "SHARE_PAYMENT_DOCUMENT"}


@pytest.mark.parametrize("name", ["St Mary's Parish Office", "Oakmere Under-11s Team", "1st Westmere Scout Group"])
async def test_a_club_or_a_parish_sharing_from_a_free_mailbox_is_left_alone(name):
    # Clubs, parishes and families run on free mailboxes; only a company's department there is somebody playing it.
    _, symbols = await scan(notice("Summer rota", sender=f"{name} (via Google Drive) <drive-shares-dm-noreply@google.com>",
                                   reply_to=f"{name} <stmarys.westmere@gmail.com>"))
    assert "SHARE_FREEMAIL_ORGANISATION" not in symbols


@pytest.mark.parametrize("verb", ["membagikan", "compartió", "đã chia sẻ"])
async def test_a_notebook_shared_as_a_document_is_read_in_the_sharers_language(verb):
    result, symbols = await scan(notice("Dokumen Pembayaran Q3 2025", kind="o", verb=verb))
    assert "SHARE_NOTEBOOK_DOCUMENT" in symbols and result.verdict is Verdict.PHISHING
