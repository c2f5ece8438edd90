"""Lures: the pretext a message gives for acting now, weighed with where it sends the reader.

Phishing copies the notices people are used to: a password that expires, a
full mailbox, a document shared, a parcel held for a small fee, an unpaid
toll, a salary review. The wording alone proves nothing (the real notices
use it too); what the real ones never do is send the reader, for that
purpose, to free hosting, an abused domain or a disguised address, or
speak in the name of a brand or of the organisation from somebody else's
mailbox. This stage reads the pretext (subject and visible text, in
English and French, with the commonest Spanish, Portuguese, German and
Italian phrasings) and names the phishing verdict only for those
combinations:

- LURE_RISKY_LINK: a sign-in, shared-document, payment or HR pretext whose
  link leads to free hosting, an abused TLD, a lookalike or disguised
  address, into the folders where kits hide on broken-into sites
  (wp-content, cgi-bin, .well-known), carries the recipient's address to
  a stranger's site, downloads an archive or a program from a stranger's
  site, or is all the body shows, as a picture whose words filters cannot
  read (an invoice or a purchase order counts too, with a stricter idea
  of risky: the hosting and TLDs that are almost only abuse, lookalikes,
  downloads);
- LURE_IMPERSONATION: such a pretext from a sender who poses as a brand or
  as the organisation (the sender stage's findings, or a brand named in
  the subject by a sender who is not that brand), with links elsewhere
  (the organisation's name alone, which HR and payroll platforms also
  sign with, is only a score: LURE_ORG_NAME);
- LURE_HTML_ATTACHMENT: such a pretext with an HTML or SVG page attached
  that runs script, posts a form or redirects (not an encrypted-mail
  envelope);
- LURE_CREDENTIALS_ASKED: the reader's mailbox password, or a sign-in with
  the work, Microsoft or Google account, asked for in the message itself
  ("you'll need to sign in with your email account to open it") by an
  outside sender whose links lead elsewhere than its own site: no real
  share, invoice or voicemail needs the reader's mail password, so the
  link may be on a genuine platform (DocSend, Typeform, S3) and still count;
- LURE_MFA_APPROVAL: from outside, a request to approve every sign-in
  prompt or to send back the number the authenticator shows (MFA fatigue);
- BEC_BANK_DETAILS, BEC_WIRE_REQUEST, BEC_GIFT_CARDS: a change of bank or
  payroll details, an urgent transfer to keep quiet, or gift cards to buy
  and whose codes to send, from a free mailbox or with replies diverted to
  one: payment fraud needs no link;
- BEC_BANK_DETAILS_THREAD: new bank details announced from outside in a
  reply to a conversation, from any sender: a supplier's broken-into
  mailbox writes from the real address, in the real thread;
- CALLBACK_PHISHING: a receipt for a brand's renewal to dispute by phone,
  from a free mailbox, with no link at all;
- ARCHIVE_LINK_PASSWORD: from outside, a link to download an archive (a
  ZIP, RAR, 7z, ISO) with its password in the message: the archive is
  locked so no scanner reads it, and linked so no gateway holds it;
- LURE_IS_THIS_YOU: "is this you in this video?" with a link to an archive
  or a program, as broken-into accounts write to their friends;
- FAMILY_EMERGENCY: from a free mailbox, a child or grandchild ("hi mum",
  "grandma it's me") whose phone is lost or new and who needs money today,
  often in secret: the "hi mum" and grandparent scams moved to e-mail;
- REPLY_NAME_OTHER_DOMAIN, REPLY_THREAD_HIJACK: a reply signed with the
  name of a correspondent quoted in the thread, sent from another domain
  than theirs; with a download or hosting link, a hijacked conversation.
- REPLY_LOOKALIKE_DOMAIN: a reply from a near copy of the domain of an
  address quoted in the thread (the reader wrote to vogt.de, the answer
  comes from vogt.com): a look-alike joining a real conversation, which
  with new bank details is supplier fraud (BEC_BANK_DETAILS).
- REPLY_FABRICATED_THREAD: an outsider's "RE: FW:" asking for a payment,
  whose quoted thread shows one of the organisation's own people approving
  it, while the message answers nothing (no In-Reply-To, no References):
  the thread was typed, not replied to. Real replies carry those headers.

It runs after the "urls" and "sender" stages and reads what they left in
``context.notes`` ("url_findings", "sender_findings").
"""

from __future__ import annotations

import base64
import functools
import re
import unicodedata
from urllib.parse import unquote

from rempart.engine import archives, documents, html
from rempart.engine.message import parse_addresses
from rempart.engine.domains import (
    brand_data,
    brand_index,
    edit_distance,
    fold,
    is_freemail,
    organisation_index,
    protected_domains,
    registrable_domain,
    split_domain,
)
from rempart.engine.rules import Matcher, Rule
from rempart.engine.stages.sender import brands_named, display_name
from rempart.engine.stages.urls import PROGRAM_EXTENSIONS
from rempart.engine.urls import Url, host_in, hosting_weight, parse_url, url_lists
from rempart.engine.verdict import Hit, SymbolDef, Verdict

NAME = "lures"

SYMBOLS = [
    SymbolDef("LURE_RISKY_LINK", 3.0, "A sign-in, shared-document, payment or HR pretext whose link leads to free "
              "hosting, an abused domain, a disguised address or a download", Verdict.PHISHING),
    SymbolDef("LURE_IMPERSONATION", 3.0, "A sign-in, shared-document, payment or HR pretext from a sender posing as "
              "a brand or the organisation, with links elsewhere", Verdict.PHISHING),
    SymbolDef("LURE_ORG_NAME", 2.5, "A sign-in, shared-document, payment or HR pretext under the organisation's "
              "name from an outside address, with links elsewhere"),
    SymbolDef("LURE_QR_PAYMENT", 4.0, "A QR code that pays a third party, in a message whose sender poses as a brand "
              "(a customs fee to Correios paid by Pix to someone else)", Verdict.PHISHING),
    SymbolDef("LURE_HTML_ATTACHMENT", 3.0, "A sign-in, document or payment pretext with an attached web page that "
              "runs script, posts a form or redirects", Verdict.PHISHING),
    SymbolDef("BEC_BANK_DETAILS", 4.0, "A change of bank or payroll details asked from a free mailbox, with "
              "replies diverted to one or to another domain (payment fraud)", Verdict.PHISHING),
    SymbolDef("BEC_WIRE_REQUEST", 4.0, "An urgent, confidential transfer of money asked from a free mailbox or with "
              "replies diverted to one (CEO fraud)", Verdict.PHISHING),
    SymbolDef("BEC_BANK_DETAILS_THREAD", 4.0, "New bank details announced from outside in a reply to a conversation "
              "(a supplier's broken-into mailbox diverting a payment): confirm by phone, on a known number, before "
              "paying", Verdict.PHISHING),
    # Fraud, but what the corpus and the samples call spam: a score, not a phishing verdict, enough for spam
    # on its own even when the content model leans to ham.
    SymbolDef("ADVANCE_FEE_FRAUD", 6.0, "An inheritance, a prize or funds to share offered from a free mailbox or "
              "with replies diverted (advance-fee fraud)"),
    SymbolDef("EXTORTION_CRYPTO", 6.0, "Extortion: a claim to have filmed or hacked the reader, with a threat to send "
              "it to their contacts, and a cryptocurrency address to pay (sextortion)", Verdict.PHISHING),
    SymbolDef("BEC_W2_REQUEST", 4.0, "Every employee's W-2 or tax forms asked from a free mailbox, a look-alike or with "
              "replies diverted (tax-data theft)", Verdict.PHISHING),
    SymbolDef("BEC_GIFT_CARDS", 4.0, "Gift cards to buy and their codes to send, asked from a free mailbox or with "
              "replies diverted (gift-card fraud)", Verdict.PHISHING),
    SymbolDef("CALLBACK_PHISHING", 4.0, "A brand's charge to dispute by phone, from a free mailbox and with no link "
              "(callback phishing)", Verdict.PHISHING),
    SymbolDef("CALLBACK_AUTHORITY_THREAT", 4.0, "A police officer, a court or an agency threatening arrest, a warrant or a "
              "suspension, with a number to call and no link, from a free mailbox or offering to settle by phone",
              Verdict.PHISHING),
    SymbolDef("LURE_HIDDEN_RECIPIENTS", 3.0, "A sign-in, shared-document, payment or HR pretext its sender addressed "
              "to itself (or to nobody), the real recipients hidden in Bcc, with links elsewhere: a broken-into "
              "mailbox mailing its contacts", Verdict.PHISHING),
    SymbolDef("LURE_CREDENTIALS_ASKED", 3.0, "The mailbox password or the work account's sign-in asked for (to open a "
              "document, a voicemail, an invoice) by an outside sender whose links lead to another site than its own",
              Verdict.PHISHING),
    SymbolDef("LURE_MFA_APPROVAL", 4.0, "Asks to approve every sign-in prompt, or to send back the number or code the "
              "authenticator shows (MFA fatigue), from outside the organisation", Verdict.PHISHING),
    SymbolDef("CALLBACK_PLATFORM_NOTE", 4.0, "A charge to dispute by phone written into an invoice or money request "
              "sent through a payment platform (callback phishing from genuine infrastructure)", Verdict.PHISHING),
    SymbolDef("BEC_AVAILABILITY", 4.0, "A first message, short and without links, asking whether the reader is "
              "available for a favour while the sender cannot take calls (the opening of CEO or partner fraud)",
              Verdict.PHISHING),
    SymbolDef("LURE_IS_THIS_YOU", 4.0, "'Is this you in this video?' with a link to an archive or a program (how "
              "broken-into accounts spread infostealers to their friends)", Verdict.PHISHING),
    SymbolDef("FAMILY_EMERGENCY", 4.0, "A child or grandchild writing from a free mailbox with a lost or new phone and "
              "money needed today (the 'hi mum' and grandparent scams)", Verdict.PHISHING),
    SymbolDef("ROMANCE_OPENER", 4.0, "A stranger's first love letter from a free mailbox: found your address, a widow "
              "far away, an honest heart, photos to come (the opening of romance and investment scams)", Verdict.PHISHING),
    SymbolDef("ARCHIVE_LINK_PASSWORD", 4.0, "A link to download a password-protected archive, its password in the "
              "message: how malware is sent past the attachment scanner (hijacked threads)", Verdict.PHISHING),
    SymbolDef("REPLY_NAME_OTHER_DOMAIN", 1.0, "A reply signed with the name of a correspondent quoted in the thread, "
              "from another domain than theirs"),
    SymbolDef("REPLY_LOOKALIKE_DOMAIN", 2.0, "A reply from a near copy of the domain of an address quoted in the "
              "thread (another TLD, a letter changed or added): a look-alike joining a real conversation"),
    SymbolDef("REPLY_THREAD_HIJACK", 3.0, "A reply under a quoted correspondent's name from another domain, leading "
              "to a download or to free hosting (a hijacked conversation)", Verdict.PHISHING),
    SymbolDef("REPLY_FABRICATED_THREAD", 4.0, "An outsider's payment request under a 'reply' that answers no message, "
              "quoting one of the organisation's own people approving it (a typed, fake thread)", Verdict.PHISHING),
]

TEXT_LIMIT = 20_000  # characters of visible text read; pretexts sit at the top
WEB_LINK_KINDS = frozenset({"link", "form", "frame", "refresh", "bare", "redirect"})
# What the urls stage calls a disguise or a detour, as opposed to a merely unusual link.
DISGUISED_URLS = frozenset(
    """URL_LOOKALIKE_ORG URL_LOOKALIKE_ORG_WEAK URL_LOOKALIKE_BRAND URL_BRAND_COMBO URL_BRAND_ON_HOSTING
    URL_IP_HOST URL_USERINFO URL_MIXED_SCRIPT URL_DATA_LINK URL_FILE_LINK URL_TEXT_MISMATCH_BRAND""".split()
)
DETOUR_URLS = frozenset("URL_EMAIL_IN_FRAGMENT URL_REDIRECTOR URL_SHORTENER URL_EXFILTRATION".split())
# The sender stage's symbols that mean "poses as somebody it is not".
POSING = frozenset(
    """FROM_DISPLAY_BRAND FROM_DISPLAY_ORG_DOMAIN FROM_DISPLAY_ORG_NAME FROM_DISPLAY_ADDRESS FROM_LOOKALIKE_ORG
    FROM_LOOKALIKE_ORG_WEAK FROM_LOOKALIKE_BRAND FROM_BRAND_COMBO VIP_NAME_EXTERNAL FREEMAIL_ORG_NAME
    REPLYTO_IMPERSONATION REPLYTO_LOOKALIKE_BRAND""".split()
)
# Code hosts whose download areas (releases, Bitbucket's Downloads) hold whatever a repository's owner uploads.
CODE_HOSTS = frozenset({"github.com", "githubusercontent.com", "bitbucket.org", "gitlab.com", "codeberg.org",
                        "sourceforge.net"})
DOWNLOAD_EXTENSIONS = (
    ".zip", ".rar", ".7z", ".iso", ".img", ".vhd", ".vhdx", ".exe", ".msi", ".scr", ".js", ".jse", ".vbs",
    ".hta", ".lnk", ".jar", ".tgz", ".gz", ".cab", ".one", ".bat", ".cmd", ".ps1", ".apk",
)
# Where phishing kits sit on the sites they break into: WordPress folders, cgi-bin, the hidden .well-known.
KIT_PATH = re.compile(r"/(?:wp-(?:content|includes|admin)|cgi-bin|\.well-known)/", re.I)
# What no site serves on purpose: a script, a page or a folder opened as a page inside WordPress's uploads folder
# (which holds pictures and documents), or anything but the core's own assets under wp-includes or wp-admin's asset
# folders (css, js, images). A link there opens a page somebody put on a
# broken-into site, whoever sends it. Matched on the path, without the query.
HACKED_SITE_PAGE = re.compile(
    r"/wp-(?:includes|admin/(?:css|js|images|includes))/(?:.*/)?(?![^/]*\.(?:js|css|png|gif|jpe?g|svg|webp|woff2?|ttf|ico)$)"
    r"[^/]*$"
    r"|/wp-content/uploads/.*\.(?:php\d?|phtml|aspx?|html?)$"
    # a folder of uploads opened as a page (uploads are files in year/month folders, not pages)
    r"|/wp-content/uploads/(?:[^/]+/)*[^/.]*[a-z][^/.]*/$",
    re.I,
)
HTML_ATTACHMENT_NAMES = (".htm", ".html", ".shtml", ".shtm", ".xhtml", ".svg", ".mht", ".mhtml")
HTML_ATTACHMENT_TYPES = frozenset({"text/html", "image/svg+xml", "application/xhtml+xml"})
HTML_ACTIVE = re.compile(r"<script\b|<form\b|http-equiv\s*=\s*[\"']?refresh|\bon(?:load|error)\s*=", re.I)


def _pattern(*alternatives: str) -> re.Pattern:
    """One pattern of alternatives, for the lower-cased text of _plain (case-sensitive: three times faster)."""
    return re.compile("|".join(alternatives), re.S)


