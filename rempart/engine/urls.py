"""Every URL of a message, normalised the way a browser would read it.

URLs come from plain-text bodies (``https://…``, bare ``www.…`` and, with
care, domain-like words such as ``paypal-login.com/verify``), from HTML
bodies (links with the text they show, images, form actions, frames, meta
refresh, URLs written in scripts), from attachments that are HTML, SVG or
text, and from the link annotations of PDF attachments. A URL that carries
another one (a redirector's ``?url=``, a security gateway's rewritten link)
is followed, and the carried URL is listed too, as kind ``redirect``.

Normalisation is the browser's, because that is where the victim lands:
backslashes are slashes, ``user@`` before the host is not the host,
``http://3232235777/`` is ``192.168.1.1``, hosts are lower-cased and kept in
both their punycode (DNS) and Unicode (reader) forms. At most
``MAX_URLS`` are kept, deduplicated, in document order.
"""

from __future__ import annotations

import base64
import binascii
import functools
import html as html_entities
import ipaddress
import re
import tomllib
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urljoin

from rempart.engine import documents, html
from rempart.engine.domains import DATA, registrable_domain, split_domain, to_ascii, to_unicode

MAX_URLS = 500
MAX_TEXT_CHARS = 1_000_000  # of each text part scanned for URLs
MAX_REDIRECT_DEPTH = 3

SOURCES = ("text", "html", "attachment", "qr")


@dataclass(frozen=True)
class Url:
    """One URL as found in a message.

    ``host`` is what a reader sees (Unicode), ``host_ascii`` what DNS sees
    (punycode), ``domain`` the registrable domain of ``host_ascii`` (the IP
    itself for an IP host). ``kind`` is link, image, form, frame, refresh,
    script (written in a script), bare (a domain written without a scheme)
    or redirect (carried inside ``via``). Links that run something
    (``javascript:``, ``data:``, ``file:``, ``search-ms:``) keep their scheme
    and have no host.
    """

    url: str
    scheme: str
    host: str
    host_ascii: str
    domain: str
    source: str
    kind: str = "link"
    text: str = ""
    userinfo: str = ""
    port: int | None = None
    via: str = ""

    @property
    def is_ip(self) -> bool:
        return _is_ip(self.host_ascii)

    @property
    def suffix(self) -> str:
        return split_domain(self.host_ascii)[2] if self.host_ascii and not self.is_ip else ""

    @property
    def tld(self) -> str:
        return self.suffix.rpartition(".")[2]

    @property
    def path_and_query(self) -> str:
        rest = self.url.split("://", 1)[-1]
        index = min((i for i in (rest.find("/"), rest.find("?"), rest.find("#")) if i != -1), default=len(rest))
        return rest[index:]


# -- reference lists ---------------------------------------------------------------


@dataclass(frozen=True)
class UrlLists:
    """``data/urls.toml``: shorteners, click trackers, free hosting, exfiltration endpoints, TLD weights."""

    shorteners: frozenset[str]
    own_short_links: frozenset[str]
    trackers: frozenset[str]
    tracker_prefixes: tuple[str, ...]
    hosting: dict[str, float]
    exfiltration: tuple[str, ...]
    secure_message: frozenset[str]
    tlds: dict[str, float]
    # host/path prefixes of social networks' wrappers of their users' links (t.co/, linkedin.com/slink)
    user_redirects: tuple[str, ...] = ()


@functools.lru_cache(maxsize=1)
def url_lists() -> UrlLists:
    with open(DATA / "urls.toml", "rb") as handle:
        raw = tomllib.load(handle)
    return UrlLists(
        shorteners=frozenset(raw["shorteners"]["domains"]),
        own_short_links=frozenset(raw["shorteners"].get("own_links", ())),
        trackers=frozenset(raw["trackers"]["domains"]),
        tracker_prefixes=tuple(raw["trackers"].get("prefixes", ())),
        hosting={k.lower(): float(v) for k, v in raw["hosting"].items()},
        exfiltration=tuple(raw["exfiltration"]["prefixes"]),
        secure_message=frozenset(raw["secure_message"]["domains"]),
        tlds={k.lower(): float(v) for k, v in raw["tlds"].items()},
        user_redirects=tuple(p.lower() for p in raw["shorteners"].get("user_redirects", ())),
    )


