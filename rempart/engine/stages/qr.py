"""QR codes in images: the link a filter cannot see unless it reads the picture.

"Quishing" moves the phishing link into a QR code so that the reader opens
it on a phone, away from the company's protections. This stage decodes QR
codes (zxing-cpp, images opened with Pillow) in image parts and in small
``data:`` images inlined in HTML bodies, hands every decoded web address to
the URL stage through ``context.notes["extra_urls"]`` (a list other stages
may also append to), and says that the message leads somewhere through a
QR code. It weighs more when the text urges the reader to scan with a
phone and the message has no other link: the shape of a quishing lure.

Work is bounded: at most MAX_IMAGES images a message, each at most
MAX_IMAGE_BYTES encoded and MAX_PIXELS decoded (checked from the header,
before decoding), large ones scaled down before the search.
"""

from __future__ import annotations

import base64
import binascii
import io
import logging
import re

from rempart.engine import archives
from rempart.engine.verdict import Hit, SymbolDef

log = logging.getLogger("rempart.engine.qr")

NAME = "qr"

SYMBOLS = [
    SymbolDef("QR_CODE_URL", 1.5, "Image with a QR code leading to a web address"),
    SymbolDef("QR_CODE_LURE", 3.5, "Message urging to scan a QR code, with no other link: a quishing lure"),
]

MAX_IMAGES = 8
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 12_000_000
MAX_SIDE = 2000  # longer sides are scaled down to this before decoding
MIN_SIDE = 21  # a version-1 QR code is 21 modules wide
MAX_DATA_URIS = 8
EXTRA_URLS = "extra_urls"

_IMAGE_KINDS = frozenset({"png", "jpeg", "gif", "bmp", "webp", "tiff"})
_DATA_IMAGE = re.compile(r"data:image/(?:png|jpe?g|gif|webp|bmp);base64,([A-Za-z0-9+/=\s]{100,7000000})", re.I)
_WEB = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_LINK = re.compile(r"https?://|\bwww\.[a-z0-9-]+\.", re.I)
_HREF = re.compile(r"\bhref\s*=\s*[\"']?\s*(?:https?:|www\.)", re.I)
_SCAN = r"(?:scan\w*|flash\w*|numéris\w*)"
_TARGET = r"(?:qr|code|phone|smartphone|mobile|camera|caméra|appareil|téléphone|portable)"
_LURE = re.compile(rf"\b{_SCAN}\b.{{0,80}}\b{_TARGET}|\b{_TARGET}.{{0,80}}\b{_SCAN}\b", re.I | re.S)
_TAGS = re.compile(r"<[^>]{0,2000}>")


def _images(message, notes: dict) -> list[tuple[str, bytes]]:
    """(where, bytes) of the images worth decoding, at most MAX_IMAGES.

    The parts come from the unpacking the signature and attachment stages
    share (decoded once, true type known), so an image sent as
    application/octet-stream counts too.
    """
    found: list[tuple[str, bytes]] = []
    for file in archives.message_files(message, notes).files:
        if len(found) >= MAX_IMAGES:
            return found
        if file.depth == 0 and file.data and len(file.data) <= MAX_IMAGE_BYTES and file.type.kind in _IMAGE_KINDS:
            found.append((file.path, file.data))
    for html in message.html_parts:
        if "base64," not in html:
            continue
        for match in _DATA_IMAGE.finditer(html[:10_000_000]):
            if len(found) >= MAX_IMAGES or len([f for f in found if f[0] == "inline image"]) >= MAX_DATA_URIS:
                return found
            try:
                data = base64.b64decode(re.sub(r"\s", "", match.group(1)), validate=False)
            except (binascii.Error, ValueError):
                continue
            if len(data) <= MAX_IMAGE_BYTES:
                found.append(("inline image", data))
    return found


def decode_qr(data: bytes) -> list[str]:
    """The texts of the QR codes in an image; empty when none, or when the image is too big or broken."""
    import zxingcpp
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_PIXELS or min(width, height) < MIN_SIDE:
                return []
            if max(width, height) > MAX_SIDE:
                image.draft("L", (width * MAX_SIDE // max(width, height), height * MAX_SIDE // max(width, height)))
                image.thumbnail((MAX_SIDE, MAX_SIDE))
            gray = image.convert("L")
        codes = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode)
    except Exception as exc:  # truncated, hostile or unsupported images decode to nothing
        log.debug("QR decoding failed: %s", exc)
        return []
    return [code.text for code in codes if code.text]


def _has_other_link(message) -> bool:
    """A link in the bodies: an href, or a web address in the visible text."""
    raw = message.text[:500_000]
    return bool(_HREF.search(raw) or _LINK.search(_TAGS.sub(" ", raw)))


async def check(message, policy, context) -> list[Hit]:
    urls: list[tuple[str, str]] = []
    for where, data in _images(message, context.notes):
        for text in decode_qr(data):
            text = text.strip()
            if _WEB.match(text):
                urls.append((where, text))
    if not urls:
        return []
    extra = context.notes.setdefault(EXTRA_URLS, [])
    for _, url in urls:
        if url not in extra:
            extra.append(url)
    where, first = urls[0]
    hits = [Hit("QR_CODE_URL", f"{first[:200]} (in {where})" + (f" and {len(urls) - 1} more" if len(urls) > 1 else ""))]
    if _LURE.search(_TAGS.sub(" ", message.text[:500_000])) and not _has_other_link(message):
        hits.append(Hit("QR_CODE_LURE", "the text asks to scan the code and carries no other link"))
    return hits