# Patterns read a lower-cased, accent-free text (see _plain), so they are written without accents or capitals.
ACCOUNT = _pattern(
    r"\b(?:account|mailbox|webmail|e-?mail)\b[^.\n]{0,60}\bre-?validat\w*|\bre-?validat\w*[^.\n]{0,60}\b(?:account|mailbox|webmail)\b",
    r"\b(?:your|the)\s+(?:\S+\s+){0,3}?password\s+(?:for\s+\S+\s+)?(?:expires?\b|will\s+expire|has\s+expired"
    r"|is\s+(?:set\s+to\s+|about\s+to\s+|due\s+to\s+)?expir)",
    r"\bpassword\s+(?:expir\w*|reset\s+required)",
    r"\bkeep\s+(?:your\s+|the\s+|my\s+)?(?:current|same|existing)\s+password",
    r"\b(?:your|the)\s+(?:\S+\s+){0,2}?(?:mailbox|inbox|e-?mail\s+(?:storage|quota|box)|storage|quota)\s+(?:is\s+|has\s+)?"
    r"(?:almost\s+|nearly\s+|now\s+)?(?:full\b(?!\s+of)|exceeded|reached|over\s+(?:the\s+)?(?:limit|quota))",
    r"\b(?:incoming|new)\s+(?:e-?mails?|messages?)\s+(?:will\s+be|are\s+being|have\s+been|were)\s+"
    r"(?:rejected|suspended|held|blocked|returned|bounced)",
    r"\b(?:pending|held|undelivered|blocked|quarantined)\s+(?:incoming\s+)?(?:messages|e-?mails)\b",
    r"\b\d+\s+(?:new\s+)?messages?\s+(?:held|pending|quarantined|blocked)\b",
    r"\b(?:unusual|suspicious|unrecognized|unauthorized)\s+(?:sign-?in|log-?in|login)\b",
    r"\b(?:unusual|suspicious|unrecognized|unauthorized)\s+(?:activity|access|attempt)s?\s+(?:on|in|to|with|from)\s+"
    r"(?:your|the)\s+(?:\S+\s+){0,2}?(?:account|mailbox|wallet|card)",
    r"\b(?:verify|confirm|validate|re-?activate|restore|unlock|re-?authenticate)\s+(?:your|the)\s+(?:\S+\s+){0,2}?"
    r"(?:account|identity|mailbox|wallet|credentials)\b.{0,80}?\b(?:within|before|to\s+avoid|otherwise|immediately|or\s+your"
    r"|will\s+be|suspend\w*|lock\w*|restrict\w*|limit\w*|terminat\w*)",
    r"\b(?:account|mailbox|wallet)s?\s+(?:has\s+been\s+|will\s+be\s+|is\s+(?:being\s+)?|was\s+|may\s+be\s+|could\s+be\s+)"
    r"(?:temporarily\s+|permanently\s+)?"
    r"(?:suspended|locked|disabled|restricted|limited|deactivated|terminated|blocked|frozen)\b",
    r"\b(?:multi-?factor|mfa|2fa|two-?factor|2-step)\s+(?:authentication\s+)?(?:re-?enrol\w*|expir\w*|verification\s+required)",
    r"\b(?:your|the)\s+(?:\S+\s+){0,2}?account\s+(?:is\s+)?(?:due\s+to|about\s+to|set\s+to|going\s+to)\s+expire\b"
    r"|\b(?:your|the)\s+(?:\S+\s+){0,2}?account\s+(?:will\s+)?expires?\s+(?:in|within|today|tomorrow)\b",
    r"\b(?:multi-?factor|mfa|2fa|two-?factor)\s+(?:\S+\s+){0,3}?(?:re-?authenticat\w*|re-?enrol\w*|expire\w*)\b",
    r"\b(?:secret\s+)?recovery\s+phrase\b|\bseed\s+phrase\b"
    # a drainer's airdrop: a claim that needs the reader's wallet connected
    r"|\b(?:airdrop|allocation|token\s+claim)\b.{0,300}?\bconnect\s+(?:your\s+)?wallet\b",
    r"\b(?:page|account|profile)\s+(?:\S+\s+){0,4}?(?:scheduled\s+for\s+(?:permanent\s+)?deletion|will\s+be\s+(?:permanently\s+)?"
    r"(?:deleted|removed|disabled|unpublished))",
    r"\bviolat\w*\s+(?:\S+\s+){0,2}?(?:community\s+standards|terms\s+of\s+(?:service|use)|copyright|trademark|policies)"
    r"|\bsubmit\s+(?:an\s+)?appeal\b|\bcopyright\s+infringement\b",
    # French
    r"\bmot\s+de\s+passe\s+(?:\S+\s+){0,4}?(?:expire\b|va\s+expirer|a\s+expire|arrive\s+a\s+expiration|expirera"
    r"|doit\s+etre\s+(?:change|renouvele))",
    r"\bconserver\s+(?:votre\s+|le\s+|mon\s+)?mot\s+de\s+passe",
    r"\bboite\s+(?:aux\s+lettres|mail|e-?mail|de\s+reception)\s+(?:\S+\s+){0,6}?(?:pleine|saturee|a\s+atteint|depasse)",
    r"\bespace\s+de\s+stockage\s+(?:\S+\s+){0,3}?(?:plein|sature|atteint)|\bquota\s+de\s+(?:messagerie|stockage)",
    r"\bmessages?\s+(?:entrants\s+)?(?:en\s+attente\s+de\s+(?:validation|liberation)|bloques|retenus|non\s+(?:distribues|remis)"
    r"|seront\s+rejetes)",
    r"\b(?:connexion|activite|tentative\s+de\s+connexion)\s+(?:inhabituelle|suspecte)",
    r"\b(?:verifie[rz]|confirme[rz]|valide[rz]|reactive[rz]|active[rz]|securise[rz]|debloque[rz])\s+(?:votre|vos|mon|le|la)\s+"
    r"(?:\S+\s+){0,2}?(?:compte|identite|acces|pass\s+securite|portefeuille)",
    r"\b(?:compte|acces|portefeuille)s?\s+(?:\S+\s+){0,4}?(?:a\s+ete|sera|est|va\s+etre|seront|ont\s+ete)\s+"
    r"(?:temporairement\s+|definitivement\s+)?(?:suspendus?|bloques?|desactives?|limites?|restreints?|geles?)\b",
    r"\bactivation\s+obligatoire\b",
    r"\b(?:double\s+)?authentification\s+(?:multifacteur|multi-facteurs?|a\s+deux\s+facteurs|forte)\s+(?:\S+\s+){0,2}?"
    r"(?:expire|doit\s+etre\s+renouvelee|obligatoire)|\brenouvellement\s+de\s+(?:l'|votre\s+)?authentification\b",
    # Spanish, Portuguese, German, Italian
    r"\b(?:cuenta|conta|cartao|tarjeta)\s+(?:\S+\s+){0,3}?(?:suspendida|bloqueada|suspensa|desativada|restringida|bloqueado)",
    r"\b(?:contrasena|senha)\s+(?:\S+\s+){0,3}?(?:expira|caduca|vence)",
    r"\b(?:verifique|confirme|atualize|actualice|valide)\s+(?:su|sua|seu|sus|seus|suas)\s+(?:cuenta|conta|dados|datos|identidad"
    r"|identidade|cadastro)",
    r"\bkonto\s+(?:\S+\s+){0,3}?(?:gesperrt|eingeschrankt|deaktiviert|gesperrt\s+werden)|\bpasswort\s+(?:\S+\s+){0,2}?lauft\s+ab",
    r"\b(?:bestatigen|verifizieren|aktualisieren)\s+sie\s+(?:ihr|ihre)\s+(?:konto|daten|identitat|zugangsdaten)",
    r"\b(?:account|conto)\s+(?:\S+\s+){0,3}?(?:sospeso|bloccato|limitato)|\bpassword\s+(?:\S+\s+){0,2}?(?:scade|scaduta)",
    r"\b(?:passwort|kennwort)\s+(?:\S+\s+){0,5}?(?:lauft\s+(?:\S+\s+){0,4}?ab\b|ist\s+abgelaufen|beibehalten)"
    r"|\b(?:aktuelles\s+)?(?:passwort|kennwort)\s+beibehalten|\bsperrung\s+ihres\s+(?:kontos|postfachs|zugangs)",
    r"\b(?:anmeldung|anmeldeversuch|inicio\s+de\s+sess?ao|inicio\s+de\s+sesion|accesso|tentativo\s+di\s+accesso)\s+"
    r"(?:\S+\s+){0,1}?(?:ungewohnlich|verdachtig|invulgar|incomum|suspeit[oa]|inusual|sospechos[oa]|insolito|sospetto)",
    r"\b(?:proteja|protega|proteggi|schutzen\s+sie)\s+(?:a\s+sua\s+|su\s+|il\s+tuo\s+|ihr\s+)?(?:conta|cuenta|account|konto)\b",
    r"\baccount\s+(?:\S+\s+){0,6}?(?:verra|verranno|sara|saranno)\s+(?:\S+\s+)?(?:disattivat|sospes|bloccat|chius)\w*",
    r"\baggiornamento\s+(?:dell'|del\s+(?:tuo\s+)?)?(?:account|casella)\s+(?:di\s+posta\s+)?(?:elettronica\s+)?obbligatorio",
    r"\b(?:e-?mail|mail|webmail|mailbox)\s+(?:account\s+)?(?:upgrade|migration)\s+(?:is\s+)?(?:required|mandatory|pending)",
    r"\bmailbox\s+(?:\S+@\S+\s+)?(?:is\s+|has\s+)(?:almost\s+|nearly\s+|now\s+)?(?:full\b(?!\s+of)|exceeded)"
    r"|\b(?:messages?|e-?mails?)\s+(?:on\s+)?(?:held|pending)\s*:\s*\d+",
    r"\b(?:\S+-)?zugang\s+(?:\S+\s+){0,3}?(?:gesperrt|eingeschrankt|deaktiviert)\b"
    r"|\b(?:s-)?(?:push)?tan-?verfahren\w*\s+(?:\S+\s+){0,6}?(?:aktualisier|registrier|freischalt|verifizier|abgeschaltet)"
    r"|\b(?:id\s+austria|zugang|karte|app)\s+(?:\S+\s+){0,6}?(?:muss\s+verlangert\s+werden|lauft\s+(?:\S+\s+){0,2}?ab\b)",
    r"\bre-?validat\w*\s+(?:your\s+|the\s+)?(?:\S+@\S+|mailbox|e-?mail\s+account|account)"
    r"|\bmailbox(?:es)?\s+(?:\S+\s+){0,6}?will\s+be\s+(?:removed|deleted|disabled|deactivated|suspended|closed)\b",
    r"\b(?:ssl|tls|ssl/tls)\s+certificate\s+(?:\S+\s+){0,4}?(?:expires?\b|will\s+expire|has\s+expired|is\s+expiring)"
    r"|\bconfirm\s+(?:your\s+|the\s+)?(?:\S+\s+){0,3}?credentials\b",
)
# The same, in more languages and for banks' security devices: one pattern is too long for Hyperscan.
ACCOUNT_MORE = _pattern(
    # Dutch: the authenticator to register again, the mailbox to validate
    r"\b(?:mfa|authenticator|tweestapsverificatie|2fa)\s+(?:\S+\s+){0,3}?(?:herregistr\w*|opnieuw\s+(?:registreren|instellen|koppelen))"
    r"|\bherregistratie\b|\bmailbox\s+(?:\S+\s+){0,2}?(?:vol|bijna\s+vol)\b|\buw\s+account\s+(?:\S+\s+){0,2}?(?:geblokkeerd|opgeschort)\b",
    # Bank security keys and online access (Irish, British and Portuguese banks)
    r"\b(?:secure\s*key|security\s+(?:code|key|device)|card\s*reader|digipass)\s+(?:\S+\s+){0,3}?(?:expires?|expired|expiring)\b"
    r"|\b(?:online\s+|internet\s+banking\s+)?access\s+(?:\S+\s+){0,2}?(?:being|be|been)\s+(?:suspended|blocked|restricted)\b"
    r"|\b(?:codigo|chave)\s+de\s+(?:seguranca|acesso)\s+(?:\S+\s+){0,6}?expira\b|\batualize\s+os\s+seus\s+dados\s+de\s+acesso\b",
    # Mailbox full: German, Italian; marketplace "the buyer paid, confirm to receive the money"
    r"\bpostfach\s+(?:\S+\s+){0,5}?(?:speichergro(?:ss|ß)e|speicherplatz|kapazitat|speicherlimit)\s+(?:\S+\s+){0,2}?(?:erreicht|uberschritten)"
    r"|\beingehende\s+(?:nachrichten|e-?mails)\s+werden\s+(?:\S+\s+){0,3}?(?:abgewiesen|zuruckgewiesen|geloscht|blockiert)",
    r"\bcasella\s+(?:di\s+posta\s+)?(?:\S+\s+){0,3}?(?:ha\s+superato|e\s+piena|ha\s+raggiunto)"
    r"|\bnuovi\s+messaggi\s+non\s+(?:verranno|saranno)\s+(?:recapitati|consegnati)",
    # German mailboxes; Polish; Czech
    r"\b(?:postfach|e-?mail-?konto|mailkonto|konto|seite|facebook-seite|profil|werbekonto)\s+(?:\S+\s+){0,6}?"
    r"(?:deaktiviert|gesperrt|geloscht|geschlossen|stillgelegt)\b"
    r"|\b(?:postfach|speicher)\s+(?:\S+\s+){0,3}?(?:voll|fast\s+voll|uberschritten)\b",
    r"\bskrzynk\w*\s+(?:\S+\s+){0,4}?(?:zablokowan\w*|zawieszon\w*|usunie\w*|pelna|przepelnion\w*|dezaktywowan\w*)"
    r"|\bzweryfikuj\s+(?:swoje\s+|swoja\s+)?(?:konto|skrzynk\w*|tozsamosc|dane)|\bkonto\s+(?:\S+\s+){0,4}?"
    r"(?:zablokowan\w*|zawieszon\w*|dezaktywowan\w*)",
    r"\bschrank\w*\s+(?:\S+\s+){0,5}?(?:plna|zablokovan\w*|zrusen\w*|deaktivovan\w*|kapacit\w*)"
    r"|\b(?:overte|potvrdte)\s+(?:svuj\s+|vas\s+)?(?:ucet|schranku|totoznost)|\bucet\s+(?:\S+\s+){0,4}?(?:zablokovan\w*|zrusen\w*|deaktivovan\w*)",
    # Dutch
    r"\b(?:verifieer|bevestig|controleer|valideer)\s+(?:uw|je)\s+(?:\S+\s+)?(?:mailbox|account|e-?mailaccount|identiteit|gegevens)"
    r"|\b(?:mailbox|account|rekening)\w*\s+(?:\S+\s+){0,4}?(?:wordt|worden|is|zijn|zal\s+worden|word)\s+(?:tijdelijk\s+)?"
    r"(?:gedeactiveerd|geblokkeerd|opgeschort|verwijderd|beperkt)\b|\bwachtwoord\s+(?:\S+\s+){0,3}?verloopt\b",
    # Spanish and Portuguese: confirm your identity or lose the service; the page to be deleted for copyright
    r"\b(?:verificar|confirmar|validar|actualizar|atualizar|reactivar|reativar)\s+(?:su|sua|tu|seu|sus|seus)\s+(?:\S+\s+){0,2}?"
    r"(?:cuenta|conta|identidad|identidade|datos|dados)\b.{0,160}?\b(?:suspend|bloque|desactiv|desativ|restring|cancelad)",
    r"\b(?:pagina|cuenta|perfil|conta|buzon|casilla)\s+(?:\S+\s+){0,4}?(?:sera|seran|va\s+a\s+ser)\s+(?:\S+\s+)?(?:eliminad|suspendid"
    r"|desactivad|deshabilitad|excluid|removid|desativad)\w*|\binfraccion\s+de\s+(?:los\s+)?derechos\s+de\s+autor"
    r"|\bviolacao\s+de\s+direitos\s+autorais",
    # Finnish, Swedish, Norwegian, Danish: the account restricted, the passcode expired
    r"\btili\w*\s+(?:\S+\s+){0,3}?(?:rajoitettu|suljettu|lukittu|jaadytetty)|\b(?:tunnusluku\w*|salasana\w*)\s+(?:\S+\s+){0,2}?"
    r"vanhentu\w*|\bkonto\w*\s+(?:\S+\s+){0,4}?(?:sparrat|sp[aæe]rret|begransat|begrenset|blokeret|last|stangt)\b",
)

def _native(*alternatives: str) -> re.Pattern:
    """:func:`_pattern` for words in other alphabets, normalised as _plain normalises the text (NFKD, marks dropped),
    so that a pattern written as a reader writes it ("إيقاف", "підтвердіть") matches."""
    return _pattern(*(_MARKS.sub("", unicodedata.normalize("NFKD", a)) for a in alternatives))


_MARKS = re.compile(r"[\u0300-\u036f]")

# Account and identity pretexts in Arabic, Hebrew, Thai, Vietnamese, Malay/Indonesian and Ukrainian.
ACCOUNT_WORLD = _native(
    r"تحديث\s+(?:ال)?بيانات|(?:سيتم|تم)\s+(?:إيقاف|ايقاف|تعليق|تجميد)\s+(?:حساب|بطاق)",
    r"החשבון\s+(?:שלך\s+)?(?:נחסם|הוקפא|הושעה|ייחסם)|אימות\s+(?:פרטים|זהות)",
    r"ยืนยันตัวตน|(?:บัญชี|บัตร)\S{0,40}?(?:ถูกระงับ|จะถูกระงับ|ถูกล็อก)",
    r"\btai\s+khoan\s+(?:\S+\s+){0,4}?(?:bi\s+khoa|tam\s+khoa|bi\s+dong\s+bang|se\s+bi\s+khoa)"
    r"|\bxac\s+thuc\s+(?:sinh\s+trac\s+hoc|tai\s+khoan|thong\s+tin)",
    r"\bakaun\s+(?:anda\s+)?(?:\S+\s+){0,2}?(?:disekat|digantung|dibekukan)|\bakun\s+(?:anda\s+)?(?:\S+\s+){0,2}?"
    r"(?:diblokir|dinonaktifkan|ditangguhkan|dibekukan)|\bverifikasi\s+(?:akun|data)\b|\bsila\s+sahkan\s+maklumat",
    r"скриньк\w*\s+(?:\S+\s+){0,3}?(?:переповнен\w*|заповнен\w*)|підтвердіть\s+(?:свій\s+|свою\s+)?"
    r"(?:обліковий\s+запис|особу|дані)|(?:рахунок|картк\w*|обліковий\s+запис)\s+(?:\S+\s+){0,3}?(?:заблоковано|буде\s+заблоковано)",
    # French: "votre accès est suspendu"
    r"\bacces\s+(?:\S+\s+){0,4}?(?:a\s+ete\s+|est\s+|sera\s+)?(?:suspendu|bloque|desactive)\b",
)
# Fees and refunds in the same languages.
PAYMENT_WORLD = _native(
    r"דמי\s+מכס|ממתינה\s+לתשלום|החזר\s+מס",
    r"رسوم\s+(?:الجمارك|جمركية|التوصيل)|استرداد\s+(?:ضريب|مبلغ)",
    r"\bbayaran\s+balik\s+cukai|\bpengembalian\s+(?:dana|pajak)|\bpaket\s+(?:anda\s+)?tertahan|\bbea\s+cukai\b",
    r"\bhoan\s+thue\b|\bphi\s+(?:hai\s+quan|giao\s+hang)",
    r"ค่าธรรมเนียม\S{0,20}?(?:ศุลกากร|จัดส่ง)|คืนภาษี",
)

DOCUMENT = _pattern(
    r"\bshared\s+(?:a\s+|an\s+|the\s+|\d+\s+)?(?:new\s+|pending\s+|secure\s+|important\s+|confidential\s+)?"
    r"(?:file|folder|document|doc|item|spreadsheet|pdf|recording)s?\s+with\s+you",
    r"\bshared\s+[\"'\u201c\u2018].{1,100}?[\"'\u201d\u2019]\s+with\s+you",
    r"\b(?:file|folder|document|workbook|spreadsheet|pdf|item|presentation)s?\s+(?:has|have)\s+been\s+shared\s+with\s+you",
    r"\b(?:sent|shared)\s+you\s+(?:a\s+|an\s+|\d+\s+|some\s+|new\s+)?(?:secure\s+|encrypted\s+|confidential\s+)?"
    r"(?:documents?|files?|folder|fax|agreement|contract)\b",
    r"\byou\s+(?:have\s+)?received\s+(?:a\s+|an\s+|\d+\s+|new\s+)?(?:\d+\s+)?(?:new\s+)?(?:secure\s+|encrypted\s+)?"
    r"(?:documents?|files?|fax|voice\s*mail|voice\s+message|secure\s+message|page\s+fax)\b",
    r"\b(?:new|incoming)\s+(?:secure\s+|encrypted\s+)?(?:fax|voice\s*mail|voice\s+message|secure\s+message|encrypted\s+message)\b",
    r"\bnew\s+messages?\s+from\s+(?:the\s+|your\s+)?(?:server|system|mail|e-?mail|mailbox|it)\s+admin\w*",
    r"\b(?:received|sent\s+you)\s+(?:a|an)\s+(?:new\s+)?(?:secure|encrypted|protected)\s+(?:e-?mail|message)\b",
    r"\b(?:cloud\s+)?recording\s+(?:is\s+)?(?:now\s+)?(?:available|ready)\b",
    r"\breview\s+and\s+sign\b|\bplease\s+docusign\b|\bcomplete\s+with\s+(?:docusign|acrobat\s+sign)\b",
    r"\b(?:documents?|agreements?|contracts?)\s+(?:is\s+|are\s+)?(?:ready|waiting|pending)\s+for\s+(?:your\s+)?(?:signature|review)",
    r"\b(?:find|access|download|view|review)\s+(?:the\s+)?(?:updated\s+|revised\s+|shared\s+|requested\s+)?(?:files?|documents?)"
    r"\s+(?:\S+\s+){0,4}?(?:via|through|using)\s+(?:the\s+|this\s+)?link\b",
    r"\b(?:view|open|access|download|review)\s+(?:the\s+|your\s+|this\s+)?(?:secure|shared|encrypted|protected)\s+"
    r"(?:documents?|files?|messages?|folder)\b",
    r"\b(?:document|file|message)\s+is\s+(?:protected|encrypted|secured)\b",
    r"\b(?:sign|log)\s*-?\s*in\s+with\s+your\s+(?:business\s+|work\s+|corporate\s+|company\s+|professional\s+)?"
    r"(?:e-?mail|credentials|microsoft|office)",
    r"\b(?:sign|log)\s*-?\s*in\s+with\s+your\s+(?:organi[sz]ation(?:al)?|work|school|business|company|corporate)\s+account",
    r"\b(?:microsoft|office\s*365|m365|outlook|google|company|corporate|work|sso)\s+(?:sign|log)\s*-?\s*in\s+(?:is\s+)?required\b",
    r"\bremittance\s+advice\b|\bpayment\s+advice\b",
    r"\bmade\s+available\s+(?:to\s+you\s+)?(?:through|via|on|in)\s+(?:our|the|a)\s+(?:secure\s+)?(?:\w+\s+)?"
    r"(?:portal|platform|vault|data\s+room|file\s+share)\b",
    # French
    r"\ba\s+partage\s+(?:un\s+|une\s+|le\s+|la\s+|les\s+|des\s+|\d+\s+)?(?:fichier|dossier|document|element)s?\b",
    r"\bvous\s+a\s+(?:envoye|partage|transmis)\s+(?:un\s+|une\s+|le\s+|la\s+|les\s+|des\s+|\d+\s+)?"
    r"(?:fichier|document|dossier|fax|contrat)s?\b",
    r"\bvous\s+avez\s+recu\s+(?:\d+\s+|un\s+|une\s+|des\s+|de\s+nouveaux\s+)?(?:nouveaux?\s+|nouvelle\s+)?"
    r"(?:fichiers?|documents?|messages?\s+voca\w+|fax|telecopie|message\s+securise)",
    r"\b(?:nouveau|nouvel)\s+(?:message\s+vocal|fax|message\s+securise)\b",
    r"\b(?:document|fichier)s?\s+(?:partage|securise|protege)s?\b",
    r"\bvous\s+invite\s+a\s+signer\b|\b(?:un\s+|le\s+|des\s+)?documents?\s+a\s+signer\b",
    r"\b(?:connectez-vous|identifiez-vous|authentifiez-vous)\s+(?:avec|a\s+l'aide\s+de)\s+(?:votre|vos)\s+"
    r"(?:adresse|identifiants|compte|e-?mail)",
    r"\bavis\s+de\s+(?:paiement|virement|reglement)\b",
)