# Google Docs, Slides, Sheets and Drawings "published to the web" (/d/e/2PACX-...): a public page anybody
# makes, where kits put their "View document" button; a document shared with somebody has /d/<id>/ instead.
_PUBLISHED_DOCUMENT = re.compile(r"/(?:document|presentation|spreadsheets|drawings)/d/e/", re.I)
PUBLISHED_DOCUMENT_WEIGHT = 1.0


def hosting_weight(url: Url, lists: UrlLists | None = None) -> tuple[str | None, float]:
    """(the free-hosting entry a link is on, its weight), or (None, 0.0): a published Google document weighs
    as the free hosting it is used as, not as a shared document."""
    lists = lists or url_lists()
    entry = host_in(url.host_ascii, lists.hosting)
    if entry is None:
        return None, 0.0
    weight = lists.hosting[entry]
    if entry == "docs.google.com" and _PUBLISHED_DOCUMENT.match(url.path_and_query):
        weight = max(weight, PUBLISHED_DOCUMENT_WEIGHT)
    return entry, weight


def host_in(host: str, names) -> str | None:
    """The entry of ``names`` (a set or dict of host names) that ``host`` is, or is under."""
    host = host.lower()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        candidate = ".".join(labels[i:])
        if candidate in names:
            return candidate
    return None


# -- parsing one URL ---------------------------------------------------------------

_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]{0,20})\s*:", re.I)
_WEB = re.compile(r"^(https?|ftps?)\s*:[/\\\s]*(.*)$", re.I | re.S)
_AUTHORITY_END = re.compile(r"[/?#\\]")
_BAD_HOST_CHARS = re.compile(r"[^\w.:-]")  # what may not appear in a host name once decoded
# Schemes that run something rather than open a page: kept (without a host) for the checks.
SCRIPT_SCHEMES = frozenset({"javascript", "vbscript", "data", "file", "search-ms", "search", "ms-msdt", "ms-officecmd", "smb"})
_IGNORED_SCHEMES = ("mailto", "tel", "cid", "sms", "callto", "about", "mid", "fax", "skype", "webcal", "news")


def parse_url(raw: str, source: str = "text", kind: str = "link", text: str = "", base: str = "", via: str = "") -> Url | None:
    """One URL, normalised; None for what is not a web address (mailto:, anchors, relative paths without a base)."""
    raw = raw.strip().replace("\r", "").replace("\n", "").replace("\t", "")
    if not raw or raw.startswith("#"):
        return None
    scheme_match = _SCHEME.match(raw)
    scheme = scheme_match.group(1).lower() if scheme_match else ""
    if scheme in SCRIPT_SCHEMES:
        return Url(raw[:300], scheme, "", "", "", source, kind, text, via=via)
    if scheme in _IGNORED_SCHEMES:
        return None
    if raw.startswith(("//", "\\\\")):
        raw = "http:" + raw
    elif not scheme or scheme not in ("http", "https", "ftp", "ftps"):
        if kind == "bare" or raw.lower().startswith("www"):
            raw = "http://" + raw
        elif base and not scheme:
            raw = urljoin(base, raw)
        else:
            return None
    match = _WEB.match(raw)
    if match is None:
        return None
    scheme, rest = match.group(1).lower(), match.group(2)
    end = _AUTHORITY_END.search(rest)
    authority, tail = (rest[: end.start()], rest[end.start() :]) if end else (rest, "")
    userinfo, _, hostport = authority.rpartition("@")
    host, port = _split_port(hostport)
    host = _clean_host(host)
    if not host:
        return None
    ip = _parse_ip(host)
    if ip is not None:
        host_ascii = host_unicode = ip
        domain = ip
    else:
        host_ascii = to_ascii(host)
        host_unicode = to_unicode(host_ascii)
        domain = registrable_domain(host_ascii)
    path, separator, query = tail.partition("?")
    tail = path.replace("\\", "/") + separator + query
    shown_port = f":{port}" if port is not None and port != {"http": 80, "https": 443}.get(scheme) else ""
    shown_host = f"[{host_ascii}]" if ":" in host_ascii else host_ascii
    url = f"{scheme}://{userinfo + '@' if userinfo else ''}{shown_host}{shown_port}{tail}"
    return Url(url, scheme, host_unicode, host_ascii, domain, source, kind, text, unquote(userinfo), port, via)


