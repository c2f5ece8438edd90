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
           verb: str = "shared", reply_to: str | None = None, recipient: str = RECIPIENT) -> Message:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = recipient
    mail["Subject"] = f"Nomsa Zulu {verb} \u201c{item}\u201d with you"
    if reply_to:
        mail["Reply-To"] = reply_to
    mail.set_content(
        f'<p>Nomsa Zulu {verb} a file with you.</p><p><b>{item}</b></p>'
        f'<a href="https://{tenant}-my.sharepoint.com/:b:/g/personal/nomsa/EaB12?e=x1">Open</a>'
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
    "Comprovante de transfer\u00eancia 0412",
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


async def test_a_household_has_no_tenant_so_every_sharer_is_outside():
    consumer = "k.hendricks82@hotmail.com"
    _, symbols = await scan(notice("Remittance Advice 08-2025", recipient=consumer), recipient=consumer)
    assert "SHARE_PAYMENT_DOCUMENT" in symbols


async def test_only_the_platforms_own_notices_count():
    # A person's message naming a remittance is the lures and fraud checks' business, not this stage's.
    _, symbols = await scan(notice("Remittance Advice 08-2025", sender="Kelly Brennan <kelly@brennanlogistics.com>"))
    assert "SHARE_PAYMENT_DOCUMENT" not in symbols