PAYMENT = _pattern(
    r"\bunpaid\s+(?:tolls?|fines?|invoices?|balance|tax|parking)\b|\btoll\s+(?:due|balance|violation|payment|notice)\b",
    r"\boutstanding\s+(?:toll|fine)s?\b|\bunpaid\s+(?:crossing|road\s+charge)s?\b|\bpenalty\s+charge\s+notice\b",
    r"\b(?:outstanding|unpaid|unresolved|pending)\s+(?:traffic\s+|parking\s+)?(?:citation|ticket|violation)s?\b"
    r"|\b(?:driver'?s?\s+licen[cs]e|driving\s+privileges?|vehicle\s+registration)\s+(?:\S+\s+){0,4}?"
    r"(?:suspended|suspension|revoked|revocation)\b",
    r"\b(?:tax\s+)?refund\s+(?:of\s+[$\u20ac\u00a3]?\d|is\s+(?:ready|pending|available)|has\s+been\s+(?:approved|issued))",
    r"\beligible\s+(?:for|to\s+receive)\s+(?:a\s+)?(?:tax\s+)?refund\b",
    r"\b(?:redelivery|re-delivery|customs|shipping|handling)\s+(?:fee|charge|duty)s?\b",
    r"\b(?:package|parcel|shipment)\s+(?:\S+\s+){0,10}?(?:could\s+not\s+be\s+delivered|on\s+hold|is\s+held|was\s+held"
    r"|incomplete\s+address|returned\s+to\s+(?:the\s+)?sender)",
    r"\bpayment\s+(?:has\s+)?(?:failed|declined|was\s+declined|was\s+unsuccessful|could\s+not\s+be\s+processed)\b",
    r"\b(?:update|confirm|verify)\s+(?:your\s+)?(?:payment|billing|card)\s+(?:method|details|information|info)\b",
    r"\bsubscription\s+(?:has\s+)?(?:expired|been\s+suspended|is\s+suspended|could\s+not\s+be\s+renewed|is\s+on\s+hold)\b",
    r"\b(?:points|rewards|miles)\s+(?:will\s+)?(?:expire|are\s+expiring)\b",
    r"\b(?:pontos|milhas|puntos|millas)\s+(?:\S+\s+){0,4}?(?:expiram|expirar|vencem|vencen|expiran|caducan|vao\s+expirar)\b",
    r"\bdomain\s+(?:name\s+)?(?:\S+\s+){0,3}?(?:expires?\s+today|will\s+expire|has\s+expired|suspension|will\s+be\s+suspended)",
    r"\b(?:dominio|domaine|domain)\s+(?:\S+\s+){0,3}?(?:e\s+|esta\s+|ist\s+)?(?:scadut\w*|caducado|abgelaufen)"
    r"|\brinnovo\s+(?:automatico\s+)?(?:non\s+(?:e\s+)?(?:riuscito|andato\s+a\s+buon\s+fine))",
    # French
    r"\bpeage\s+(?:impaye|non\s+regle)|\bpassages?\s+(?:non\s+regles?|impayes?|sans\s+paiement)\b",
    r"\b(?:amende|contravention)s?\s+(?:impayee?s?|a\s+regler|majoree?s?)\b",
    r"\b(?:eligible|droit)\s+a\s+un\s+remboursement\b|\bavis\s+de\s+remboursement\b",
    r"\bfrais\s+de\s+(?:reexpedition|livraison|douane|dedouanement|delivrance|dossier|traitement|reservation)\b",
    r"\b(?:taxa|tarifa)\s+de\s+(?:processamento|inscricao|tramitacion|procesamiento|gestao|gestion)\b"
    r"|\b(?:processing|handling|release|administration|registration)\s+fee\b",
    r"\bcolis\s+(?:\S+\s+){0,10}?(?:en\s+attente|bloque|retenu|pas\s+pu\s+etre\s+livre)",
    r"\bpaiement\s+(?:a\s+ete\s+)?(?:refuse|rejete|echoue)\b|\bmoyen\s+de\s+paiement\s+(?:a\s+ete\s+)?(?:refuse|expire)\b",
    r"\b(?:prelevement|paiement|reglement)\s+(?:\S+\s+){0,6}?n'a\s+pas\s+pu\s+etre\s+(?:effectue|preleve|traite|honore)"
    r"|\bn'a\s+pas\s+pu\s+etre\s+prelevee?\b|\b(?:rejet|echec)\s+de\s+prelevement\b"
    r"|\bmandat\s+(?:sepa|de\s+prelevement)\s+(?:\S+\s+){0,2}?(?:n'est\s+plus|n'etant\s+plus|a\s+expire|expire)",
    r"\b(?:mettre|mettez)\s+a\s+jour\s+(?:votre\s+|vos\s+)?(?:moyen\s+de\s+paiement|informations\s+de\s+paiement"
    r"|coordonnees\s+bancaires)",
    r"\babonnement\s+(?:a\s+expire|a\s+ete\s+suspendu|est\s+suspendu|n'a\s+pas\s+pu\s+etre\s+renouvele)",
    r"\bpoints?\s+(?:de\s+)?(?:fidelite\s+)?(?:expirent|vont\s+expirer|expireront)\b",
    r"\bnom\s+de\s+domaine\s+(?:\S+\s+){0,4}?(?:expire|suspendu)",
    # Spanish, Portuguese, German, Italian
    r"\btaxa\s+(?:de\s+importacao|de\s+despacho|pendente|alfandegaria)\b|\bencomenda\s+(?:\S+\s+){0,6}?(?:retida|tributada|aguardando)",
    r"\bpago\s+(?:pendiente|rechazado)\b|\bpaquete\s+(?:\S+\s+){0,6}?(?:retenido|pendiente)",
    r"\b(?:saldo\s+de\s+)?peajes?\s+(?:pendientes?|impagados?|sin\s+pagar|no\s+pagados?)\b|\bsaldo\s+de\s+peaje\b"
    r"|\bpedagios?\s+(?:pendentes?|em\s+aberto|nao\s+pagos?)\b|\bpeages?\s+impayes?\b|\bpedaggi?o?\s+non\s+pagat[oi]\b"
    r"|\bunbezahlte\s+maut\w*\b|\bmautgebuhr\w*\s+(?:offen|ausstehend)\b",
    r"\b(?:pontos|puntos)\s+(?:\S+\s+){0,2}?(?:expiram|vao\s+expirar|caducan|expiran)\b|\bfatura\s+em\s+aberto\b",
    r"\b(?:paket|sendung)\s+(?:\S+\s+){0,6}?(?:zugestellt\s+werden|zollgebuhr|zuruckgehalten)|\bzollgebuhr\b",
    r"\b(?:pacco|spedizione)\s+(?:\S+\s+){0,6}?(?:in\s+giacenza|sospes|non\s+consegnat)",
    # tax and benefit refunds: Italian, Spanish, German, Dutch
    r"\brimborso\s+(?:\S+\s+){0,3}?(?:disponibile|a\s+(?:suo|tuo|vostro)\s+favore|in\s+attesa|di\s+[\u20ac\d])"
    r"|\ba\s+(?:suo|tuo|vostro)\s+favore\s+(?:un\s+)?rimborso|\b(?:confermare|aggiornare)\s+(?:le\s+)?(?:sue\s+)?coordinate\s+bancarie",
    r"\b(?:reembolso|devolucion)\s+(?:de\s+(?:impuestos|la\s+renta|irs|\d)|fiscal|pendiente|disponible)",
    r"\bdroits?\s+(?:\S+\s+){0,6}?(?:seront|vont\s+etre)\s+(?:definitivement\s+)?perdus\b|\bvotre\s+compte\s+cpf\b",
    r"\b(?:betaald|paid|paye|regle|bezahlt|pagato|pagado|pago|pagamento)\b.{0,200}?\b(?:bevestig\w*|confirm\w*|bestatig\w*"
    r"|conferm\w*|valide[rz]?)\b"
    r".{0,80}?\b(?:ontvangen|receive|recevoir|erhalten|ricevere|recibir)\b",
    r"\b(?:ontvangen|receive|recevoir|erhalten|ricevere|recibir|receber)\s+(?:the\s+|l'|het\s+|das\s+|il\s+|el\s+|o\s+)?"
    r"(?:money|argent|geld|denaro|dinero|dinheiro|payment|paiement|betaling|zahlung|pagamento|pago)\b.{0,80}?\b(?:confirm\w*"
    r"|bevestig\w*|bestatig\w*|conferm\w*|valide[rz]?)\s+(?:your|votre|ta|je|uw|ihre|deine|la\s+tua|su|sua|tu)\s+"
    r"(?:card|carte|kaart|karte|carta|tarjeta|cartao|bank)",
    r"\b(?:para\s+)?(?:recibir\w*|cobrar\w*|receber|recevoir)\b.{0,120}?\b(?:poner|introducir|ingresar|meter|anadir|inserir"
    r"|colocar|informar|saisir|entrer|indiquer)\s+(?:la|tu|su|sua|o\s+seu|seu|votre|ta)\s+(?:tarjeta|cartao|carte)\b",
    # ... Swedish, Norwegian, Danish, Finnish, Polish, Turkish
    r"\b(?:betalat|betalt|maksoin|maksettu|zap[lł]aci\w*|odeme\w*|odedim)\b.{0,200}?\b(?:bekrafta|bekrefte|bekraefte|vahvista\w*"
    r"|potwierdz\w*|onayla\w*)\b.{0,120}?\b(?:mottag\w*|pengarna|pengene|pengen|utbetal\w*|otrzyma\w*|przelew\w*|hesab\w*"
    r"|kargo\w*|rahat)",
    r"\b(?:bezahlt|gezahlt)\b.{0,250}?\bbestatig\w*\b.{0,120}?\b(?:ausgezahlt|uberwiesen|gutgeschrieben|erhalten|freigegeben)\b",
    # ... German and Spanish, the payout named before the confirmation ("damit das Geld ausgezahlt wird, bestatigen")
    r"\b(?:bezahlt|gezahlt|ha\s+pagado|ya\s+pago|pago\s+recibido)\b.{0,250}?\b(?:ausgezahlt|auszahlung|zahlungseingang"
    r"|liberar\w*|cobr\w*)\b.{0,120}?\b(?:bestatig\w*|confirm\w*)\b",
    r"\b(?:steuer)?(?:ruck)?erstattung\s+(?:\S+\s+){0,3}?(?:verfugbar|bereit|ausstehend|von\s+(?:[\u20ac\d]|chf|eur))"
    r"|\bsteuererstattung\b|\bsie\s+erhalten\s+eine\s+(?:ruck)?erstattung\b|\bdiritto\s+a\s+un\s+rimborso\b",
    r"\blastschrift\s+(?:\S+\s+){0,3}?(?:nicht\s+eingezogen|abgelehnt|zuruckgegeben)|\babbuchung\s+(?:\S+\s+){0,8}?"
    r"(?:abgelehnt|fehlgeschlagen|nicht\s+moglich)|\b(?:zahlungserinnerung|letzte\s+mahnung|\d\.\s+mahnung)\b",
    r"\bsie\s+haben\s+(?:chf|eur|\u20ac)\s?[\d.,]+\s+erhalten\b.{0,200}?\b(?:annehmen|bestatig\w*)",
    r"\b(?:belasting)?teruggave\s+(?:\S+\s+){0,3}?(?:beschikbaar|klaar|van\s+[\u20ac\d])|\brecht\s+op\s+(?:een\s+)?(?:teruggave|terugbetaling)",
    r"\b(?:sepa-?)?incasso\s+(?:\S+\s+){0,3}?(?:geweigerd|mislukt|gestorneerd|niet\s+gelukt)|\baanmaning\b|\bnaheffing\w*"
    r"|\b(?:openstaande|onbetaalde)\s+(?:tol\w*|boete\w*|verkeersboete\w*|factu\w*|rekening\w*|bedrag\w*)"
    r"|\bterugbetaling\s+(?:\S+\s+){0,4}?(?:staat\s+(?:voor\s+u\s+)?klaar|beschikbaar|van\s+[\u20ac\d])"
    r"|\b(?:vertragings)?compensatie\s+(?:\S+\s+){0,3}?(?:van\s+)?[\u20ac\d]|\bongebruikte\s+(?:beloning|punten|tegoed)"
    r"|\brekeningnummer\s+(?:\S+\s+){0,2}?(?:niet\s+)?bevestig\w*|\binklaringskosten\b",
    r"\bremboursement\s+(?:\S+\s+){0,3}?(?:en\s+attente|disponible|de\s+[\u20ac\d])",
)

HR = _pattern(
    r"\bsalary\s+(?:review|increase|adjustment|revision|raise)\b|\b(?:compensation|bonus|merit)\s+(?:review|adjustment"
    r"|statement|increase|letter)\b",
    r"\bbenefits?\s+(?:enrol{1,2}ment|elections?)\b|\bopen\s+enrol{1,2}ment\b|\bpayroll\s+(?:update|adjustment|review)\b",
    r"\bperformance\s+(?:review|appraisal)\b|\bemployee\s+handbook\b",
    # Spanish and Portuguese
    r"\b(?:reajuste|ajuste|aumento)\s+(?:salarial|de\s+(?:salario|sueldo))\b|\b(?:holerite|contracheque)s?\s+(?:\S+\s+){0,4}?"
    r"(?:disponive\w+|atualizad\w+)|\bnomina\s+(?:\S+\s+){0,4}?disponible\b|\b(?:decimo\s+terceiro|aguinaldo)\s+"
    r"(?:\S+\s+){0,3}?(?:liberad\w+|disponi\w+|pendiente|pendente)|\bparticipacao\s+nos\s+lucros\b",
    r"\bpay\s+(?:award|rise|uplift)\b|\brevised\s+(?:salary|pay\s+(?:point|scale|grade))\b|\b(?:salary|pay)\s+arrears\b"
    r"|\bcost\s+of\s+living\s+(?:adjustment|payment|increase)\b",
    r"\brevision\s+(?:salariale|des\s+salaires|de\s+(?:votre\s+)?remuneration)\b|\baugmentation\s+(?:de\s+salaire|salariale)\b",
    r"\bprime\s+(?:annuelle|exceptionnelle|de\s+fin\s+d'annee)\b|\bgrille\s+salariale\b|\bentretien\s+annuel\b",
    r"\b(?:form\s+)?(?:w-?2|1099|p60|p45)\b.{0,60}?\b(?:is\s+|are\s+)?(?:now\s+)?(?:available|ready)\b"
    r"|\b(?:payslip|pay\s*stub|pay\s+statement|bulletin\s+de\s+(?:paie|salaire))s?\s+(?:is\s+|are\s+|est\s+)?(?:now\s+)?"
    r"(?:available|ready|disponible)",
    r"\bdirect\s+deposit\s+(?:\S+\s+){0,6}?(?:changed|updated|change\s+confirmation|was\s+changed|update|verification)\b",
    r"\b(?:mitarbeiterhandbuch|gehaltsanpassung|gehaltserhohung|entgeltmitteilung|entgeltabrechnung|gehaltsabrechnung"
    r"|lohnabrechnung|bonuszahlung|jahresbonus|renteninformation|betriebliche[rn]?\s+altersvorsorge|lohnsteuerbescheinigung)\b",
)

# The reader's own mailbox password, or a sign-in with the work account, asked in the message itself.
CREDENTIALS = _pattern(
    r"\b(?:e-?mail|mailbox|webmail|inbox|outlook|office\s*365|microsoft\s*365|microsoft|google|company|corporate|work"
    r"|business|network|domain)(?:\s+or\s+(?:microsoft|google|outlook|office\s*365))?\s+(?:account\s+)?"
    r"(?:credentials|password|passcode|log-?in\s+details)\b",
    r"\b(?:sign|log)\s*-?\s*in\s+(?:to\s+(?:\S+\s+){1,4}?)?with\s+your\s+(?:\S+\s+){0,2}?"
    r"(?:institutional|university|school|college|staff|student|campus)\s+(?:e-?mail\s+)?(?:account|password|credentials|address|e-?mail)\b"
    r"|\b(?:enter|confirm|provide|verify|re-?enter|type|update)\s+(?:your\s+|the\s+)?(?:\S+\s+){0,2}?"
    r"(?:username|user\s*name|user\s*id|login|e-?mail(?:\s+address)?)\s+and\s+password\b",
    r"\bprihlaste\s+(?:se\s+)?(?:svym|vasim)\s+(?:pracovnim\s+|skolnim\s+)?(?:e-?mail\w*|uctem)"
    r"|\bzaloguj\s+sie\s+(?:\S+\s+){0,2}?(?:sluzbow\w*|firmow\w*)\s+(?:adresem|kontem|e-?mail\w*)",
    r"\b(?:sign|log)\s*-?\s*in\s+with\s+your\s+(?:\S+\s+){0,2}?(?:e-?mail|microsoft|office\s*365|outlook|google|company"
    r"|corporate|work|organi[sz]ation|network|windows|domain)\s+(?:account|password|credentials|address\s+and\s+password)\b"
    r"|\b(?:sign|log)\s*-?\s*in\s+with\s+your\s+(?:company|corporate|work|business|organi[sz]ation(?:al)?)\s+e-?mail\b",
    r"\b(?:company|corporate|work|business)\s+(?:e-?mail\s+)?(?:log-?in|sign-?in)\b"
    r"|\bauthenticate\s+with\s+your\s+(?:\S+\s+){0,2}?(?:e-?mail|microsoft|office|outlook|google|company|corporate|work)\b"
    r"|\b(?:confirm|verify|enter)\s+your\s+(?:microsoft(?:\s*365)?|office\s*365|outlook|google|e-?mail|company|work)\s+"
    r"(?:log-?in|sign-?in)\b",
    r"\b(?:enter|confirm|provide|verify|re-?enter|type)\s+(?:your\s+|the\s+)?(?:e-?mail\s+(?:address\s+and\s+(?:current\s+)?)?"
    r"|mailbox\s+|account\s+|current\s+)?(?:password|credentials)\b",
    # French, German, Spanish, Italian, Portuguese, Dutch
    r"\bmot\s+de\s+passe\s+(?:de\s+|du\s+)?(?:votre\s+)?(?:messagerie|boite|compte\s+(?:e-?mail|mail|microsoft|outlook|office"
    r"|google)|adresse)|\bidentifiants?\s+(?:de\s+)?(?:votre\s+)?(?:messagerie|microsoft|office|outlook|google"
    r"|compte\s+(?:e-?mail|mail|professionnel))|\b(?:confirmer|saisir|entrer)\s+(?:vos\s+identifiants|votre\s+mot\s+de\s+passe)",
    r"\b(?:identifier|connecter|authentifier|authentification|connexion|identification|identifiez-vous|connectez-vous"
    r"|authentifiez-vous)\s+avec\s+(?:votre|vos)\s+"
    r"(?:compte|identifiants|adresse)\s+(?:\S+\s+)?(?:microsoft|office|outlook|google|professionnel|de\s+messagerie|e-?mail)",
    r"\bmelden\s+sie\s+sich\s+mit\s+ihre[mn]?\s+(?:\S+\s+)?(?:firmenkonto|firmen-?e-?mail|microsoft|arbeitskonto"
    r"|unternehmenskonto|e-?mail-?konto|zugangsdaten)",
    r"\b(?:sign|log)\s*-?\s*in\s+(?:to\s+(?:\S+\s+){1,4}?)?with\s+your\s+(?:microsoft|office)\s*365\s+(?:account|credentials|password)\b",
    r"\banmeldung\s+mit\s+ihre[mr]?\s+(?:\S+\s+)?(?:firmenkonto|firmen-?e-?mail|geschaftlichen\s+e-?mail|e-?mail|microsoft"
    r"|arbeitskonto|dienstlichen|unternehmens)",
    r"\b(?:e-?mail|postfach|microsoft|firmen)-?\s?(?:passwort|kennwort|zugangsdaten)\b"
    r"|\bzugangsdaten\s+(?:ihres|ihrer)\s+(?:e-?mail|postfach)|\bmit\s+ihren\s+(?:\S+\s+)?(?:zugangsdaten|anmeldedaten)\b",
    r"\biniciar\s+sesion\s+con\s+(?:el|su|tu)\s+(?:correo|cuenta\s+de\s+correo|e-?mail)"
    r"|\bcontrasena\s+(?:de\s+)?(?:su|tu)\s+(?:correo|cuenta\s+de\s+correo)",
    r"\b(?:accedere|accedi|effettuare\s+l'accesso)\s+con\s+(?:la\s+tua\s+|la\s+sua\s+|le\s+tue\s+|le\s+sue\s+)?"
    r"(?:e-?mail|credenziali|casella)|\bpassword\s+(?:della\s+)?(?:tua|sua)\s+(?:casella|e-?mail|posta)",
    r"\b(?:iniciar\s+sessao|entrar)\s+com\s+(?:o\s+)?(?:seu\s+)?(?:e-?mail|conta\s+de\s+e-?mail)|\bsenha\s+do\s+(?:seu\s+)?e-?mail",
    r"\binloggen\s+met\s+(?:uw|je)\s+(?:e-?mail|e-?mailadres|mailbox|wachtwoord|microsoft)|\b(?:e-?mail|mailbox)-?\s?wachtwoord\b",
)
# "We will never ask for your password": the words above, denied in the same sentence.
# "Check the address before you type your password": advice, the same words said just before.
DENIED = re.compile(r"\b(?:never|not|n't|no\s+one|nobody|jamais|personne|nie|niemals|nunca|nadie|mai|nooit)\b[^.!?\n]{0,60}$"
                    r"|\b(?:before|avant\s+de|bevor|antes\s+de|prima\s+di)\s+(?:you\s+)?$")

# MFA fatigue: approve every prompt, or hand over the number the authenticator shows. No real service desk asks either.
MFA_APPROVAL = _pattern(
    r"\bapprove\s+(?:all|every|each|any)\s+(?:of\s+(?:them|these)\s+|(?:\S+\s+){0,3}?(?:requests?|prompts?|notifications?"
    r"|sign-?ins?|push(?:es)?)\b)",
    r"\b(?:reply|respond|send|tell|give|text)\s+(?:\S+\s+){0,5}?(?:number|code|digits)\s+(?:displayed|shown|that\s+(?:appears|is\s+shown)"
    r"|you\s+see)\b",
    r"\b(?:approuvez|acceptez|validez)\s+(?:toutes|chacune)\b|\b(?:communiquez|envoyez|transmettez)(?:-nous)?\s+(?:\S+\s+){0,3}?"
    r"(?:code|numero|chiffres)\s+(?:affiche|qui\s+s'affiche)",
)
MFA_CONTEXT = _pattern(r"\b(?:authenticator|mfa|multi-?factor|2fa|two-?factor|push|verification\s+requests?|sign-?in\s+requests?"
                       r"|double\s+authentification|authentification\s+multifacteur)\b")