def _split_port(hostport: str) -> tuple[str, int | None]:
    if hostport.startswith("["):
        host, _, rest = hostport[1:].partition("]")
        port_text = rest[1:] if rest.startswith(":") else ""
    else:
        host, _, port_text = hostport.partition(":")
    try:
        port = int(port_text) if port_text else None
    except ValueError:
        port = None
    return host, port


def _clean_host(host: str) -> str:
    if "%" in host:
        host = unquote(host)
    host = host.strip().rstrip(".").lower().replace("\u3002", ".").replace("\uff0e", ".")
    if _BAD_HOST_CHARS.search(host) or len(host) > 253:
        return ""
    return host


def _is_ip(host: str) -> bool:
    if not host or not (host[0].isdigit() or ":" in host):
        return False
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _parse_ip(host: str) -> str | None:
    """An IP host in canonical form, reading IPv4 numbers the way browsers do (``0x7f.1``, ``2130706433``)."""
    if not host or not (host[0].isdigit() or ":" in host):  # a name (every IP form starts with a digit)
        return None
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    parts = host.split(".")
    if not parts or not parts[-1] or not re.fullmatch(r"(0x[0-9a-f]*|\d+)", parts[-1]) or len(parts) > 4:
        return None
    numbers = []
    for part in parts:
        try:
            if part.startswith("0x"):
                numbers.append(int(part[2:] or "0", 16))
            elif len(part) > 1 and part.startswith("0"):
                numbers.append(int(part, 8))
            else:
                numbers.append(int(part))
        except ValueError:
            return None
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
        return None
    value = sum(n << (8 * (3 - i)) for i, n in enumerate(head)) + last
    return str(ipaddress.IPv4Address(value))


# -- URLs inside URLs ----------------------------------------------------------------

_EMBEDDED = re.compile(r"(?i)(?:https?|ftp)(?::|%3a)(?:/|%2f|\\){2}")
_B64_URL = re.compile(r"^[a-z0-9]{0,3}?(aHR0c[A-Za-z0-9+/=_-]{8,})")  # Bing's ck/a puts "a1" first


def embedded_url(url: Url) -> str | None:
    """The URL a redirector, a tracker or a link rewriter carries, when it can be read from this one."""
    rest = url.path_and_query
    if not rest:
        return None
    if "urldefense" in url.host_ascii:
        decoded = _urldefense(rest)
        if decoded:
            return decoded
    if url.host_ascii.startswith("www.google.") and rest.startswith("/amp/s/"):
        return "https://" + rest[len("/amp/s/") :]
    path, _, query = rest.partition("?")
    query = query.partition("#")[0]
    if _EMBEDDED.match(query):  # the whole query is the target (ad.doubleclick.net/ddm/trackclk/…;dc_l=?https://…)
        return unquote(query) if "%3a" in query[:8].lower() else query
    for name, value in parse_qsl(query, keep_blank_values=False):
        found = _url_in_value(value) or _host_in_value(value)
        if found:
            return found
        if name == "domain" and "mimecast" in url.host_ascii:  # Mimecast's rewritten links name only the target's host
            found = _host_in_value(value.strip().rstrip("/") + "/")
            if found:
                return found
    index = path.find("http", 1)
    if index != -1 and _EMBEDDED.match(path, index):
        # Some click trackers carry the target twice (``…/*http://shop.example*http://shop.example``):
        # the first copy is the target, the star is not part of its host.
        return _SECOND_COPY.split(unquote(path[index:]), 1)[0]
    return None


_SECOND_COPY = re.compile(r"[*|](?=(?:https?|ftp)://)", re.I)


_HOST_PATH = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,12})/[^\s]*", re.I)


def _host_in_value(value: str) -> str | None:
    """A target written without its scheme (``p1=view-doc.example.sbs/adobe/?e=…``): a host under a
    real public suffix, then a path."""
    stripped = value.strip()
    match = _HOST_PATH.fullmatch(stripped)
    if match is None:
        return None
    return "https://" + stripped if split_domain(stripped.split("/", 1)[0])[2] else None  # under a known suffix


