"""The checks a regex cannot express, named from ``data/rules.toml``.

Each test is ``test(message, context, **args) -> str | None``: the detail an
admin reads when the rule fires, or None. A test never raises on junk input
(a date that does not parse is a finding of its own, not an error), never
reads the clock (the reference time of a message is its topmost Received
date, so a saved message scores as it did at the gateway), and does no I/O.
"""

from __future__ import annotations

import codecs
import email.utils
import re
import weakref
from dataclasses import dataclass
from datetime import datetime, timezone
from email.header import decode_header
from typing import Callable

from rempart.engine import html
from rempart.engine.context import Context
from rempart.engine.message import Message, parse_addresses

TESTS: dict[str, Callable[..., str | None]] = {}


def rule_test(function: Callable[..., str | None]) -> Callable[..., str | None]:
    """Register a test under its function name, for rules.toml to refer to."""
    TESTS[function.__name__] = function
    return function


def body_start(raw: bytes) -> int:
    """The offset where the body begins (after the first empty line); the length when there is none."""
    ends = [i + len(sep) for sep in (b"\r\n\r\n", b"\n\n") if (i := raw.find(sep)) != -1]
    return min(ends) if ends else len(raw)


# -- headers ---------------------------------------------------------------------

@rule_test
def header_missing(message: Message, context: Context, header: str) -> str | None:
    if message.headers.get(header) is None:
        return f"no {header} header"
    return None


@rule_test
def header_repeated(message: Message, context: Context, header: str) -> str | None:
    count = len(message.header_all(header))
    return f"{count} {header} headers" if count > 1 else None


@rule_test
def from_several_addresses(message: Message, context: Context) -> str | None:
    values = message.header_all("From")
    if not values:
        return None
    addresses = [a for _, a in parse_addresses(tuple(values)) if "@" in a]
    return f"{len(addresses)} addresses in From" if len(addresses) > 1 else None


_MSGID = re.compile(r"^\s*<[^<>@\s]+@[^<>@\s]+>\s*$")


@rule_test
def message_id_malformed(message: Message, context: Context) -> str | None:
    value = message.header("Message-ID")
    if value and not _MSGID.match(value):
        return f"Message-ID {value[:60]!r} is not <id@domain>"
    return None


_LOCAL_DOMAINS = {"localhost", "localhost.localdomain", "localdomain", "local", "example.com", "domain.com"}


@rule_test
def message_id_domain_odd(message: Message, context: Context) -> str | None:
    """A Message-ID domain no real mail system would use (localhost, placeholders).

    Many legitimate senders put their ESP's domain in Message-ID, so a
    mismatch with From proves nothing, and many Unix machines use a bare
    host name (13% of the corpus's ham); localhost or example.com says the
    software was careless or fake, but weakly.
    """
    match = re.search(r"@([^<>@\s]+)>", message.header("Message-ID"))
    if not match:
        return None
    domain = match.group(1).lower().strip("[]").rstrip(".")
    if domain in _LOCAL_DOMAINS or domain.startswith("localhost"):
        return f"Message-ID domain {domain!r}"
    return None


def _received_time(message: Message) -> datetime | None:
    for value in message.header_all("Received")[:1]:
        stamp = value.rpartition(";")[2].strip()
        return _parse_date(stamp)
    return None


def _parse_date(value: str) -> datetime | None:
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment


@rule_test
def date_unparseable(message: Message, context: Context) -> str | None:
    value = message.header("Date")
    if value and _parse_date(value) is None:
        return f"Date {value[:60]!r} cannot be read"
    return None


@rule_test
def date_skew(message: Message, context: Context, after_hours: float = 0, before_hours: float = 0) -> str | None:
    """The Date header more than ``after_hours`` after, or ``before_hours`` before, reception.

    Reception is the topmost Received date; with none, the test says nothing
    rather than compare with the clock of the machine that scans.
    """
    date, received = _parse_date(message.header("Date")), _received_time(message)
    if date is None or received is None:
        return None
    hours = (date - received).total_seconds() / 3600
    if after_hours and hours > after_hours:
        return f"Date is {hours:.0f} hours after reception"
    if before_hours and -hours > before_hours:
        return f"Date is {-hours / 24:.0f} days before reception"
    return None


