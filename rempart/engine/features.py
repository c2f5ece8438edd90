"""What the content model sees of a message: named features, hashed into a fixed space.

A message becomes a bag of short strings (``w:offer``, ``u:tld:biz``,
``h:x-mailer``, ``html:img:4``), each hashed (CRC-32, stable across
processes and machines) into one of ``2**bits`` buckets with a sign taken
from the top bit, so colliding features tend to cancel rather than add up.
Values are 1 per distinct feature, and the whole vector is scaled to unit
length, so a long message does not score higher just for being long.

The families, and why each is there:

- ``w:``/``b:`` words and word pairs of the text a reader sees (HTML
  rendered, hidden text left out), ``s:``/``sb:`` those of the subject,
  ``hid:`` words of hidden HTML text (text written for filters, not people).
  Digits become ``0`` so that prices, dates and phone numbers generalise.
- ``u:`` URLs: host, registrable domain, TLD, IP hosts, scheme, kind (image,
  form, redirect…), path extension, ports and user-info, link text that
  names another domain, and a bucketed count.
- ``html:`` structure: counts of the tags that separate mail written by
  people from mail built by bulk tools (img, table, font, form, script…),
  HTML with no plain alternative, little text beside images, hidden text.
- ``a:`` attachments: declared type and file extension.
- ``st:`` shape of the text: length, share of capitals, of non-ASCII
  letters, of digits, runs of ``!`` and ``$``.
- ``h:``/``hv:``/``f:``/``mid:``… selected headers, below.
- ``hc:``/``ho:``/``bd:``/``ctf:``/``mids:``/``ds:``/``xms:`` the fingerprint
  of the software that wrote the message: header names as it spelled them
  (``X-Msmail-Priority`` is not how Outlook writes it), the order it wrote
  them in, and the *shape* of its MIME boundary, Message-ID, Date and
  X-Mailer (letters and digits folded to ``a``/``A``/``9``), which bulk
  tools and ratware each make their own way and people's mail programs
  another.
- ``rx:`` the relays outside the receiving site (public client addresses
  only): a HELO that is a bare address or has no dot, a client with no or a
  dynamic-looking reverse name, a HELO that names another domain than the
  reverse name, and how many such hops. Host names themselves are never
  features: they would name the corpus's site.

Headers: only what the *sender's* software wrote is read, never what the
sites a message crossed added on the way, because the training corpus went
through one site (spamassassin.taint.org and its owner's hosts, 2002) and
a model that learns that site learns nothing about mail that never went
there. So, left out entirely (:data:`SITE_HEADERS`): ``Received`` and its
relatives written by receiving servers (``Return-Path``, ``Delivered-To``,
``X-Original-To``, ``Envelope-To``, ``Delivery-Date``,
``X-Authentication-Warning``, ``X-MIME-Autoconverted``,
``X-Originating-IP`` added by webmail relays), every filter's verdict
(``X-Spam-*``, ``X-Virus-*``, ``X-MailScanner*``, ``Authentication-Results``,
``Received-SPF``, ``ARC-*``…), the local mail clients' bookkeeping
(``Status``, ``X-Status``, ``X-Keywords``, ``X-UID``, ``X-Mozilla-Status*``,
``Content-Length``, ``Lines``) and ``X-Loop``, which names the site's
procmail loop. Recipient headers (``To``, ``Cc``) are read only for their
shape (how many, undisclosed, same as From), never their addresses, which
are the corpus owner's. Mailing-list headers (``List-*``, ``X-BeenThere``,
``X-Mailman-Version``, ``Sender``, ``Errors-To``, ``Precedence``) count for
their presence, never their values, which name the lists that site's owner
read. Words that are the corpus's anonymised addresses (``yyyy``,
``zzzz``, ``xxxxx``…) are dropped wherever they appear.
"""

from __future__ import annotations

import email.utils
import math
import re
import zlib
from collections.abc import Iterable

import numpy as np

from rempart.engine.message import parse_address, parse_addresses
from rempart.engine.received import is_internal, looks_dynamic, parse_received, reverse_name

