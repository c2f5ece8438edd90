"""Who the sender claims to be, against who they are.

Phishing and CEO fraud live in the gap between the two: a display name that
says "PayPal" on an address that is not PayPal's, an executive's name on a
free mailbox, a domain one letter away from the organisation's own, replies
routed to somebody else. This stage reads the From and Reply-To headers, the
policy's executives (``policy.vips``), the organisation's domains, what the
authentication stages concluded (``context.auth``: mail from paypal.com
that passes DMARC is PayPal) and what the "urls" stage found
(``context.notes["url_findings"]``), which is why it runs after both.

Only combinations that leave no honest explanation name the phishing
verdict: a lookalike of the organisation's domain, a brand's name together
with a lookalike of that brand's domain (or a link named after it, or a
password form), an executive's name from a free mailbox or with replies
diverted. The rest adds score; and when this stage's and the urls stage's
points reach the spam threshold with a disguise among them,
PHISHING_SIGNALS says the message is phishing rather than spam. What it
found (the symbols, the brand claimed) is left in
``context.notes["sender_findings"]`` for the "lures" stage.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet
from email.header import decode_header, make_header

from rempart.engine import html
from rempart.engine.domains import (
    GENERIC_LABELS,
    Brand,
    brand_data,
    brand_index,
    edit_distance,
    fold,
    fold_text,
    is_freemail,
    organisation_index,
    protected_domains,
    registrable_domain,
    skeleton,
    split_domain,
    text_skeleton,
)
from rempart.engine.message import parse_addresses
from rempart.engine.received import external_hop, parse_received
from rempart.engine.urls import url_lists
from rempart.engine.verdict import Hit, SymbolDef, Verdict

NAME = "sender"

SYMBOLS = [
    SymbolDef("FROM_LOOKALIKE_ORG", 8.0, "The sender's domain is a lookalike of the organisation's own domain", Verdict.PHISHING),
    SymbolDef("FROM_LOOKALIKE_ORG_WEAK", 4.0, "The sender's domain uses the organisation's name under another TLD or with added words"),
    SymbolDef("REPLYTO_LOOKALIKE_ORG", 8.0, "Replies would go to a lookalike of the organisation's own domain", Verdict.PHISHING),
    SymbolDef("FROM_LOOKALIKE_BRAND", 6.0, "The sender's domain is a lookalike of a brand's domain (typo, homoglyph or other TLD)"),
    SymbolDef("FROM_BRAND_COMBO", 3.0, "The sender's domain uses a brand's name without belonging to the brand"),
    SymbolDef("REPLYTO_LOOKALIKE_BRAND", 4.0, "Replies would go to a lookalike of a brand's domain"),
    SymbolDef("FROM_DISPLAY_BRAND", 3.5, "The sender's name claims a brand, but the address is not the brand's"),
    SymbolDef("FROM_DISPLAY_ORG_DOMAIN", 3.0, "The sender's name claims the organisation's own domain, from an outside address"),
    SymbolDef("FROM_DISPLAY_ORG_NAME", 1.5, "The sender's name carries the organisation's own name, from an outside address"),
    SymbolDef("FROM_DISPLAY_ADDRESS", 2.5, "The sender's name shows an e-mail address of another domain than the real sender's"),
    SymbolDef("BRAND_LINKS_ELSEWHERE", 2.0, "The sender claims a brand, and the links lead to sites that are not the brand's"),
    SymbolDef("BRAND_IMPERSONATION", 8.0, "A brand's name in the sender, with a lookalike of its domain or a password form", Verdict.PHISHING),
    SymbolDef("BRAND_DOMAIN_FORGED", 6.0, "The sender's address is a brand's own, but it failed DMARC where the brand's "
              "own mail passes (an enforced policy, or unsigned mail that SPF or the receiver refused): someone else "
              "writing in the brand's name", Verdict.PHISHING),
    SymbolDef("VIP_NAME_EXTERNAL", 4.0, "The sender's name is one of the organisation's executives, on an outside address"),
    SymbolDef("VIP_IMPERSONATION", 8.0, "An executive's name on a free mailbox, a lookalike domain or with replies diverted (CEO fraud)", Verdict.PHISHING),
    SymbolDef("REPLYTO_DIFFERENT_DOMAIN", 0.5, "Replies go to another domain than the sender's"),
    SymbolDef("REPLYTO_LOOKALIKE_SENDER", 3.0, "Replies would go to a near-copy of the sender's own domain (a letter "
              "changed, added or dropped): the answer to a hijacked thread goes to the fraudster"),
    SymbolDef("REPLYTO_FREEMAIL", 1.5, "Replies go to a free mailbox of another domain than the sender's"),
    SymbolDef("REPLYTO_IMPERSONATION", 3.0, "Replies go elsewhere while the sender's name claims a brand or an executive"),
    SymbolDef("FIRST_TIME_SENDER", 0.5, "First message from this sender to the organisation"),
    SymbolDef("FREEMAIL_ORG_NAME", 3.0, "A free mailbox whose address or name carries the organisation's own name"),
    SymbolDef("FREEMAIL_EXECUTIVE", 2.0, "A free mailbox presenting itself as an executive (CEO, PDG, director...)"),
    SymbolDef("FROM_SUSPICIOUS_TLD", 0.5, "The sender's domain is under a top-level domain mostly used for abuse"),
    SymbolDef(
        "PHISHING_SIGNALS", 0.0,
        "Impersonation and disguised links that add up to the spam threshold on their own: phishing", Verdict.PHISHING,
    ),
]
_DECLARED = {symbol.name: symbol for symbol in SYMBOLS}
# Sender symbols that show a disguise (rather than an unusual but honest setup).
DECEPTIVE = frozenset(
    """FROM_LOOKALIKE_ORG_WEAK FROM_LOOKALIKE_BRAND FROM_BRAND_COMBO REPLYTO_LOOKALIKE_BRAND FROM_DISPLAY_BRAND
    FROM_DISPLAY_ADDRESS FROM_DISPLAY_ORG_DOMAIN FROM_DISPLAY_ORG_NAME VIP_NAME_EXTERNAL REPLYTO_IMPERSONATION
    FREEMAIL_ORG_NAME FREEMAIL_EXECUTIVE""".split()
)

FREEMAIL_EXTRA = 1.5  # added to a brand claim made from a free mailbox
_WORDS = re.compile(r"[a-z0-9]+")
_ADDRESS_IN_NAME = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_LIST_REWRITE = re.compile(r"\bvia\b|\bon behalf of\b|\bde la part de\b|\bpour le compte de\b", re.I)


async def check(message, policy, context) -> list[Hit]:
    from_domain = message.from_domain
    if not from_domain:
        return []
    org_domains = protected_domains(context) | frozenset(
        registrable_domain(address.rpartition("@")[2]) for _name, address in policy.vips if "@" in address
    )
    configured = bool(context.organisation_domains or policy.vips)
    org = organisation_index(org_domains, configured) if org_domains else None
    from_registrable = registrable_domain(from_domain)
    internal = org is not None and from_registrable in org.owned and not context.from_forged()
    replies = _reply_addresses(message)
    reply_domains = [a.rpartition("@")[2].strip().rstrip(".") for a in replies if "@" in a]
    findings = context.notes.get("url_findings") or {}

    hits: list[Hit] = []
    from_lookalike, org_lookalike = _lookalikes(from_domain, reply_domains, org, hits)
    brand, vip = _claims(message, policy, org, internal, hits)
    if org is not None and not configured and from_lookalike is None and not internal and from_registrable not in org.owned:
        claimed = any(h.symbol == "FROM_DISPLAY_ORG_NAME" for h in hits)
        hits += _named_after_recipients(from_registrable, org, None if claimed else display_name(message))
    if brand is not None and _never_left_site(message, context):
        brand = None  # the site's own software (Exchange's "Microsoft Outlook" notices) impersonates no one
    if brand is not None:
        hits += _brand_hits(brand, from_domain, from_lookalike, findings)
    mailing_list = any(message.header(name) for name in ("List-Id", "List-Post", "Mailing-List"))
    forged = _forged_brand(from_domain, from_registrable, context, mailing_list)
    if forged is not None:
        hits.append(Hit("BRAND_DOMAIN_FORGED", f"{from_domain} ({forged.name}) failed DMARC"))
        brand = brand or forged
    if vip is not None and replies and all(reply == vip[1].lower() for reply in replies):
        vip = None  # a platform writing for the executive ("Thomas Girard" via SharePoint), replies to the real one
    if vip is not None:
        hits += _vip_hits(vip, from_domain, from_registrable, reply_domains, org_lookalike)
    impersonating = bool(vip or (brand is not None and brand.domains))
    hits += _reply_hits(from_domain, from_registrable, reply_domains, impersonating, mailing_list)
    if impersonating and not any(h.symbol == "REPLYTO_IMPERSONATION" for h in hits):
        hits += _mailto_hits(message, from_domain)
    if not internal:
        hits += _stranger_hits(message, from_registrable, context.known_senders)
    if is_freemail(from_domain) and vip is None:
        hits += _freemail_hits(message, org)
    hits += _adds_up(hits, findings, policy)
    context.notes["sender_findings"] = {
        "symbols": {h.symbol for h in hits},
        "brand": brand.name if brand is not None and brand.domains else None,
    }
    return hits


def _forged_brand(from_domain: str, from_registrable: str, context, mailing_list: bool) -> Brand | None:
    """The brand whose own domain the From address uses, when that address was spoofed (Context.from_spoofed).

    A list that relays a brand employee's post breaks the signature without
    rewriting From, so list mail is left to the DMARC symbols alone.
    """
    if mailing_list or is_freemail(from_domain) or not context.from_spoofed():
        return None
    return brand_data().owner(from_registrable)


def _named_after_recipients(from_registrable: str, org, display: str | None = None) -> list[Hit]:
    """The recipients' organisation's first word in the sender's domain (kerlann-rh.com for kerlann-industries.fr).

    Guessed from the recipients, such a domain is not scored on its own,
    lest a sister company be; it is once the display name claims the
    recipients' organisation too: its whole name (the caller has seen to
    that, ``display`` None), or that first word with a department or
    service-desk word ("Kerlann IT Service Desk"), the way a look-alike
    speaks for the organisation's own IT or HR.
    """
    label = skeleton(from_registrable.split(".")[0])
    words = set(_WORDS.findall(skeleton(display))) if display is not None else set()
    department = display is not None and _DEPARTMENT.search(" ".join(_WORDS.findall(fold(display)))) is not None
    for target in org.targets:
        # The first distinctive word: "montforez" of univ-montforez, not the generic "univ".
        word = next((w for w in skeleton(target.label).split("-") if len(w) >= 5 and w not in GENERIC_LABELS
                     and w not in _COMMON_NAME_WORDS), "")
        if not word or word not in label:
            continue
        if display is None or (word in words and department):
            return [Hit("FROM_LOOKALIKE_ORG_WEAK", f"{from_registrable} uses the name of {target.label}")]
    return []


# The organisation's own services, as a look-alike speaking for them names them (folded: lower case, no accents).
_DEPARTMENT = re.compile(
    r"(?<![a-z])(?:it|i\.t|helpdesk|help desk|service ?desk|support|security|securite|hr|rh|human resources|people|"
    r"ressources humaines|personal|personalabteilung|payroll|paie|benefits|admin|administrator|administration|"
    r"webmail|mail|email|messagerie|sso|accounts payable|comptabilite|finance|it department|informatique|dsi|"
    r"compliance|legal|scolarite|registrar|admissions|financial aid|library|bibliotheque|alumni|student services|"
    r"direction du numerique|numerique)(?![a-z])"
)
# Words that open many organisations' domain names and name none of them.
_COMMON_NAME_WORDS = frozenset(
    """group groupe international global services service solutions consulting holding holdings industries industrie
    university universite universitat college school ecole institute institut research mairie ville city county
    state national""".split()
)


def _never_left_site(message, context) -> bool:
    """A saved message whose every Received hop is inside the receiving site: written there, not sent in.

    Only for saved messages: what the gateway scans came from its client,
    whatever the headers say. A message from outside always shows the hop
    that brought it in.
    """
    if not context.saved_message:
        return False
    received = message.header_all("Received")
    return bool(received) and external_hop(received)[0] is None and all(
        parse_received(value)[0] is not None for value in received)


def _claims(message, policy, org, internal: bool, hits: list[Hit]) -> tuple[Brand | None, tuple[str, str] | None]:
    """Who the display name claims to be: (a brand it is not, an executive it is not); the org's domain, an address."""
    display = display_name(message)
    from_registrable = registrable_domain(message.from_domain)
    brand = claimed_brand(display)
    if brand is not None and _names_its_host(display, message.from_domain):
        brand = None  # "cPanel on s214.example-host.net" from that host: server software signing with its machine
    shown = _shown_address(display, message, from_registrable)
    if shown is not None:
        hits.append(Hit("FROM_DISPLAY_ADDRESS", f"{shown} shown, sender {message.from_address}"))
        brand = brand or brand_data().owner(registrable_domain(shown.rpartition("@")[2]))
    if not internal and org is not None and _claimed_domain(display, org.owned):
        hits.append(Hit("FROM_DISPLAY_ORG_DOMAIN", f'"{display}" from {message.from_domain}'))
    elif not internal and org is not None and not _platform(display, message.from_domain) \
            and brand_data().owner(from_registrable) is None:
        name = _claimed_name(display, org.targets)
        if name:
            hits.append(Hit("FROM_DISPLAY_ORG_NAME", f'"{display}" from {message.from_domain} ({name})'))
    brand = _impersonated(brand, message.from_domain, from_registrable, internal,
                          message.from_address.rpartition("@")[0])
    vip = None
    if not internal and not _platform(display, message.from_domain):
        vip = _vip(display, message.from_address, policy.vips)
    return brand, vip