@rule_test
def freemail_unsigned(message: Message, context: Context, domains: list[str]) -> str | None:
    """From a mailbox provider that signs all it sends, with no signature of it at all."""
    domain = message.from_domain
    if domain not in domains:
        return None
    for signature in message.header_all("DKIM-Signature"):
        if re.search(r"(?:^|;)\s*d\s*=\s*" + re.escape(domain) + r"\s*(?:;|$)", signature, re.I):
            return None
    return f"From {domain} without a DKIM signature of {domain}"


# -- encodings -----------------------------------------------------------------

_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


@rule_test
def header_needlessly_encoded(message: Message, context: Context, header: str) -> str | None:
    """An RFC 2047-encoded header whose text is plain ASCII: encoded to hide words from filters."""
    raw = message.header(header)
    if not _ENCODED_WORD.search(raw):
        return None
    try:
        chunks = decode_header(raw)
    except Exception:
        return None
    text = b"".join(c if isinstance(c, bytes) else c.encode("utf-8", "replace") for c, _ in chunks)
    if text.strip() and text.isascii() and len(text) >= 8:
        return f"{header} encoded although plain ASCII: {text[:60].decode()!r}"
    return None


@rule_test
def header_8bit_not_utf8(message: Message, context: Context, header: str) -> str | None:
    """Raw 8-bit bytes in a header that are not UTF-8 (RFC 6532 allows UTF-8 only)."""
    block = message.raw[: body_start(message.raw)]
    prefix = header.lower().encode() + b":"
    for line in block.split(b"\n"):
        if line.lower().startswith(prefix) and not line.isascii():
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                return f"8-bit {header} in no declared charset"
    return None


@dataclass(frozen=True)
class _TextPart:
    content_type: str
    charset: str | None
    transfer_encoding: str
    payload: bytes


_TEXT_PARTS: "weakref.WeakKeyDictionary[Message, list[_TextPart]]" = weakref.WeakKeyDictionary()


def _text_parts(message: Message) -> list[_TextPart]:
    """The text bodies with what the encoding tests read, computed once per message.

    (Reading a MIME header through the email package costs tens of
    microseconds; several tests share this one reading.)
    """
    found = _TEXT_PARTS.get(message)
    if found is None:
        found = []
        for part in message.parts:
            content_type = part.content_type
            if content_type.startswith("text/") and not part.is_attachment:
                node = part._node
                encoding = str(node.get("Content-Transfer-Encoding", "")).strip().lower()
                found.append(_TextPart(content_type, node.get_content_charset(), encoding, part.payload))
        _TEXT_PARTS[message] = found
    return found


@rule_test
def charset_mismatch(message: Message, context: Context) -> str | None:
    """A text part whose bytes are not in the charset it declares."""
    for part in _text_parts(message):
        charset = part.charset
        if not charset:
            continue
        try:
            codecs.lookup(charset)
        except LookupError:
            return f"unknown charset {charset!r}"
        try:
            part.payload.decode(charset)
        except UnicodeDecodeError:
            return f"{part.content_type} is not {charset}"
        except LookupError:  # a codec that is not a text encoding (rot13, base64)
            return f"unknown charset {charset!r}"
    return None


@rule_test
def base64_ascii_text(message: Message, context: Context, min_bytes: int = 200) -> str | None:
    """A text body sent in base64 although it is plain short-lined ASCII."""
    for part in _text_parts(message):
        if part.transfer_encoding != "base64":
            continue
        data = part.payload
        if len(data) >= min_bytes and data.isascii() and max(len(line) for line in data.splitlines() or [b""]) <= 998:
            return f"{part.content_type} base64-encoded, yet plain ASCII"
    return None


# -- obfuscation ------------------------------------------------------------------

# Digits and symbols that stand for letters (1 for i or l, 0 for o, 3 for e...).
LEET = {"a": "@4", "e": "3€", "i": "1!|", "l": "1|", "o": "0", "s": "$5", "t": "7"}
_LEET_MATCHERS: dict[tuple[str, ...], object] = {}


def leet_pattern(words: list[str]) -> str:
    """A regex for the words with at least one letter swapped for its look-alike.

    One alternative per swappable position, so the plain word never matches
    and Hyperscan needs no look-around to know it. A word glued to other
    letters or digits is not one (MP3, B2B, 3B), nor is a piece of a
    hyphenated code with digits in it (5EX-200, X1-B4NK): part numbers are
    not spam.
    """
    def letter(c: str, swapped: bool) -> str:
        choices = LEET.get(c, "") if swapped else c + LEET.get(c, "")
        return "[" + re.escape(choices) + "]" if len(choices) > 1 else re.escape(choices)

    alternatives = [
        "".join(letter(c, j == i) for j, c in enumerate(word.lower()))
        for word in words for i, c in enumerate(word.lower()) if c in LEET
    ]
    return r"(?<![\w@$!|€])(?<!\d-)(?:" + "|".join(alternatives) + r")(?![\w@$€])(?!-\w*\d)"