DEFAULT_BITS = 20
# Bumped whenever extraction changes what a feature means: a model or an organisation's
# learning made for another version is refused rather than misread.
FEATURE_VERSION = 4
MAX_TEXT_CHARS = 200_000  # of visible text tokenised; the rest of a long message says little more
MAX_WORDS = 20_000
# Character grams of the text: n, how much text, and their weight against the named features.
CHAR_GRAM = 4
MAX_GRAM_CHARS = 20_000
CHAR_WEIGHT = 0.5

SITE_HEADERS = frozenset(
    """
    received return-path delivered-to x-original-to envelope-to delivery-date x-delivered-to
    x-authentication-warning x-mime-autoconverted x-originating-ip x-apparently-to x-rcpt-to
    x-envelope-from x-envelope-to x-received x-original-arrival-time
    authentication-results arc-seal arc-message-signature arc-authentication-results received-spf
    x-loop status x-status x-keywords x-uid x-mozilla-status x-mozilla-status2 content-length lines
    x-spam x-virus-scanned x-virus-status x-antivirus x-antivirus-status x-scanned-by x-greylist
    x-razor x-pyzor x-dcc x-bogosity x-dspam x-mailscanner x-sieve x-filter x-spamcop x-rempart
    """.split()
)
SITE_HEADER_PREFIXES = ("x-spam-", "x-virus-", "x-mailscanner", "x-dspam-", "x-rempart-", "x-ms-exchange-organization-", "arc-")
LIST_HEADERS = frozenset(
    "list-id list-unsubscribe list-subscribe list-help list-post list-archive list-owner x-beenthere "
    "x-mailman-version sender errors-to mailing-list x-mailing-list precedence".split()
)
# Headers whose words describe the sender's software or intent, read as tokens.
VALUE_HEADERS = ("x-mailer", "user-agent", "x-priority", "x-msmail-priority", "importance", "content-type",
                 "content-transfer-encoding", "x-mimeole", "organization", "precedence")

_WORD = re.compile(r"[^\W_][\w'.$%€£-]{0,39}[\w$%€£]")  # 2 to 41 characters, no trailing dot
_DIGITS = re.compile(r"\d")
_ANONYMISED = re.compile(r"x{3,}|y{3,}|z{3,}")
_ANONYMISED_STARTS = frozenset({"xxx", "yyy", "zzz"})
_ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")
_DIGIT = re.compile(r"\d")
MAX_SHAPE_CHARS = 50_000
_TAG = re.compile(rb"<\s*([a-zA-Z][a-zA-Z0-9]{0,9})\b")
_STRUCT_TAGS = frozenset(
    "img table td font form input script style iframe a p br div span center b i u map area object embed meta".split()
)
_PATH_EXT = re.compile(r"\.([a-z0-9]{1,5})(?:$|[?#])")
_URL_WORD = re.compile(r"[a-z]{3,20}")
_HOSTLIKE = re.compile(r"\b((?:[a-z0-9-]+\.)+[a-z]{2,12})\b")


def _bucket(n: float) -> int:
    """0, 1, 2, 3-4, 5-8, …: a log2 bucket, so counts become a few features, not one per value."""
    return 0 if n <= 0 else int(math.log2(n)) + 1


def _words(text: str) -> list[str]:
    words = _WORD.findall(_DIGITS.sub("0", text[:MAX_TEXT_CHARS].lower()))[:MAX_WORDS]
    return [w for w in words if w[:3] not in _ANONYMISED_STARTS or not _ANONYMISED.fullmatch(w)]


_SHOUTED = re.compile(r"[A-Z]{4,}[A-Z!$]*")


def _text_features(out: list[str], prefix: str, pairs: str, text: str) -> list[str]:
    words = _words(text)
    out.extend([prefix + w for w in words])
    out.extend(["caps:" + w[:20] for w in _SHOUTED.findall(text[:MAX_TEXT_CHARS])[:500]])
    out.extend([f"{pairs}{a} {b}" for a, b in zip(words, words[1:])])
    return words


def _count(pattern: re.Pattern, text: str) -> int:
    return len(text) - len(pattern.sub("", text))