_EXECUTIVE = re.compile(
    r"(?<![a-z])(ceo|pdg|dg|cfo|daf|coo|president|presidente|chairman|director|directeur|directrice|direction|"
    r"executive|exec|gerant|gerante|managing|boss|office of the)(?![a-z])"
)


def _freemail_hits(message, org) -> list[Hit]:
    """A free mailbox dressed as the organisation or as its boss: the usual start of CEO fraud."""
    hits = []
    local = message.from_address.partition("@")[0]
    text = fold(f"{local} {display_name(message)}").replace("_", " ").replace(".", " ")
    if org is not None:
        words = set(_WORDS.findall(text)) | {local.replace(".", "").replace("_", "")}
        names = {n for t in org.targets for n in (skeleton(t.label).split("-")[0], skeleton(t.label).replace("-", ""))}
        for name in sorted(names, key=len, reverse=True):
            inside = len(name) >= 5 and any(name in skeleton(w) for w in words if len(w) > len(name))
            # "Brackenridge IT Desk" for brackenridgefluid.com: a domain that glues the name to a trade word
            head = any(len(w) >= 6 and 10 * len(w) >= 6 * len(name) and name.startswith(skeleton(w)) for w in words)
            if len(name) >= 4 and (name in words or inside or head):
                hits.append(Hit("FREEMAIL_ORG_NAME", f"{message.from_address} carries {name}"))
                break
    found = _EXECUTIVE.search(text)
    if found:
        hits.append(Hit("FREEMAIL_EXECUTIVE", f"{message.from_address} ({found.group()})"))
    return hits


