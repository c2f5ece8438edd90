"""URL checks: where the message's links really lead, and whether that is a trick.

Every URL of the message (``message.urls``, see rempart.engine.urls) plus
those the "qr" stage decoded from images (``context.notes["extra_urls"]``,
checked as source ``qr``) is read for: IP hosts, a fake host before an
``@``, punycode and mixed scripts, lookalikes of the organisation's own
domains and of brands (``data/brands.toml``), brand names on free hosting,
shorteners, open redirectors (the carried URL is checked like the others),
abused TLDs, links that run script or open a file, a link whose text shows
one domain while it leads to another, endpoints that receive stolen
credentials, and password forms in the body or in HTML attachments.

Each symbol fires once, with up to three examples, at the score of its worst
case: ten links to one bad domain are one finding, not ten. What was found
is left in ``context.notes["url_findings"]`` for the "sender" stage, which
weighs it with the display name (a brand's name and a lookalike link
together are phishing), and for the "lures" stage, which weighs it with
the pretext the message gives.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import re
from urllib.parse import unquote

from rempart.engine import html
from rempart.engine.documents import MAX_HTML, decode_text, local_decryption_envelope
from rempart.engine.domains import (
    brand_data,
    brand_index,
    is_country_suffix,
    is_mixed_script,
    organisation_index,
    protected_domains,
    registrable_domain,
    skeleton,
    split_domain,
)
from rempart.engine.message import ADDRESS_IN_TEXT
from rempart.engine.stages.sender import claimed_brand, display_name
from rempart.engine.urls import Url, embedded_url, host_in, hosting_weight, parse_url, url_lists, urls_in_text
from rempart.engine.verdict import Hit, SymbolDef, Verdict

NAME = "urls"

SYMBOLS = [
    SymbolDef("URL_LOOKALIKE_ORG", 6.0, "A link goes to a lookalike of the organisation's own domain", Verdict.PHISHING),
    SymbolDef("URL_LOOKALIKE_ORG_WEAK", 3.0, "A link goes to a domain using the organisation's name (another TLD, added words)"),
    SymbolDef("URL_LOOKALIKE_BRAND", 4.0, "A link goes to a lookalike of a brand's domain (typo, homoglyph or other TLD)"),
    SymbolDef("URL_DOMAIN_IN_SUBDOMAIN", 4.0, "A link's host spells a whole other domain before its own "
              "(www.ctbcbank.com.tw-verify.cc, osbar-org.com): the reader sees the body's address, the browser goes elsewhere",
              Verdict.PHISHING),
    SymbolDef("URL_BRAND_COMBO", 2.5, "A link goes to a domain that uses a brand's name without belonging to the brand"),
    SymbolDef("URL_BRAND_ON_HOSTING", 3.0, "A link goes to a page on free hosting named after a brand"),
    SymbolDef("URL_HOSTING", 1.0, "A link goes to free hosting or a form service, where most phishing pages live"),
    SymbolDef("URL_IP_HOST", 2.0, "A link goes to a bare IP address instead of a domain name"),
    SymbolDef("URL_USERINFO", 3.0, "A link shows a fake host before an @; the real host comes after it"),
    SymbolDef("URL_PUNYCODE", 0.5, "A link goes to an internationalised (punycode) domain name"),
    SymbolDef("URL_MIXED_SCRIPT", 4.0, "A link's domain mixes alphabets (Latin with Cyrillic or Greek): a homograph"),
    SymbolDef("URL_SHORTENER", 0.5, "A link goes through a URL shortener, which hides where it leads"),
    SymbolDef("URL_REDIRECTOR", 0.5, "A link passes through an open redirector to another site"),
    SymbolDef("URL_TEXT_MISMATCH", 2.0, "A link's text shows one domain while the link goes to another"),
    SymbolDef("URL_TEXT_MISMATCH_BRAND", 4.0, "A link's text shows a brand's or the organisation's domain while it goes elsewhere"),
    SymbolDef("URL_SUSPICIOUS_TLD", 0.5, "A link goes to a top-level domain mostly used for abuse"),
    SymbolDef("URL_SCRIPT_LINK", 1.5, "A link runs script (javascript:, vbscript:) instead of opening a page"),
    SymbolDef("URL_DATA_LINK", 3.0, "A link opens a document carried inside the link itself (data:)"),
    SymbolDef("URL_FILE_LINK", 3.0, "A link opens a file, a network share or a Windows search (file:, search-ms:)"),
    SymbolDef("URL_ODD_PORT", 0.5, "A link uses an unusual network port"),
    # A lure, not malware: the message carries no program, it sends the reader to fetch one.
    SymbolDef("URL_PROGRAM_DOWNLOAD", 5.0, "A link downloads a program or a script (installer, .exe, .js...) from a site that "
              "is neither the sender's nor a known company's: how remote-access tools and droppers are sent", Verdict.PHISHING),
    SymbolDef("URL_EMAIL_IN_FRAGMENT", 2.0, "A link carries an e-mail address after its #, where a phishing page reads it to fill in its form"),
    SymbolDef("URL_EXFILTRATION", 6.0, "The message's HTML sends data to a service phishing kits use to collect passwords", Verdict.PHISHING),
    SymbolDef("SHARED_FILE_TYPE_MISMATCH", 6.0, "A SharePoint link shown as a document (PDF, Word, Excel) opens a OneNote notebook or a "
              "folder instead: the way phishers pass a page with the real link through a genuine, compromised tenant",
              Verdict.PHISHING),
    SymbolDef("URL_DOCUMENT_OPENS_PAGE", 5.0, "A link written as a file's name (invoice.pdf, statement.xlsx) opens a web "
              "page (.html, .php): a sign-in page dressed as the document", Verdict.PHISHING),
    SymbolDef("CREDENTIAL_FORM", 4.0, "The message body holds a form that asks for a password"),
    SymbolDef("HTML_ATTACHMENT_LOGIN", 6.0, "An HTML attachment asks for a password (a phishing page carried in the mail)", Verdict.PHISHING),
    SymbolDef("CREDENTIAL_FORM_LOOKALIKE", 8.0, "A password form posts to a lookalike of the organisation's or a brand's domain", Verdict.PHISHING),
]

_DECLARED = {symbol.name: symbol.score for symbol in SYMBOLS}
# Symbols that show a disguise, not just a risky place: with enough score
# around them, the sender stage calls the message phishing rather than spam.
DECEPTIVE = frozenset(
    """URL_LOOKALIKE_ORG URL_LOOKALIKE_ORG_WEAK URL_LOOKALIKE_BRAND URL_BRAND_COMBO URL_BRAND_ON_HOSTING
    URL_USERINFO URL_MIXED_SCRIPT URL_TEXT_MISMATCH URL_TEXT_MISMATCH_BRAND URL_DATA_LINK URL_FILE_LINK
    URL_EMAIL_IN_FRAGMENT CREDENTIAL_FORM""".split()
)
LINK_KINDS = frozenset({"link", "form", "frame", "refresh", "bare", "redirect"})
WEB_SCHEMES = frozenset({"http", "https", "ftp", "ftps"})
NORMAL_PORTS = frozenset({None, 80, 443, 8080, 8443})
PASSWORD_NAME = re.compile(r"pass|pwd|mot.?de.?passe|senha|contrase|kennwort|parol", re.I)
HARMLESS_SCRIPT = re.compile(r"^javascript:\s*(void\s*\(?\s*0?\s*\)?|;|return false;?)?\s*;?\s*$", re.I)
MAX_EXAMPLES = 3


class Findings:
    """Per symbol: the worst score and a few examples, so each symbol fires once."""

    def __init__(self) -> None:
        self.found: dict[str, tuple[float | None, list[str]]] = {}

    def add(self, symbol: str, example: str, score: float | None = None) -> None:
        worst, examples = self.found.get(symbol, (None, []))
        if score is not None and (worst is None or score > worst):
            worst = score
        if example not in examples and len(examples) < MAX_EXAMPLES:
            examples.append(example)
        self.found[symbol] = (worst, examples)

    def hits(self) -> list[Hit]:
        return [Hit(symbol, "; ".join(examples), score) for symbol, (score, examples) in self.found.items()]


async def check(message, policy, context) -> list[Hit]:
    urls = list(message.urls)
    for raw in context.notes.get("extra_urls", ()) or ():
        url = parse_url(str(raw), "qr")
        if url is not None:
            urls.append(url)
    findings = Findings()
    notes = {"brands": set(), "named": set(), "org": False, "credential": False, "risky": False, "domains": set()}
    genuine = _genuine_brand(message, context)
    protected = protected_domains(context)
    org = organisation_index(protected, bool(context.organisation_domains)) if protected else None
    _check_hosts(urls, findings, notes, org, genuine)
    for url in urls:
        _check_url(url, findings)
    sender = registrable_domain(message.from_domain) if message.from_domain else ""
    _check_mismatch(urls, findings, notes, org, sender)
    _check_programs(urls, findings, sender, _poses_as_brand(message, sender))
    _check_forms(message, findings, notes, org)
    _check_shared_type(urls, message.subject or "", findings)
    _check_document_page(urls, findings)
    hits = findings.hits()
    notes["risky"] = any(s != "URL_PUNYCODE" for s in findings.found)
    notes["deceptive"] = bool(DECEPTIVE & set(findings.found))
    notes["symbols"] = set(findings.found)
    notes["score"] = sum(_score(hit, policy) for hit in hits)
    context.notes["url_findings"] = notes
    return hits


def _score(hit: Hit, policy) -> float:
    """The score the pipeline will give this hit (the sender stage adds them up)."""
    if hit.score is not None:
        return hit.score
    return policy.symbol_scores.get(hit.symbol, _DECLARED[hit.symbol])


def _genuine_brand(message, context) -> str | None:
    """The brand that authenticated mail comes from (From owned by it, DMARC pass): its own links are not lookalikes."""
    if context.auth.get("dmarc") != "pass" or not message.from_domain:
        return None
    owner = brand_data().owner(registrable_domain(message.from_domain))
    return owner.name if owner else None


def _check_hosts(urls: list[Url], findings: Findings, notes: dict, org, genuine: str | None) -> None:
    """Checks that depend on the host alone, made once per host."""
    brands, lists = brand_index(), url_lists()
    seen: set[str] = set()
    for url in urls:
        host = url.host_ascii
        if not host or host in seen or url.is_ip:
            continue
        seen.add(host)
        entry, weight = hosting_weight(url, lists)
        if url.kind != "image":
            notes["domains"].add(_site_of(url, entry, weight))
        if org is not None:
            found = org.match(host)
            if found is not None and found.kind == "subdomain" and brand_data().owner(url.domain):
                found = None  # kerlann-industries-fr.slack.com: a platform's space named after the organisation
            if found is not None:
                # The organisation's whole domain in a stranger's subdomain is certain when the
                # organisation named its domains; guessed from the recipients, it only weighs.
                certain = found.is_typo or (found.kind == "subdomain" and org.weak_kinds)
                findings.add("URL_LOOKALIKE_ORG" if certain else "URL_LOOKALIKE_ORG_WEAK", found.describe())
                notes["org"] = True
                continue
        found = brands.match(host)
        if found is not None and found.owner != genuine:
            notes["brands"].add(found.owner)
            if found.kind in ("combo", "subdomain"):
                findings.add("URL_BRAND_COMBO", found.describe())
            else:
                findings.add("URL_LOOKALIKE_BRAND", found.describe())
        spelled = spelled_domain(host, url.domain)
        if spelled and url.kind in LINK_KINDS and brand_data().owner(url.domain) is None:
            findings.add("URL_DOMAIN_IN_SUBDOMAIN", f"{url.host}: spells {spelled}, goes to {url.domain}")
        if is_mixed_script(host):
            findings.add("URL_MIXED_SCRIPT", url.host)
        elif "xn--" in host:
            findings.add("URL_PUNYCODE", f"{url.host} ({host})")
        if url.kind in LINK_KINDS or (url.kind == "script" and url.source == "attachment"):  # where a page sends you
            hosting = _check_hosting(url, findings, lists, entry, weight)
            tld_weight = lists.tlds.get(url.tld)
            if tld_weight:
                findings.add("URL_SUSPICIOUS_TLD", url.domain, tld_weight)
            _check_names(url, findings, notes, org, brands, hosting is not None, bool(tld_weight))


# A domain written out in front of the real one: "ctbcbank.com" in www.ctbcbank.com.tw-verify.cc, "gov.tw" in
# post.gov.tw.ptc-redeliver.top, "rakuten-card.co.jp" in mail.rakuten-card.co.jp.kgwdm.cn. A top-level label (or a
# country's second level followed by its code) inside the sub-domain part, after a name of three letters or more
# (not "www"), is what no site's own host has.
_GENERIC_TLDS = frozenset({"com", "net", "org", "gov", "edu", "mil"})
_SECOND_LEVELS = frozenset({"co", "or", "ne", "go", "ac", "com", "gov", "net", "org", "edu"})
# The same read through a hyphen in the registered name: osbar-org.com for osbar.org, dubaipolice-gov.com,
# chorus-pro-gouv.fr. Only the suffixes of public and non-profit bodies: a "-com" or "-net" ends real names.
# A suffix continued by a hyphen into the registered name: "olx" then "pl-bezpieczna-transakcja.store" reads
# olx.pl. The country codes that are no English word (not "my-", "me-", "in-"), and the generic ones.
_DASHED_SUFFIX = re.compile(r"^(pl|hu|cz|sk|ro|bg|hr|rs|si|lt|lv|ee|ua|ru|kz|de|fr|pt|br|mx|ar|cl|pe|uk|au|nz|jp|kr|tw"
                            r"|hk|sg|ph|th|vn|nl|se|dk|fi|gr|tr|ch|com|net|org|gov)-")
# Names of a host's role, not of a site: mail.uk-hosting.example spells nobody's domain.
_HOST_WORDS = frozenset("""www mail webmail smtp imap pop mx email server host cpanel portal app api cdn static img images
    click link links track news shop store login secure cloud web go""".split())
_HYPHENATED_SUFFIX = re.compile(r"^([a-z0-9][a-z0-9-]{2,})-(gov|gouv|gob|org|edu|mil)$")


def spelled_domain(host: str, registrable: str) -> str | None:
    """The other domain a host spells before its own registrable domain ("ctbcbank.com"), or None."""
    if not registrable or not (host == registrable or host.endswith("." + registrable)):
        return None
    labels = host[: -len(registrable) - 1].split(".")
    for i in range(1, len(labels)):
        name, level = labels[i - 1], labels[i]
        if len(name) < 3 or name == "www":
            continue
        country = labels[i + 1] if i + 1 < len(labels) else ""
        if level in _SECOND_LEVELS and len(country) == 2 and country.isalpha():
            return f"{name}.{level}.{country}"
        if level in _GENERIC_TLDS:
            return f"{name}.{level}"
    name, first = labels[-1], registrable.split(".", 1)[0]
    dashed = _DASHED_SUFFIX.match(first)
    if dashed and sum(c.isalpha() for c in name) >= 3 and name not in _HOST_WORDS:
        return f"{name}.{dashed.group(1)}"  # olx.pl-bezpieczna-transakcja.store, usps.com-trackpkg.top
    hyphenated = _HYPHENATED_SUFFIX.match(first)
    if hyphenated:
        return f"{hyphenated.group(1)}.{hyphenated.group(2)}"
    return None


def _site_of(url: Url, entry: str | None, weight: float) -> str:
    """Whose site a link is: its registrable domain, or the whole host for a customer's page on a brand's hosting.

    A page in an Azure or Google Cloud bucket (x.web.core.windows.net, storage.googleapis.com/kit/)
    is the customer's, not Microsoft's or Google's: a "Microsoft" notice linking there links elsewhere.
    Only the heavier hosting entries count, so that Google's own Docs links stay Google's.
    """
    if entry is not None and weight >= 1.0 and brand_data().owner(url.domain) is not None:
        return url.host_ascii
    return url.domain


def _check_hosting(url: Url, findings: Findings, lists, entry: str | None, weight: float) -> str | None:
    """Free hosting (the entry matched, see urls.hosting_weight) or a shortener."""
    if entry is not None:
        findings.add("URL_HOSTING", url.host, weight)
    elif host_in(url.host_ascii, lists.shorteners) and not host_in(url.host_ascii, lists.own_short_links):
        findings.add("URL_SHORTENER", url.host)
    return entry


def _check_names(url: Url, findings: Findings, notes: dict, org, brands, hosting: bool, abused_tld: bool) -> None:
    """A brand's or the organisation's name in the subdomain or the path of a link to somebody else.

    On free hosting a brand's name is damning by itself; elsewhere it is
    left in the notes, for the sender stage to weigh with the display name.
    """
    sub = split_domain(url.host_ascii)[0]
    path = "/".join(url.path_and_query.split("?")[0].split("/")[:3])
    named = brands.named_in(sub) or brands.named_in(path)
    owner = brand_data().owner(url.domain)
    if named and (owner is None or owner.name != named):
        notes["named"].add(named)
        if hosting:
            notes["brands"].add(named)
            findings.add("URL_BRAND_ON_HOSTING", f"{named} on {url.host}")
    if org is not None and org.weak_kinds and (hosting or abused_tld) and owner is None:
        words = set(re.split(r"[^a-z0-9]+", skeleton(sub)))
        for target in org.targets:
            first = skeleton(target.label).split("-")[0]
            if len(first) >= 4 and first in words:
                findings.add("URL_LOOKALIKE_ORG_WEAK", f"{url.host} carries the name of {target.domain}")
                notes["org"] = True
                break


# What runs when opened: installers, executables and scripts (not archives or disk images, which software sites
# and Linux distributions link to every day).
PROGRAM_EXTENSIONS = ("exe", "msi", "scr", "bat", "cmd", "ps1", "vbs", "vbe", "js", "jse", "hta", "lnk", "wsf", "cpl")
_PROGRAM_HINT = re.compile(r"\.(?:" + "|".join(PROGRAM_EXTENSIONS) + r")\b|%2e", re.I)  # cheap test before parsing the link
_PROGRAM_FILE = re.compile(r"[\w.-]\.(?:" + "|".join(PROGRAM_EXTENSIONS) + r")$", re.I)


def _poses_as_brand(message, sender: str) -> bool:
    """Whether the display name claims a brand that does not own the sending domain ("Zoom" at zoom-cloudrecord.com)."""
    brand = claimed_brand(display_name(message)) if sender else None
    return brand is not None and bool(brand.domains) and not brand.owns(sender)


def _check_programs(urls: list[Url], findings: Findings, sender: str, posing: bool = False) -> None:
    """A link whose path, or one of whose parameters (``?dl=Invitation.msi``), names a program to download.

    A software maker links to its own installers: the sender's own site counts, unless the sender's domain
    imitates a brand's (evite-cards.net) or the sender writes under a brand's name that is not its own.
    """
    for url in urls:
        if url.kind == "image" or not url.host or not _PROGRAM_HINT.search(url.path_and_query):
            continue
        if url.domain == sender and not posing and brand_index().match(sender) is None:  # not a look-alike of a brand
            continue
        path, _, query = url.path_and_query.partition("?")
        names = [unquote(path.split("#")[0].rpartition("/")[2])] + [unquote(v) for v in re.findall(r"=([^&#]+)", query)]
        program = next((n for n in names if _PROGRAM_FILE.search(n)), None)
        if program is None:
            continue
        owner = brand_data().owner(url.domain)
        if owner is not None and host_in(url.host_ascii, url_lists().hosting) is None:
            continue  # a company's own download site (microsoft.com, github.com)
        findings.add("URL_PROGRAM_DOWNLOAD", f"{url.host}: {program[-60:]}")
        return


def _check_url(url: Url, findings: Findings) -> None:
    """Checks of one URL's form (scheme, IP, port, user part, redirection)."""
    if url.kind == "image":
        return
    if url.scheme not in WEB_SCHEMES:
        if url.scheme in ("javascript", "vbscript"):
            if not HARMLESS_SCRIPT.match(url.url):
                findings.add("URL_SCRIPT_LINK", url.url[:80])
        elif url.scheme == "data":
            findings.add("URL_DATA_LINK", url.url[:40] + "…")
        else:
            findings.add("URL_FILE_LINK", url.url[:80])
        return
    if url.is_ip and _public_ip(url.host_ascii):
        findings.add("URL_IP_HOST", url.host_ascii)
    if url.userinfo and "." in url.userinfo and ":" not in url.userinfo:
        findings.add("URL_USERINFO", f"shows {url.userinfo}, goes to {url.host}")
    if url.port not in NORMAL_PORTS:
        findings.add("URL_ODD_PORT", f"{url.host}:{url.port}")
    fragment = url.url.partition("#")[2]
    if fragment and _carries_address(fragment):
        findings.add("URL_EMAIL_IN_FRAGMENT", f"{url.host} #{fragment[:40]}")
    if url.source != "text" and url.kind in ("script", "form", "link", "redirect"):
        address = url.url.split("://", 1)[-1].lower()
        if any(address.startswith(prefix) for prefix in url_lists().exfiltration):
            findings.add("URL_EXFILTRATION", url.url[:80])
    if url.kind == "redirect" and url.via:
        outer = parse_url(url.via)
        if outer is not None and outer.domain != url.domain and not _is_tracker(outer) and not brand_data().owner(url.domain):
            findings.add("URL_REDIRECTOR", f"{outer.host} -> {url.host}")


