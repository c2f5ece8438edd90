"""QR codes in images: the link a filter cannot see unless it reads the picture.

"Quishing" moves the phishing link into a QR code so that the reader opens
it on a phone, away from the company's protections. This stage decodes QR
codes (zxing-cpp, images opened with Pillow) in image parts, in the
pictures of PDF and Office attachments, in small ``data:`` images inlined
in HTML bodies, and in QR codes drawn as HTML tables of black and white
cells (no image at all, precisely so that image scanners see nothing),
hands every decoded web address to the URL stage through
``context.notes["extra_urls"]`` (a list other stages may also append to),
and says that the message leads somewhere through a QR code. It weighs more when the text urges the reader to scan with a
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

from rempart.engine import archives, documents
from rempart.engine.verdict import Hit, SymbolDef

log = logging.getLogger("rempart.engine.qr")

NAME = "qr"

SYMBOLS = [
    SymbolDef("QR_CODE_URL", 1.5, "Image with a QR code leading to a web address"),
    SymbolDef("QR_CODE_LURE", 3.5, "Message urging to scan a QR code, with no other link: a quishing lure"),
    SymbolDef("QR_CODE_HTML_TABLE", 2.0, "QR code drawn with HTML table cells instead of an image, to hide it from scanners"),
    SymbolDef("QR_CODE_PAYMENT", 0.5, "Image with a QR code that pays someone (Pix, EPC/SEPA transfer, crypto wallet)"),
]

MAX_IMAGES = 8
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 12_000_000
MAX_SIDE = 2000  # longer sides are scaled down to this before decoding
MIN_SIDE = 21  # a version-1 QR code is 21 modules wide
MAX_DATA_URIS = 8
EXTRA_URLS = "extra_urls"
QR_PAYMENT = "qr_payment"  # (kind, payee) of a payment code, for the lures stage
MAX_DOCUMENT_IMAGES = 4  # images taken from one PDF or Office attachment
MAX_PDF_BYTES = 20 * 1024 * 1024
MAX_TABLES = 4  # tables tried as drawn QR codes, per message
MAX_MODULES = 185  # a version-40 QR code (177 modules) with some quiet zone
MODULE_PIXELS = 4
MAX_TABLE_HTML = 3_000_000
_CELL_TAG = re.compile(r"<t[dh][\s>/]", re.I)

_IMAGE_KINDS = frozenset({"png", "jpeg", "gif", "bmp", "webp", "tiff"})
_OFFICE_KINDS = frozenset({"docx", "xlsx", "pptx", "docm", "xlsm", "pptm", "ooxml", "odf"})
_MEDIA = re.compile(r"^(?:word|xl|ppt)/media/[^/]+\.(?:png|jpe?g|gif|bmp)$|^Pictures/[^/]+\.(?:png|jpe?g)$", re.I)
_PDF_IMAGE = re.compile(
    rb"\bobj\s*<<(?:(?!>>\s*stream|\bendobj\b).){0,600}?/Subtype\s*/Image(?:(?!>>\s*stream|\bendobj\b).){0,600}?>>\s*stream\r?\n",
    re.S,
)
_PDF_NUMBER = r"\s*(\d{1,5})"
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
        if file.depth != 0 or not file.data:
            continue
        if len(file.data) <= MAX_IMAGE_BYTES and file.type.kind in _IMAGE_KINDS:
            found.append((file.path, file.data))
        elif file.attachment and file.type.kind == "pdf":
            found += [(f"{file.path} (an image inside)", data) for data in pdf_images(file.data)]
        elif file.attachment and file.type.kind in _OFFICE_KINDS:
            found += [(f"{file.path} ({name})", data) for name, data in office_images(file.data)]
    found = found[:MAX_IMAGES]
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


def pdf_images(data: bytes) -> list[bytes]:
    """Images of a PDF that the decoder can read: JPEG streams as they are, 8-bit grey or RGB Flate streams redrawn.

    Quishing moved into PDF attachments once mail filters began to read
    images in the body. Only plain encodings are taken (no predictors, no
    filter chains), at most MAX_DOCUMENT_IMAGES, each within the byte and
    pixel limits.
    """
    import zlib

    from PIL import Image

    images: list[bytes] = []
    data = data[:MAX_PDF_BYTES]
    for match in _PDF_IMAGE.finditer(data):
        if len(images) >= MAX_DOCUMENT_IMAGES:
            break
        header, start = match.group(0), match.end()
        end = data.find(b"endstream", start, start + MAX_IMAGE_BYTES + 16)
        if end < 0:
            continue
        stream = data[start:end].rstrip(b"\r\n")
        if re.search(rb"/Filter\s*/DCTDecode", header):
            images.append(stream)
            continue
        width, height = (re.search(rf"/{key}{_PDF_NUMBER}".encode(), header) for key in ("Width", "Height"))
        mode = "L" if b"/DeviceGray" in header else "RGB" if b"/DeviceRGB" in header else None
        if not (width and height and mode and re.search(rb"/Filter\s*/FlateDecode\s*[/>]", header)):
            continue
        if b"/DecodeParms" in header or not re.search(rb"/BitsPerComponent\s*8", header):
            continue
        size = (int(width.group(1)), int(height.group(1)))
        if not (MIN_SIDE <= min(size) and size[0] * size[1] <= MAX_PIXELS):
            continue
        try:
            pixels = zlib.decompressobj().decompress(stream, size[0] * size[1] * len(mode) + 1)
            out = io.BytesIO()
            Image.frombytes(mode, size, pixels[: size[0] * size[1] * len(mode)]).save(out, "PNG")
        except (zlib.error, ValueError):
            continue
        images.append(out.getvalue())
    return images


def office_images(data: bytes) -> list[tuple[str, bytes]]:
    """(name, bytes) of the pictures inside an Office Open XML or OpenDocument file (word/media/...)."""
    return documents.office_members(data, _MEDIA, MAX_IMAGE_BYTES, MAX_DOCUMENT_IMAGES)


def table_codes(source: str) -> list[bytes]:
    """PNG images of the QR codes drawn as HTML tables in ``source`` (cells painted dark or light).

    A table counts when it is a grid of at least 21 by 21 empty cells,
    nearly square, each cell's background (``bgcolor`` or an inline
    ``background``) dark or light, with a real mix of both. Each is
    redrawn as an image with a quiet zone, for the ordinary decoder.
    """
    source = source[:MAX_TABLE_HTML]
    if len(_CELL_TAG.findall(source)) < MIN_SIDE * MIN_SIDE:
        return []
    from PIL import Image
    from selectolax.lexbor import LexborHTMLParser

    images = []
    for table in LexborHTMLParser(source).css("table")[:200]:
        grid = _grid(table)
        if grid is None:
            continue
        quiet, size = 4, MODULE_PIXELS
        image = Image.new("L", ((len(grid[0]) + 2 * quiet) * size, (len(grid) + 2 * quiet) * size), 255)
        for y, row in enumerate(grid):
            for x, is_dark in enumerate(row):
                if is_dark:
                    box = ((x + quiet) * size, (y + quiet) * size, (x + quiet + 1) * size, (y + quiet + 1) * size)
                    image.paste(0, box)
        out = io.BytesIO()
        image.save(out, "PNG")
        images.append(out.getvalue())
        if len(images) >= MAX_TABLES:
            break
    return images


def _grid(table) -> list[list[bool]] | None:
    """The table's own cells as rows of dark (True) and light modules, when it can be a drawn QR code."""
    rows = [row for row in table.css("tr") if _owner_table(row) == table]
    if not MIN_SIDE <= len(rows) <= MAX_MODULES:
        return None
    grid = []
    for row in rows:
        cells = [cell for cell in row.iter() if cell.tag in ("td", "th")]
        if not MIN_SIDE <= len(cells) <= MAX_MODULES or (row.text(deep=True) or "").strip():
            return None
        grid.append([_dark(cell) for cell in cells])
    width = len(grid[0])
    if abs(len(grid) - width) > 2 or any(len(row) != width for row in grid):
        return None
    dark = sum(sum(row) for row in grid) / (len(grid) * width)
    return grid if 0.2 <= dark <= 0.8 else None


