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

- SHARE_PAYMENT_DOCUMENT: a share or signature notice sent by the platform
  itself, from outside the organisation (the SharePoint tenant of its link,
  or the sharer's address, is not the recipient organisation's), whose item
  or envelope is named as money in transit: remittance advice, a payment confirmation or
  statement, a settlement or completion statement, an unpaid or overdue
  invoice, proof of a transfer, a tax repayment (English, French, Spanish,
  Portuguese, Italian, German, Dutch).

- SHARE_FREEMAIL_ORGANISATION: a share or signature notice (DocuSign,
  Dropbox Sign, a Google share...) sent for a department or a company ("DISN
  Human Resources", "Settlement Administrator", "Immobiliare Gallura") whose
  account is a free mailbox. Companies send envelopes from their own
  domains; a free mailbox behind an HR department or a billing office is
  somebody playing it. A person's name behind a free mailbox (a freelancer,
  a landlord) is left alone.

- SHARE_NOTEBOOK_DOCUMENT: a share notice, the platform's own or written
  by a mailbox of the sharing company, whose link is a OneNote notebook on a
  SharePoint tenant outside the organisation, presented as a document: a PDF
  or a Word file by name, or a proposal, forms, an invoice or something to
  sign. A OneNote page is what a broken-into tenant shares because it can
  carry a big "view document" button to the password page, where a real PDF
  cannot; people share notebooks as notes, not as contracts.