# SharePoint and OneDrive for Business share links say what they open: /:b:/ a PDF or other file,
# /:w:/ Word, /:x:/ Excel, /:p:/ PowerPoint, /:o:/ a OneNote notebook, /:f:/ a folder.
_SHARE_TYPE = re.compile(r"^https?://[^/]+\.sharepoint\.com/:([a-z]):/", re.I)
_SHOWN_DOCUMENT = re.compile(r"[\w-]\.(pdf|docx?|xlsx?|pptx?)\b", re.I)


def _check_shared_type(urls: list[Url], subject: str, findings: Findings) -> None:
    """A "document" whose share link opens a notebook or a folder: the shown file is not what opens."""
    for url in urls:
        kind = _SHARE_TYPE.match(url.url)
        if kind is None or kind.group(1).lower() not in ("o", "f"):
            continue
        shown = _SHOWN_DOCUMENT.search(url.text or "") or _SHOWN_DOCUMENT.search(subject)
        if shown is not None:
            opens = "a OneNote notebook" if kind.group(1).lower() == "o" else "a folder"
            findings.add("SHARED_FILE_TYPE_MISMATCH", f"shows a .{shown.group(1).lower()} file, {url.host} opens {opens}")
            return


# A link's whole text a file's name, its target a page: the last path segment's extension, not the query's.
_TEXT_FILENAME = re.compile(r"[\w\-. ()]+\.(pdf|docx?|xlsx?|pptx?|csv|zip)", re.I)
_PAGE_EXTENSION = re.compile(r"\.(html?|shtml|php|aspx?|svg)$", re.I)