def _owner_table(row):
    node = row.parent
    while node is not None and node.tag != "table":
        node = node.parent
    return node


def _dark(cell) -> bool:
    from rempart.engine.html import declarations, parse_colour

    style = declarations(cell.attributes.get("style") or "")
    value = style.get("background-color") or style.get("background", "").split(" ")[0] or cell.attributes.get("bgcolor") or ""
    colour = parse_colour(value) if value else None
    return colour is not None and sum(colour) / 3 < 128


def _has_other_link(message) -> bool:
    """A link in the bodies: an href, or a web address in the visible text."""
    raw = message.text[:500_000]
    return bool(_HREF.search(raw) or _LINK.search(_TAGS.sub(" ", raw)))


def payment_code(text: str) -> tuple[str, str] | None:
    """(kind, payee) when a QR code's text pays someone: an EMV code (Pix and other instant payments), a European
    EPC transfer, a crypto wallet URI; None for anything else."""
    if text.startswith("000201"):
        fields = _emv_fields(text)
        kind = "Pix" if "br.gov.bcb.pix" in text.lower() else "instant payment"
        return kind, fields.get("59", "").strip()
    if text.startswith("BCD\n") or text.startswith("BCD\r\n"):
        lines = text.splitlines()
        return "SEPA transfer", (lines[5].strip() if len(lines) > 5 else "")
    wallet = re.match(r"(bitcoin|ethereum|litecoin|tron|usdt):", text, re.I)
    if wallet:
        return f"{wallet.group(1).lower()} wallet", ""
    return None