Shares among colleagues (the recipient's own tenant) and shares of anything
else (drawings, photos, a rate card, a budget) are left alone, and so are
receipts people send each other (a proof of payment, a Pix or bank-transfer
receipt: a tenant to a landlord); lookalike and
spoofed share notices are the sender and lures stages' business.
"""

from __future__ import annotations

import re

from rempart.engine.domains import fold_text, is_freemail, protected_domains, registrable_domain
from rempart.engine.message import ADDRESS_IN_TEXT, parse_addresses
from rempart.engine.stages.sender import brands_named, display_name
from rempart.engine.verdict import Hit, SymbolDef, Verdict

NAME = "shares"

SYMBOLS = [
    SymbolDef("SHARE_PAYMENT_DOCUMENT", 3.0, "A file platform's notice that somebody outside the organisation shared a "
              "payment document with the reader (remittance advice, a payment statement, an overdue invoice): "
              "the way broken-into accounts lead to a password page", Verdict.PHISHING),
    SymbolDef("SHARE_NOTEBOOK_DOCUMENT", 3.0, "A share from outside the organisation of a OneNote notebook presented as "
              "a document (a PDF, a proposal, forms to sign): the page that carries broken-into tenants' "
              "password-page buttons", Verdict.PHISHING),
    SymbolDef("SHARE_FREEMAIL_ORGANISATION", 3.0, "A file-sharing or e-signature platform's notice sent for a "
              "department or a company (HR, billing, legal) whose account is a free mailbox", Verdict.PHISHING),
]

# The platforms' own notification domains (their share notices come from these, signed by them).
PLATFORMS = frozenset("""sharepointonline.com onedrive.com dropbox.com dropboxmail.com google.com box.com
    adobe.com acrobat.com canva.com wetransfer.com docsend.com egnyte.com smartsheet.com sharefile.com
    docusign.net docusign.com hellosign.com dropboxsign.com adobesign.com echosign.com""".split())

# Read on lower-cased, accent-free text (see _plain).
SHARED = re.compile(
    r"\bshared\b|\binvited you to\b|\bsent you\b|\bpartage\b|\bcompartid[oa]\b|\bcompartio\b|\bha compartido\b|\bcompartilh"
    r"|\bcondivis[oa]\b|\bgeteilt\b|\bfreigegeben\b|\bgedeeld\b"
    r"|\bmembagikan\b|\bberkongsi\b|\bda\s+chia\s+se\b|\bchia\s+se\b|\bibinahagi\b|\budostepni\w*|\bdelte\b|\bdelade\b"
)
# A name between quotes of any kind, as the notices write the item.
QUOTED = re.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019']\s*([^\"\u201c\u201d\u201e\u00ab\u00bb\n]{3,150}?)\s*"
                    r"[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019']")
PAYMENT_DOCUMENT = re.compile(
    r"\bremittance\b|\bpayment\s+(?:advice|confirmation|statement|remittance|receipt|notice|copy|proof|slip|summary)"
    r"|\b(?:settlement|completion)\s+statement"
    r"|\b(?:overdue|unpaid|outstanding|past\s+due)\s+(?:invoice|payment|balance)|\binvoice\b.{0,40}\b(?:overdue|unpaid)\b"
    r"|\b(?:tax\s+)?(?:repayment|refund)\s+notice|\bswift\s+(?:copy|confirmation)|\bmt\s?103\b"
    r"|\bwire\s+(?:confirmation|transfer\s+(?:copy|confirmation|receipt))|\bach\s+(?:remittance|confirmation)"
    # French, Spanish, Portuguese, Italian, German, Dutch
    r"|\bavis\s+de\s+(?:paiement|virement)|\bfacture\s+impayee"
    r"|\baviso\s+de\s+pago|\bfactura\s+(?:vencida|impagada|pendiente)"
    r"|\baviso\s+de\s+pagamento|\bpagamento\s+pendente"
    r"|\bfatura\b.{0,40}\b(?:pendente|vencida|em\s+atraso)\b"
    r"|\bavviso\s+di\s+pagamento|\bconferma\s+(?:di\s+)?pagamento|\b(?:contabile|distinta)\s+(?:di\s+)?bonifico"
    r"|\bfattura\s+(?:scaduta|insoluta|non\s+pagata)"
    r"|\bzahlungs(?:avis|bestatigung)|\b(?:offene|uberfallige)\s+rechnung"
    r"|\bbetalingsherinnering|\bbetalingsbevestiging|\bopenstaande\s+factu(?:ur|ren)",
    re.S,
)
# A signature request names its envelope after a colon: "Complete with Docusign: Remittance_Advice_Q3.pdf".
SIGN_REQUEST = re.compile(r"\b(?:docusign|sign(?:ature)?|signer|firmar|assinar|firmare|unterzeichnen|ondertekenen"
                          r"|voltooi|completa(?:r|re)?|complete[rz]?)\b[^:\n]{0,20}:\s*(.{3,150})$")
# A request for the reader's signature, however the platform words it.
SIGNATURE_ASKED = re.compile(
    r"\brequested\s+your\s+signature\b|\breview\s+and\s+sign\b|\bum\s+ihre\s+unterschrift\b|\bvous\s+invite\s+a\s+signer\b"
    r"|\bsolicita\s+(?:tu|su)\s+firma\b|\bsolicitou\s+(?:a\s+)?sua\s+assinatura\b|\brichiesto\s+la\s+(?:tua|sua)\s+firma\b"
    r"|\bvraagt\s+(?:om\s+)?uw\s+handtekening\b"
)
# A company's department or a company, as the name an envelope or a share is sent under. Not the words a club, a
# church or a family uses on a free mailbox too (team, office, group, members, services).
ORGANISATION_NAME = re.compile(
    r"\b(?:human\s+resources|hr|rh|ressources\s+humaines|recursos\s+humanos|risorse\s+umane|personalabteilung"
    r"|payroll|paie|nomina|billing|accounts?(?:\s+(?:payable|receivable|department))?|accounting|finance|legal|juridic[oa]"
    r"|juridique|department|dept|departamento|departement|dipartimento|abteilung|administrator|administration"
    r"|administracion|amministrazione|compliance|procurement|purchasing|settlements?|claims|disbursements?"
    r"|member\s+services|payroll\s+services|customer\s+service|immobiliare|inmobiliaria|immobilier|immobilien|sci|ltd"
    r"|inc|llc|gmbh|srl|sarl|sas|corp(?:oration)?|bank|university|asociados|associados|associates|partners|estudio"
    r"|abogados|advogados|avocats|solicitors|attorneys|llp|pllc|ltda|pty|law\s+(?:firm|offices?|group))\b"
)
# What a notebook shared as notes is not: a document by name, or words of paperwork and signing (lower-cased,
# accent-free). Read on the notice, not on the page behind it.
DOCUMENT_NAMED = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?)\b")
PAPERWORK = re.compile(
    r"\b(?:documents?|docs|paperwork|payoff|escrow|proposal|invoices?|payments?|contract|agreement|statement|forms"
    r"|quotation|quote|purchase\s+order"
    r"|tender|rfq|sign|signature|signing|secure|policy|documento?s?|factura|fatura|facture|rechnung|vertrag|contrato"
    r"|contrat|dokument\w*|offerte|factuur|devis|preventivo|presupuesto|orcamento|angebot|kostenvoranschlag"
    r"|ondertekening|ondertekenen|beveiligde?|signer|firmar|assinar|firmare"
    r"|unterschrift|unterzeichnen|securise|seguro|sicher\w*|dokumen|pembayaran|tagihan|faktur|invois|bayaran|kontrak"
    r"|penawaran|hoa\s+don|tai\s+lieu|hop\s+dong|orden\s+de\s+compra|ordem\s+de\s+compra|cotizacion|cotacao)\b"
)
_VIA = re.compile(r"\s*[(]?\b(?:via|v\u00eda|tramite|a\s+trav\u00e9s\s+de|par|\u00fcber|por)\s+\S+(?:\s+\S+)?[)]?\s*$", re.I)
_TENANT = re.compile(r"^([a-z0-9-]+?)(?:-my)?\.sharepoint\.com$")


def _plain(text: str) -> str:
    """Lower case, accents dropped, look-alike letters read as Latin, file names' underscores as spaces."""
    return fold_text(text).replace("_", " ")


def shared_item(message) -> str | None:
    """The name of the item a share notice shares, when it names one that is a payment document."""
    for source in (message.subject, message.visible_text[:1500]):
        text = _plain(source)
        items = []
        if SHARED.search(text):
            items += [quoted.group(1) for quoted in QUOTED.finditer(text)]
        if source is message.subject:
            items += [found.group(1) for found in [SIGN_REQUEST.search(text)] if found]
        for item in items:
            if PAYMENT_DOCUMENT.search(item.replace("-", " ")):
                return item.strip()
    return None


def is_share_notice(message) -> bool:
    """Whether the notice shares something or asks for a signature (not a security alert or a receipt)."""
    subject = _plain(message.subject)
    start = _plain(message.visible_text[:600])
    return bool(SHARED.search(subject) or SIGN_REQUEST.search(subject) or SIGNATURE_ASKED.search(subject)
                or SHARED.search(start) or SIGNATURE_ASKED.search(start))


def sharer(message, recipients: set[str]) -> tuple[str, str]:
    """(name, address) of whoever had the platform send the notice: the Reply-To, else the first address
    the notice shows that is neither the platform's nor a recipient's; the name the notice is sent under."""
    name = _VIA.sub("", display_name(message)).strip(' "')
    for value in message.header_all("Reply-To"):
        for reply_name, address in parse_addresses((value,)):
            if "@" in address:
                return (reply_name or name), address.lower()
    for found in ADDRESS_IN_TEXT.finditer(message.visible_text[:3000]):
        address = found.group(0).lower()
        if registrable_domain(found.group(1).lower()) not in PLATFORMS and address not in recipients:
            return name, address
    return name, ""


def _label(domain: str) -> str:
    return re.sub(r"[^a-z0-9]", "", registrable_domain(domain).partition(".")[0])


def from_inside(message, own: frozenset[str], recipients: frozenset[str] = frozenset()) -> bool:
    """Whether the sharer is one of the organisation's own: its tenant in the link, or its address in the notice.

    The recipients' own addresses do not count: every platform's footer says who the notice was sent to.
    """
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
    shown = f"{message.header('Reply-To')}\n{message.visible_text[:3000]}"
    return any(registrable_domain(found.group(1).lower()) in own and found.group(0).lower() not in recipients
               for found in ADDRESS_IN_TEXT.finditer(shown))


def notebook_tenant(message) -> str | None:
    """The SharePoint tenant of the first OneNote item the message links to (a ``/:o:/`` sharing link)."""
    for url in message.urls:
        tenant = _TENANT.match(url.host_ascii or "")
        if tenant and "/:o:/" in url.url[:200]:
            return tenant.group(1)
    return None


def notebook_as_document(message) -> bool:
    """Whether the notice presents what it shares as a document rather than as notes."""
    text = _plain(f"{message.subject}\n{message.visible_text[:1500]}").replace("privacy statement", "")
    return bool(DOCUMENT_NAMED.search(text) or PAPERWORK.search(text))


def _organisation(name: str) -> bool:
    return bool(ORGANISATION_NAME.search(_plain(name))) or bool(brands_named(name))


async def check(message, policy, context) -> list[Hit]:
    platform = registrable_domain(message.from_domain) in PLATFORMS
    tenant = notebook_tenant(message)  # a notebook link counts from any sender: a broken-into mailbox writes its own notice
    if not (platform or tenant):
        return []
    hits = []
    recipients = {a.strip(" <>").lower() for a in context.envelope.rcpt_to}
    recipients |= {address.lower() for value in message.header_all("To") for _n, address in parse_addresses((value,))}
    own = protected_domains(context)
    # A notebook presented as a document counts whatever the words around it: a broken-into mailbox writes "we have
    # moved our invoicing to SharePoint", not the platform's "shared a file with you".
    if tenant and notebook_as_document(message) and not from_inside(message, own, frozenset(recipients)):
        hits.append(Hit("SHARE_NOTEBOOK_DOCUMENT", f"a OneNote notebook on {tenant}.sharepoint.com shared as a document"))
    if not platform or not is_share_notice(message):
        return hits
    name, address = sharer(message, recipients)
    domain = address.rpartition("@")[2]
    if domain and is_freemail(domain) and _organisation(name):
        hits.append(Hit("SHARE_FREEMAIL_ORGANISATION", f"{message.from_domain} notice sent for \u201c{name[:60]}\u201d "
                                                        f"by {address}"))
    item = shared_item(message)
    if item is not None and not from_inside(message, own, frozenset(recipients)):
        hits.append(Hit("SHARE_PAYMENT_DOCUMENT", f"{message.from_domain} notice sharing \u201c{item[:80]}\u201d"))
    return hits