def _stranger_hits(message, from_registrable: str, known_senders: AbstractSet[str] | None) -> list[Hit]:
    """An outsider under an abused TLD, or writing for the first time."""
    hits = []
    tld_weight = url_lists().tlds.get(from_registrable.rpartition(".")[2])
    if tld_weight:
        hits.append(Hit("FROM_SUSPICIOUS_TLD", message.from_domain, tld_weight))
    if known_senders is not None and not _known(message.from_address, known_senders):
        hits.append(Hit("FIRST_TIME_SENDER", message.from_address))
    return hits


def _adds_up(hits: list[Hit], findings: dict, policy) -> list[Hit]:
    """PHISHING_SIGNALS when this stage's and the urls stage's scores reach the spam threshold with a disguise among them.

    A brand's name on a stranger's address with links elsewhere, or the
    organisation's name on a link to free hosting, is phishing even when no
    single symbol is certain: the verdict then says so rather than "spam".
    """
    if any(_DECLARED[h.symbol].verdict is Verdict.PHISHING for h in hits):
        return []
    score = findings.get("score", 0.0) + sum(
        h.score if h.score is not None else policy.symbol_scores.get(h.symbol, _DECLARED[h.symbol].score) for h in hits
    )
    deceptive = findings.get("deceptive") or any(h.symbol in DECEPTIVE for h in hits)
    if deceptive and score >= policy.spam_score:
        return [Hit("PHISHING_SIGNALS", f"{score:g} points of impersonation and link signals")]
    return []