def _url_in_value(value: str) -> str | None:
    for _ in range(2):  # doubly encoded values are common
        stripped = value.strip()
        if _EMBEDDED.match(stripped):
            return unquote(stripped) if "%3a" in stripped[:8].lower() else stripped
        if stripped.lower().startswith("www.") and "." in stripped[4:]:
            return stripped
        b64 = _B64_URL.match(stripped)
        if b64:
            try:
                decoded = base64.urlsafe_b64decode(b64.group(1) + "===").decode("utf-8", "replace")
            except (ValueError, UnicodeError):
                decoded = ""
            if _EMBEDDED.match(decoded):
                return decoded.split("\x00")[0]
        value = unquote(stripped)
        if value == stripped:
            break
    return None


def _urldefense(rest: str) -> str | None:
    """Proofpoint URL Defense v2 (``?u=https-3A__host_path``) and v3 (``/v3/__https://host/path__;…``)."""
    if rest.startswith("/v3/__"):
        inner = rest[len("/v3/__") :]
        return inner.split("__;", 1)[0] or None
    if rest.startswith("/v2/url?"):
        for name, value in parse_qsl(rest.partition("?")[2]):
            if name == "u":
                return unquote(value.replace("_", "/").replace("-", "%"))
    return None


# -- finding URLs in text -------------------------------------------------------------

# Bare domains count only under TLDs people write as web addresses; English
# words that are TLDs (.is, .it, .me, .to) would turn prose into links.
BARE_TLDS = frozenset(
    """com net org info biz fr de uk eu ru cn io co xyz top online site website store shop club live
    app dev cloud tech pro icu buzz cyou click link bond sbs cfd rest monster quest cam work fit tk ml
    ga cf gq pw su ws cc ly vip best uno gov edu ch be nl es pl ca br au jp in us ai""".split()
)
_TRAILING = ".,;:!?'\"»>*_~"
# ``\b(?:https?|ftps?)://`` or ``www.`` not inside a word, written to start with a character class:
# the regex engine then skips ahead to the next h, f or w instead of trying every alternative at
# every position (four to five times faster on long texts, the same matches).
_SCHEMED = re.compile(
    r"""[hHfFwW](?:(?<=\b[hH])[tT][tT][pP][sS]?://|(?<=\b[fF])[tT][pP][sS]?://|(?<![\w.@/-][wW])[wW][wW]\d{0,3}\.)"""
    r"""[^\s<>"'`{}|^\[\]]+"""
)
_BARE = re.compile(
    r"""(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+(?P<tld>[a-z]{2,12}|xn--[a-z0-9-]+)(?P<path>/[^\s<>"'`{}|^\[\]]*)?""", re.I
)
_OPENERS = "([<{\"'«*_"


def urls_in_text(text: str) -> list[tuple[str, str]]:
    """(url, kind) pairs written in plain text: kind ``link`` with a scheme or www, ``bare`` otherwise.

    Bare domains are read from whitespace-separated words only (a C-speed
    split, then one match per word with a dot), under TLDs people write as
    web addresses, or with a path; ``end.It`` (a missed space) is prose.
    """
    text = text[:MAX_TEXT_CHARS]
    found = [(_trim(m.group()), "link") for m in _SCHEMED.finditer(text)]
    for word in text.split():
        if "." not in word or "@" in word or "://" in word or "www" in word.lower():
            continue
        match = _BARE.match(word.lstrip(_OPENERS))
        if match is None:
            continue
        tld = match.group("tld")
        if tld != tld.lower() or (tld not in BARE_TLDS and not match.group("path")):
            continue
        rest = word.lstrip(_OPENERS)[match.end():]
        if rest and rest[0] not in _TRAILING + ")]}":
            continue  # more word follows (example.com-foo, file.com2)
        found.append((_trim(match.group()), "bare"))
    return found


def _trim(url: str) -> str:
    while url and url[-1] in _TRAILING + ")":
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


_B64_LITERAL = re.compile(r"aHR0c[A-Za-z0-9+/_-]{8,}={0,2}")


def urls_in_script(script: str) -> list[str]:
    """URLs written in a script, also those hidden as base64 literals (``atob("aHR0cHM6Ly9...")``)."""
    found = [url for url, _kind in urls_in_text(script)]
    for literal in _B64_LITERAL.findall(script[:MAX_TEXT_CHARS])[:20]:
        try:
            decoded = base64.b64decode(literal.replace("-", "+").replace("_", "/") + "==", validate=False)
        except (ValueError, binascii.Error):
            continue
        text = decoded.decode("utf-8", "replace")
        found += [url for url, kind in urls_in_text(text) if kind == "link"]
    return found


