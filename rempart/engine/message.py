"""A message parsed once and lazily: a stage asks for what it needs, nothing more.

Headers are parsed on first use without touching the body; the MIME tree is
parsed only when a stage asks for parts or text; a part's payload is decoded
only when someone reads it. Malformed input never raises from here: the
parser's complaints are collected in :attr:`Message.defects` instead.
"""

from __future__ import annotations

import email.policy
import email.utils
import re
from email.header import Header, decode_header, make_header
from email.message import EmailMessage
from email.parser import BytesParser
from functools import cached_property
from typing import Iterator

from rempart.engine.memo import remembered

# compat32 parsing is several times faster than the default policy (which
# builds a header object for every header read) and never raises on junk;
# what it leaves undone (RFC 2047 words in a filename) Part does itself.
_HEADER_PARSER = BytesParser(policy=email.policy.compat32)
_TREE_PARSER = BytesParser(policy=email.policy.compat32)

MAX_PARTS = 1000  # parts walked before we stop looking (and say so)
# The email package parses line by line in Python: bound what it is given so
# that a hostile message (50 MB, 10,000 parts) still gets a verdict quickly.
# The antivirus still sees the whole raw message.
PARSE_LIMIT = 10 * 1024 * 1024
MAX_DELIMITERS = MAX_PARTS + 50
SHARED_PARSE_SIZE = 512 * 1024  # up to this size the headers come from the tree (one parse, not two)
MAX_DOCUMENT_BYTES = 5_000_000  # of each attached PDF read for its words
MAX_DOCUMENT_CHARS = 8_000  # words kept of each
OFFICE_OPEN_XML = (".docx", ".docm", ".xlsx", ".xlsm", ".pptx", ".pptm")
OFFICE_OPEN_XML_TYPE = "application/vnd.openxmlformats-officedocument."
MAX_OFFICE_WORDS = 20_000  # characters of an Office file's words kept (for its typed addresses and the lures)


# An address written in a text (a notice's body, a URL's fragment); group 1 is its domain.
ADDRESS_IN_TEXT = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


@remembered
def parse_address(value: str) -> tuple[str, str]:
    """(display name, address) of one address header, as email.utils.parseaddr reads it; never raises."""
    simple = _simple_address(value)
    if simple is not None:
        return simple
    try:
        return email.utils.parseaddr(value)
    except Exception:
        return ("", "")