# Business paperwork: a pretext too, but everyday mail; only the clearest risks count with it.
PAPERWORK = _pattern(
    r"\b(?:invoice|purchase\s+order|remittance|quotation|request\s+for\s+quot\w*|statement\s+of\s+account|proforma"
    r"|pro-forma|payment\s+confirmation|swift\s+copy|wire\s+transfer|(?:monthly|quarterly|account)\s+statement)\b",
    r"\b(?:facture|bon\s+de\s+commande|devis|releve\s+de\s+compte|justificatif\s+de\s+paiement|contrat)s?\b",
    r"\b(?:fatura|nota\s+fiscal|boleto|factura|orden\s+de\s+compra|rechnung)\b",
    r"\b(?:ordine\s+d(?:i\s+|')acquisto|fattura|preventivo|bestellung|lieferschein|pedido\s+de\s+compra|orcamento|presupuesto)\b",
    r"\b(?:factuur|offerte|inkooporder|betalingsherinnering|aanmaning)\b",
    r"\b(?:rahmenvertrag|vertragsentwurf|nachtrag\s+zum|auftragsbestatigung|zahlungsavis|gutschrift|angebotsanfrage)\b",
    # Court and tax summonses (Brazil, Spanish-speaking countries), a favourite cover of banking trojans
    r"\b(?:intimacao|citacao|notificacao\s+judicial|citacion|emplazamiento|notificacion\s+judicial|intimacion)\b",
    r"\b(?:notice\s+of\s+electronic\s+filing|court\s+(?:summons|hearing\s+notice)|subpoena|filed\s+and\s+served)\b",
    # Copyright claims with their "evidence" to download, the cover of infostealer campaigns against creators and shops
    r"\b(?:copyright\s+(?:infringement|violation|claim|strike)|infringement\s+(?:notice|evidence)|dmca\s+(?:notice|takedown)"
    r"|violazione\s+(?:del\s+)?(?:diritto\s+d'autore|copyright)|diritto\s+d'autore|urheberrechtsverletzung"
    r"|violation\s+(?:du\s+|des\s+)?droits?\s+d'auteur|(?:infraccion|violacion)\s+de\s+(?:los\s+)?derechos\s+de\s+autor"
    r"|violacao\s+de\s+direitos\s+autorais)\b",
)

BANK_CHANGE = _pattern(
    r"\b(?:change[sd]?|changing|update[sd]?|updating|new)\s+(?:of\s+|to\s+)?(?:our\s+|my\s+|the\s+|its\s+)?"
    r"(?:bank(?:ing)?\s+(?:details|account|information|info|institution)|account\s+details|remittance\s+details"
    r"|direct\s+deposit|payroll\s+(?:account|details|information))",
    r"\b(?:new|updated)\s+(?:iban|bank\s+account)\b|\bchanged\s+(?:its\s+|our\s+|my\s+)?bank(?:ing\s+institution|s)?\b",
    r"\bchanged\s+(?:its\s+|our\s+|my\s+)?bank(?:ing)?\s+(?:partner|provider|connection)\b"
    r"|\b(?:remit|transfer|pay|payments?\s+(?:\w+\s+){0,6}(?:should|must|will|are\s+to)\s+(?:now\s+|henceforth\s+)?be\s+"
    r"(?:made|sent|remitted))"
    r"\b.{0,80}?\b(?:to|into)\s+(?:our|the)\s+(?:new|temporary|alternative|updated|following|other)\s+(?:bank\s+)?account\b",
    r"\b(?:neue|geanderte|aktualisierte)\s+(?:bankverbindung|kontoverbindung|iban)\b|\bkontoanderung\b"
    r"|\b(?:hausbank|bank|bankverbindung)\s+gewechselt\b|\bauf\s+unser\s+neues\s+konto\b",
    r"\banderung\s+(?:unserer|der|meiner|ihrer)\s+(?:bankverbindung|kontoverbindung|bankdaten)\b"
    r"|\b(?:bankverbindung|kontoverbindung|bankdaten)\s+(?:\S+\s+){0,8}?geandert\b",
    r"\b(?:changement|modification|mise\s+a\s+jour)\s+(?:de\s+|du\s+|des\s+)?(?:mon\s+|notre\s+|nos\s+|mes\s+)?"
    r"(?:rib|coordonnees\s+bancaires|compte\s+bancaire|domiciliation\s+bancaire)",
    r"\bnouveaux?\s+(?:rib|compte\s+bancaire|iban)\b|\bnouvelles\s+coordonnees\s+bancaires\b|\bchange\s+de\s+banque\b"
    r"|\b(?:coordonnees\s+bancaires|rib|iban|domiciliation\s+bancaire)\s+(?:\S+\s+){0,2}?(?:ont\s+ete|a\s+ete|sont|est)\s+"
    r"(?:modifiee?s?|changee?s?)\b",
    r"\b(?:cambio|alteracao|mudanca)\s+(?:de\s+|dos\s+)?(?:cuenta|conta|datos\s+bancarios|dados\s+bancarios)",
    r"\bhesap\s+bilgileri\w*\s+(?:\S+\s+){0,4}?degis\w*|\byeni\s+(?:banka\s+)?hesab\w*",
    r"\b(?:nueva\s+cuenta|novo?a?\s+conta|nuevo\s+iban)\b|\b(?:abonarse|pagarse|transferirse|ser\s+feitos?|ser\s+realizados?"
    r"|ser\s+depositados?)\s+(?:\S+\s+){0,4}?(?:en\s+la|na)\s+(?:nueva\s+|nova\s+)?(?:cuenta|conta)\b"
    r"|\bconta\s+(?:\S+\s+){0,6}?(?:ficara|esta|foi)\s+(?:temporariamente\s+)?bloqueada\s+para\s+recebimentos",
    r"\b(?:switched|changed|moved)\s+(?:our\s+|my\s+)?(?:banks?|(?:operating\s+|business\s+)?(?:bank\s+)?account)\b"
    r"|\b(?:paycheck|paychecks|salary|wages|pay)\s+(?:\S+\s+){0,4}?(?:to\s+)?(?:my|a|the)\s+new\s+(?:bank\s+)?account\b",
    r"\b(?:updated|changed|new)\s+(?:our\s+|the\s+)?(?:escrow|trust|operating|business|receiving)\s+account\b"
    r"|\bdisregard\s+(?:any|the|all)\s+(?:\S+\s+){0,2}?(?:wire|wiring|payment|bank(?:ing)?)\s+(?:instructions|details)\b",
    r"\b(?:bank(?:ing)?|account|payment|remittance|wire|wiring|ach)\s+(?:details|information|info|account|instructions)\s+"
    r"(?:\S+\s+){0,2}?(?:have|has)\s+"
    r"(?:now\s+)?(?:been\s+)?(?:changed|updated)\b"
    r"|\b(?:sent|paid|made|remitted|transferred|wired|deposited|go)\s+(?:\S+\s+){0,3}?(?:to|into)\s+(?:our|the|his|her)\s+new\s+"
    r"(?:\w+\s+){0,2}?account\b",
    r"\bchange\s+of\s+(?:our\s+|my\s+|the\s+)?bank(?:ing)?\s+(?:facility|facilities|provider|partner|arrangements?)\b"
    r"|\b(?:accounts?|banking)\s+(?:is|are)\s+now\s+(?:held|kept|domiciled)\s+(?:with|at)\b"
    r"|\b(?:old|previous|former|existing)\s+(?:\w+\s+){0,2}?account\s+(?:is\s+)?no\s+longer\s+(?:accepting|receiving|in\s+use"
    r"|active|operational|valid)\b",
    r"\bmoved\s+(?:our\s+|my\s+)?(?:business\s+)?bank(?:ing|\s+account)?\s+(?:over\s+)?to\b"
    r"|\b(?:old|previous|existing)\s+(?:\w+\s+){0,2}?account\s+(?:is\s+being|will\s+be|has\s+been|is\s+now)\s+"
    r"(?:closed|frozen|suspended)|\buse\s+the\s+new\s+(?:bank\s+)?(?:details|account)\b",
    r"\bno\s+podemos\s+recibir\s+(?:fondos|pagos|depositos|transferencias)\b"
    r"|\bcuenta\s+(?:\S+\s+){0,4}?(?:quedo|esta|fue)\s+(?:temporalmente\s+)?(?:restringida|bloqueada|inhabilitada|congelada)"
    r"|\b(?:se\s+realice|realizarlo|hacerlo|depositar|transferir)\s+(?:\S+\s+){0,6}?(?:a|en)\s+(?:la\s+)?(?:siguiente|nueva)\s+cuenta\b",
    # Korean, Japanese, Chinese (no word boundaries): a new, changed or temporary account to pay into
    _MARKS.sub("", unicodedata.normalize(
        "NFKD", r"(?:임시|새|신규|변경된)\s*(?:입금\s*)?계좌|계좌\s*(?:가\s*)?변경|振込先(?:口座)?の?変更|口座(?:を|が)?変更"
        r"|新しい(?:振込)?口座|臨時口座|(?:收款|匯款|汇款)?(?:帳戶|账户)(?:已|已經|已经)?(?:變更|变更|更改)|新(?:的)?(?:收款)?(?:帳戶|账户)"
        r"|臨時帳戶|临时账户")),
    # Portuguese (Brazil): a bank changed, the earlier boleto to disregard
    r"\b(?:mudamos|trocamos|alteramos)\s+(?:\S+\s+){0,2}?de\s+banco\b|\bnovos\s+dados\s+bancarios\b"
    r"|\b(?:desconsiderar|desconsiderem|desconsidere)\s+(?:o|os)\s+boletos?\s+anterior(?:es)?\b"
    r"|\b(?:dados\s+bancarios|conta\s+bancaria|chave\s+pix)\s+(?:\S+\s+){0,3}?(?:foi|foram)\s+(?:alterad[oa]s?|atualizad[oa]s?)\b",
    r"\bnotre\s+compte\s+(?:\S+\s+){0,4}?(?:est\s+)?(?:temporairement\s+|provisoirement\s+)?(?:gele|bloque|suspendu|cloture"
    r"|ferme)\b"
    r"|\b(?:sur|vers|a)\s+(?:notre|le|un)\s+(?:nouveau\s+|autre\s+)?compte\s+(?:secondaire|temporaire|provisoire)\b"
    r"|\bnuestra\s+cuenta\s+(?:\S+\s+){0,3}?ya\s+no\s+(?:esta\s+)?(?:operativa|activa|disponible)\b",
    r"\bchange\s+d'etablissement\s+bancaire\b"
    r"|\b(?:anciennes?|precedentes?)\s+coordonnees\s+(?:bancaires\s+)?(?:ne\s+sont\s+plus|n'est\s+plus)\b",
    # Italian; Danish, Norwegian and Swedish; Dutch
    r"\bnuov[eoa]\s+coordinate\b|\bnuovo\s+iban\b|\b(?:variazione|cambio|modifica)\s+(?:delle\s+|di\s+)?coordinate\s+bancarie"
    r"|\bbanca\s+d'appoggio\s+(?:e\s+)?cambiata\b|\bcoordinate\s+bancarie\s+(?:\S+\s+){0,2}?(?:cambiate|variate|modificate)\b",
    r"\bny\s+(?:bankforbindelse|bankkonto|konto)\b|\bnytt?\s+(?:bankkonto|kontonummer)\b|\bskiftet\s+(?:til\s+)?(?:ny\s+)?bank",
    r"\bnieuwe?\s+(?:iban|bankrekening|rekeningnummer)\b|\b(?:rekeningnummer|bankgegevens|iban)\s+(?:\S+\s+){0,2}?gewijzigd\b"
    r"|\bwijziging\s+(?:van\s+)?(?:ons\s+|onze\s+)?(?:rekeningnummer|bankgegevens|iban)\b",
    r"\b(?:updated?|new|changed?|revised)\s+(?:ach|wire|wiring|remittance|payment|banking)\s+(?:remittance\s+|transfer\s+)?"
    r"(?:instructions|details|information)\b|\bupdate\s+(?:our|the)\s+remittance\s+details\b",
)

WIRE_REQUEST = _pattern(
    r"\b(?:urgent|quick|immediate|same[- ]day)\s+(?:wire|bank|international)?\s*(?:transfer|payment|wire)\b",
    r"\b(?:process|make|send|initiate|arrange|handle)\s+(?:an?\s+|the\s+)?(?:urgent\s+)?(?:wire|bank|international)\s*"
    r"(?:transfer|payment)\b",
    r"\b(?:virement|transfert|paiement)s?\s+(?:\S+\s+){0,2}?(?:urgent|rapide|immediat|aujourd'hui)",
    r"\b(?:traiter|effectuer|faire|passer)\s+un\s+virement\b|\btraites\s+un\s+virement\b",
    r"\b(?:noch\s+heute|heute\s+noch|sofort|dringend\w*|umgehend\w*)\s+(?:\S+\s+){0,2}?(?:uberweisung|zahlung)\b"
    r"|\b(?:uberweisung|zahlung)\s+(?:\S+\s+){0,3}?(?:noch\s+heute|heute|sofort|dringend|umgehend)\b",
    r"\b(?:faca|fazer|realizar|efetuar|hacer|haga|hagas|realice|realices|colabores\s+(?:hoy\s+)?con)\s+(?:\S+\s+){0,2}?"
    r"(?:um|uma|una|un)\s+(?:ted|pix|transferencia|pagamento|pago|giro)\b",
    r"\b(?:transferencia|ted|pix|pagamento|pago)s?\s+(?:\S+\s+){0,3}?(?:urgente|hoje\s+ainda|ainda\s+hoje|hoy\s+mismo)\b",
    r"\btransfer\s+(?:bancar\s+)?urgent\b|\bacil\s+(?:bir\s+)?(?:havale|eft|odeme)\b",
    # Croatian, Serbian, Bosnian, Slovene; Polish; Czech and Slovak; Russian and Ukrainian
    r"\bhitn\w+\s+(?:\S+\s+)?uplat\w*|\bnujn\w+\s+(?:\S+\s+)?nakazil\w*|\bpiln\w+\s+(?:\S+\s+)?(?:przelew\w*|p[lł]atno\w*)"
    r"|\burgentn\w+\s+(?:\S+\s+)?(?:platb\w*|prevod\w*|převod\w*)|срочн\w+\s+(?:\S+\s+)?(?:платеж\w*|перевод\w*|оплат\w*)"
    r"|термінов\w+\s+(?:\S+\s+)?(?:платіж\w*|переказ\w*)",
    # Arabic: an urgent transfer, a transfer to carry out
    _MARKS.sub("", unicodedata.normalize("NFKD", r"(?:تحويل|حوالة)\s+(?:بنكي|بنكية|مالي|مالية)?\s*(?:عاجل|عاجلة)"
                                               r"|(?:إنجاز|انجاز|إجراء|اجراء)\s+(?:\S+\s+){0,2}?(?:تحويل|حوالة)")),
    # Catalan
    r"\b(?:fer|facis|faci|fes|pots\s+fer|podries\s+fer)\s+(?:\S+\s+){0,2}?una\s+transferencia\b"
    r"|\btransferencia\s+(?:\S+\s+){0,3}?(?:urgent|avui\s+mateix|avui)\b",
    # "the escrow wiring instructions ... the amount is $248,600 and it must go out before the cutoff"
    r"\b(?:wire|wiring|escrow|deposit|transfer)\b.{0,200}?\bamount\s+is\s+(?:[$\u20ac\u00a3]|usd|eur|gbp)\s?\d",
    r"\b(?:it|the\s+(?:wire|transfer|payment))\s+(?:must|has\s+to|needs\s+to)\s+go\s+out\b",
)
# Tax forms of all staff asked by an executive: the data theft that precedes tax-refund fraud.
W2_REQUEST = _pattern(
    r"\b(?:w-?2|w2)s?\s+(?:forms?\s+|copies\s+|statements?\s+)?(?:\S+\s+){0,2}?(?:for|of)\s+(?:all|every)\s+(?:\S+\s+)?"
    r"(?:employees?|staff|workers)\b",
    r"\b(?:all|every)\s+(?:employees?|staff)(?:'s|')?\s+(?:\S+\s+)?(?:w-?2|w2|p60|tax\s+forms?)\b",
)
SECRECY = _pattern(
    r"\b(?:strictly\s+)?confidential\b|\bdiscre(?:et|te|tion)\b|\bdon'?t\s+(?:tell|mention|discuss)\b",
    r"\bkeep\s+(?:this|it)\s+(?:between\s+us|confidential|quiet|to\s+yourself)",
    r"\bconfidentiel(?:le)?\b|\bn'en\s+parle[rz]?\s+a\s+personne\b|\bne\s+(?:le\s+)?dites?\s+a\s+personne\b",
    r"\bvertraulich\w*\b|\b(?:sprich|sprechen\s+sie)\s+mit\s+niemandem\b",
    r"\b(?:confidencial|confidencialidad|sigilo|sigilos[oa]|discrecion|discricao)\b|\bno\s+lo\s+comentes\b"
    r"|\bnao\s+(?:comente|comentes|fale)\b|\bainda\s+nao\s+(?:comuniquei|contei)\b",
    r"\b(?:ramana|ramane)\s+intre\s+noi\b|\baramizda\s+kals\w*",
    r"\bme[dđ]u\s+nama\b|\bmi[eę]dzy\s+nami\b|\bmezi\s+nami\b|\bmedzi\s+nami\b|между\s+нами|між\s+нами|\bpoufn\w+"
    r"|\bdiskr[eé]tn\w+|конфиденциальн\w+",
    _MARKS.sub("", unicodedata.normalize("NFKD", r"(?:الموضوع|الامر|الأمر)\s+سري|(?:لا|ولا)\s+(?:أريد|اريد)\s+(?:أن|ان)\s+يعرف"
                                               r"|بسرية\s+تامة")),
)
# Advance-fee fraud: an inheritance, a prize or funds to share, for the reader's details (and, later, fees).
ADVANCE_FEE = _pattern(
    r"\bnext\s+of\s+kin\b|\b(?:unclaimed|dormant)\s+(?:funds?|account|deposit|inheritance)\b",
    r"\b(?:same|identical)\s+(?:last\s+name|surname|family\s+name)\b|\blegitimate\s+(?:heir|beneficiary)\b",
    r"\bclaim\s+(?:your|the)\s+(?:prize|winnings|award|lottery\s+prize)\b",
    r"\bcompensation\s+(?:fund|payment|sum)\b.{0,200}?\b(?:scam\s+victims?|victims?\s+of\s+(?:scam|fraud)|beneficiar\w+)\b"
    r"|\batm\s+(?:visa|master\s*card|debit)\s+card\b.{0,300}?\b(?:deliver\w*|courier|shipping|insurance)\b",
    r"\b(?:vendor|supplier|contractor|bidder)s?\s+registration\s+fee\b|\baccredited\s+(?:paying\s+)?agent\b|"
    r"\bpaying\s+agent\b|\b(?:have\s+been\s+)?awarded\s+the\s+sum\s+of\b|\bdonat\w*\s+(?:\S+\s+){0,5}?(?:winnings|jackpot|lottery)\b",
    # a dying widow's fortune for a "God-fearing person" to give to charity
    r"\bgod[- ]fearing\s+(?:person|man|woman|individual|christian)\b"
    r"|\bdonate\s+(?:the\s+sum\s+of\s+)?(?:us\s?\$|\$|usd\s?|\u20ac|\u00a3)\s?\d[\d.,]*\s*(?:million|m)\b"
    r"|\bfaire\s+(?:un\s+)?don\s+(?:de\s+)?(?:la\s+somme\s+de|mes\s+biens|ma\s+fortune|mon\s+heritage)\b"
    r"|\b(?:spenden|vermachen|schenken)\s+(?:\S+\s+){0,3}?(?:die\s+summe\s+von|mein\s+vermogen)\b"
    r"|\b(?:donar|donarle|donarte)\s+(?:la\s+suma\s+de|mi\s+fortuna|mis\s+bienes)\b"
    r"|\b(?:doar|doacao\s+de)\s+(?:a\s+quantia\s+de|minha\s+fortuna|meus\s+bens)\b",
    # a job offered, with visa, medical or registration charges to pay first
    r"\b(?:pleased\s+to\s+offer\s+you|offer\s+of\s+employment|job\s+offer)\b.{0,800}?\b(?:required\s+to\s+pay|pay\s+the"
    r"|payment\s+of)\b.{0,120}?\b(?:visa|medical|registration|processing|stamping|training)\b",
    # the fee to pay before a windfall is released (grants, prizes, loans)
    r"\b(?:fee|charge)s?\b.{0,80}?\bbefore\s+(?:the\s+|your\s+)?(?:\S+\s+)?(?:grant|funds?|prize|award|winnings|loan"
    r"|inheritance|compensation)\s+(?:is|are|can\s+be)\s+(?:released|transferred|disbursed|paid\s+out|credited)",
    r"\byour\s+e-?mail\s+(?:address\s+)?(?:has\s+)?(?:won|was\s+selected|emerged\s+(?:as\s+)?(?:a\s+)?winner)",
    r"\b(?:died|passed\s+away)\s+(?:\S+\s+){0,3}?without\s+(?:a\s+|any\s+)?(?:will|heirs?|next\s+of\s+kin|known\s+relatives?)\b"
    r"|\bdecedee?\s+(?:\S+\s+){0,2}?sans\s+(?:heritiers?|descendants?|testament)|\bsuccession\s+de\s+feu\b"
    r"|\bnom\s+de\s+famille\s+(?:\S+\s+){0,2}?(?:figure|apparait|correspond)|\bfallec\w+\s+sin\s+(?:herederos|testamento)"
    r"|\bohne\s+(?:erben|testament)\s+verstorben|\bzonder\s+(?:erfgenamen|testament)\s+overleden|\bdezelfde\s+achternaam\b",
    r"\bheritier\s+legitime\b|\bmeme\s+nom\s+de\s+famille\b|\bpartage\w*\s+(?:les\s+|ces\s+)?fonds\b"
    r"|\breclamer\s+votre\s+(?:prix|gain|lot)\b",
    r"\bresultado\s+ganador|\breclamar\s+su\s+premio\b|\bagente\s+de\s+pagos?\b|\bmismo\s+apellido\b"
    r"|\bheredero\s+legitimo\b",
    r"\breclamare\s+il\s+(?:suo\s+)?premio\b|\bstesso\s+cognome\b|\berede\s+legittimo\b",
    r"\breclamar\s+o\s+(?:seu\s+)?premio\b|\bmesmo\s+(?:apelido|sobrenome)\b|\bherdeiro\s+legitimo\b",
    r"\bgleichen\s+(?:nachnamen|familiennamen)\b|\brechtmassige[rn]?\s+erbe|\bihren\s+gewinn\s+(?:\S+\s+){0,2}?"
    r"(?:anfordern|beanspruchen|einfordern)",
)
GIFT_CARDS = _native(
    r"\b(?:gift\s*-?\s*cards?|e-?gift\s+cards?|itunes\s+cards?|google\s+play\s+cards?|steam\s+(?:wallet\s+)?cards?)\b",
    r"\b(?:cartes?|cheques?)[\s-]+cadeaux?\b|\btarjetas?\s+(?:de\s+)?regalo\b|\bcartoes?\s+(?:de\s+)?presente\b",
    r"\bκάρτες\s+(?:δώρου|google\s+play|itunes|apple|steam)|\bподарочн\w+\s+(?:карт|сертификат)\w*"
    r"|\bкарт\w*\s+(?:google\s+play|itunes|apple|steam)\b",
    r"\bgeschenk(?:karte|gutschein)\w*|\bgutscheinkarte\w*|\b(?:google\s+play|itunes|apple|amazon)[\s-]+(?:karte|gutschein)\w*",
)
GIFT_REQUEST = _native(
    r"\b(?:scratch|grattez?|gratter|rasca)\b|\bξύσ[εατ]\w*|\bсотр(?:и|ите)\b",
    r"\bφωτογραφίες\s+(?:\S+\s+){0,2}?κωδικ\w*|\bфото\w*\s+(?:\S+\s+){0,2}?код\w*",
    r"\b(?:pictures?|photos?|images?|snapshots?|scans?)\s+(?:\S+\s+){0,2}?of\s+(?:the\s+|each\s+|all\s+)?"
    r"(?:codes?|cards?|back)\b",
    r"\bsend\s+(?:me\s+)?(?:the\s+|all\s+the\s+)?(?:codes|pins)\b|\benvoie[rz]?(?:-moi)?\s+(?:les\s+)?codes\b",
    r"\bfotos?\s+(?:\S+\s+){0,3}?(?:codes?|ruckseiten?|karten)\b|\bfreigerubbelt\w*|\brubbel\w*",
    r"\b(?:fotos?|foto's|photos?|imagen(?:es)?)\s+(?:de\s+(?:los|las)|dos|das|des|dei|delle|van\s+de)\s+(?:codigos|codes|codici|tarjetas"
    r"|cartoes|cartes|carte)\b",
    r"\b(?:pick\s+up|buy|purchase|get)\s+(?:\S+\s+){0,4}?gift\s*-?\s*cards?\b.{0,200}?\b(?:reimburse\w*|pay\s+you\s+back)\b",
)