_PDF_URI = re.compile(rb"/URI\s*\(([^)]{4,2000})\)")


def urls_in_pdf(data: bytes) -> list[str]:
    """URIs of link annotations of a PDF, where they are not inside compressed streams."""
    return [m.group(1).decode("latin-1").replace("\\/", "/") for m in _PDF_URI.finditer(data[:20_000_000])]


# -- the message ----------------------------------------------------------------------


class _Collector:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.urls: list[Url] = []
        self.seen: set[tuple[str, str, str]] = set()

    @property
    def full(self) -> bool:
        return len(self.urls) >= self.limit

    def add(self, raw: str, source: str, kind: str = "link", text: str = "", base: str = "") -> None:
        if self.full:
            return
        url = parse_url(raw, source, kind, text, base)
        if url is None:
            return
        self._keep(url)
        if kind == "image":
            return
        depth = 0
        while url.host_ascii and depth < MAX_REDIRECT_DEPTH and not self.full:
            carried = embedded_url(url)
            inner = parse_url(carried, source, "redirect", url.text, via=url.url) if carried else None
            if inner is None or inner.url == url.url:
                break
            self._keep(inner)
            url, depth = inner, depth + 1

    def _keep(self, url: Url) -> None:
        key = (url.url, url.kind, url.text)
        if key not in self.seen:
            self.seen.add(key)
            self.urls.append(url)


_EXTERNAL_TARGET = re.compile(rb'<Relationship\b[^>]*?\bTarget="([^"]{1,2048})"[^>]*?\bTargetMode="External"'
                              rb'|<Relationship\b[^>]*?\bTargetMode="External"[^>]*?\bTarget="([^"]{1,2048})"')
MAX_RELS_BYTES = 1 << 20  # a relationships part is a few kilobytes; a bigger one is not read
MAX_RELS_PARTS = 200
_RELS_PART = re.compile(r"\.rels$")


def urls_in_office(data: bytes) -> list[str]:
    """The external links of a Word, Excel or PowerPoint file: its relationship parts' External targets.

    A hyperlink in a .docx lives there (``word/_rels/document.xml.rels``),
    not in the text; a phishing "document" is often that one link. Only
    small ``.rels`` parts are read, and a file that is not a readable ZIP
    gives no URL rather than an error.
    """
    found: list[str] = []
    for _name, xml in documents.office_members(data, _RELS_PART, MAX_RELS_BYTES, MAX_RELS_PARTS):
        for match in _EXTERNAL_TARGET.finditer(xml):
            target = html_entities.unescape((match.group(1) or match.group(2)).decode("utf-8", "replace"))
            if target.lower().startswith(("http://", "https://", "ftp://")) and target not in found:
                found.append(target)
    return found


def extract_urls(message) -> list[Url]:
    """Every URL of the message (bodies and attachments), see the module docstring; never raises."""
    collector = _Collector(MAX_URLS)
    for part in message.parts:
        if collector.full:
            break
        try:
            _from_part(part, collector)
        except Exception:  # one unreadable part must not hide the others' URLs
            message.defects.append(f"URLs of a {part.content_type} part could not be read")
    return collector.urls


def _from_part(part, collector: _Collector) -> None:
    info = html.part_info(part)
    content_type, name = info.content_type, info.filename
    source = "attachment" if info.is_attachment else "html" if content_type == "text/html" else "text"
    if info.is_html:
        document = html.document(part)
        for link in document.links:
            collector.add(link.url, source, link.kind, link.text, document.base)
        for inner in document.inner:  # HTML the page's scripts write
            for link in inner.all_links():
                collector.add(link.url, source, "script" if link.kind == "link" else link.kind, link.text)
        for script in document.scripts:
            for url in urls_in_script(script):
                collector.add(url, source, "script")
    elif content_type.startswith("text/") or name.endswith((".txt", ".csv", ".ics", ".url")):
        for url, kind in urls_in_text(part.text):
            collector.add(url, source, kind)
    elif content_type == "application/pdf" or name.endswith(".pdf"):
        for url in urls_in_pdf(part.payload):
            collector.add(url, source, "link")
    elif part.is_office_document:
        for url in urls_in_office(part.payload):
            collector.add(url, source, "link")
        for url, kind in urls_in_text(part.office_words):  # typed, not linked
            collector.add(url, source, kind)