def _check_document_page(urls: list[Url], findings: Findings) -> None:
    """A link that reads as a file's name and opens a page: a document is served as itself, not as HTML."""
    for url in urls:
        shown = _TEXT_FILENAME.fullmatch((url.text or "").strip()) if url.kind in LINK_KINDS else None
        if shown is None:
            continue
        last = unquote(url.url.split("?", 1)[0].split("#", 1)[0]).rstrip("/").rpartition("/")[2]
        page = _PAGE_EXTENSION.search(last)
        if page is not None:
            findings.add("URL_DOCUMENT_OPENS_PAGE", f'"{url.text.strip()[:50]}" opens {url.host}/\u2026/{last[:50]}')
            return


_BASE64 = re.compile(r"[A-Za-z0-9+/_-]{12,}={0,2}")


def _carries_address(fragment: str) -> bool:
    """An e-mail address in a URL fragment, as written or in base64 (``#am9obkBleGFtcGxlLmNvbQ==``)."""
    text = unquote(fragment)
    if ADDRESS_IN_TEXT.search(text):
        return True
    for token in _BASE64.findall(text)[:5]:
        try:
            decoded = base64.b64decode(token.replace("-", "+").replace("_", "/") + "===", validate=False)
        except (ValueError, binascii.Error):
            continue
        if ADDRESS_IN_TEXT.fullmatch(decoded.decode("latin-1").strip()):
            return True
    return False