def _shape_features(out: list[str], text: str) -> None:
    sample = text[:MAX_SHAPE_CHARS]
    upper = sum(map(sample.count, _ASCII_UPPER))
    non_ascii = _count(_NON_ASCII_LETTER, sample)
    letters = upper + sum(map(sample.count, _ASCII_UPPER.lower())) + non_ascii
    out.append(f"st:len:{_bucket(len(text))}")
    if letters:
        out.append(f"st:upper:{int(10 * upper / letters)}")
        out.append(f"st:nonascii:{int(10 * non_ascii / letters)}")
    out.append(f"st:digits:{int(10 * _count(_DIGIT, sample) / max(1, len(sample)))}")
    out.append(f"st:bang:{_bucket(sample.count('!'))}")
    out.append(f"st:dollar:{_bucket(sample.count('$'))}")
    if "!!!" in sample:
        out.append("st:bang3")


def _domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip().strip(">").lower().rstrip(".") if "@" in address else ""


def _registrable(host: str) -> str:
    try:
        from rempart.engine.domains import registrable_domain

        return registrable_domain(host) or host
    except Exception:  # no suffix list: the last two labels are close enough
        return ".".join(host.split(".")[-2:])


def _is_site_header(lower: str) -> bool:
    return lower in SITE_HEADERS or lower.startswith(SITE_HEADER_PREFIXES)


def _header_features(out: list[str], message) -> None:
    headers = message.headers
    written = [name for name in headers.keys() if not _is_site_header(name.lower())]
    names = [name.lower() for name in written]
    out.extend("hc:" + name[:40] for name in set(written))
    ordered = ["list" if name in LIST_HEADERS else name for name in names]
    out.extend(f"ho:{a}>{b}" for a, b in zip(ordered, ordered[1:]))
    for lower in set(names):
        out.append("h:" + ("list" if lower in LIST_HEADERS else lower))
        if lower in LIST_HEADERS:
            out.append("h:" + lower)
    for name in VALUE_HEADERS:
        value = message.header(name)
        if value:
            out.extend(f"hv:{name}:{w}" for w in _words(value[:300])[:20])
    _from_features(out, message)
    _recipient_features(out, message)
    _id_and_date_features(out, message)
    _shape_of_software(out, message)
    _relay_features(out, message)


_LOWER_RUN = re.compile(r"[a-z]+")
_UPPER_RUN = re.compile(r"[A-Z]+")
_DIGIT_RUN = re.compile(r"[0-9]+")
_BOUNDARY = re.compile(r'boundary\s*=\s*"?([^";]+)', re.I)
_PARAM_VALUE = re.compile(r'"[^"]*"|=[^;\s]+')


def shape(value: str, limit: int = 40) -> str:
    """``----=_NextPart_000_0001`` becomes ``----=_Aa_9_9``: the form of a value, not the value."""
    value = _DIGIT_RUN.sub("9", value[:200])
    return _UPPER_RUN.sub("A", _LOWER_RUN.sub("a", value))[:limit]


def _shape_of_software(out: list[str], message) -> None:
    content_type = message.header("Content-Type")
    if content_type:
        boundary = _BOUNDARY.search(content_type)
        if boundary:
            out.append("bd:" + shape(boundary.group(1)))
        out.append("ctf:" + _PARAM_VALUE.sub("=V", " ".join(content_type.split()).lower())[:60])
    message_id = message.header("Message-ID").strip().strip("<>")
    if message_id:
        out.append("mids:" + shape(message_id.partition("@")[0], 30))
    for prefix, name, limit in (("ds:", "Date", 40), ("xms:", "X-Mailer", 30)):
        value = message.header(name)
        if value:
            out.append(prefix + shape(value, limit))


_ADDRESS = re.compile(r"\[?\d{1,3}(?:\.\d{1,3}){3}\]?")


def _relay_features(out: list[str], message) -> None:
    """The shape of the relays outside the receiving site, read as rempart.engine.received and the client stage read them."""
    hops = 0
    for value in message.header_all("Received")[:20]:
        ip, helo = parse_received(value)
        if ip is None or is_internal(ip):
            continue
        hops += 1
        helo = helo.lower()
        if _ADDRESS.fullmatch(helo):
            out.append("rx:helo_ip")
        elif "." not in helo:
            out.append("rx:helo_nodot")
        reverse = reverse_name(value)
        if reverse in ("", "unknown"):
            out.append("rx:rdns_none")
            continue
        if looks_dynamic(reverse):
            out.append("rx:rdns_dynamic")
        if "." in helo and not _ADDRESS.fullmatch(helo) and _registrable(reverse) != _registrable(helo):
            out.append("rx:helo_mismatch")
    out.append(f"rx:hops:{_bucket(hops)}")