@rule_test
def leet_words(message: Message, context: Context, words: list[str]) -> str | None:
    """One of the words written with digits or symbols for letters (v1agra, fr33, c@sh), in the subject or the text."""
    matcher = _leet_matcher(words)
    hits = matcher.match(message.subject) or matcher.match(message.visible_text)
    return hits[0][1] if hits else None


def _leet_matcher(words: list[str]):
    """The compiled matcher for a word list, built once (at load, through ``prepare``)."""
    from rempart.engine.rules import Matcher, Rule

    key = tuple(words)
    if key not in _LEET_MATCHERS:
        rule = Rule("LEET", 0.0, "leet words", target="text", pattern=leet_pattern(words), flags="i")
        _LEET_MATCHERS[key] = Matcher([rule])
    return _LEET_MATCHERS[key]


leet_words.prepare = _leet_matcher


# -- subject ---------------------------------------------------------------------

@rule_test
def subject_shouting(message: Message, context: Context, min_letters: int = 12) -> str | None:
    """A subject in capitals only (at least ``min_letters`` capitals, no lower-case letter)."""
    subject = message.subject
    letters = _LETTERS.findall(subject)  # scripts without case (CJK, Arabic) never shout
    if sum(c.isupper() for c in letters) >= min_letters and not any(c.islower() for c in letters):
        return f"subject in capitals: {subject[:60]!r}"
    return None


# -- invisible text in HTML ------------------------------------------------------

# The reasons rempart.engine.html gives for hidden text, sorted into the kinds rules name.
_HIDDEN_KINDS = {"font-size:0": "tiny", "same colour as background": "color"}
_LETTERS = re.compile(r"[^\W\d_]")


_INVISIBLE: "weakref.WeakKeyDictionary[Message, dict[str, str]]" = weakref.WeakKeyDictionary()


def _invisible(message: Message) -> dict[str, str]:
    """The hidden text of the HTML bodies by kind, gathered once per message."""
    found = _INVISIBLE.get(message)
    if found is None:
        kinds: dict[str, list[str]] = {}
        if message.html_parts:
            for document in html.body_documents(message):
                for reason, text in document.hidden:
                    kinds.setdefault(_HIDDEN_KINDS.get(reason, "hidden"), []).append(text)
        found = {kind: " ".join(texts) for kind, texts in kinds.items()}
        _INVISIBLE[message] = found
    return found


@rule_test
def invisible_text(message: Message, context: Context, kind: str, min_letters: int = 200) -> str | None:
    """At least ``min_letters`` letters of HTML text a reader cannot see, of one kind.

    ``kind`` is hidden (display:none, visibility:hidden, zero-size boxes,
    off screen...), tiny (font too small to read) or color (the colour of
    its background), as rempart.engine.html finds them.

    Newsletters hide a short preheader (and pad it with zero-width
    characters), and paint white button labels on coloured cells; a
    threshold in letters keeps those out while catching text stuffed in to
    fool content filters.
    """
    text = _invisible(message).get(kind, "")
    letters = len(_LETTERS.findall(text))
    if letters >= min_letters:
        return f"{letters} invisible letters ({kind}): {' '.join(text.split())[:50]!r}"
    return None


_WINDOWS_OUTLOOK = re.compile(r"^\s*Microsoft Outlook(?: Express(?: [4-6]\.|\s*$)|,? IMO|,? Build (?:9|10|11)\.)", re.I)


@rule_test
def forged_outlook(message: Message, context: Context) -> str | None:
    """X-Mailer names Outlook 98-2003 or Outlook Express for Windows, which always wrote X-MimeOLE.

    Ratware copies the X-Mailer line and forgets the rest; the Macintosh
    edition never wrote X-MimeOLE and is left alone.
    """
    mailer = message.header("X-Mailer")
    if not mailer or "macintosh" in mailer.lower() or not _WINDOWS_OUTLOOK.match(mailer):
        return None
    if message.header("X-MimeOLE"):
        return None
    return f"X-Mailer {mailer.strip()[:60]!r} without the X-MimeOLE header that program writes"