def display_name(message) -> str:
    """The From display name as a reader sees it: RFC 2047 encoded words decoded ("=?UTF-8?B?UGF5UGFs?=")."""
    name = message.from_display_name
    if "=?" not in name:
        return name
    try:
        return str(make_header(decode_header(name)))
    except Exception:  # a broken encoding: the raw text is still worth reading
        return name


def _reply_addresses(message) -> list[str]:
    """Every Reply-To address, lower-cased (also the odd ones without a domain)."""
    return [address.strip().lower() for value in message.header_all("Reply-To")
            for _name, address in parse_addresses((value,))]


def _lookalikes(from_domain: str, reply_domains: list[str], org, hits: list[Hit]):
    """Lookalike From and Reply-To domains: (the From lookalike if any, whether it imitates the organisation)."""
    found = None
    if org is not None:
        found = org.match(from_domain)
        if found is not None:
            hits.append(Hit("FROM_LOOKALIKE_ORG" if found.is_typo else "FROM_LOOKALIKE_ORG_WEAK", found.describe()))
        for domain in reply_domains:
            reply = org.match(domain)
            if reply is not None and reply.is_typo:
                hits.append(Hit("REPLYTO_LOOKALIKE_ORG", reply.describe()))
                break
    if found is not None:
        return found, True
    found = brand_index().match(from_domain)
    if found is not None and found.is_mailing_domain:  # perhaps the brand's own newsletter domain
        hits.append(Hit("FROM_BRAND_COMBO", found.describe(), 1.0))
        found = None
    elif found is not None:
        symbol = "FROM_BRAND_COMBO" if found.kind in ("combo", "subdomain") else "FROM_LOOKALIKE_BRAND"
        hits.append(Hit(symbol, found.describe()))
    for domain in reply_domains:
        reply = brand_index().match(domain)
        if reply is not None and reply.kind != "combo":
            hits.append(Hit("REPLYTO_LOOKALIKE_BRAND", reply.describe()))
            break
    return found, False