def _from_features(out: list[str], message) -> None:
    address, domain = message.from_address, message.from_domain
    if not address:
        out.append("f:none")
        return
    local = address.partition("@")[0]
    out.append(f"f:dom:{_registrable(domain)}" if domain else "f:nodomain")
    out.append(f"f:tld:{domain.rpartition('.')[2]}")
    out.append(f"f:localdigits:{min(3, sum(c.isdigit() for c in local))}")
    name = message.from_display_name
    if name:
        out.extend("f:name:" + w for w in _words(name[:200])[:10])
        if "@" in name:
            out.append("f:name_has_address")
        if name.isupper():
            out.append("f:name_upper")
    else:
        out.append("f:noname")
    reply_to = message.header("Reply-To")
    if reply_to:
        _, reply_address = parse_address(reply_to)
        reply_domain = _domain_of(reply_address)
        out.append("f:replyto:" + ("same" if reply_domain == domain else "other"))


def _recipient_features(out: list[str], message) -> None:
    values = message.header_all("To") + message.header_all("Cc")
    if not message.header_all("To"):
        out.append("r:noto")
    try:
        addresses = [a.lower() for _, a in parse_addresses(tuple(values)) if a]
    except Exception:
        addresses = []
    out.append(f"r:count:{_bucket(len(addresses))}")
    if any("undisclosed" in v.lower() for v in values):
        out.append("r:undisclosed")
    if message.from_address and message.from_address in addresses:
        out.append("r:to_is_from")


def _id_and_date_features(out: list[str], message) -> None:
    message_id = message.header("Message-ID").strip()
    if not message_id:
        out.append("mid:none")
    else:
        right = message_id.strip("<>").rpartition("@")[2].lower()
        if not right or "." not in right:
            out.append("mid:nodot")
        elif message.from_domain and _registrable(right) == _registrable(message.from_domain):
            out.append("mid:fromdomain")
        else:
            out.append("mid:other")
    date = message.header("Date").strip()
    if not date:
        out.append("date:none")
        return
    try:
        parsed = email.utils.parsedate_tz(date)
    except Exception:
        parsed = None
    if parsed is None:
        out.append("date:unparsable")
    elif parsed[9] is None:
        out.append("date:notz")
    elif not re.search(r"[+-]\d{4}", date):
        out.append("date:tzname")


def _html_features(out: list[str], message, visible: str, bodies: dict[str, list]) -> None:
    html_parts = bodies.get("text/html", [])
    if not html_parts:
        return
    out.append("html:present")
    if not bodies.get("text/plain"):
        out.append("html:only")
    counts: dict[str, int] = {}
    size = 0
    for part in html_parts:
        payload = part.payload[:MAX_TEXT_CHARS]
        size += len(payload)
        for match in _TAG.finditer(payload):
            tag = match.group(1).lower().decode("ascii", "replace")
            if tag in _STRUCT_TAGS:
                counts[tag] = counts.get(tag, 0) + 1
    out.extend(f"html:{tag}:{_bucket(n)}" for tag, n in counts.items())
    if counts.get("img") and len(visible.strip()) < 200:
        out.append("html:image_only")
    out.append(f"html:textratio:{int(10 * min(1.0, len(visible) / max(1, size)))}")
    for document in _html_documents(html_parts):
        hidden = document.hidden_text if hasattr(document, "hidden_text") else ""
        if hidden.strip():
            out.append("html:hidden")
            out.extend("hid:" + w for w in _words(hidden)[:200])
        if getattr(document, "forms", None):
            out.append("html:form")
            if document.has_password_input:
                out.append("html:password")
        if getattr(document, "scripts", None) or getattr(document, "script_sources", None):
            out.append("html:script")


def _html_documents(parts) -> list:
    try:
        from rempart.engine import html
    except ImportError:
        return []
    return [html.document(p) for p in parts]