# Separators may be padded ("555 - 0108"): callback scams space their numbers out to slip past filters.
PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?\(?\d{1,4}\)?|\(\d{3}\))[\s.-]?\d{2,4}(?:(?:[ \t]?[.-][ \t]?|[\s.-])\d{2,4}){1,3}"
    r"|\b\d{3}[.-]\d{3}[.-]\d{4}\b|\b0\d(?:[\s.]\d{2}){4}\b"
    # Toll-free numbers written without a country code: 0800 (Brazil, UK), 1800/1300 (Australia, India), 800 (Mexico)
    r"|\b0(?:800|808|300|3[34]\d|84[45]|870)[\s.-]?\d{3}[\s.-]?\d{3,4}\b|\b1[38]00[\s.-]?\d{2,3}[\s.-]?\d{3,4}\b|\b800[\s.-]\d{3}[\s.-]\d{4}\b"
)
DISPUTE = _pattern(
    r"\b(?:cancel\w*|refund\w*|dispute|did\s+not\s+(?:make|authori[sz]e|order|place)|not\s+authori[sz]ed|unauthori[sz]ed"
    r"|annul\w*|rembours\w*|reembols\w*|rimbors\w*|stornier\w*|erstatt\w*|contestac\w*|no\s+reconoce\w*|nicht\s+veranlasst"
    r"|nao\s+reconhec\w*|geschil\w*|annuleren|terugbetal\w*"
    r"|questions?\s+(?:regarding|about|concerning)\s+(?:this|the|your)\s+(?:purchase|order|charge|transaction|renewal))\b"
)
# The scam's receipt speaks to the reader about their purchase, and asks them to call the seller.
RECEIPT = _pattern(
    r"\b(?:a\s+)?(?:purchase|transaction|charge|payment|withdrawal)\s+of\s+(?:[$\u20ac\u00a3]|[a-z]{3}\s)?\s?\d[\d,.]*\s*(?:[a-z]{3}\s+)?"
    r"(?:was|has\s+been)\s+(?:made|charged|processed|authori[sz]ed|approved|attempted)\b",
    r"\bthank\s+you\s+for\s+(?:your\s+)?(?:purchase|order|renewal|renewing|payment|choosing|subscribing)\b",
    r"\byour\s+(?:\S+\s+){0,6}?(?:order|subscription|renewal|payment|purchase|membership|plan)\s+(?:\S+\s+){0,5}?"
    r"(?:has\s+been|was|is)\s+(?:successfully\s+)?(?:renewed|processed|charged|debited|confirmed|placed|activated|completed)",
    r"\bmerci\s+(?:pour|de)\s+votre\s+(?:achat|commande|renouvellement|paiement)\b",
    r"\bvotre\s+(?:commande|abonnement|paiement|renouvellement)\s+(?:\S+\s+){0,3}?a\s+ete\s+(?:renouvele|traite|debite|valide"
    r"|confirme|effectue)",
    r"\bgrazie\s+per\s+(?:il\s+tuo|la\s+tua|il\s+suo|la\s+sua)\s+(?:ordine|acquisto|rinnovo|pagamento)\b|\bconferma\s+(?:d')?ordine\b",
    r"\bcompra\s+(?:foi\s+)?(?:aprovada|aprobada|autorizada|realizada)\b|\bcargo\s+(?:de|por)\s+\$"
    r"|\btentativa\s+de\s+compra\b|\bintento\s+de\s+compra\b"
    r"|\b(?:new\s+)?payee\s+(?:was\s+|has\s+been\s+)?added\b|\btransfer\s+(?:of\s+\S+\s+)?(?:has\s+been\s+|was\s+)?scheduled\b"
    r"|\bwe\s+(?:have\s+)?received\s+a\s+request\s+to\s+(?:withdraw|transfer|send)\b"
    r"|\bwithdrawal\s+(?:request\s+)?(?:received|initiated|submitted|scheduled|pending)\b|\bnew\s+withdrawal\s+request\b"
    r"|\bwithdrawal\s+of\s+[^\n]{1,80}?\bwas\s+requested\b",
    r"\bgracias\s+por\s+(?:su|tu)\s+(?:pedido|compra|renovacion|pago)\b|\bobrigad[oa]\s+pel[oa]\s+(?:seu|sua)\s+"
    r"(?:pedido|compra|renovacao|pagamento)\b|\bvielen\s+dank\s+fur\s+ihre\s+(?:bestellung|zahlung|verlangerung)\b",
)
CALL_US = _pattern(
    r"\bbel\s+(?:ons|binnen|direct|onze|de\s+klantenservice|nu)\b|\bneem\s+(?:direct\s+|telefonisch\s+)?contact\s+op\b",
    r"\b(?:call|contact|reach|dial)(?:ing)?\s+(?:us|our|the\s+(?:number|helpline|hotline|support|billing|toll[- ]free))\b",
    r"\b(?:call|contact)\s+(?:\S+\s+){0,2}?(?:department|desk|team|center|centre|support|helpline|hotline)\b",
    r"\b(?:call|dial|phone|ring)(?:\s+(?:us\s+)?(?:at|on))?\s*:?\s*(?:\+\d|\(\d{3}\)|\d{3}[\s.-]\d{3}|1[\s.-]8\d\d)"
    r"|\b(?:call|contact)\s+(?:\S+\s+){0,4}?(?:billing|immediately|now|urgently)\s+(?:at|on)\s*:?\s*(?:\+\d|\(\d{3}\)|1[\s.-]8\d\d)",
    r"\b(?:appelez|contactez)(?:-nous)?\s+(?:\S+\s+){0,4}?(?:service|numero|equipe|support|assistance|conseiller|au\s+\+)",
    r"\b(?:entre\s+em\s+contato|comuniquese|comunicate)\s+(?:\S+\s+){0,4}?(?:central|atendimento|linea|nuestr[oa])",
    r"\brufen\s+sie\s+(?:\S+\s+){0,6}?(?:kundendienst|kundenservice|support|hotline|uns)\b",
    r"\b(?:chiama|chiamaci|contatta|llame|llamenos|llama|contacte|ligue|liga|rufen\s+sie)\s+(?:\S+\s+){0,3}?"
    r"(?:servizio|assistenza|numero|servicio|atencion|numero|atendimento|central|kundenservice|departamento|\+)",
)
MONEY = re.compile(
    r"(?:[$\u20ac\u00a3\u20b9\u20a6\u20b1]|\b(?:usd|eur|gbp|cad|aud|chf|inr|rs\.?|aed|sar|qar|kwd|omr|bhd|egp|jod|dzd|tnd"
    r"|zar|ngn|kes|brl|r\$|mxn|sek|nok|dkk|pln)(?![a-z]))\s?\d[\d,.]*\d"
    r"|\b\d[\d,.]*\s?(?:usd|eur|gbp|aed|sar|qar|kwd|inr|\u20ac|\$|\u00a3|\u20b9|dollars|euros|dirhams?|riyals?|rupees)",
    re.I,
)

REPLY_SUBJECT = re.compile(r"^\s*(?:re|tr|fw|fwd|aw|wg|rv|res|sv)\s*(?:\[\d+\])?\s*:", re.I)
_ADDRESS = r"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
QUOTED_HEADER = re.compile(
    r"^[ \t>*]*(?:from|de|von|da|van|remitente|to|an|a|para|aan|cc)\s*:\s*\**\"?([^<\[\n\"*]{3,60}?)\"?\**\s*[<\[](?:mailto:)?"
    + _ADDRESS + r"\s*[>\]]",
    re.I | re.M,
)
QUOTED_WROTE = re.compile(
    r"(?:^|\n)[ \t>]*(?:on|le|am|el|em|il)\s[^\n<]{4,120}?[, ]\s*\"?([^<\n\",]{3,60}?)\"?\s*<" + _ADDRESS
    + r">\s*(?:wrote|a\s+ecrit|schrieb|escribio|escreveu|ha\s+scritto)",
    re.I,
)
_NAME_WORDS = re.compile(r"[a-z]{2,}")


PRETEXTS = (("sign-in", ACCOUNT), ("sign-in", ACCOUNT_MORE), ("sign-in", ACCOUNT_WORLD), ("payment", PAYMENT),
            ("payment", PAYMENT_WORLD), ("HR", HR), ("shared document", DOCUMENT))
# The lightest hosting and TLD weights a pretext's link must reach to count as risky. People share
# documents with each other on small sites (a GitHub page, a blog), so that pretext needs heavier ones.
FLOORS = {"sign-in": 0.5, "payment": 0.5, "HR": 0.5, "shared document": 1.0, "paperwork": 1.0}


async def check(message, policy, context) -> list[Hit]:
    text = _plain(f"{message.subject}\n{message.visible_text[:TEXT_LIMIT]}")
    facts = _Facts(message, context)
    hits: list[Hit] = []
    possible = _possible(text)
    pretext = _pretext(text, possible)
    asks_if_genuine = _asks_if_genuine(text)
    if asks_if_genuine:
        pass  # somebody forwarding a suspicious message to ask about it: the lure is quoted, not sent
    elif pretext is not None:
        hits += _pretext_hits(*pretext, facts, message)
    elif PAPERWORK in possible and PAPERWORK.search(text):
        hits += _paperwork_hits(facts, message)
    if CREDENTIALS in possible and not facts.internal and not asks_if_genuine:
        hits += _credential_hits(text, facts)
    if not any(h.symbol == "LURE_RISKY_LINK" for h in hits) and not facts.internal and not asks_if_genuine:
        hits += _kit_link_hits(facts)
    if not any(h.symbol == "LURE_HTML_ATTACHMENT" for h in hits) and not asks_if_genuine:
        hits += _page_target_hits(facts, message)
    hijack = _hijack_hits(text, facts, message) + _fabricated_thread_hits(text, facts, message)
    hits += _fraud_hits(text, facts, message, hijacked=next((h.detail for h in hijack if h.symbol in JOINED), ""),
                        possible=possible)
    hits += hijack
    return hits


# A forwarded or quoted message starts here (Gmail, Outlook, Apple Mail, Thunderbird; six languages).
FORWARD_MARKER = _pattern(
    r"-{2,}\s*(?:forwarded\s+message|original\s+message|message\s+transfere|message\s+d'origine"
    r"|weitergeleitete\s+nachricht|ursprungliche\s+nachricht|mensaje\s+reenviado|mensaje\s+original"
    r"|messaggio\s+inoltrato|messaggio\s+originale|mensagem\s+encaminhada|mensagem\s+original)\s*-{2,}",
    r"\bbegin\s+forwarded\s+message\s*:|\bdebut\s+du\s+message\s+reexpedie\s*:",
)
# The forwarder's own words asking whether what follows is genuine.
ASKS_IF_GENUINE = _pattern(
    r"\bis\s+(?:this|it|that)\s+(?:\S+\s+)?(?:real|legit\w*|genuine|safe|a\s+scam|a\s+phish\w*|phishing|spam|fake"
    r"|one\s+of\s+(?:yours|ours))\b",
    r"\bshould\s+i\s+(?:just\s+)?(?:bin|delete|ignore|trust|click|open)\b",
    r"\b(?:est-ce\s+(?:que\s+c'est\s+)?(?:un\s+)?(?:vrai|legitime|fiable|une\s+arnaque|du\s+phishing|normal)"
    r"|c'est\s+(?:du\s+phishing|une\s+arnaque|normal|fiable)\s*\?)",
    r"\bist\s+das\s+(?:echt|phishing|serios|betrug|spam)\b|\bes\s+(?:real|legitimo|phishing|una\s+estafa)\s*\?"
    r"|\be\s+(?:vero|phishing|una\s+truffa)\s*\?|\be\s+(?:real|verdade|golpe|phishing)\s*\?",
)


def _asks_if_genuine(text: str) -> bool:
    """A forward whose sender asks, above the forwarded message (or in the subject), whether it is genuine."""
    marker = FORWARD_MARKER.search(text)
    return marker is not None and ASKS_IF_GENUINE.search(text, 0, marker.start()) is not None


def _plain(text: str) -> str:
    """Lower case, accents dropped, typographic apostrophes straightened: what the patterns read.

    Words that mix Latin with Cyrillic or Greek letters ("\u041ccAfee", "v\u0456nci") are read as the
    Latin they imitate: a homoglyph is written to slip past filters, so the pretext it hides is
    read as a person reads it. Words wholly in another alphabet are left alone.
    """
    if not text.isascii() and _OTHER_ALPHABET.search(text):
        text = _MIXED_WORD.sub(_unmask, text)
    if _MASKED_DIGIT.search(text):
        text = _PHONE_LIKE.sub(_unmask_digits, text)
    text = unicodedata.normalize("NFKD", text.lower().replace("\u2019", "'"))
    return _MARKS.sub("", text)


_OTHER_ALPHABET = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
# A word holding both a Latin letter and a Cyrillic or Greek one.
_MIXED_WORD = re.compile(r"\w*(?:[a-zA-Z\u00c0-\u024f]\w*[\u0370-\u03ff\u0400-\u04ff]"
                         r"|[\u0370-\u03ff\u0400-\u04ff]\w*[a-zA-Z\u00c0-\u024f])\w*")


def _unmask(found: re.Match) -> str:
    return fold(found.group())


# Letters standing for digits inside a phone number ("+1 (8O8) 555-0l27"), which callback scams write so
# that filters looking for numbers miss them.
_MASKED_DIGIT = re.compile(r"\d[OlI]|[OlI]\d")
_PHONE_LIKE = re.compile(r"(?<![\w+(])[+(]?[\dOlI][\dOlI() \t.-]{8,}[\dOlI](?![\w])")
_DIGIT_MASKS = str.maketrans("OlI", "011")


def _unmask_digits(found: re.Match) -> str:
    run = found.group()
    if sum(c.isdigit() for c in run) < 7:
        return run
    return run.translate(_DIGIT_MASKS)


def _pretext(text: str, possible: set[re.Pattern]) -> tuple[str, str] | None:
    """(the kind of pretext the text gives, "kind: the words that show it"); None without one."""
    for kind, pattern in PRETEXTS:
        found = pattern.search(text) if pattern in possible else None
        if found:
            return kind, f'{kind}: "{" ".join(found.group().split())[:60]}"'
    return None


# The pretext patterns are long alternations that ``re`` tries at every position of the text;
# Hyperscan reads the text once for all of them (as a prefilter that may say yes too often,
# never too rarely), and ``re`` then runs only the few that may match.
# "Is this you in this video?" (read with an archive or program link: _is_this_you_hits).
IS_THIS_YOU = _pattern(
    r"\bis\s+(?:this|that|it)\s+(?:u|you)\s+(?:in|on)\s+(?:this|that|the)\s+(?:video|vid|photo|pic|picture|clip)",
    r"\b(?:eres|es|sos)\s+tu\s+(?:en|el\s+de)\s+(?:este|ese|el)\s+(?:video|foto)|\be\s+(?:voce|vc|tu)\s+(?:nesse|neste|no)\s+(?:video|foto)"
    r"|\bc'est\s+(?:toi|vous)\s+(?:sur|dans)\s+(?:cette|la)\s+(?:video|photo)|\bbist\s+du\s+das\s+(?:auf|in)\s+(?:dem|diesem)\s+(?:video|foto)"
    r"|\bben\s+jij\s+dit\s+(?:in|op)\s+(?:deze|die)\s+(?:video|foto)",
)

_PREFILTERED = (ACCOUNT, ACCOUNT_MORE, ACCOUNT_WORLD, DOCUMENT, PAYMENT, PAYMENT_WORLD, HR, PAPERWORK, CREDENTIALS,
                MFA_APPROVAL, BANK_CHANGE, IS_THIS_YOU)


@functools.cache
def _prefilter() -> Matcher:
    """Compiled on first use (about 0.4 s): a process that only lists the stages' symbols never pays it."""
    return Matcher([Rule(f"lure_{n}", 0.0, "", target="body", pattern=p.pattern, flags="s")
                    for n, p in enumerate(_PREFILTERED)])


def _possible(text: str) -> set[re.Pattern]:
    """The prefiltered patterns that may match the text."""
    return {_PREFILTERED[i] for i in _prefilter().candidates(text)}