# -- brands -------------------------------------------------------------------------


def _names_its_host(display: str, from_domain: str) -> bool:
    """The display name says which machine it runs on, and that machine is the sender ("cPanel on <host>")."""
    return bool(from_domain) and "." in from_domain and re.search(
        rf"\bon\s+{re.escape(from_domain)}(?![\w.-])", display.lower()) is not None


def _shown_address(display: str, message, from_registrable: str) -> str | None:
    """An address written in the display name, of another domain than the sender's (not a list's rewrite)."""
    shown = _ADDRESS_IN_NAME.search(display)
    if shown is None or _LIST_REWRITE.search(display) or message.header("List-Id"):
        return None
    if registrable_domain(shown.group(1).rstrip(".").lower()) == from_registrable:
        return None
    return shown.group()


def _impersonated(brand: Brand | None, from_domain: str, from_registrable: str, internal: bool,
                  from_local: str) -> Brand | None:
    """The claimed brand, unless the From address is the brand's own (or the organisation's, for IT)."""
    if brand is None:
        return None
    if not brand.domains:  # a generic claim ("IT support"): only the organisation may make it
        return None if internal else brand
    if brand.owns(from_registrable) and not is_freemail(from_domain):
        return None  # the brand's own address; DMARC decides whether it is forged
    if brand.owns(from_registrable) and _SERVICE_LOCAL.fullmatch(from_local):
        return None  # the provider's own no-reply address in its free-mail domain, a name no subscriber can take
    return brand


# The no-reply and service names a mail provider keeps for its own notices (ne-pas-repondre@orange.fr).
_SERVICE_LOCAL = re.compile(r"no[._-]?reply|do[._-]?not[._-]?reply|ne[._-]?pas[._-]?repondre|nao[._-]?responda"
                            r"|no[._-]?responder|nicht[._-]?antworten"
                            # the provider's service addresses, which no subscriber is given (facture@orange.fr)
                            r"|factures?|billing|invoices?|service[._-]?clients?|customer[._-]?service|securite|security"
                            r"|alertes?|alerts?|notifications?|assistance")


def _claimed_domain(display: str, domains: frozenset[str]) -> str | None:
    """One of ``domains`` written in the display name ("acme.com Mail Administrator")."""
    folded = fold(display)
    for domain in domains:
        if domain in folded and re.search(rf"(?<![\w.-]){re.escape(domain)}(?![\w-])", folded):
            return domain
    return None


def _claimed_name(display: str, targets) -> str | None:
    """The name of one of the organisation's domains written in the display name ("Kerlann Industries - RH").

    All the words of the domain's name must be there, in order (or glued
    together); a one-word name counts only from five letters, so that
    short or everyday names do not match by chance.
    """
    words = _WORDS.findall(skeleton(display))
    text, glued = " ".join(words), "".join(words)
    for target in targets:
        parts = [w for w in re.split(r"[^a-z0-9]+", skeleton(target.label)) if w]
        if not parts or (len(parts) == 1 and len(parts[0]) < 5):
            continue
        if re.search(rf"(?<![a-z0-9]){' '.join(parts)}(?![a-z0-9])", text) or (len(parts) > 1 and "".join(parts) in glued):
            return target.label
    return None


def _platform(display: str, from_domain: str) -> bool:
    """ "Jane Doe via LinkedIn", "(via Google Docs)": a platform writing for a person, not the person."""
    return bool(_LIST_REWRITE.search(display)) and not is_freemail(from_domain)


def _brand_hits(brand: Brand, from_domain: str, from_lookalike, findings: dict) -> list[Hit]:
    """The claim itself, then what makes it worse: a free mailbox, links elsewhere, an imitation of the brand."""
    claim = f'"{brand.name}" from {from_domain}'
    score = brand.score
    if is_freemail(from_domain):  # no brand writes from a free mailbox
        score = (score if score is not None else _DECLARED["FROM_DISPLAY_BRAND"].score) + FREEMAIL_EXTRA
        claim += " (a free mailbox)"
    hits = [Hit("FROM_DISPLAY_BRAND", claim, score)]
    same_brand = from_lookalike is not None and from_lookalike.owner == brand.name
    imitated = same_brand or brand.name in findings.get("brands", ()) or brand.name in findings.get("named", ())
    if brand.domains and (imitated or findings.get("credential")):
        why = "a domain or link imitating it" if imitated else "a password form"
        hits.append(Hit("BRAND_IMPERSONATION", f"{claim}, with {why}"))
        return hits
    if brand.domains:
        elsewhere = sorted(d for d in findings.get("domains", ()) if not brand.owns(d))
    else:  # "IT support" linking away from its own domain
        elsewhere = sorted(d for d in findings.get("domains", ()) if d != registrable_domain(from_domain))
    if elsewhere:
        hits.append(Hit("BRAND_LINKS_ELSEWHERE", f"{brand.name}: links to {', '.join(elsewhere[:3])}"))
    return hits