def _url_features(out: list[str], message, visible: str) -> None:
    urls = _message_urls(message)
    out.append(f"u:count:{_bucket(len(urls))}")
    hosts = set()
    for url in urls:
        scheme, host, domain, kind, text, path = url
        out.append(f"u:scheme:{scheme}")
        out.append(f"u:kind:{kind}")
        if not host:
            continue
        hosts.add(host)
        if _is_ip(host):
            out.append("u:ip")
        else:
            out.append("u:host:" + host)
            out.append("u:dom:" + domain)
            out.append("u:tld:" + host.rpartition(".")[2])
        out.extend("up:" + w for w in _URL_WORD.findall(path.lower())[:20])
        extension = _PATH_EXT.search(path.lower())
        if extension:
            out.append("u:ext:" + extension.group(1))
        if "@" in path.split("?", 1)[0]:
            out.append("u:at_in_path")
        if text:
            shown = _HOSTLIKE.search(text.lower())
            if shown and _registrable(shown.group(1)) != domain:
                out.append("u:text_other_domain")
    out.append(f"u:hosts:{_bucket(len(hosts))}")


def _is_ip(host: str) -> bool:
    return bool(re.fullmatch(r"[\d.]+|[0-9a-f:]+:[0-9a-f:]*", host))


_FALLBACK_URL = re.compile(r"""(?i)\b(https?)://([^\s/"'<>?#:]+)(?::\d+)?([^\s"'<>]*)""")


def _message_urls(message) -> list[tuple[str, str, str, str, str, str]]:
    """(scheme, host, registrable domain, kind, shown text, path) of each URL.

    ``message.urls`` (rempart.engine.urls) when it can answer; a regular
    expression over the text when it cannot, so the model still scores.
    """
    try:
        found = message.urls
        return [(u.scheme, u.host_ascii, u.domain, u.kind, u.text, u.path_and_query) for u in found]
    except Exception:
        pass
    urls = []
    for match in _FALLBACK_URL.finditer(message.text[:MAX_TEXT_CHARS]):
        host = match.group(2).lower().rstrip(".")
        urls.append((match.group(1).lower(), host, _registrable(host), "link", "", match.group(3)))
        if len(urls) >= 500:
            break
    return urls


def _attachment_features(out: list[str], message, attachments: list) -> None:
    out.append(f"a:count:{_bucket(len(attachments))}")
    for part, content_type in attachments:
        out.append("a:type:" + content_type)
        name = (part.filename or "").lower()
        if "." in name:
            out.append("a:ext:" + name.rpartition(".")[2][:8])


_TAGS_FALLBACK = re.compile(r"<[^>]*>")


def _visible_text(message, out: list[str]) -> str:
    """``message.visible_text`` (rempart.engine.html), or what can be read when that is empty.

    Spammers break MIME on purpose (a boundary nobody finds, ``TEXT/PLAIN
    charset=…`` with no semicolon), and a reader's client often shows the
    text anyway: then the decoded bodies, or failing those the raw body,
    stripped of tags, stand in for it, and ``mime:unreadable`` says so.
    """
    try:
        visible = message.visible_text
    except Exception:
        visible = ""
    if visible.strip():
        return visible
    raw_body = message.raw[len(_header_block(message.raw)):][: MAX_TEXT_CHARS * 2]
    if not raw_body.strip():
        return visible
    out.append("mime:unreadable")
    try:
        text = message.text
    except Exception:
        text = ""
    if not text.strip():
        text = raw_body.decode("latin-1")
    return _TAGS_FALLBACK.sub(" ", text[:MAX_TEXT_CHARS])


def _header_block(raw: bytes) -> bytes:
    for separator in (b"\r\n\r\n", b"\n\n"):
        end = raw.find(separator)
        if end != -1:
            return raw[: end + len(separator)]
    return raw


def feature_names(message) -> list[str]:
    """Every feature of a message as a readable string (repeats kept); never raises on junk."""
    return _named_features(message)[0]


def _named_features(message) -> tuple[list[str], str]:
    """The named features, and the text (subject and what a reader sees) the character grams come from."""
    out: list[str] = []
    _guard(out, _header_features, message)
    subject = message.subject if isinstance(message.subject, str) else ""
    _text_features(out, "s:", "sb:", subject[:1000])
    try:
        visible = _visible_text(message, out)
    except Exception:
        visible = ""
    _text_features(out, "w:", "b:", visible)
    _shape_features(out, subject + "\n" + visible)
    bodies, attachments = _sorted_parts(message)
    _guard(out, _html_features, message, visible, bodies)
    _guard(out, _url_features, message, visible)
    _guard(out, _attachment_features, message, attachments)
    if message.defects:
        out.append("mime:defects")
    return out, subject[:1000] + "\n" + visible