class _Facts:
    """What the headers and the earlier stages say about the sender and the links, gathered once."""

    def __init__(self, message, context) -> None:
        self.from_domain = message.from_domain
        self.from_registrable = registrable_domain(self.from_domain) if self.from_domain else ""
        self.recipients = tuple(a.strip(" <>").lower() for a in context.envelope.rcpt_to if "@" in a)
        # Without the organisation's domains, the recipients' stand in for them; when the only "recipient"
        # is the sender (a message addressed to itself, as `rempart scan` reads its To), that says nothing.
        to_itself = not context.organisation_domains and set(self.recipients) <= {message.from_address}
        self.own = protected_domains(context)
        self.internal = (bool(self.from_registrable) and self.from_registrable in self.own and not to_itself
                         and not context.from_forged())
        self.freemail = bool(self.from_domain) and is_freemail(self.from_domain)
        self.reply_freemail = any(
            registrable_domain(domain) != self.from_registrable and is_freemail(domain)
            for value in message.header_all("Reply-To") for domain in _domains_in(value)
        )
        # Another domain than the sender's that replies go to (the first), or "".
        self.reply_elsewhere = next((registrable_domain(domain) for value in message.header_all("Reply-To")
                                     for domain in _domains_in(value)
                                     if registrable_domain(domain) != self.from_registrable), "")
        self.namesake = None if self.internal else _namesake(self.from_registrable, self.own)
        self.notes = context.notes
        self.url_symbols = set((context.notes.get("url_findings") or {}).get("symbols", ()))
        sender = context.notes.get("sender_findings") or {}
        # Replies to a near-copy of the sender's own domain are as diverted as replies to a free mailbox.
        self.reply_lookalike = "REPLYTO_LOOKALIKE_SENDER" in sender.get("symbols", ())
        self.reply_diverted = self.reply_freemail or self.reply_lookalike
        self.posing = sorted(POSING & set(sender.get("symbols", ())))
        # A sender whose display name borrows a brand does not make its own site the brand's: it is the kit's.
        self.borrowed = "FROM_DISPLAY_BRAND" in self.posing
        self.brand = sender.get("brand")
        # A domain-like word written without a scheme (setup.cf, README.md) is a guess, not a link.
        self.links = [u for u in message.urls if u.kind in WEB_LINK_KINDS and u.host_ascii
                      and (u.kind != "bare" or u.host_ascii.startswith("www."))]
        for raw in context.notes.get("extra_urls", ()) or ():  # decoded from QR codes
            url = parse_url(str(raw), "qr")
            if url is not None and url.host_ascii:
                self.links.append(url)
        newsletter = bool(message.header("List-Unsubscribe") or message.header("List-Id"))
        self.mailing_list = bool(message.header("List-Id"))
        self.reply = bool(REPLY_SUBJECT.match(message.subject) or message.header("In-Reply-To"))
        self.picture_only = _picture_only(message) and not newsletter
        self.hidden_recipients = not newsletter and _hidden_recipients(message)
        # A short notice, not a newsletter: few sites linked besides the brands' own.
        self.compact = not newsletter and len({u.domain for u in self.links if not brand_data().owner(u.domain)}) <= 3
        if not self.posing and not self.internal and self.compact:  # "Netflix: payment declined", neutral sender name
            claimed = [b for b in brands_named(message.subject) if not b.owns(self.from_registrable)]
            if claimed:
                self.posing, self.brand = ["SUBJECT_BRAND"], claimed[0].name

    def elsewhere(self, trackers: bool = True) -> list[str]:
        """Domains the links lead to that are neither the sender's nor the claimed brand's."""
        data = brand_data()
        found = []
        for url in self.links:
            owner = data.owner(url.domain)
            if (url.domain == self.from_registrable and not self.borrowed) or (
                    self.brand and owner is not None and owner.name == self.brand):
                continue
            if not trackers and _tracker(url):
                continue
            if url.domain not in found:
                found.append(url.domain)
        return found


def _domains_in(value: str) -> list[str]:
    return [d.lower().rstrip(".") for d in re.findall(r"@([\w.-]+)", value)]


def _tracker(url: Url) -> bool:
    lists = url_lists()
    return bool(host_in(url.host_ascii, lists.trackers)) or url.host_ascii.startswith(lists.tracker_prefixes)


def _risky_link(facts: _Facts, floor: float, strict: bool = False, links: list[Url] | None = None) -> str | None:
    """The first link that leads where real notices never send their readers, described; None if none.

    Hosting and TLDs count from the weight ``floor`` (1.0 at least from the
    organisation's own domain); a link that carries the recipient's address
    counts from 0.5 whatever the floor. ``strict`` (for everyday paperwork)
    leaves out the detours (shorteners, redirectors, a linked picture).
    ``links`` restricts the search to some links (then the urls stage's
    findings, which are about all of them, are not used).
    """
    lists, data = url_lists(), brand_data()
    floor = max(floor, 1.0) if facts.internal else floor
    every = facts.links if links is None else links
    candidates = [u for u in every if u.domain != facts.from_registrable or facts.borrowed]
    # Newsletters carry the reader's address in tracking links and point into blogs: these two
    # count only in a short message that is not a newsletter, the shape of a phishing notice.
    loose = not strict and facts.compact
    for url in every if loose else ():
        # A broken-into site both sends the notice and hosts the kit: its own link then counts when it
        # opens inside the site's WordPress or cgi-bin folders with the reader's address filled in.
        kit = _kit_folder(url) if url.domain == facts.from_registrable else None
        if kit and _addressed(url, facts.recipients):
            return f"{url.host} (a page inside {kit} of the sender's own site, carrying the recipient's address)"
    for url in candidates:
        if _addressed(url, facts.recipients) and (_weight(url) >= 0.5 or (loose and not _known_site(url))):
            return f"{url.host}, carrying the recipient's address"
    for url in candidates:
        entry, weight = hosting_weight(url, lists)
        if entry is not None and weight >= floor:
            return f"{url.host} (free hosting)"
        if entry is not None and _downloads(url):  # a bucket in a brand's cloud (S3, Google Cloud Storage) is anyone's
            return f"{url.host} (a download from cloud storage: {url.path_and_query.split('?')[0][-40:]})"
        if url.domain in CODE_HOSTS and _downloads(url):  # a repository's download area holds what anybody uploads
            return f"{url.host} (a download from a code repository: {url.path_and_query.split('?')[0][-40:]})"
        if loose and _user_redirect(url) and not _same_owner(url.domain, facts.from_registrable):
            return f"{url.host} (a social network's wrapper of any link its users post)"
        if data.owner(url.domain) is not None:
            continue
        named = brand_index().named_in(split_domain(url.host_ascii)[0]) if loose else None
        if named and named != getattr(data.owner(facts.from_registrable), "name", None):
            return f"{url.host} (named after {named}, on somebody else's domain)"
        if lists.tlds.get(url.tld, 0.0) >= floor:
            return f"{url.host} (.{url.tld})"
        if _downloads(url):
            return f"{url.host} (a download: {url.path_and_query.split('?')[0][-40:]})"
        kit = _kit_folder(url) if loose else None
        if kit:
            return f"{url.host} (a page inside {kit})"
        if facts.picture_only and not strict and not _tracker(url):
            return f"{url.host} (the body is only a linked picture)"
    if links is not None:
        return None
    disguises = sorted((DISGUISED_URLS if strict else DISGUISED_URLS | DETOUR_URLS) & facts.url_symbols)
    return f"a link flagged {disguises[0]}" if disguises else None


def _user_redirect(url: Url) -> bool:
    """A link through a social network's wrapper of its users' links (t.co, linkedin.com/slink): the end is unknown."""
    where = (url.host_ascii + url.path_and_query).lower()
    return where.startswith(url_lists().user_redirects)


def _same_owner(domain: str, sender_domain: str) -> bool:
    owner = brand_data().owner(domain)
    return owner is not None and bool(sender_domain) and owner.owns(sender_domain)


def _hidden_recipients(message) -> bool:
    """Addressed to its own sender, or to nobody: the recipients are all in Bcc (a mass mailing from one mailbox)."""
    sender = message.from_address.lower()
    if not sender or message.header("Cc"):
        return False
    to = [a.lower() for _, a in parse_addresses(tuple(message.header_all("To"))) if "@" in a]
    return not to or set(to) == {sender}


def _known_site(url: Url) -> bool:
    """A brand's site or a mail service's click tracker: where an address in a link is routine."""
    return brand_data().owner(url.domain) is not None or _tracker(url)


def _weight(url: Url) -> float:
    """The heavier of the link's hosting and TLD weights (the TLD's only for somebody else's domain)."""
    lists = url_lists()
    tld = 0.0 if brand_data().owner(url.domain) else lists.tlds.get(url.tld, 0.0)
    return max(hosting_weight(url, lists)[1], tld)


def _picture_only(message) -> bool:
    """An HTML body that shows no words, only a picture or two under a link or two: the text is in the image."""
    bodies = html.body_documents(message)
    if not bodies or len(message.visible_text.strip()) > 20:
        return False
    links = [link for body in bodies for link in body.links if link.kind == "link"]
    images = [link for body in bodies for link in body.links if link.kind == "image"]
    return 1 <= len(links) <= 3 and 1 <= len(images) <= 3


def _addressed(url: Url, recipients: tuple[str, ...]) -> bool:
    """Whether the link carries one of the recipients' addresses (as written, percent-encoded or in base64)."""
    address = unquote(url.url)
    lowered = address.lower()
    return any(r and (r in lowered or any(form in address for form in _base64_forms(r))) for r in recipients)


@functools.lru_cache(maxsize=256)
def _base64_forms(address: str) -> tuple[str, ...]:
    """The address in base64 as kits write it into links (standard and URL-safe, padding dropped), long enough to mean it."""
    encoded = base64.b64encode(address.encode()).decode().rstrip("=")
    return tuple({encoded, encoded.replace("+", "-").replace("/", "_")}) if len(address) >= 6 else ()


def _downloads(url: Url) -> bool:
    path = url.path_and_query.split("?", 1)[0].split("#", 1)[0].lower()
    return path.endswith(DOWNLOAD_EXTENSIONS)


def _pretext_hits(kind: str, pretext: str, facts: _Facts, message) -> list[Hit]:
    hits = []
    risky = _risky_link(facts, FLOORS[kind])
    if risky:
        hits.append(Hit("LURE_RISKY_LINK", f"{pretext}; link to {risky}"))
    if facts.posing and not facts.internal:
        # The organisation's name alone is also how HR and payroll platforms sign for it: a score, not a verdict.
        name_only = facts.posing == ["FROM_DISPLAY_ORG_NAME"]
        elsewhere = facts.elsewhere(trackers=not name_only)
        replies = "REPLYTO_IMPERSONATION" in facts.posing
        if elsewhere or replies:
            where = f"links to {', '.join(elsewhere[:3])}" if elsewhere else "replies diverted"
            symbol = "LURE_ORG_NAME" if name_only else "LURE_IMPERSONATION"
            hits.append(Hit(symbol, f"{pretext}; {', '.join(facts.posing[:2])}; {where}"))
    page = _active_html_attachment(message, facts.notes)
    if page:
        hits.append(Hit("LURE_HTML_ATTACHMENT", f"{pretext}; {page} attached"))
    if facts.hidden_recipients and not facts.internal and not hits:
        elsewhere = facts.elsewhere(trackers=False)
        if elsewhere:
            hits.append(Hit("LURE_HIDDEN_RECIPIENTS", f"{pretext}; addressed to {message.header('To').strip()[:60] or 'nobody'}"
                            f"; links to {', '.join(elsewhere[:3])}"))
    return hits


def _kit_folder(url: Url) -> str | None:
    """The folder kits hide in (wp-content, cgi-bin, .well-known) that the link's path opens into, if any."""
    kit = KIT_PATH.search(url.path_and_query.split("?", 1)[0])
    return kit.group().strip("/") if kit else None


def _kit_link_hits(facts: _Facts) -> list[Hit]:
    """Whatever the words, a link into another site's WordPress or cgi-bin folders, or to the free hosting
    phishing kits live on (weight 1.5 and up: pages.dev, web.app, IPFS gateways), that carries the reader's
    address: a page filled in for the reader; no newsletter links there so. A page no site serves on purpose
    (HACKED_SITE_PAGE) counts on any site, the sender's own too, with or without the address."""
    for url in facts.links:
        if HACKED_SITE_PAGE.search(url.path_and_query.split("?", 1)[0].split("#", 1)[0]):
            return [Hit("LURE_RISKY_LINK", f"{url.host} (a page put inside the WordPress folders of a broken-into "
                                           f"site: {url.path_and_query.split('?')[0][:60]})")]
        if url.domain == facts.from_registrable or not _addressed(url, facts.recipients):
            continue
        kit = _kit_folder(url)
        if kit:
            return [Hit("LURE_RISKY_LINK", f"{url.host} (a page inside {kit} of another site, "
                                           "carrying the recipient's address)")]
        hosting = url_lists().hosting
        entry = host_in(url.host_ascii, hosting)
        if entry is not None and hosting[entry] >= 1.5 and facts.compact:
            return [Hit("LURE_RISKY_LINK", f"{url.host} (free hosting, carrying the recipient's address)")]
    return []


def _credentials_asked(text: str) -> str | None:
    """The words asking for the mailbox password or the work sign-in, unless the sentence denies asking."""
    for found in CREDENTIALS.finditer(text):
        if not DENIED.search(text, max(0, found.start() - 80), found.start()):
            return " ".join(found.group().split())[:60]
    return None


_DEVICE_LOGIN = re.compile(r"/(?:devicelogin|device)(?:$|[/?#])|/remoteconnect", re.I)
# The identity providers' own sign-in and security pages, where IT notices send people to set up MFA.
IDENTITY_HOSTS = frozenset(
    """aka.ms mysignins.microsoft.com account.microsoft.com login.microsoftonline.com myapps.microsoft.com
    myaccount.microsoft.com account.live.com portal.office.com myaccount.google.com accounts.google.com
    appleid.apple.com account.apple.com""".split()
)


def _identity_provider_page(url: Url) -> bool:
    """An identity provider's own sign-in or set-up page (aka.ms/mfasetup, mysignins.microsoft.com): the password
    typed there goes to that provider. Not a device-code page, where the code the reader types signs the attacker in."""
    return url.host_ascii in IDENTITY_HOSTS and not _DEVICE_LOGIN.search(url.path_and_query)


def _credential_hits(text: str, facts: _Facts) -> list[Hit]:
    """A credential ask with links to somebody else's site (not the sender's, its brand's or the organisation's)."""
    asked = _credentials_asked(text)
    if asked is None:
        return []
    # A platform relaying a stranger's note (Canva, a file share with replies to a free mailbox) does not
    # make its own links safe: the ask is the stranger's, and so is what the link opens.
    relayed = bool(facts.reply_elsewhere)
    elsewhere = [u.domain for u in facts.links
                 if (relayed or (u.domain != facts.from_registrable and not _same_owner(u.domain, facts.from_registrable)))
                 and u.domain not in facts.own and not _tracker(u) and (relayed or not _identity_provider_page(u))]
    if not elsewhere:
        return []
    return [Hit("LURE_CREDENTIALS_ASKED", f'"{asked}"; links to {", ".join(dict.fromkeys(elsewhere[:3]))}')]


def _paperwork_hits(facts: _Facts, message) -> list[Hit]:
    hits = []
    risky = _risky_link(facts, FLOORS["paperwork"], strict=True)
    if risky:
        hits.append(Hit("LURE_RISKY_LINK", f"business document; link to {risky}"))
    page = _active_html_attachment(message, facts.notes)
    if page:
        hits.append(Hit("LURE_HTML_ATTACHMENT", f"business document; {page} attached"))
    return hits


def _active_html_attachment(message, notes: dict) -> str | None:
    """The name of an attached web page that runs script, posts a form or redirects (not an encrypted-mail
    envelope), attached as it is or inside an archive (a ZIP holding INV-0038.html)."""
    return next((name for name, _page in _active_pages(message, notes)), None)


def _active_pages(message, notes: dict):
    """(name, text) of each attached web page that runs script, posts a form or redirects, but an encrypted-mail envelope."""
    pages = [(part.filename or part.content_type, part.content_type, part.payload) for part in message.attachments]
    pages += [(f"{file.path}", "", file.data) for file in archives.message_files(message, notes).files
              if file.depth > 0 and file.data]
    secure = url_lists().secure_message
    for name, content_type, data in pages:
        if content_type not in HTML_ATTACHMENT_TYPES and not name.lower().endswith(HTML_ATTACHMENT_NAMES):
            continue
        page = documents.decode_text(data[:300_000])
        if not HTML_ACTIVE.search(page):
            continue
        hosts = re.findall(r"https?://([a-z0-9.-]+)", page, re.I)
        if hosts and all(host_in(host.lower(), secure) for host in hosts):
            continue
        yield name, page


def _page_target_hits(facts: _Facts, message) -> list[Hit]:
    """Whatever the words, an attached page that sends the reader, or posts what they type, to free hosting or to a
    page filled in with their address: what kits attach, and no receipt or report does."""
    for name, page in _active_pages(message, facts.notes):
        report = documents.html_features(page)
        targets = [parse_url(t) for t in (report.redirect, *report.form_actions[:4]) if t and "://" in t]
        risky = _risky_link(facts, 1.0, links=[u for u in targets if u is not None])
        if risky:
            return [Hit("LURE_HTML_ATTACHMENT", f"{name} sends the reader to {risky}")]
    return []


def _namesake(registrable: str, own: frozenset[str]) -> str | None:
    """The organisation's domain whose name the sender's domain carries under another suffix or with a word added
    (incaspro.es and incaspro-es.com, rinconvelez.com.co and rinconvelez.co), or None.

    These are the look-alikes the organisation's policy would name; without it such a domain may be a sister
    company's, so it is no finding by itself, but asking for a confidential transfer or new bank details from
    it is what CEO and supplier fraud looks like.
    """
    if not registrable or not own:
        return None
    found = organisation_index(own, True).match(registrable)
    return found.target if found is not None else None


def _fraud_source(facts: _Facts) -> str:
    """Why the sender of a money request is suspect: a free mailbox, diverted replies, a borrowed brand."""
    return (f"from {facts.from_domain}" if facts.freemail else "replies to a free mailbox" if facts.reply_freemail
            else "replies to a near-copy of the sender's domain" if facts.reply_lookalike
            else f"under {facts.brand}'s name from {facts.from_domain}" if facts.brand
            else f"from {facts.from_domain}, named like {facts.namesake}" if facts.namesake
            else f"from {facts.from_domain} ({', '.join(facts.posing[:2])})")


def _bank_change_hits(text: str, facts: _Facts, hijacked: str, where: str, reply: bool,
                      possible: set[re.Pattern]) -> list[Hit]:
    """New bank details, when the sender is suspect (``where`` says why), the answers go to another domain,
    or the request is a reply from somebody joining the thread under false colours (``hijacked`` says how);
    from anybody else outside, when they are announced in a reply to a conversation (about the invoices
    to pay, as a rule): that is how a supplier's broken-into mailbox diverts the payment, and a real
    change is announced apart, on paper, with a number to call back."""
    why = (where or (f"replies to {facts.reply_elsewhere}, not {facts.from_registrable}" if facts.reply_elsewhere
                     else f"in a reply: {hijacked}" if hijacked
                     else ""))
    if BANK_CHANGE not in possible:
        return []
    found = _bank_change(text)
    if found is None:
        return []
    if not why:
        unreachable = _unreachable(text)
        why = f'and "{" ".join(unreachable.group().split())[:40]}"' if unreachable else ""
    if not why and not reply:
        return []
    said = " ".join(found.group().split())[:60]
    if why:
        return [Hit("BEC_BANK_DETAILS", f'"{said}" {why}')]
    if _YOURS.search(text, max(0, found.start() - 30), found.end()):
        return []  # "we have updated your bank details": the customer confirming, not the payee changing its own
    return [Hit("BEC_BANK_DETAILS_THREAD", f'"{said}" in a reply from {facts.from_domain}')]


# The payee who cannot be called to check the new account: the one check every bank and title company asks for
# is what the fraud has to prevent ("our phone lines are being upgraded, reply by email only").
NO_CALLBACK = _pattern(
    r"\breply\s+(?:by|via)\s+e-?mail\s+only\b|\bby\s+e-?mail\s+only\b"
    r"|\b(?:phone|telephone)\s+lines?\s+(?:\S+\s+){0,3}?(?:down|being\s+upgraded|upgraded|out\s+of\s+(?:service|order)"
    r"|not\s+working|unavailable)\b",
    r"\b(?:no\s+need\s+to|do\s+not|don't|please\s+don't)\s+(?:call|phone|ring)\s+(?:him|her|them|me|us|the\s+office)\b"
    r"|\bonly\s+(?:be\s+)?reachable\s+(?:by|through|via)\s+(?:e-?mail|me)\b"
    r"|\b(?:can(?:not|'t)|unable\s+to)\s+(?:take|receive|answer)\s+(?:any\s+)?(?:phone\s+)?calls\b"
    r"|\bnao\s+(?:consigo|posso)\s+(?:atender|falar)\b|\bno\s+puedo\s+(?:atender|contestar|hablar)\b",
    r"\bne\s+(?:pas|plus)\s+(?:nous\s+|m'|me\s+)?(?:appeler|telephoner)\b|\buniquement\s+par\s+(?:e-?mail|courriel)\b"
    r"|\b(?:nur|ausschliesslich)\s+per\s+e-?mail\b|\bsolo\s+por\s+(?:correo|e-?mail)\b",
)