def _emv_fields(text: str) -> dict[str, str]:
    """The top-level fields of an EMV merchant-presented code (two-digit id, two-digit length, value)."""
    fields: dict[str, str] = {}
    position = 0
    while position + 4 <= len(text) and len(fields) < 40:
        tag, length = text[position:position + 2], text[position + 2:position + 4]
        if not length.isdigit():
            break
        fields[tag] = text[position + 4:position + 4 + int(length)]
        position += 4 + int(length)
    return fields


async def check(message, policy, context) -> list[Hit]:
    urls: list[tuple[str, str]] = []
    payments: list[tuple[str, tuple[str, str]]] = []
    for where, data in _images(message, context.notes):
        for text in decode_qr(data):
            text = text.strip()
            if _WEB.match(text):
                urls.append((where, text))
            elif (payment := payment_code(text)) is not None:
                payments.append((where, payment))
    if payments:
        where, (kind, payee) = payments[0]
        context.notes[QR_PAYMENT] = (kind, payee)
        payment_hit = [Hit("QR_CODE_PAYMENT", f"{kind} to {payee or 'an unnamed payee'} (in {where})")]
    else:
        payment_hit = []
    for html in message.html_parts:
        for data in table_codes(html):
            for text in decode_qr(data):
                if _WEB.match(text.strip()):
                    urls.append(("an HTML table", text.strip()))
    if not urls:
        return payment_hit
    extra = context.notes.setdefault(EXTRA_URLS, [])
    for _, url in urls:
        if url not in extra:
            extra.append(url)
    where, first = urls[0]
    hits = [Hit("QR_CODE_URL", f"{first[:200]} (in {where})" + (f" and {len(urls) - 1} more" if len(urls) > 1 else ""))]
    if _LURE.search(_TAGS.sub(" ", message.text[:500_000])) and not _has_other_link(message):
        hits.append(Hit("QR_CODE_LURE", "the text asks to scan the code and carries no other link"))
    drawn = [url for where, url in urls if where == "an HTML table"]
    if drawn:
        hits.append(Hit("QR_CODE_HTML_TABLE", drawn[0][:200]))
    return hits + payment_hit