def char_gram_hashes(text: str, n: int = CHAR_GRAM, limit: int = MAX_GRAM_CHARS) -> np.ndarray:
    """32-bit hashes of the distinct n-character sequences of ``text`` (lower-cased, digits as 0, spaces folded).

    Computed on the code points as arrays (FNV-1a over the n code points,
    finished by a mixer), so a text's thousands of grams cost about as much
    as a few hundred hashed names.
    """
    folded = " ".join(_DIGITS.sub("0", text[:limit].lower()).split())
    codes = np.frombuffer(folded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    count = len(codes) - n + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint32)
    mixed = (codes[:count] ^ _FNV_OFFSET) * _FNV_PRIME
    for k in range(1, n):
        mixed = (mixed ^ codes[k:k + count]) * _FNV_PRIME
    mixed = _distinct(mixed)
    mixed ^= mixed >> np.uint32(16)
    mixed *= np.uint32(0x7FEB352D)
    mixed ^= mixed >> np.uint32(15)
    return mixed


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values: a sort and a comparison, several times faster than numpy 2's np.unique here."""
    ordered = np.sort(values)
    keep = np.empty(len(ordered), dtype=bool)
    keep[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def _sum_by_bucket(buckets: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct buckets and the sum of the weights landing in each."""
    order = np.argsort(buckets, kind="stable")
    ordered = buckets[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    return ordered[starts], np.add.reduceat(weights[order], starts)


_FNV_OFFSET = np.uint32(0x811C9DC5)
_FNV_PRIME = np.uint32(0x01000193)


def _sorted_parts(message) -> tuple[dict[str, list], list]:
    """Body parts by type and (attachment, type) pairs, reading each part's headers once."""
    bodies: dict[str, list] = {}
    attachments = []
    try:
        for part in message.parts:
            content_type = part.content_type
            if part.is_attachment:
                attachments.append((part, content_type))
            else:
                bodies.setdefault(content_type, []).append(part)
    except Exception:  # a tree that cannot be walked has no parts to describe
        pass
    return bodies, attachments


def _guard(out: list[str], family, *args) -> None:
    """One family failing on hostile input leaves the others' features standing."""
    try:
        family(out, *args)
    except Exception:
        out.append("fail:" + family.__name__)


def hash_features(names: Iterable[str], bits: int = DEFAULT_BITS,
                  grams: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Distinct feature names as (sorted bucket indices, signed values), scaled to unit length.

    Two names that land in one bucket add their signs (so may cancel);
    the same name twice counts once. Character-gram hashes (distinct),
    when given, are a group of their own weighing ``CHAR_WEIGHT`` against
    the names' one before the whole is scaled to unit length: a long
    text's thousands of grams must not drown the few hundred names.
    """
    encoded = [name.encode("utf-8", "surrogatepass") for name in set(names)]
    hashes = np.fromiter(map(zlib.crc32, encoded), dtype=np.uint32, count=len(encoded))
    signs = np.where(hashes & 0x80000000, 1.0, -1.0)
    if grams is not None and len(grams):
        gram_signs = np.where(grams & 0x80000000, CHAR_WEIGHT, -CHAR_WEIGHT) * math.sqrt(len(hashes) / len(grams))
        hashes, signs = np.concatenate([hashes, grams]), np.concatenate([signs, gram_signs])
    if not len(hashes):
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)
    indices, values = _sum_by_bucket((hashes & ((1 << bits) - 1)).astype(np.int32), signs)
    values = values.astype(np.float32)
    keep = values != 0
    indices, values = indices[keep], values[keep]
    norm = float(np.sqrt(np.dot(values, values)))
    if norm > 0:
        values /= norm
    return indices, values


def extract(message, bits: int = DEFAULT_BITS) -> tuple[np.ndarray, np.ndarray]:
    """The hashed feature vector of a message: its named features and its text's character grams."""
    names, text = _named_features(message)
    try:
        grams = char_gram_hashes(text, CHAR_GRAM, MAX_GRAM_CHARS)
    except Exception:  # a text that cannot be encoded still has its named features
        grams = None
    return hash_features(names, bits, grams)