# "Verify the change by calling our finance manager": the real change asks for the check the fraud prevents.
CALLBACK_INVITED = _pattern(
    r"\b(?:verify|confirm|check)\w*\s+(?:\S+\s+){0,6}?(?:by\s+)?(?:calling|phoning|a\s+call\s+to|telephone)\b"
    r"|\b(?:call|phone|ring)\s+(?:us|our\s+\S+(?:\s+\S+)?|me)\s+(?:\S+\s+){0,8}?(?:to|and)\s+(?:verify|confirm|check)\b",
)


def _unreachable(text: str) -> re.Match | None:
    """The payee asking not to be called (not in "we will never ask you to pay by e-mail only"), when the
    message does not itself invite a call to check."""
    for found in NO_CALLBACK.finditer(text):
        if not _NEGATED.search(text, max(0, found.start() - 60), found.start()):
            return None if CALLBACK_INVITED.search(text) else found
    return None


_YOURS = re.compile(r"\b(?:your|yours|votre|vos|ihre?[nmrs]?|deine?[nmrs]?|su|sus|tu|tus|tua|tuoi|sua|suas|seu|seus|uw|jouw"
                    r"|din|dine)\b")


# "We will never change our bank details by e-mail": the warning, not the request.
_NEGATED = re.compile(r"\b(?:never|not|jamais|nunca|nie(?:mals)?|mai|nooit|aldrig)\b[^.!?\n]{0,40}$")


def _bank_change(text: str) -> re.Match | None:
    """The first announcement of new bank details that is not a warning that they never change by mail."""
    for found in BANK_CHANGE.finditer(text):
        if not _NEGATED.search(text, max(0, found.start() - 60), found.start()):
            return found
    return None


def _authority_threat_hits(text: str, facts: _Facts) -> list[Hit]:
    """The police, a court or an agency threatening the reader, a number to call and no link: from a free mailbox,
    or offering to settle a warrant, a bond or a fine by phone, which no court or agency does."""
    if facts.links:
        return []
    authority = AUTHORITY.search(text)
    threat = AUTHORITY_THREAT.search(text) if authority else None
    phone = PHONE.search(text) if threat else None
    if not phone:
        return []
    if facts.freemail:
        how = f"from {facts.from_domain}"
    elif SETTLE_BY_PHONE.search(text):
        how = "settled by phone"
    else:
        return []
    return [Hit("CALLBACK_AUTHORITY_THREAT", f'"{authority.group()}" threatening "{threat.group()}", call '
                                             f"{phone.group().strip()} ({how})")]


# The currencies extortion asks for, as _plain writes them (NFKD: ビ is ヒ and a mark).
CRYPTO_WORDS = tuple(_MARKS.sub("", unicodedata.normalize("NFKD", word)) for word in (
    "bitcoin", "btc", "wallet", "crypto", "usdt", "ethereum", "litecoin", "monero", "cartera", "carteira", "portefeuille",
    "ビットコイン", "비트코인", "比特幣", "比特币"))
SHORT_NOTE = 1000  # characters: a covering note this short may leave the whole threat to the attached PDF


def _extortion_hits(text: str, message) -> list[Hit]:
    """A wallet to pay next to threats of two kinds (filmed, adult sites, your contacts, a hacked device), in the
    message or, for a two-line note, in the attached PDF. Newsletters about scams quote the words, not a wallet."""
    words = text
    if not any(word in text for word in CRYPTO_WORDS) and not (message.attachments and len(message.visible_text) < SHORT_NOTE):
        return []  # no currency named and no short note with a document: no wallet to look for
    wallet = CRYPTO_WALLET.search(message.visible_text[:TEXT_LIMIT])
    if wallet is None and message.attachments and len(message.visible_text) < SHORT_NOTE:
        document = message.document_text
        wallet = CRYPTO_WALLET.search(document)
        words = f"{text}\n{_plain(document)}" if wallet else text
    if wallet is None:
        return []
    kinds = max(sum(1 for threat in EXTORTION_THREATS if threat.search(words)),
                sum(1 for threat in EXTORTION_THREATS_CJK if threat.search(words)))
    if kinds < 2:
        return []
    return [Hit("EXTORTION_CRYPTO", f"{kinds} kinds of threat and the wallet {wallet.group()[:16]}\u2026")]


def _fraud_hits(text: str, facts: _Facts, message, hijacked: str, possible: set[re.Pattern]) -> list[Hit]:
    """Payment fraud without links: bank details, gift cards, a charge to dispute by phone; extortion."""
    if facts.internal:  # but extortion "from" the reader's own address is written from the organisation's domain
        return _extortion_hits(text, message)
    lookalike = any(p.startswith(("FROM_LOOKALIKE", "VIP_")) for p in facts.posing)
    suspect = facts.freemail or facts.reply_diverted or facts.brand or lookalike or facts.namesake
    where = _fraud_source(facts) if suspect else ""
    hits = _bank_change_hits(text, facts, hijacked, where, facts.reply, possible) + _platform_note_hits(text, facts)
    mfa = MFA_APPROVAL.search(text) if MFA_APPROVAL in possible else None
    if mfa and MFA_CONTEXT.search(text):
        hits.append(Hit("LURE_MFA_APPROVAL", f'"{" ".join(mfa.group().split())[:60]}" from {facts.from_domain}'))
    hits += _availability_hits(text, facts, message)
    hits += _family_emergency_hits(text, facts, message)
    hits += _romance_opener_hits(text, facts, message)
    hits += _archive_link_hits(text, facts)
    hits += _is_this_you_hits(text, facts, possible)
    hits += _qr_payment_hits(facts)
    hits += _extortion_hits(text, message)
    hits += _authority_threat_hits(text, facts)
    if not suspect:
        return hits
    wire = WIRE_REQUEST.search(text)
    if wire and (SECRECY.search(text) or _unreachable(text)):  # kept secret, or the boss cannot take a call
        hits.append(Hit("BEC_WIRE_REQUEST", f'"{" ".join(wire.group().split())[:60]}" {where}'))
    forms = W2_REQUEST.search(text)
    if forms:
        hits.append(Hit("BEC_W2_REQUEST", f'"{" ".join(forms.group().split())[:60]}" {where}'))
    cards = GIFT_CARDS.search(text)
    if cards and GIFT_REQUEST.search(text):
        hits.append(Hit("BEC_GIFT_CARDS", f'"{cards.group()}" {where}'))
    fee = ADVANCE_FEE.search(text)
    if fee and (facts.freemail or facts.reply_diverted):
        hits.append(Hit("ADVANCE_FEE_FRAUD", f'"{" ".join(fee.group().split())[:60]}" {where}'))
    if not facts.links:
        # The receipt may be in the body or, with a line such as "your invoice is attached", in a PDF only.
        for source, words in (("", text), (" (in the attached PDF)", None)):
            if words is None:
                pdf = (_plain(message.document_text) if (facts.freemail or facts.brand) and MONEY.search(text) is None
                       else "")
                words = f"{text}\n{pdf}" if pdf else ""  # the covering note and the PDF read together
            if not (words and MONEY.search(words) and RECEIPT.search(words) and DISPUTE.search(words)
                    and CALL_US.search(words)):
                continue
            phone = PHONE.search(words)
            named = [b.name for b in brands_named(f"{message.subject}\n{message.visible_text[:3000]}\n{words[:3000]}")
                     if not b.owns(facts.from_registrable)]
            # The brand the sender poses as, one the text names, or the explicit "if you did not make this
            # payment" of a receipt nobody asked for.
            named = ([facts.brand] if facts.brand else []) + named
            named = named or (["a receipt"] if facts.freemail and NOT_YOU.search(words) else [])
            if not named and facts.freemail and message.attachments:
                # "Please find the invoice attached", the brand only on the invoice: a free mailbox billing for it.
                named = [b.name for b in brands_named(message.document_text[:3000])]
            if phone and named:
                hits.append(Hit("CALLBACK_PHISHING",
                                f"{named[0]} charge to dispute at {phone.group().strip()}{source}, {where}"))
                break
        if not any(h.symbol == "CALLBACK_PHISHING" for h in hits):
            hits += _numbers_ready_hits(text, facts, where)
    return hits


def _qr_payment_hits(facts: _Facts) -> list[Hit]:
    """A payment code in a picture (stages/qr.py) whose payee is not the brand the sender poses as."""
    payment = facts.notes.get("qr_payment")
    if not payment or not facts.brand:
        return []
    kind, payee = payment
    if payee and facts.brand in {b.name for b in brands_named(payee)}:
        return []  # the brand collecting its own fee
    return [Hit("LURE_QR_PAYMENT", f"{kind} to {payee or 'an unnamed payee'} under {facts.brand}'s name from "
                                   f"{facts.from_domain}")]


def _numbers_ready_hits(text: str, facts: _Facts, where: str) -> list[Hit]:
    """A suspect sender, no link, a number to call and either identity numbers to have ready for the call or,
    under a brand's name, a security scare (the tech-support callback)."""
    if not _CALL.search(text):
        return []
    phone = PHONE.search(text)
    if phone is None:
        return []
    reason = NUMBERS_READY.search(text) or (SECURITY_SCARE.search(text) if facts.brand else None)
    if reason is None:
        return []
    return [Hit("CALLBACK_PHISHING", f'"{" ".join(reason.group().split())[:60]}", call {phone.group().strip()}, {where}')]


# Payment platforms that mail a stranger's invoice or money request, with the stranger's note in it, from their
# own domain: the note is where callback scams write their phone number.
INVOICE_PLATFORMS = frozenset(
    """paypal.com paypal.fr paypal.de paypal.co.uk paypal.it paypal.es intuit.com quickbooks.com squareup.com
    square.com stripe.com xero.com freshbooks.com waveapps.com zohoinvoice.com invoice2go.com""".split()
)
_CALL = re.compile(r"\b(?:call|ring|phone|dial)\b")
# "Call ... and have your Medicare number ready": a callback that collects identity numbers over the phone.
NUMBERS_READY = _pattern(
    r"\bhave\s+your\s+(?:\S+\s+){0,6}?(?:social\s+security|ssn|medicare|member|account|card|policy|fsa|tax(?:payer)?"
    r"|national\s+insurance|sin|passport|customer)\s*(?:number|id|no\b|card|information|details)?[^.\n]{0,60}?\bready\b",
)


# The scare of a tech-support callback: the account attacked, infected or about to be locked.
SECURITY_SCARE = _pattern(
    r"\b(?:unusual|suspicious|unauthori[sz]ed)\s+(?:\S+\s+){0,2}?(?:activity|sign-?in|log-?in|access|attempts?)\b",
    r"\b(?:hacked|infected|compromised|virus(?:es)?|malware|spyware)\b",
    r"\bwill\s+be\s+(?:temporarily\s+|permanently\s+)?(?:suspended|locked|blocked|disabled|deactivated)\b",
)


# "If you did not authorise / make this purchase ... call", the callback scam's instruction.
NOT_YOU = _pattern(
    r"\bniet\s+(?:door\s+u\s+)?(?:aangevraagd|besteld|gedaan|herkend|geautoriseerd)\b",
    r"\b(?:did\s+not|didn'?t|never)\s+(?:make|authori[sz]e|request|place|order|recogni[sz]e|approve)\b",
    r"\b(?:unauthori[sz]ed|not\s+authori[sz]ed)\s+(?:transaction|charge|purchase|payment|order)\b",
    r"\b(?:this|it)\s+(?:wasn'?t|was\s+not)\s+you\b",
    r"\bnicht\s+(?:veranlasst|autorisiert|von\s+ihnen)\b",
    r"\b(?:n'avez\s+pas|n'etes\s+pas\s+a\s+l'origine)\b",
    r"\b(?:nao\s+reconhec\w*|no\s+reconoce|no\s+reconoces|no\s+realizo|nao\s+realizou|no\s+autorizo"
    r"|no\s+ha\s+autorizado|nao\s+autorizou)\b",
)


def _invoice_platform(domain: str) -> bool:
    """One of the invoicing platforms, or a domain of the same brand (paypal.nl, paypal.com.au: the brand list knows)."""
    if domain in INVOICE_PLATFORMS:
        return True
    owner = brand_data().owner(domain) if domain else None
    return owner is not None and any(owner.owns(platform) for platform in INVOICE_PLATFORMS)


def _platform_note_hits(text: str, facts: _Facts) -> list[Hit]:
    """A charge to dispute by phone, inside an invoice a payment platform carries for somebody else."""
    if not _invoice_platform(facts.from_registrable):
        return []
    phone = PHONE.search(text)
    if phone and MONEY.search(text) and NOT_YOU.search(text) and DISPUTE.search(text) and CALL_US.search(text):
        return [Hit("CALLBACK_PLATFORM_NOTE", f"a charge to dispute at {phone.group().strip()} in a note sent "
                    f"through {facts.from_registrable}")]
    return []


# Impostors of the police, the courts and agencies: who they claim to be, what they threaten, and settling by phone.
AUTHORITY = re.compile(
    r"\b(?:special\s+agent|sheriff'?s?|police|district\s+clerk|clerk\s+of\s+(?:the\s+)?court|jury\s+(?:services?|duty)"
    r"|drug\s+enforcement|diversion\s+control|fbi|federal\s+bureau|homeland\s+security|us\s+marshals?|customs\s+and\s+border"
    r"|department\s+of\s+justice|internal\s+revenue|tax\s+(?:fraud|investigation)|court\s+order|district\s+court)\b"
)
AUTHORITY_THREAT = re.compile(
    r"\b(?:arrest(?:ed)?|warrant|writ\s+of\s+(?:attachment|arrest)|failure\s+to\s+appear|failed\s+to\s+appear|contempt"
    r"|under\s+investigation|ongoing\s+investigation|(?:will|may)\s+be\s+(?:suspended|revoked|seized|prosecuted)"
    r"|criminal\s+charges|legal\s+action\s+(?:will|may)\s+be)\b"
)
SETTLE_BY_PHONE = re.compile(
    r"\b(?:bonds?|fines?|payments?|penalt(?:y|ies)|fees?)\b[^.\n]{0,40}\b(?:posted|paid|made|settled|resolved)\s+"
    r"(?:by|over\s+the)\s+(?:phone|telephone)\b|\bresolve\s+(?:this|the)\s+(?:matter|case)\s+(?:\S+\s+){0,4}?(?:by|over"
    r"\s+the)\s+(?:phone|telephone)\b|\bto\s+resolve\s+without\s+appearing\b"
)


# Extortion: a wallet to pay, and at least two different kinds of threat (lower-cased, accent-free text).
CRYPTO_WALLET = re.compile(r"\b(?:bc1[a-z0-9]{25,59}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33})\b")
EXTORTION_THREATS = (
    re.compile(r"\b(?:recorded|filmed|record(?:ing)?\s+(?:of\s+)?you|videos?\s+of\s+you|your\s+(?:camera|webcam|screen)"
               r"|gravei|grabe|enregistre|aufgenommen|videos?\s+(?:de|von)\s+(?:voce|ti|vous|ihnen|dir)"
               r"|grabaciones\s+tuyas|gravacoes\s+(?:suas|de\s+voce)|tu\s+(?:camara|pantalla|webcam)|sua\s+(?:camera|tela|webcam)"
               r"|(?:ta|votre)\s+(?:camera|webcam)|(?:deine|ihre|ihrer|deiner)\s+(?:kamera|webcam)|la\s+tua\s+(?:webcam|fotocamera)"
               r"|aufnahmen\s+von\s+(?:ihnen|dir)"
               # Polish, Czech, Russian, Hungarian, Romanian
               r"|nagra\w*|nagrywa\w*|z\s+kamery|nahral\w*|natacel\w*|записал\w*|записыва\w*|с\s+камеры|felvettem"
               r"|inregistrat\w*)\b"),
    re.compile(r"\b(?:adult\s+(?:web)?sites?|porn\w*|sites?\s+(?:adultos?|para\s+adultos|pour\s+adultes|adulti)"
               r"|(?:paginas|sitios)\s+(?:para\s+|de\s+)?adult[oa]s|sites?\s+(?:pour\s+)?adultes|siti\s+per\s+adulti"
               r"|erwachsenen\w*|masturbat\w*|intimate|dla\s+doros[lł]ych|pro\s+dospele|для\s+взрослых|порно\w*|felnott\w*"
               r"|pentru\s+adulti)\b"),
    re.compile(r"\b(?:(?:all\s+)?your\s+contacts|every\s+contact|your\s+(?:family|colleagues|friends)|(?:seus|tus|vos|deine)"
               r"\s+(?:contatos|contactos|contacts|kontakte)|todos\s+(?:tus|os\s+seus)\s+cont[ae]c?tos|tous\s+(?:tes|vos)\s+contacts"
               r"|(?:ihre|ihren|deinen)\s+(?:kontakte|kontakten|familie|kollegen)"
               r"|tutti\s+i\s+tuoi\s+contatti|(?:twoich|tvym|tvojim)\s+kontakt\w*|wszystki\w+\s+(?:twoich\s+)?kontakt\w*"
               r"|(?:всем|твоим|вашим)\s+(?:твоим\s+|вашим\s+)?контакт\w*|toate\s+contactele|ismerosod\w*)\b"),
    re.compile(r"\b(?:(?:software|malware|spyware|trojan|virus|pegasus)\b.{0,40}\binstall\w*|hacked\s+your|access\s+to\s+your"
               r"\s+(?:device|devices|computer|phone|account|email)|i\s+am\s+a\s+hacker|from\s+your\s+own\s+(?:e-?mail|address|account)"
               r"|programa\s+malicioso|software\s+malicioso|logiciel\s+malveillant|acceso\s+a\s+tu\s+(?:cuenta|dispositivo)"
               r"|acesso\s+(?:a|ao)\s+(?:sua|seu)\s+(?:conta|dispositivo)|acces\s+a\s+(?:ton|votre)\s+(?:compte|appareil)"
               r"|desde\s+tu\s+propia\s+(?:direccion|cuenta)|da\s+sua\s+propria\s+conta|depuis\s+(?:ton|votre)\s+propre"
               r"|zainstalowa\w*\s+(?:\S+\s+)?trojan\w*|z\s+twojego\s+(?:w[lł]asnego\s+)?konta|z\s+tveho\s+(?:vlastniho\s+)?uctu"
               r"|троян\w*|с\s+вашего\s+(?:собственного\s+)?(?:почтового\s+)?(?:ящика|аккаунта|адреса)"
               r"|dost[eę]p\s+do\s+twoich|zugriff\s+auf\s+(?:ihre|deine|ihr|dein|ihren|deinen)\s+(?:gerate?|computer|konto"
               r"|handy|e-?mail|postfach|rechner))"),
)
# The same four kinds in Japanese, Chinese and Korean, which run their words together (no word boundaries).
EXTORTION_THREATS_CJK = (
    _native(r"録画|撮影|錄影|录像|녹화|촬영"),
    _native(r"アダルトサイト|成人サイト|成人網站|成人网站|色情|성인\s*사이트|음란"),
    _native(r"連絡先|聯絡人|联系人|연락처"),
    _native(r"トロイの木馬|マルウェア|ウイルス|木馬|木马|악성\s*코드|해킹|ハッキング"),
)