def _public_ip(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_global


def _is_tracker(url: Url) -> bool:
    lists = url_lists()
    return bool(host_in(url.host_ascii, lists.trackers)) or url.host_ascii.startswith(lists.tracker_prefixes)


def _check_mismatch(urls: list[Url], findings: Findings, notes: dict, org, sender: str) -> None:
    """A link whose text is a domain (or URL) other than where it leads, after following redirects.

    A link through the sender's own domain (its click tracker) is left alone.
    """
    data = brand_data()
    for url in urls:
        if url.kind != "link" or not url.text or not url.host_ascii or url.source == "text":
            continue
        shown = _shown_url(url.text)
        if shown is None or _same_site(shown.domain, url.domain):
            continue
        target = _final(url)
        if _same_site(shown.domain, target.domain) or (target is url and url.domain == sender):
            continue
        shown_owner = data.owner(shown.domain)
        claimed = shown_owner.name if shown_owner else None
        if org is not None and shown.domain in org.owned:
            claimed = shown.domain
        target_owner = data.owner(target.domain)
        if claimed and target_owner and target_owner.name == claimed:
            continue
        opaque_tracker = target is url and _is_tracker(url)
        if opaque_tracker and (claimed is None or host_in(url.host_ascii, url_lists().trackers)):
            continue
        if claimed:
            notes["brands"].add(claimed)
            findings.add("URL_TEXT_MISMATCH_BRAND", f"shows {shown.host}, goes to {target.host}")
        else:
            findings.add("URL_TEXT_MISMATCH", f"shows {shown.host}, goes to {target.host}")


def _shown_url(text: str) -> Url | None:
    found = urls_in_text(text.strip())
    if len(found) != 1 or "@" in text:
        return None
    raw, kind = found[0]
    return parse_url(raw, "html", "bare" if kind == "bare" else "link")


def _same_site(a: str, b: str) -> bool:
    """Same registrable domain, or the same name under the suffix of another country (shop.fr and shop.com)."""
    if a == b:
        return True
    _, label_a, suffix_a = split_domain(a)
    _, label_b, suffix_b = split_domain(b)
    return label_a == label_b and all(s in ("com", "net", "org") or is_country_suffix(s) for s in (suffix_a, suffix_b))


def _final(url: Url) -> Url:
    """The URL at the end of a chain of redirectors (at most three hops)."""
    for _ in range(3):
        carried = embedded_url(url) if url.host_ascii else None
        inner = parse_url(carried, url.source, "redirect", url.text) if carried else None
        if inner is None or not inner.host_ascii:
            break
        url = inner
    return url


def _check_forms(message, findings: Findings, notes: dict, org) -> None:
    """Password forms: in the body, in HTML attachments, and where they post."""
    documents = [("body", document, None) for document in html.body_documents(message)]
    documents += [("attachment", document, part) for part, document in html.attachment_documents(message)]
    lists = url_lists()
    for where, document, part in documents:
        for form in document.all_forms():
            if not (form.has_password or any(PASSWORD_NAME.search(name) for _kind, name in form.inputs)):
                continue
            # A page that only decrypts a statement with a PIN is read again as text, and only once it asks for one.
            if part is not None and local_decryption_envelope(decode_text(part.payload[:MAX_HTML])):
                break
            action = parse_url(form.action, "html", "form", base=document.base) if form.action else None
            target = action.host if action and action.host else "the page's own script"
            lookalike = None
            if action is not None and action.host_ascii:
                lookalike = (org.match(action.host_ascii) if org else None) or brand_index().match(action.host_ascii)
            notes["credential"] = True
            if lookalike is not None:
                findings.add("CREDENTIAL_FORM_LOOKALIKE", f"posts to {lookalike.describe()}")
            elif where == "attachment":
                if _secure_envelope(document, action, lists):
                    notes["credential"] = False
                    continue
                findings.add("HTML_ATTACHMENT_LOGIN", f"password form posting to {target}")
            else:
                findings.add("CREDENTIAL_FORM", f"password form posting to {target}")


def _secure_envelope(document, action: Url | None, lists) -> bool:
    """An encrypted-mail envelope (Cisco, Zix, Virtru...) asks for a password by design."""
    hosts = [action.host_ascii] if action is not None and action.host_ascii else []
    for link in document.links + [html.Link(s, "script") for s in document.script_sources]:
        url = parse_url(link.url, "attachment", link.kind)
        if url is not None and url.host_ascii:
            hosts.append(url.host_ascii)
    return bool(hosts) and all(host_in(host, lists.secure_message) for host in hosts)
