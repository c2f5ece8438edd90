"""The banner put at the top of mail from external senders ("this message comes from outside").

:func:`insert_banner` is pure: message bytes and the policy's
``(language, text)`` banners in, message bytes out. It edits the bytes in
place rather than re-serialising the message, so every header, boundary,
attachment and part it does not touch keeps its exact bytes:

- the readable body gets the banner: the first text part of the message
  (in ``multipart/mixed`` and ``related``, the first part; in
  ``multipart/alternative``, both the plain and the HTML version);
  attachments and forwarded messages (``message/rfc822``) are never touched;
- a part keeps its transfer encoding (base64 stays base64, quoted-printable
  stays quoted-printable) and its charset; HTML gets the banner as ASCII with
  character references, so any ASCII-compatible charset carries it; plain
  text that cannot carry the banner's accents moves to UTF-8 (and a 7bit
  part to quoted-printable), with its headers changed to say so;
- a signed or encrypted message (``multipart/signed``,
  ``multipart/encrypted``, ``application/pkcs7-mime``) is not opened: it is
  wrapped in a ``multipart/mixed`` whose first part is the banner, so the
  signature still verifies;
- anything it cannot edit safely (unknown transfer encoding, UTF-16 body,
  a part without its boundary) is left as it came; it never raises.

The body changes, so a DKIM signature over it no longer verifies
downstream; the gateway has already checked it and says so in its
``Authentication-Results``, which is what the organisation's server reads.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import email.message
import email.policy
import html
import re
import secrets
import textwrap
from collections.abc import Sequence
from email.parser import BytesHeaderParser

_HEADERS = BytesHeaderParser(policy=email.policy.compat32)
_WRAPPED_TYPES = ("multipart/signed", "multipart/encrypted", "application/pkcs7-mime",
                  "application/x-pkcs7-mime")
_MAX_DEPTH = 20
_WIDTH = 72


def is_external(mail_from: str, from_address: str, organisation_domains: frozenset[str] | set[str],
                auth: dict[str, str]) -> bool:
    """Whether a message counts as from an external sender (and gets the banner).

    Internal only when the From address is in one of the organisation's
    domains and that is proven: DMARC passes, or SPF passes for an envelope
    sender of the organisation. A message merely claiming an internal
    From is external (and a spoof the banner helps to spot).
    """
    def domain(address: str) -> str:
        return address.rpartition("@")[2].strip().lower().rstrip(".") if "@" in (address or "") else ""

    from_domain, envelope_domain = domain(from_address), domain(mail_from)
    if not from_domain or from_domain not in organisation_domains:
        return True
    if auth.get("dmarc") == "pass":
        return False
    return not (auth.get("spf") == "pass" and envelope_domain in organisation_domains)


def apply_banner(raw: bytes, policy, message, context) -> bytes:
    """What the gateway stores for a message it accepts: with the policy's banner if the sender is external.

    ``policy`` is the engine's Policy (``banner`` holds the texts, empty when
    disabled), ``message`` the parsed Message, ``context`` the scan's Context
    (envelope, organisation domains and authentication results).
    """
    if not policy.banner or not is_external(context.envelope.mail_from, message.from_address,
                                            context.organisation_domains, context.auth):
        return raw
    return insert_banner(raw, policy.banner)


def insert_banner(raw: bytes, banners: Sequence[tuple[str, str]]) -> bytes:
    """``raw`` with the banners (``(language, text)`` pairs, in order) at the top of its readable body.

    Returns ``raw`` itself when there is no banner or nothing it can edit
    safely. Line ends follow the message's own (CRLF or LF).
    """
    banners = [(lang, text.strip()) for lang, text in banners if text and text.strip()]
    if not banners:
        return raw
    try:
        newline = b"\r\n" if b"\r\n" in raw[:4096] or not raw.count(b"\n") else b"\n"
        headers, blank, body = _split(raw)
        if headers is None:
            return raw
        info = _HEADERS.parsebytes(headers + newline)
        if info.get_content_type() in _WRAPPED_TYPES:
            return _wrap(headers, body, banners, newline)
        edited = _edit(headers, blank, body, info, banners, newline, top=True, depth=0)
        return edited if edited is not None else raw
    except Exception:  # noqa: BLE001 - a hostile message is delivered as it came, not refused
        return raw


# -- structure -------------------------------------------------------------------

def _split(entity: bytes) -> tuple[bytes | None, bytes, bytes]:
    """(header block with its last line end, blank line, body); header None when there is no blank line."""
    position = 0
    while True:
        end = entity.find(b"\n", position)
        if end == -1:
            return None, b"", b""
        if entity[position:end] in (b"", b"\r"):
            return entity[:position], entity[position:end + 1], entity[end + 1:]
        position = end + 1


def _edit(headers: bytes, blank: bytes, body: bytes, info: email.message.Message, banners, newline: bytes, *,
          top: bool, depth: int) -> bytes | None:
    """The entity with the banner in its readable body, or None when it is left alone."""
    if depth > _MAX_DEPTH or info.get_content_disposition() == "attachment":
        return None
    content_type = info.get_content_type()
    if content_type.startswith("multipart/") and content_type not in _WRAPPED_TYPES:
        edited_body = _edit_multipart(body, info, banners, newline, depth)
        return None if edited_body is None else headers + blank + edited_body
    if content_type in ("text/plain", "text/html"):
        return _edit_text(headers, blank, body, info, banners, newline, top=top, html_part=content_type == "text/html")
    return None


def _edit_multipart(body: bytes, info: email.message.Message, banners, newline: bytes, depth: int) -> bytes | None:
    boundary = info.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        return None
    delimiter = re.compile(rb"(?m)^--" + re.escape(boundary.encode("ascii", "replace")) + rb"(--)?[ \t]*\r?$")
    marks = list(delimiter.finditer(body))
    if len(marks) < 2:
        return None
    if info.get_content_subtype() == "digest":  # its parts are messages, whatever their headers say
        return None
    alternative = info.get_content_subtype() == "alternative"
    pieces, position, changed = [], 0, False
    for index, mark in enumerate(marks[:-1]):
        if mark.group(1):  # close delimiter before the end: the rest is epilogue
            break
        start = body.find(b"\n", mark.end()) + 1
        end = marks[index + 1].start()
        segment = body[start:end]
        tail = b"\r\n" if segment.endswith(b"\r\n") else b"\n" if segment.endswith(b"\n") else b""
        part = segment[: len(segment) - len(tail)]
        if alternative or index == 0:
            edited = _edit_part(part, banners, newline, depth)
            if edited is not None:
                pieces.append(body[position:start] + edited + tail)
                position, changed = end, True
        if not alternative and index == 0:
            break
    if not changed:
        return None
    return b"".join(pieces) + body[position:]


def _edit_part(part: bytes, banners, newline: bytes, depth: int) -> bytes | None:
    headers, blank, body = _split(part)
    if headers is None:
        return None
    info = _HEADERS.parsebytes(headers + newline)
    return _edit(headers, blank, body, info, banners, newline, top=False, depth=depth + 1)


# -- text parts ----------------------------------------------------------------------

def _ascii_compatible(charset: str) -> bool:
    try:
        codecs.lookup(charset)
        return "Az09<>=\n".encode(charset) == b"Az09<>=\n"
    except (LookupError, UnicodeError):
        return False


def _decode_transfer(body: bytes, encoding: str) -> bytes | None:
    if encoding in ("", "7bit", "8bit", "binary"):
        return body
    if encoding == "quoted-printable":
        return binascii.a2b_qp(body)
    if encoding == "base64":
        return base64.b64decode(re.sub(rb"[^A-Za-z0-9+/=]", b"", body) + b"==", validate=False)
    return None


def _encode_transfer(data: bytes, encoding: str, newline: bytes) -> bytes:
    if encoding == "quoted-printable":
        encoded = binascii.b2a_qp(data, istext=True)
        return encoded if newline == b"\n" else re.sub(rb"(?<!\r)\n", b"\r\n", encoded)
    if encoding == "base64":
        text = base64.b64encode(data)
        return newline.join(text[i:i + 76] for i in range(0, len(text), 76)) + newline
    return data


def _edit_text(headers: bytes, blank: bytes, body: bytes, info: email.message.Message, banners, newline: bytes, *,
               top: bool, html_part: bool) -> bytes | None:
    encoding = (info.get("Content-Transfer-Encoding") or "").strip().lower()
    charset = info.get_content_charset() or "us-ascii"
    if not _ascii_compatible(charset):
        return None
    data = _decode_transfer(body, encoding)
    if data is None:
        return None
    text = data.decode(charset, "surrogateescape")
    nl = newline.decode()
    if html_part:
        text = _insert_html(text, _html_banner(banners, nl))
    else:
        text = _plain_banner(banners, nl) + text
    changes: dict[str, str] = {}
    try:
        data = text.encode(charset, "surrogateescape")
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogateescape")
        changes["Content-Type"] = _with_charset(info, "utf-8")
    if encoding in ("", "7bit") and not data.isascii():
        encoding = "quoted-printable"
        changes["Content-Transfer-Encoding"] = encoding
    if changes and top and not info.get("MIME-Version"):
        changes["MIME-Version"] = "1.0"
        changes.setdefault("Content-Type", _with_charset(info, "utf-8"))
    for name, value in changes.items():
        headers = _set_field(headers, name, value, newline)
    return headers + blank + _encode_transfer(data, encoding, newline)


def _with_charset(info: email.message.Message, charset: str) -> str:
    holder = email.message.Message()
    holder["Content-Type"] = info.get("Content-Type") or "text/plain"
    holder.set_param("charset", charset)
    return " ".join(str(holder["Content-Type"]).split())


def _set_field(headers: bytes, name: str, value: str, newline: bytes) -> bytes:
    """``headers`` with every ``name`` field removed (continuation lines too) and ``name: value`` added."""
    lines = headers.split(b"\n")
    kept: list[bytes] = []
    dropping = False
    wanted = name.lower().encode()
    for line in lines:
        if line[:1] in (b" ", b"\t") and dropping:
            continue
        dropping = line.split(b":", 1)[0].strip().lower() == wanted
        if not dropping:
            kept.append(line)
    block = b"\n".join(kept)
    if block and not block.endswith(b"\n"):
        block += b"\n"
    if newline == b"\r\n":
        block = re.sub(rb"(?<!\r)\n", b"\r\n", block)
    return block + f"{name}: {value}".encode("ascii") + newline


def _plain_banner(banners, nl: str) -> str:
    paragraphs = []
    for _lang, text in banners:
        lines = []
        for line in text.splitlines():
            lines.extend(textwrap.wrap(line, _WIDTH) or [""])
        paragraphs.append(nl.join(lines))
    return (nl + nl).join(paragraphs) + nl + "-" * 20 + nl + nl


def _ascii_html(text: str) -> str:
    escaped = html.escape(text, quote=True)
    return escaped.encode("ascii", "xmlcharrefreplace").decode("ascii")


def _html_banner(banners, nl: str) -> str:
    blocks = []
    for lang, text in banners:
        lines = [_ascii_html(line) for line in text.splitlines()]
        wrapped = ("<br>" + nl).join(nl.join(textwrap.wrap(line, _WIDTH)) for line in lines)
        blocks.append(f'<p lang="{_ascii_html(lang)}" style="margin:0 0 6px 0">{nl}{wrapped}{nl}</p>')
    return (f'<div data-rempart-banner="external" style="border:1px solid #c77700;{nl}'
            f'background:#fff4e0;color:#5c3900;padding:8px 12px;margin:0 0 12px 0;{nl}'
            f'font-family:sans-serif;font-size:13px">{nl}' + nl.join(blocks) + f"{nl}</div>{nl}")


_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_HEAD_CLOSE = re.compile(r"</head\s*>", re.IGNORECASE)
_HTML_OPEN = re.compile(r"<html\b[^>]*>", re.IGNORECASE)


def _insert_html(text: str, banner: str) -> str:
    for pattern in (_BODY_OPEN, _HEAD_CLOSE, _HTML_OPEN):
        match = pattern.search(text)
        if match:
            return text[: match.end()] + banner + text[match.end():]
    return banner + text


# -- signed and encrypted messages -------------------------------------------------------

def _joined(fields: list[list[bytes]]) -> bytes:
    return b"\n".join(b"\n".join(f) for f in fields if any(f)).rstrip(b"\r\n")


def _wrap(headers: bytes, body: bytes, banners, newline: bytes) -> bytes:
    """The message as the second part of a multipart/mixed whose first part is the banner."""
    outer, inner = [], []
    field: list[bytes] = []
    for line in headers.split(b"\n"):
        if line[:1] in (b" ", b"\t") and field:
            field.append(line)
            continue
        field = [line]
        name = line.split(b":", 1)[0].strip().lower()
        (inner if name.startswith(b"content-") else outer).append(field)
    outer_block, inner_block = _joined(outer), _joined(inner)
    boundary = f"rempart-banner-{secrets.token_hex(12)}".encode()
    nl = newline.decode()
    text = _plain_banner(banners, nl).rstrip(nl) + nl
    banner_part = (b"Content-Type: text/plain; charset=utf-8" + newline
                   + b"Content-Transfer-Encoding: quoted-printable" + newline + newline
                   + _encode_transfer(text.encode("utf-8"), "quoted-printable", newline))
    fix = (lambda b: re.sub(rb"(?<!\r)\n", b"\r\n", b)) if newline == b"\r\n" else (lambda b: b)
    new_headers = fix(outer_block) + newline
    if b"mime-version:" not in outer_block.lower():
        new_headers += b"MIME-Version: 1.0" + newline
    new_headers += b'Content-Type: multipart/mixed; boundary="' + boundary + b'"' + newline
    return (new_headers + newline
            + b"--" + boundary + newline + banner_part
            + b"--" + boundary + newline + fix(inner_block) + newline + newline + body
            + (b"" if body.endswith(newline) else newline)
            + b"--" + boundary + b"--" + newline)