@functools.lru_cache(maxsize=1)
def _brand_names() -> tuple[re.Pattern, dict[str, Brand], dict[str, Brand], re.Pattern | None, dict[str, Brand]]:
    """One regular expression for every brand phrase (matched on skeleton words), and lookup tables."""
    phrases: dict[str, Brand] = {}
    exact: dict[str, Brand] = {}
    acronyms: dict[str, Brand] = {}
    for brand in sorted(brand_data().brands, key=lambda b: not b.domains):  # real brands before generic claims
        for name in brand.names:
            if not _native(name):  # those are found as written (_native_names)
                words = _words(name)
                # A name of another alphabet folds to stray letters ("l", "l o l"): never a claim.
                if any(len(word) >= 2 for word in words.split()):
                    phrases.setdefault(words, brand)
        for name in brand.exact_names:
            exact.setdefault(_words(name), brand)
        for acronym in brand.acronyms:
            acronyms.setdefault(acronym, brand)
    alternatives = "|".join(re.escape(p) for p in sorted(filter(None, phrases), key=len, reverse=True))
    phrase_pattern = re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")
    acronym_pattern = re.compile(r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, acronyms)) + r")(?![A-Za-z])") if acronyms else None
    return phrase_pattern, phrases, exact, acronym_pattern, acronyms


def _words(text: str) -> str:
    return " ".join(_WORDS.findall(skeleton(text)))


# Japanese, Chinese and Korean write a brand's name without spaces around it ("楽天カードをご利用の",
# "네이버에서"): such names are found as written inside the folded text, not word by word.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _native(name: str) -> bool:
    """A name written in an alphabet with no Latin look-alike for all its letters (Казпочта, ΕΛΤΑ, 楽天)."""
    return bool(_NON_ASCII.search(fold(name)))


@functools.lru_cache(maxsize=1)
def _native_names() -> tuple[re.Pattern | None, dict[str, Brand]]:
    """One pattern for the names written in other alphabets, folded as the text is: Japanese, Chinese and Korean
    as a run of characters anywhere (they do not space their words), the others as whole words."""
    names: dict[str, Brand] = {}
    unspaced: set[str] = set()
    for brand in sorted(brand_data().brands, key=lambda b: not b.domains):
        for name in brand.names:
            if _native(name):
                names.setdefault(fold(name.lower()), brand)
                if _UNSPACED.search(name):
                    unspaced.add(fold(name.lower()))
    if not names:
        return None, names
    alternatives = [re.escape(n) if n in unspaced else rf"(?<!\w){re.escape(n)}(?!\w)"
                    for n in sorted(names, key=len, reverse=True)]
    return re.compile("|".join(alternatives)), names


def _native_brands(text: str) -> list[Brand]:
    """The brands named in other alphabets in ``text``, lower-cased first: a capital often has a Latin look-alike
    (К, Н, Α) where its small letter has none, and the names are folded small."""
    if text.isascii():
        return []
    pattern, names = _native_names()
    if pattern is None:
        return []
    return [names[m.group()] for m in pattern.finditer(fold_text(text.lower()))]


@functools.lru_cache(maxsize=4096)
def claimed_brand(display: str) -> Brand | None:
    """The brand a display name claims ("PayPal Service", "Micr0soft 365", "P a y P a l"), if any.

    Names are compared word by word on skeletons, so case, accents,
    homoglyphs and digits for letters do not hide them. A brand's name
    wins over a generic claim ("IT support") in the same display name.
    """
    if not display.strip():
        return None
    phrase_pattern, phrases, exact, acronym_pattern, acronyms = _brand_names()
    words = _words(display)
    if sum(len(t) == 1 for t in words.split()) >= 4:  # spaced-out letters: P a y P a l
        words = _words(re.sub(r"(?<=\b\w) (?=\w\b)", "", fold(display)))
    found = [phrases[m.group()] for m in phrase_pattern.finditer(words) if _as_written(m.group(), display)]
    if words in exact:
        found.insert(0, exact[words])
    elif (desk := _desk_claim(words, exact)) is not None:
        found.insert(0, desk)
    if acronym_pattern is not None:
        found += [acronyms[m.group()] for m in acronym_pattern.finditer(display)]
    found += _native_brands(display)
    return min(found, key=lambda b: not b.domains) if found else None