# The opening of CEO or partner fraud: is the reader there, a favour, and no way to call the sender back.
AVAILABLE = _native(  # the bare question, not "are you available on Thursday at 10?"
    r"\b(?:are\s+you\s+(?:available|around|free|at\s+your\s+desk|in\s+the\s+office|at\s+the\s+office|at\s+(?:the\s+)?(?:front\s+desk|reception)"
    r"|on\s+site|in\s+the\s+(?:clinic|practice|surgery|shop|store))|do\s+you\s+have\s+a\s+(?:moment|minute))"
    r"(?:\s+(?:now|today|right\s+now|this\s+morning))?\s*\?",
    r"\b(?:es-tu|etes-vous|tu\s+es|vous\s+etes)\s+(?:disponible|au\s+bureau)(?:\s+(?:maintenant|ce\s+matin))?\s*\?",
    r"\b(?:est(?:a|as)\s+disponible|bist\s+du\s+(?:da|verfugbar)|sind\s+sie\s+(?:da|verfugbar)|sei\s+disponibile)\s*\?",
    r"\b(?:esta|estas|voce\s+esta)\s+(?:no\s+escritorio|en\s+la\s+(?:oficina|clinica|consulta)|disponivel)\s*\?",
    r"\b(?:esti|sunteti)\s+(?:la\s+birou|disponibil\w*)\s*\?",
    r"\bείσαι\s+(?:στο\s+γραφείο|διαθέσιμ\w*)\s*[;?]|\bείστε\s+(?:στο\s+γραφείο|διαθέσιμ\w*)\s*[;?]",
    r"\b(?:вы|ты)\s+(?:сейчас\s+)?(?:на\s+месте|свободн\w*|в\s+офисе|на\s+работе)\s*\?",
    r"\b(?:bist\s+du|sind\s+sie)\s+(?:gerade\s+|heute\s+|jetzt\s+)?(?:im\s+buro|in\s+der\s+(?:praxis|firma|kanzlei)|erreichbar"
    r"|da)\s*\?",
    r"\b(?:ben\s+je|bent\s+u|zit\s+je|zit\s+u)\s+(?:nu\s+|vandaag\s+)?(?:op\s+kantoor|beschikbaar|aan\s+je\s+bureau|er)\s*\?",
)
FAVOUR = _native(
    r"\b(?:discreet(?:ly)?|discretamente|discreto|discreta|discretement|diskret)\b",
    r"\b(?:heb|nodig)\s+(?:je|jouw|uw)\s+hulp\s+nodig\b|\bje\s+hulp\s+nodig\b|\bkleine\s+gunst\b|\bdringende\s+(?:betaling|opdracht|klus)\b",
    r"\b(?:quick|small|little|urgent)\s+(?:favou?r|task|request|errand)\b|\bneed\s+(?:you\s+to|your\s+help|a\s+favou?r)\b",
    r"\b(?:petit|rapide)\s+service\b|\bbesoin\s+(?:de\s+toi|de\s+vous|que\s+tu|que\s+vous|d'un\s+service)\b",
    r"\b(?:pequeno\s+favor|kleinen\s+gefallen|piccolo\s+favore)\b",
    r"\bnecesito\s+que\s+me\s+hagas\b|\bgestion\s+(?:urgente|rapida|confidencial)\b|\bpreciso\s+que\s+(?:voce\s+)?me\s+fa(?:ca|cas)\b"
    r"|\bho\s+bisogno\s+che\s+(?:tu\s+)?mi\s+faccia\b|\bcommissione\s+urgente\b",
    r"\bkurze\s+bitte\b|\bbrauche\s+(?:kurz\s+)?(?:deine|ihre|eure)\s+(?:hilfe|unterstutzung)\b|\bγρήγορη\s+εξυπηρέτηση|\bμια\s+χάρη\b|\b(?:есть|небольшая|срочная)\s+просьба\b|\bнужна\s+(?:ваша\s+|твоя\s+)?помощь\b",
)
UNREACHABLE = _native(
    r"\bkan\s+(?:nu\s+|vandaag\s+)?niet\s+(?:bellen|opnemen|praten)\b|\b(?:zit|ben)\s+(?:\S+\s+){0,3}?in\s+(?:overleg|vergadering|een\s+vergadering)\b",
    r"\b(?:can'?t|cannot|unable\s+to|won'?t\s+be\s+able\s+to)\s+(?:take|answer|make|receive)\s+(?:any\s+)?(?:calls?|the\s+phone)",
    r"\b(?:in|into|between)\s+(?:a\s+)?(?:meeting|conference)s?\b.{0,60}?\b(?:reply|respond|email|text)\b",
    r"\breply\s+(?:here|by\s+e-?mail|to\s+this\s+e-?mail|asap|as\s+soon\s+as)",
    r"\b(?:en\s+reunion|ne\s+(?:peux|peut)\s+pas\s+(?:prendre|repondre\s+au)\s+(?:d'appels?|telephone))\b",
    r"\brepon(?:ds|dez)(?:-moi)?\s+(?:par\s+(?:e-?mail|mail)|ici|des\s+que)",
    r"\bno\s+puedo\s+(?:atender|contestar|recibir|hablar\s+por)\s+(?:\S+\s+){0,2}?(?:llamadas?|telefono)\b"
    r"|\bnao\s+(?:posso|consigo)\s+(?:atender|falar\s+ao|receber)\s+(?:\S+\s+){0,2}?(?:ligacoes|chamadas|telefone)\b"
    r"|\bnon\s+posso\s+(?:rispondere\s+al\s+telefono|ricevere\s+chiamate|parlare\s+al\s+telefono)\b"
    r"|\b(?:estoy|estou)\s+(?:en\s+una|numa|em\s+uma)\s+reuni(?:on|ao)\b|\bsono\s+in\s+riunione\b",
    r"\bkann\s+(?:gerade\s+|heute\s+)?nicht\s+(?:telefonieren|sprechen|anrufen|ans\s+telefon)\b|\bδεν\s+μπορώ\s+να\s+(?:μιλήσω|απαντήσω)|\b(?:звонить|говорить|разговаривать)\s+не\s+могу\b"
    r"|\bне\s+могу\s+(?:говорить|разговаривать|звонить|ответить\s+на\s+звонок)\b|\bпишите\s+сюда\b",
)


def _availability_hits(text: str, facts: _Facts, message) -> list[Hit]:
    """"Are you available? I need a quick favour, I can't take calls": a first message, short, with no link."""
    if any(u.domain != facts.from_registrable for u in facts.links) or message.attachments \
            or len(message.visible_text) > 700:
        return []
    if REPLY_SUBJECT.match(message.subject) or message.header("In-Reply-To") or message.header("References"):
        return []
    available = AVAILABLE.search(text)
    if not available:
        return []
    favour, unreachable = FAVOUR.search(text), UNREACHABLE.search(text)
    # From a free mailbox two of the three suffice; from a company's domain (a lookalike, a stranger) all three.
    if (favour and unreachable) or ((facts.freemail or facts.reply_diverted) and (favour or unreachable)):
        where = f"from {facts.from_domain}" if facts.from_domain else "from an unknown sender"
        said = " ".join(available.group().split())
        return [Hit("BEC_AVAILABILITY", f'"{said}" {where}, no link, not a reply')]
    return []


# "Hi mum, my phone broke, this is my new number"; "Grandma it's Tyler, I'm in trouble, don't tell mom".
FAMILY_GREETING = _native(
    r"^\W{0,3}(?:hi|hey|hello|hoi|hallo|hola|oi|ola|salut|coucou|ciao|dear)?\W{0,3}(?:mum|mom|mommy|mummy|mam|mama|mamma|mamae|mae"
    r"|maman|dad|daddy|pap|papa|pai|grandma|grandpa|granny|grandmother|grandfather|nana|oma|opa|abuela|abuelo|vovo|vo|mamie"
    r"|papy|nonna|nonno)\b",
    r"\b(?:grandma|grandpa|granny|mum|mom|oma|opa|mam|pap|maman|mamie)\W{0,3}(?:it'?s|this\s+is|ik\s+ben\s+het|c'est)\s+(?:me|\w+)\b",
)
PHONE_STORY = _native(
    r"\b(?:lost|broke|broken|dropped|smashed|cracked)\s+(?:my\s+)?(?:phone|mobile|cell)|\b(?:my\s+)?(?:phone|mobile)\s+(?:is\s+|got\s+)?"
    r"(?:broken|lost|dead|stolen|in\s+the\s+water)|\bnew\s+(?:phone\s+)?number\b|\bfriend'?s\s+(?:phone|laptop|computer)\b",
    r"\bnieuw(?:e)?\s+(?:telefoon)?nummer\b|\btelefoon\s+(?:is\s+)?(?:kapot|stuk|gevallen|in\s+het\s+water)|\bin\s+het\s+water\s+gevallen",
    r"\b(?:nuevo|novo|nouveau|neue)\s+(?:numero|nummer)\b|\b(?:celular|telefono|telemovel|portable|handy)\s+(?:\S+\s+){0,2}?"
    r"(?:roto|quebrou|quebrado|casse|kaputt|perdi)",
)
FAMILY_NEED = _native(
    r"\b(?:pay|money|bail|cash|transfer|wire|gift\s+cards?|lawyer|jail|hospital|accident|don'?t\s+tell|betalen|geld|overmaken"
    r"|pagar|dinheiro|dinero|fianza|payer|argent|virement|bezahlen|uberweisen|pagare|soldi)\b",
)


# The archives a password can lock (a .gz or an .iso cannot be).
_ARCHIVE_PATH = re.compile(r"\.(?:zip|rar|7z)(?:$|[?#&/])", re.I)
# "Password: 4471", "wachtwoord documenten: 4471", "the password is inv2024": a value given, not a word in passing.
ARCHIVE_PASSWORD = _pattern(
    r"\b(?:password|passcode|pw|pwd|wachtwoord|mot\s+de\s+passe|mdp|contrasena|clave|senha|passwort|kennwort"
    r"|haslo|sifre|lozinka)\b(?:\s+\w+){0,3}?\s*(?::|=|\bis\b|\best\b|\bes\b|\bist\b|\be\b|\bis\s+het\b)\s*[\"'\u201c]?"
    r"[\w!@#$%&*.-]{3,24}\b",
)


# File lockers whose links name no file (mega.nz/file/xY3k#key): the words around the password say it is an archive.
FILE_LOCKERS = frozenset({"mega.nz", "mega.io", "mediafire.com", "gofile.io", "pixeldrain.com", "sendspace.com",
                          "4shared.com", "workupload.com", "file.io", "krakenfiles.com", "catbox.moe", "transfer.sh"})
ARCHIVE_WORD = re.compile(r"\b(?:archive|archivo|archiv|archivio|zip|rar|7z|7-zip|winrar|unzip|extract|descomprim\w*|entpack\w*"
                          r"|decompress\w*|estrai)\b")


def _archive_link_hits(text: str, facts: _Facts) -> list[Hit]:
    """A link to an archive to download, and the password that opens it, in the same message (not a list's post)."""
    if facts.internal or facts.mailing_list:
        return []
    link = next((u for u in facts.links if u.kind in WEB_LINK_KINDS and _ARCHIVE_PATH.search(unquote(u.path_and_query))), None)
    if link is None and ARCHIVE_WORD.search(text):
        link = next((u for u in facts.links if u.kind in WEB_LINK_KINDS and u.domain in FILE_LOCKERS), None)
    if link is None:
        return []
    password = ARCHIVE_PASSWORD.search(text)
    if password is None:
        return []
    return [Hit("ARCHIVE_LINK_PASSWORD", f"{link.host}: {link.path_and_query[:60]}; \"{password.group()[:30]}\"")]


_PROGRAM_PATH = re.compile(r"\.(?:zip|rar|7z|iso|img|apk|" + "|".join(PROGRAM_EXTENSIONS) + r")(?:$|[?#&/])", re.I)


def _is_this_you_hits(text: str, facts: _Facts, possible: set[re.Pattern]) -> list[Hit]:
    """"Is this you in this video?" and a link to download an archive or a program: a friend's account spreading malware."""
    if facts.internal or IS_THIS_YOU not in possible or not IS_THIS_YOU.search(text):
        return []
    link = next((u for u in facts.links if _PROGRAM_PATH.search(unquote(u.path_and_query).split("?")[0] + "?")), None)
    if link is None:
        return []
    return [Hit("LURE_IS_THIS_YOU", f"{link.host}: {link.path_and_query.split('?')[0][-60:]}")]


def _near(label: str, other: str) -> bool:
    """Whether two domain labels are close enough for the look-alike index to judge (a cheap first look)."""
    if not label or not other:
        return False
    if label == other or label.replace("-", "") == other.replace("-", ""):
        return True
    if len(other) >= 4 and (other in label or label in other):
        return True
    return edit_distance(label, other, 2) <= 2


# A romance scam's first letter, one pattern per kind of tell (lower-cased, accent-free text); three kinds make one.
ROMANCE_TELLS = (
    re.compile(r"\b(?:came\s+across|found|saw|got|noticed)\s+(?:\S+\s+){0,2}?(?:your|ur)\s+(?:\S+\s+)?(?:e-?mail|address|profile"
               r"|contact|picture|photo|comments?|post)|\bhabe\s+ihr\s+profil\b|\bvotre\s+profil\b|\btu\s+perfil\b"),
    re.compile(r"\b(?:i\s+am|i'm)\s+(?:\S+\s+){0,3}?(?:a\s+)?widow(?:er|ed)?\b|\blost\s+my\s+(?:wife|husband|spouse)"
               r"|\bmy\s+(?:late\s+)?(?:wife|husband)\s+(?:died|passed)|\bich\s+bin\s+(?:\S+\s+){0,4}?witwe[r]?\b"
               r"|\bmeine?\s+(?:frau|mann)\s+(?:\S+\s+){0,6}?gestorben|\bje\s+suis\s+veu(?:f|ve)\b|\bsoy\s+viud[oa]\b"),
    re.compile(r"\b(?:honest|caring|kind|gentle|loyal|serious|sincere|god[- ]fearing)\s+(?:and\s+\w+\s+)?(?:man|woman|lady"
               r"|gentleman|heart)\b|\behrliche[n]?\s+(?:frau|mann)\b|\b(?:homme|femme)\s+(?:honnete|serieu(?:x|se))\b"
               r"|\b(?:hombre|mujer)\s+(?:honest[oa]|seri[oa])\b"),
    re.compile(r"\b(?:serious|long[- ]term|lasting)\s+relationship|\b(?:rest|remaining\s+years)\s+of\s+my\s+life"
               r"|\bget\s+to\s+know\s+(?:each\s+other|you\s+better)|\bernsthafte\s+beziehung|\brestlichen\s+jahre"
               r"|\brelation\s+serieuse|\breste\s+de\s+ma\s+vie|\brelacion\s+seria|\bresto\s+de\s+mi\s+vida"),
    re.compile(r"\bpeace[- ]?keeping\s+mission|\boil\s+(?:rig|platform)|\bolplattform|\boffshore\s+(?:\S+\s+)?(?:rig"
               r"|platform|team)|\b(?:un|medical)\s+team\b|\bmilitary\s+(?:doctor|surgeon|officer)|\bon\s+a\s+contract\s+"
               r"(?:abroad|overseas|in)\b"),
    re.compile(r"\bsend\s+you\s+(?:some\s+|a\s+few\s+|more\s+)?(?:of\s+)?(?:my\s+)?(?:pictures|photos|pics)|\bmore\s+(?:of\s+)?my\s+"
               r"(?:photos|pictures|pics|videos)|\bmehr\s+fotos\b|\bi\s+attach\w*\s+(?:one\s+|a\s+)?(?:of\s+)?my\s+photo"),
    re.compile(r"\btoo\s+shy\b|\b(?:feel|am)\s+(?:very\s+|so\s+)?lonely\b|\bnot\s+many\s+(?:people|friends)\b"
               r"|\b(?:fuhle|bin)\s+(?:ich\s+)?(?:mich\s+)?(?:sehr\s+)?einsam\b|\bdating\s+(?:site|app|website)\b"),
)


def _romance_opener_hits(text: str, facts: _Facts, message) -> list[Hit]:
    """A stranger's first letter from a free mailbox with three kinds of romance-scam tell (not a reply, not a list).

    Only a letter with no link: the scam's opening wants a reply and trust, money comes weeks later. A stranger
    sending the reader to her photos on a site is dating spam, which the rules and the link checks weigh."""
    if not (facts.freemail or facts.reply_freemail) or facts.reply or facts.mailing_list or facts.links \
            or len(message.visible_text) > 3000:
        return []
    kinds = sum(1 for tell in ROMANCE_TELLS if tell.search(text))
    if kinds < 3:
        return []
    return [Hit("ROMANCE_OPENER", f"{kinds} kinds of romance-scam tell in a first letter from {facts.from_domain}")]


def _family_emergency_hits(text: str, facts: _Facts, message) -> list[Hit]:
    """A child or grandchild in trouble, from a free mailbox: the greeting, the phone story and the money."""
    if not facts.freemail or len(message.visible_text) > 1500:
        return []
    subject, _, body = text.partition("\n")  # the text is the subject's line, then the body's
    greeting = FAMILY_GREETING.search(subject) or FAMILY_GREETING.search(body)
    if greeting and PHONE_STORY.search(body) and FAMILY_NEED.search(body):
        return [Hit("FAMILY_EMERGENCY", f'"{" ".join(greeting.group().split())[:40]}" from {facts.from_domain}')]
    return []


def _hijack_hits(text: str, facts: _Facts, message) -> list[Hit]:
    """A reply under the name of somebody quoted below, from another domain than theirs."""
    if facts.internal or not facts.reply:
        return []
    name = set(_NAME_WORDS.findall(_plain(display_name(message))))
    if len(name) < 2:
        return []
    for pattern in (QUOTED_HEADER, QUOTED_WROTE):
        for found in pattern.finditer(text):
            quoted_name, address = found.groups()
            quoted_domain = registrable_domain(address.rpartition("@")[2].lower())
            if set(_NAME_WORDS.findall(quoted_name)) != name or quoted_domain == facts.from_registrable:
                continue
            detail = f'"{display_name(message)}" from {facts.from_domain}, quoted as {address}'
            quoted = text[found.start():]
            fresh = [u for u in facts.links if u.host_ascii not in quoted]  # links the thread already had are old news
            risky = _risky_link(facts, 0.5, strict=True, links=fresh)
            if risky:
                return [Hit("REPLY_THREAD_HIJACK", f"{detail}; link to {risky}")]
            if not is_freemail(quoted_domain) and _near_copy(facts.from_registrable, quoted_domain):
                # the same person, quoted at hollisfreight.co.uk, now writing from hollisfreight-uk.com
                return [Hit("REPLY_LOOKALIKE_DOMAIN", f"{detail}, a near copy of {quoted_domain}")]
            return [Hit("REPLY_NAME_OTHER_DOMAIN", detail)]
    return _lookalike_reply_hits(text, facts, message)


# The payment a fabricated thread is there to get (lower-cased, accent-free text).
PAY_THIS = re.compile(
    r"\b(?:process|release|make|arrange|remit|schedule|expedite)\s+(?:the\s+|this\s+|our\s+)?(?:outstanding\s+)?"
    r"(?:payment|wire|transfer|remittance|invoice)\b|\bsend\s+(?:the\s+|this\s+)?(?:payment|wire|transfer)\b"
    r"|\bpayment\s+(?:today|asap|immediately|by\s+end\s+of\s+day)\b"
    r"|\b(?:traiter|effectuer|proceder\s+au)\s+(?:le\s+)?(?:paiement|virement|reglement)\b"
    r"|\b(?:zahlung|uberweisung)\s+(?:\S+\s+){0,3}?(?:veranlassen|freigeben|ausfuhren|anweisen)\b"
)


def _fabricated_thread_hits(text: str, facts: _Facts, message) -> list[Hit]:
    """A typed "RE: FW:" from outside that quotes the organisation's own person and asks for a payment."""
    if (facts.internal or facts.mailing_list or not REPLY_SUBJECT.match(message.subject)
            or message.header("In-Reply-To") or message.header("References")):
        return []
    asked = PAY_THIS.search(text)
    if asked is None:
        return []
    for found in QUOTED_HEADER.finditer(text, asked.end()):
        address = found.group(2)
        domain = registrable_domain(address.rpartition("@")[2].lower())
        if domain in facts.own and domain != facts.from_registrable:
            return [Hit("REPLY_FABRICATED_THREAD", f'"{" ".join(asked.group().split())[:40]}" from {facts.from_domain}, '
                                                   f"quoting {address} in a thread no header answers")]
    return []


# The symbols that say a reply's sender joined the thread under false colours.
JOINED = frozenset({"REPLY_NAME_OTHER_DOMAIN", "REPLY_LOOKALIKE_DOMAIN"})
_ANY_ADDRESS = re.compile(_ADDRESS)


def _near_copy(sender: str, domain: str) -> bool:
    """Whether the registrable ``sender`` is a look-alike of ``domain`` (vogt.com of vogt.de, hollisfreight-uk.com)."""
    if not _near(split_domain(sender)[1], split_domain(domain)[1]):
        return False  # not even close: spare building a look-alike index for it
    return organisation_index(frozenset({domain})).match(sender) is not None


def _lookalike_reply_hits(text: str, facts: _Facts, message) -> list[Hit]:
    """A reply from a near copy of a correspondent's domain quoted in the thread (or shown in the display name)."""
    if not facts.from_registrable or facts.freemail or facts.mailing_list:
        return []
    seen = {facts.from_registrable}
    for address in _ANY_ADDRESS.findall(f"{display_name(message).lower()}\n{text}"):
        domain = registrable_domain(address.rpartition("@")[2].rstrip("."))
        if domain in seen or is_freemail(domain):
            continue
        seen.add(domain)
        if not _near_copy(facts.from_registrable, domain):
            continue
        detail = f"from {facts.from_domain}, a near copy of {domain} ({address} in the thread)"
        fresh = [u for u in facts.links if u.host_ascii not in text[text.find(address):]]
        risky = _risky_link(facts, 0.5, strict=True, links=fresh)
        if risky:
            return [Hit("REPLY_THREAD_HIJACK", f"{detail}; link to {risky}")]
        return [Hit("REPLY_LOOKALIKE_DOMAIN", detail)]
    return []