@remembered
def parse_addresses(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Every (display name, address) of address headers, as email.utils.getaddresses reads them; never raises."""
    simple = [_simple_address(value) if "," not in value else None for value in values]
    if all(pair is not None for pair in simple):
        return tuple(simple)
    try:
        return tuple(email.utils.getaddresses(list(values)))
    except Exception:
        return ()


# "Name <local@domain>" or "local@domain" with nothing the full parser must interpret (quotes, comments,
# groups, routes, escapes): most headers. Read directly, fifteen times faster and with the same answer
# (tests/engine/test_message_addresses.py compares the two on every address header of the corpus).
_ATOM_ADDRESS = (r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                 r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*")
_SIMPLE_ADDRESS = re.compile(r"[ \t]*(?:([A-Za-z0-9 \t.!#$%&'*+/=?^_`{|}~-]*?)[ \t]*<(" + _ATOM_ADDRESS + r")>|("
                             + _ATOM_ADDRESS + r"))[ \t]*")


def _simple_address(value) -> tuple[str, str] | None:
    match = _SIMPLE_ADDRESS.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return None
    if match.group(3):
        return ("", match.group(3))
    return (" ".join(match.group(1).split()), match.group(2))


def _split_header_block(raw: bytes) -> bytes:
    for sep in (b"\r\n\r\n", b"\n\n"):
        end = raw.find(sep)
        if end != -1:
            return raw[: end + len(sep)]
    return raw


def _header_text(value) -> str:
    """A header value as text; raw 8-bit values (RFC 6532) read as UTF-8, else Latin-1.

    compat32 hands such values over as a Header of unknown-8bit bytes, whose
    str() is all replacement characters.
    """
    if isinstance(value, Header):
        raw = b"".join(chunk if isinstance(chunk, bytes) else chunk.encode("utf-8", "surrogateescape")
                       for chunk, _ in decode_header(value))
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("latin-1")
    return str(value)


def _domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip().strip(">").lower().rstrip(".")


class Part:
    """One leaf of the MIME tree, decoded on demand."""

    def __init__(self, node: EmailMessage) -> None:
        self._node = node

    @cached_property
    def content_type(self) -> str:
        # "TEXT/PLAIN charset=us-ascii" (no semicolon) is common in old mail:
        # the type is the first word.
        ctype = self._node.get_content_type()
        return ctype.split(None, 1)[0] if " " in ctype else ctype

    @cached_property
    def charset(self) -> str | None:
        try:
            return self._node.get_content_charset()
        except Exception:
            return None

    @cached_property
    def transfer_encoding(self) -> str:
        return str(self._node.get("Content-Transfer-Encoding", "7bit")).strip().lower()

    @cached_property
    def filename(self) -> str | None:
        try:
            name = self._node.get_filename()
        except Exception:  # malformed RFC 2231 parameters
            return None
        if name is not None and "=?" in name:  # RFC 2047 words, which mail programs put in names anyway
            try:
                name = str(make_header(decode_header(name)))
            except Exception:
                pass
        return name

    @cached_property
    def is_attachment(self) -> bool:
        try:
            disposition = self._node.get_content_disposition()
        except Exception:
            disposition = None
        return disposition == "attachment" or (
            self.filename is not None and not self.content_type.startswith("text/")
        )

    @cached_property
    def payload(self) -> bytes:
        """The decoded bytes; a broken transfer encoding yields what could be decoded."""
        try:
            data = self._node.get_payload(decode=True)
        except Exception:
            data = None
        if data is None:
            raw = self._node.get_payload()
            data = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
        return data

    @cached_property
    def is_office_document(self) -> bool:
        """A Word, PowerPoint or Excel file (Office Open XML), by its name or its declared type."""
        return (self.filename or "").lower().endswith(OFFICE_OPEN_XML) or self.content_type.startswith(OFFICE_OPEN_XML_TYPE)

    @cached_property
    def office_words(self) -> str:
        """The words of an Office attachment ("" for any other part), unzipped once for the URLs and the lures."""
        if not self.is_office_document:
            return ""
        from rempart.engine import documents

        return documents.office_text(self.payload, MAX_OFFICE_WORDS)

    @cached_property
    def text(self) -> str:
        """The payload as text, for text parts; lossy where the charset lies."""
        charset = self.charset or "utf-8"
        try:
            return self.payload.decode(charset, "replace")
        except LookupError:
            return self.payload.decode("utf-8", "replace")


class Message:
    """A raw RFC 5322 message with lazily computed views."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self.defects: list[str] = []
        self._decoded: dict[str, tuple[str, ...]] = {}  # header values decoded so far, by lower-cased name

    @property
    def size(self) -> int:
        return len(self.raw)

    @cached_property
    def headers(self):
        """The headers (compat32 Message): the tree's own for a message of everyday size, which every
        scan parses anyway, else the header block alone, so a huge message is never parsed for them."""
        if len(self.raw) <= SHARED_PARSE_SIZE:
            return self.tree
        return _HEADER_PARSER.parsebytes(_split_header_block(self.raw), headersonly=True)

    @cached_property
    def _by_name(self) -> dict[str, list[tuple[str, str]]]:
        """Raw (name, value) pairs by lower-cased name, in order: one pass over the headers instead of
        one per question, and many questions are asked of each message."""
        index: dict[str, list[tuple[str, str]]] = {}
        for name, value in self.headers.raw_items():
            index.setdefault(name.lower(), []).append((name, value))
        return index

    def _fetched(self, pair: tuple[str, str]) -> str:
        return _header_text(self.headers.policy.header_fetch_parse(*pair))  # as headers.get() would give it

    @cached_property
    def header_names(self) -> frozenset[str]:
        """The lower-cased names of the headers present."""
        return frozenset(self._by_name)

    def header(self, name: str, default: str = "") -> str:
        values = self._values(name)
        return values[0] if values else default

    def header_all(self, name: str) -> list[str]:
        return list(self._values(name))

    def _values(self, name: str) -> tuple[str, ...]:
        """The decoded values of one header, decoded once per message (stages ask for the same ones)."""
        key = name.lower()
        values = self._decoded.get(key)
        if values is None:
            values = self._decoded[key] = tuple(self._fetched(pair) for pair in self._by_name.get(key, ()))
        return values

    @cached_property
    def from_address(self) -> str:
        """The address of the From header, lower-cased; empty when there is none."""
        values = self.header_all("From")
        if len(values) != 1:
            if len(values) > 1:
                self.defects.append("several From headers")
            if not values:
                return ""
        return parse_address(values[0])[1].strip().lower()

    @cached_property
    def from_domain(self) -> str:
        return _domain_of(self.from_address) if "@" in self.from_address else ""

    @cached_property
    def from_display_name(self) -> str:
        return parse_address(self.header("From"))[0]

    @cached_property
    def subject(self) -> str:
        from email.header import decode_header, make_header

        raw = self.header("Subject")
        try:
            return str(make_header(decode_header(raw)))
        except Exception:
            return raw

    @cached_property
    def truncated(self) -> str:
        """Why the MIME tree was built from only part of the message ('' when it was not)."""
        return self._parse_input[1]

    @cached_property
    def _parse_input(self) -> tuple[bytes, str]:
        data, reason = self.raw, ""
        if len(data) > PARSE_LIMIT:
            data, reason = data[:PARSE_LIMIT], f"only the first {PARSE_LIMIT // (1024 * 1024)} MB were analysed"
        if data.count(b"\n--") > MAX_DELIMITERS:
            position = -1
            for _ in range(MAX_DELIMITERS):
                position = data.find(b"\n--", position + 1)
            data, reason = data[: position + 1], f"only the first {MAX_PARTS} parts were analysed"
        return data, reason

    @cached_property
    def tree(self) -> EmailMessage:
        data, reason = self._parse_input
        if reason:
            self.defects.append(reason)
        message = _TREE_PARSER.parsebytes(data)
        for defect in getattr(message, "defects", []):
            self.defects.append(type(defect).__name__)
        return message

    @cached_property
    def parts(self) -> list[Part]:
        """Leaf parts in document order, at most MAX_PARTS of them."""
        leaves: list[Part] = []
        for node in self._walk():
            if node.is_multipart():
                continue
            leaves.append(Part(node))
            if len(leaves) >= MAX_PARTS:
                self.defects.append(f"more than {MAX_PARTS} parts")
                break
        return leaves

    def _walk(self) -> Iterator[EmailMessage]:
        try:
            yield from self.tree.walk()
        except Exception as exc:  # a hostile tree must not crash a stage
            self.defects.append(f"walk failed: {exc.__class__.__name__}")

    @property
    def attachments(self) -> list[Part]:
        return [p for p in self.parts if p.is_attachment]

    @cached_property
    def text(self) -> str:
        """All text/plain and text/html bodies joined, for content checks."""
        chunks = [p.text for p in self.parts if p.content_type.startswith("text/") and not p.is_attachment]
        return "\n".join(chunks)

    # -- views computed by their own modules, on first use -------------------

    @cached_property
    def html_parts(self) -> list[str]:
        """Decoded text/html bodies (not attachments)."""
        return [p.text for p in self.parts if p.content_type == "text/html" and not p.is_attachment]

    @cached_property
    def visible_text(self) -> str:
        """What a reader sees: plain bodies, and HTML bodies rendered to text."""
        from rempart.engine import html

        return html.visible_text(self)

    @cached_property
    def document_text(self) -> str:
        """The words of the first two attached PDFs or Office files, for lures that put their text in a document only.

        A lower bound (see documents.pdf_text, documents.office_text); read once, whichever stage asks first.
        """
        from rempart.engine import documents

        found = []
        for part in self.attachments[:4]:
            name = (part.filename or "").lower()
            if part.content_type == "application/pdf" or name.endswith(".pdf"):
                found.append(documents.pdf_text(part.payload[:MAX_DOCUMENT_BYTES], MAX_DOCUMENT_CHARS))
            elif part.is_office_document:
                found.append(part.office_words[:MAX_DOCUMENT_CHARS])
            if len(found) == 2:
                break
        return "\n".join(found)

    @cached_property
    def urls(self) -> list:
        """Every URL of the message (text, HTML, attachments), see rempart.engine.urls."""
        from rempart.engine import urls

        return urls.extract_urls(self)