# A brand's exact-only name with a service-desk word ("LIDL Kundenservice", "Santander Security",
# "Team Marriott") or a country: phishers' favourite display names, which the exact match alone misses.
_DESK_WORDS = (
    "customer service|customer care|customer support|client service|client services|kundenservice|kundendienst|kundenbetreuung|"
    "service client|service clients|relation client|relation clients|servicio al cliente|atencion al cliente|"
    "atendimento|atendimento ao cliente|"
    "servizio clienti|assistenza clienti|support|helpdesk|help desk|team|security|sicherheit|securite|seguranca|seguridad|"
    "sicurezza|billing|account|accounts|notification|notifications|alert|alerts|rewards|service|services|online|info|noreply|no reply|"
    "alertas|avisos|notificaciones|notificacoes|soporte|suporte|avvisi|notifiche|assistenza|benachrichtigung|hinweise|"
    # ... or with its country ("SHEIN Brasil", "Amazon UK"), as the brand's regional arm signs
    "official|oficial|global|international|europe|latam|uk|usa|us|brasil|brazil|espana|mexico|france|deutschland|italia|"
    "portugal|argentina|chile|colombia|peru|canada|australia|india|nederland|belgique|schweiz|suisse|osterreich|polska|"
    # ... or with its loyalty scheme, where reward-survey scams sign ("Lidl Treuebonus", "Costco Rewards")
    "bonus|treuebonus|kundenbonus|punkte|pramie|gewinnspiel|fidelite|programme fidelite|fidelidade|puntos|punti|loyalty|"
    "club|prize|prizes|gift|gifts|geschenk|cadeau|cadeaux|regalo|regalos|omaggio|beloning|spaarpunten"
)
_DESK_BEFORE = "team|service|support|equipe|equipo|soporte|suporte|supporto|servicio|servico|servizio|assistenza|kundenservice"


@functools.lru_cache(maxsize=1)
def _service_desk() -> re.Pattern:
    """The desk words as display names are compared: skeletons ("service" is "servlce")."""
    def folded(words: str) -> str:
        return "|".join(re.escape(_words(w)) for w in words.split("|"))
    return re.compile(rf"(?P<name>[a-z0-9]+(?: [a-z0-9]+)?) (?:{folded(_DESK_WORDS)})|(?:{folded(_DESK_BEFORE)}) (?P<after>[a-z0-9]+)")


# Exact names that are everyday words in other companies' display names ("Office Team",
# "Windows Service", "Exchange Services"); brands marked ``fuzzy = false`` are left out the same way.
_EVERYDAY_NAMES = frozenset({"office", "word", "windows", "exchange", "excel", "teams", "meta"})


def _desk_claim(words: str, exact: dict[str, Brand]) -> Brand | None:
    """The brand of an exact-only name written with a service-desk word, unless that name is an everyday word."""
    served = _service_desk().fullmatch(words)
    if served is None:
        return None
    name = served.group("name") or served.group("after")
    brand = exact.get(name)
    if brand is None or not brand.domains or not brand.fuzzy or len(name) < 4 or name in _EVERYDAY_NAMES:
        return None
    return brand


def _as_written(phrase: str, text: str) -> bool:
    """A name of three letters or fewer (KLM, DHL) counts only as written: its look-alike reading is too often a
    person's name ("Kim" reads "klm"). The phrase is the name's skeleton ("jlo"); what must be written is the name
    itself ("jio")."""
    if len(phrase) > 3:
        return True
    folded = fold_text(text.lower())
    return any(re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", folded) is not None
               for name in _short_names().get(phrase, (phrase,)))


@functools.lru_cache(maxsize=1)
def _short_names() -> dict[str, tuple[str, ...]]:
    """The brands' names of three letters or fewer, as written, by skeleton."""
    names: dict[str, set[str]] = {}
    for brand in brand_data().brands:
        for name in brand.names:
            words = _words(name)
            if len(words) <= 3 and not _native(name):
                names.setdefault(words, set()).add(fold_text(name.lower()))
    return {words: tuple(sorted(written)) for words, written in names.items()}


