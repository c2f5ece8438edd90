"""Shares: a file platform's own notice that somebody outside shared a payment document.

A broken-into Microsoft 365 tenant, or an account opened for the purpose on
Dropbox, Google Drive, Box, Adobe or Canva, sends the platform's genuine
share notice: the sender, its signature and the link are all the platform's,
and every check passes. What gives the lure away is the item shared. Real
remittance advice, payment confirmations and settlement statements come as
attachments or from the payer's accounts-payable system; a stranger's share
of "Remittance Advice 08-2025" is the commonest disguise of credential
phishing against companies (the page inside asks for the reader's Microsoft
password), and a share of an "overdue invoice" or a "tax repayment notice"
the same against households.

- SHARE_PAYMENT_DOCUMENT: a share notice sent by the platform itself, from
  outside the organisation (the SharePoint tenant of its link, or the
  sharer's address, is not the recipient organisation's), whose item is
  named as money in transit: remittance advice, a payment confirmation or
  statement, a settlement or completion statement, an unpaid or overdue
  invoice, proof of a transfer, a tax repayment (English, French, Spanish,
  Portuguese, Italian, German, Dutch).

Shares among colleagues (the recipient's own tenant) and shares of anything
else (drawings, photos, a rate card, a budget) are left alone; lookalike and
spoofed share notices are the sender and lures stages' business.
"""

from __future__ import annotations

import re
import unicodedata

from rempart.engine.domains import protected_domains, registrable_domain
from rempart.engine.verdict import Hit, SymbolDef, Verdict

NAME = "shares"

SYMBOLS = [
    SymbolDef("SHARE_PAYMENT_DOCUMENT", 3.0, "A file platform's notice that somebody outside the organisation shared a "
              "payment document with the reader (remittance advice, a payment statement, an overdue invoice): "
              "the way broken-into accounts lead to a password page", Verdict.PHISHING),
]

# The platforms' own notification domains (their share notices come from these, signed by them).
PLATFORMS = frozenset("""sharepointonline.com onedrive.com dropbox.com dropboxmail.com google.com box.com
    adobe.com acrobat.com canva.com wetransfer.com docsend.com egnyte.com smartsheet.com sharefile.com""".split())

# Read on lower-cased, accent-free text (see _plain).
SHARED = re.compile(
    r"\bshared\b|\binvited you to\b|\bsent you\b|\bpartage\b|\bcompartid[oa]\b|\bha compartido\b|\bcompartilh"
    r"|\bcondivis[oa]\b|\bgeteilt\b|\bfreigegeben\b|\bgedeeld\b"
)
# A name between quotes of any kind, as the notices write the item.
QUOTED = re.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019']\s*([^\"\u201c\u201d\u201e\u00ab\u00bb\n]{3,150}?)\s*"
                    r"[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019']")
PAYMENT_DOCUMENT = re.compile(
    r"\bremittance\b|\bpayment\s+(?:advice|confirmation|statement|remittance|receipt|notice|copy|proof|slip|summary)"
    r"|\bproof\s+of\s+(?:payment|transfer)|\b(?:settlement|completion)\s+statement"
    r"|\b(?:overdue|unpaid|outstanding|past\s+due)\s+(?:invoice|payment|balance)|\binvoice\b.{0,40}\b(?:overdue|unpaid)\b"
    r"|\b(?:tax\s+)?(?:repayment|refund)\s+notice|\bswift\s+(?:copy|confirmation)|\bmt\s?103\b"
    r"|\bwire\s+(?:confirmation|transfer\s+(?:copy|confirmation|receipt))|\bach\s+(?:remittance|confirmation)"
    # French, Spanish, Portuguese, Italian, German, Dutch
    r"|\bavis\s+de\s+(?:paiement|virement)|\b(?:justificatif|preuve)\s+de\s+(?:paiement|virement)|\bfacture\s+impayee"
    r"|\b(?:comprobante|justificante)\s+de\s+(?:pago|transferencia)|\baviso\s+de\s+pago|\bfactura\s+(?:vencida|impagada|pendiente)"
    r"|\bcomprovante\s+de\s+(?:pagamento|transferencia)|\baviso\s+de\s+pagamento|\bpagamento\s+pendente"
    r"|\bfatura\b.{0,40}\b(?:pendente|vencida|em\s+atraso)\b"
    r"|\bavviso\s+di\s+pagamento|\bconferma\s+(?:di\s+)?pagamento|\b(?:contabile|distinta)\s+(?:di\s+)?bonifico"
    r"|\bfattura\s+(?:scaduta|insoluta|non\s+pagata)"
    r"|\bzahlungs(?:avis|bestatigung|nachweis)|\buberweisungs(?:beleg|bestatigung)|\b(?:offene|uberfallige)\s+rechnung"
    r"|\bbetaa?l(?:ings)?bewijs|\bbetalingsherinnering|\bopenstaande\s+factuur",
    re.S,
)
_TENANT = re.compile(r"^([a-z0-9-]+?)(?:-my)?\.sharepoint\.com$")
_ADDRESS = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_MARKS = re.compile(r"[\u0300-\u036f]")


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return _MARKS.sub("", text).replace("_", " ")


def shared_item(message) -> str | None:
    """The name of the item a share notice shares, when it names one that is a payment document."""
    for source in (message.subject, message.visible_text[:1500]):
        text = _plain(source)
        if not SHARED.search(text):
            continue
        for quoted in QUOTED.finditer(text):
            if PAYMENT_DOCUMENT.search(quoted.group(1).replace("-", " ")):
                return quoted.group(1).strip()
    return None


def _label(domain: str) -> str:
    return re.sub(r"[^a-z0-9]", "", registrable_domain(domain).partition(".")[0])


def from_inside(message, own: frozenset[str]) -> bool:
    """Whether the sharer is one of the organisation's own: its tenant in the link, or its address in the notice."""
    labels = {_label(d) for d in own if d}
    labels.discard("")
    if not labels:
        return False
    for url in message.urls:
        tenant = _TENANT.match(url.host_ascii or "")
        if tenant:
            name = tenant.group(1).replace("-", "")
            if any(name.startswith(label) or label.startswith(name) for label in labels):
                return True
    addresses = [message.header("Reply-To")] + [m.group(0) for m in _ADDRESS.finditer(message.visible_text[:3000])]
    return any(registrable_domain(found.group(1).lower()) in own
               for value in addresses for found in _ADDRESS.finditer(value or ""))


async def check(message, policy, context) -> list[Hit]:
    if registrable_domain(message.from_domain) not in PLATFORMS:
        return []
    item = shared_item(message)
    if item is None or from_inside(message, protected_domains(context)):
        return []
    return [Hit("SHARE_PAYMENT_DOCUMENT", f"{message.from_domain} notice sharing \u201c{item[:80]}\u201d")]