def brands_named(text: str) -> list[Brand]:
    """The real brands (not generic claims) whose names a text uses, in order of appearance, once each.

    For short texts (a subject, the first lines of a body): phrases and
    acronyms are matched as in display names, exact-only names are not.
    """
    phrase_pattern, phrases, _exact, acronym_pattern, acronyms = _brand_names()
    words = " ".join(_WORDS.findall(text_skeleton(text)))
    found = [phrases[m.group()] for m in phrase_pattern.finditer(words) if _as_written(m.group(), text)]
    if acronym_pattern is not None:
        found += [acronyms[m.group()] for m in acronym_pattern.finditer(text)]
    found += _native_brands(text)
    return [b for b in dict.fromkeys(found) if b.domains]


# -- executives -----------------------------------------------------------------------


def _vip(display: str, address: str, vips) -> tuple[str, str] | None:
    """The executive whose name (all of its words, in any order) the display name carries, on another address."""
    words = set(_WORDS.findall(fold(display)))
    for name, vip_address in vips:
        wanted = set(_WORDS.findall(fold(name)))
        if len(wanted) >= 2 and wanted <= words and address.lower() != vip_address.lower():
            return name, vip_address
    return None


def _vip_hits(vip, from_domain: str, from_registrable: str, reply_domains: list[str], org_lookalike: bool) -> list[Hit]:
    name = vip[0]
    diverted = [d for d in reply_domains if registrable_domain(d) != from_registrable]
    if is_freemail(from_domain) or diverted or org_lookalike:
        why = "a free mailbox" if is_freemail(from_domain) else f"replies to {diverted[0]}" if diverted else "a lookalike domain"
        return [Hit("VIP_IMPERSONATION", f'"{name}" from {from_domain} ({why})')]
    return [Hit("VIP_NAME_EXTERNAL", f'"{name}" from {from_domain}')]


# -- replies -----------------------------------------------------------------------------


def _near_copy(reply: str, sender: str) -> bool:
    """``hydrotec-pumpe.de`` for ``hydrotec-pumpen.de``: the name changed by one or two letters, long enough to mean it.

    The same name under another TLD is left alone: companies answer from
    their .com as well as their .de.
    """
    _s1, reply_label, _t1 = split_domain(reply)
    _s2, sender_label, _t2 = split_domain(sender)
    if min(len(reply_label), len(sender_label)) < 6 or is_freemail(reply) or is_freemail(sender):
        return False
    return reply_label != sender_label and edit_distance(reply_label, sender_label, 2) <= 2


FREEMAIL_TO_FREEMAIL = 2.5  # REPLYTO_FREEMAIL when the sender is a free mailbox too


def _reply_hits(from_domain: str, from_registrable: str, reply_domains: list[str], impersonating: bool, mailing_list: bool) -> list[Hit]:
    """Replies diverted: weak alone (lists and newsletters do it), stronger to a free mailbox or under a claimed name."""
    for domain in reply_domains:
        if registrable_domain(domain) == from_registrable:
            continue
        if _near_copy(registrable_domain(domain), from_registrable):
            return [Hit("REPLYTO_LOOKALIKE_SENDER", f"replies to {registrable_domain(domain)}, sender {from_registrable}")]
        if impersonating:
            return [Hit("REPLYTO_IMPERSONATION", f"replies to {domain}, sender {from_domain}")]
        if is_freemail(domain) and is_freemail(from_domain):
            # One free mailbox sending for another: no web form does it (they write from their own
            # domain), scammers who burn the sending account and keep the answering one do.
            return [Hit("REPLYTO_FREEMAIL", f"replies to {domain}, sender {from_domain} (free mailbox to free mailbox)",
                        FREEMAIL_TO_FREEMAIL)]
        if is_freemail(domain):
            return [Hit("REPLYTO_FREEMAIL", f"replies to {domain}, sender {from_domain}")]
        if not mailing_list:
            return [Hit("REPLYTO_DIFFERENT_DOMAIN", f"replies to {domain}, sender {from_domain}")]
    return []


def _mailto_hits(message, from_domain: str) -> list[Hit]:
    """Under a brand's or an executive's name, "report" or "contact" links that write to a free mailbox.

    A notice that claims to be Microsoft but asks the reader to write to
    some.name@outlook.com diverts the answer as surely as a Reply-To does.
    """
    for document in html.body_documents(message):
        for link in document.links:
            if link.kind != "link" or not link.url.lower().startswith("mailto:"):
                continue
            address = link.url[7:].split("?", 1)[0].strip().lower()
            domain = address.rpartition("@")[2]
            if "@" in address and domain != from_domain and is_freemail(domain):
                return [Hit("REPLYTO_IMPERSONATION", f"mailto:{address} in the body, sender {from_domain}")]
    return []


def _known(address: str, known: AbstractSet[str]) -> bool:
    address = address.lower()
    domain = address.rpartition("@")[2]
    return address in known or f"@{domain}" in known or domain in known
