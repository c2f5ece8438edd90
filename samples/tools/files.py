"""Small, inert attachment files for the samples: PDF, Office, images, archives, executables.

Each builder returns bytes that a type detector (libmagic, oletools, a PDF
parser) recognises for what they are, so the samples test real detection;
none of them does anything when opened, beyond EICAR's test signature and
the text of a macro that is never run here. Output is deterministic where
the formats allow it (fixed dates in archives), so re-running the generator
leaves the samples unchanged.
"""

from __future__ import annotations

import io
import struct
import zipfile
from datetime import datetime

import ovba

FIXED_DATE = (2026, 11, 16, 9, 30, 0)

EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


def zip_archive(members: list[tuple[str, bytes]]) -> bytes:
    """A deflated zip of ``(name, data)`` members, with fixed timestamps."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_file(objects: list[bytes], info_number: int, header: bytes = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") -> bytes:
    """A PDF file of these object bodies (numbered from 1, the first the catalog), with its xref table."""
    out = bytearray(header)
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info_number} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def image_page(stream: bytes, image: bytes, width: int, height: int, image_filter: str) -> list[bytes]:
    """Objects 1-6 of a one-page PDF: catalog, pages, page, Helvetica, the content ``stream`` and one grey image
    (``/Im1``, encoded with ``image_filter``: FlateDecode or DCTDecode); the caller adds its Info object."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> "
        b"/XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        (f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray "
         f"/BitsPerComponent 8 /Filter /{image_filter} /Length {len(image)} >>\nstream\n").encode() + image + b"\nendstream",
    ]


def pdf(lines: list[str], link: tuple[str, tuple[int, int, int, int]] | None = None, title: str = "") -> bytes:
    """A one-page PDF with lines of Helvetica text, optionally a link annotation (URI action).

    Text is written in WinAnsi (Latin-1 is close enough for French accents).
    """
    content_lines = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        content_lines.append(f"({_pdf_escape(line)}) Tj T*")
    content_lines.append("ET")
    if link:
        x0, y0, x1, y1 = link[1]
        content_lines += ["0.1 0.3 0.7 rg", f"{x0} {y0} {x1 - x0} {y1 - y0} re f",
                          "BT /F1 13 Tf 1 1 1 rg", f"{x0 + 18} {y0 + 12} Td (REVIEW DOCUMENT) Tj ET"]
    stream = "\n".join(content_lines).encode("latin-1")
    annots = " /Annots [6 0 R]" if link else ""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        f"/Contents 5 0 R{annots} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    if link:
        x0, y0, x1, y1 = link[1]
        objects.append(f"<< /Type /Annot /Subtype /Link /Rect [{x0} {y0} {x1} {y1}] /Border [0 0 0] "
                       f"/A << /S /URI /URI ({_pdf_escape(link[0])}) >> >>".encode())
    info_number = len(objects) + 1
    objects.append(f"<< /Title ({_pdf_escape(title)}) /Producer (Microsoft: Print To PDF) "
                   f"/CreationDate (D:20261116093000+01'00') >>".encode())
    return pdf_file(objects, info_number)


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _document_xml(paragraphs: list[str]) -> bytes:
    from xml.sax.saxutils import escape

    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f"<w:document {_W}><w:body>{body}<w:sectPr/></w:body></w:document>").encode()


def _core_xml(title: str, author: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-16T09:30:00Z</dcterms:created>'
            "</cp:coreProperties>").encode()


def docx(paragraphs: list[str], title: str, author: str, macro: str | None = None) -> bytes:
    """A Word document; with ``macro``, a macro-enabled one (.docm) holding that VBA source."""
    main_type = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro else
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    overrides = f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>'
    overrides += ('<Override PartName="/docProps/core.xml" '
                  'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>')
    document_rels = ""
    if macro:
        overrides += '<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        document_rels = ('<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                         'Target="vbaProject.bin"/>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     f"{overrides}</Types>").encode()
    rels = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            b'Target="word/document.xml"/>'
            b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            b'Target="docProps/core.xml"/></Relationships>')
    members = [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", rels),
        ("word/document.xml", _document_xml(paragraphs)),
        ("docProps/core.xml", _core_xml(title, author)),
    ]
    if macro:
        members.append(("word/_rels/document.xml.rels",
                        ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         f"{document_rels}</Relationships>").encode()))
        members.append(("word/vbaProject.bin", ovba.vba_project(macro)))
    return zip_archive(members)


def photo_jpeg(seed: int, size: tuple[int, int] = (640, 480)) -> bytes:
    """A small landscape-like JPEG (sky, sea, sand bands with a sun), different per seed."""
    from PIL import Image, ImageDraw

    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        if y < height * 0.55:
            colour = (90 + y // 6, 150 + y // 8, 230)
        elif y < height * 0.75:
            colour = (20, 90 + (seed * 13) % 40, 140 + y // 20)
        else:
            colour = (220, 200 - (y % 7), 150)
        draw.line([(0, y), (width, y)], fill=colour)
    cx = 80 + (seed * 97) % (width - 160)
    draw.ellipse([cx, 40, cx + 70, 110], fill=(255, 225, 120))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70)
    return buffer.getvalue()


def qr_png(url: str) -> bytes:
    """A QR code PNG of ``url`` (segno, error correction M, as phishing kits make them)."""
    import segno

    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=6, border=4)
    return buffer.getvalue()


def pe_stub() -> bytes:
    """An inert 32-bit PE image: valid MZ/PE headers, one .text section of zeros and a RET."""
    dos = bytearray(0x80)
    dos[0:2] = b"MZ"
    struct.pack_into("<H", dos, 2, 0x90)
    struct.pack_into("<L", dos, 0x3C, 0x80)
    stub = b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    dos[0x40:0x40 + len(stub)] = stub
    coff = struct.pack("<4sHHLLLHH", b"PE\0\0", 0x14C, 1, 0x6756A2C0, 0, 0, 0xE0, 0x0102)
    optional = bytearray(0xE0)
    struct.pack_into("<HBBLLLLLL", optional, 0, 0x10B, 14, 0, 0x200, 0, 0, 0x1000, 0x1000, 0x2000)
    struct.pack_into("<LLL", optional, 28, 0x400000, 0x1000, 0x200)  # ImageBase, alignments
    struct.pack_into("<HHHHHH", optional, 40, 6, 0, 0, 0, 6, 0)  # OS / image / subsystem versions
    struct.pack_into("<LLLL", optional, 56, 0x2000, 0x200, 0, 2)  # SizeOfImage, headers, checksum, GUI
    struct.pack_into("<L", optional, 92, 16)  # NumberOfRvaAndSizes
    section = struct.pack("<8sLLLLLLHHL", b".text", 0x200, 0x1000, 0x200, 0x200, 0, 0, 0, 0, 0x60000020)
    headers = bytes(dos) + coff + bytes(optional) + section
    text = b"\xc3".ljust(0x200, b"\x00")
    return headers.ljust(0x200, b"\x00") + text


def lnk_shortcut(target: str, arguments: str) -> bytes:
    """A Windows shortcut (MS-SHLLINK) that starts ``target`` with ``arguments``, minimised."""
    flags = 0x08 | 0x20 | 0x80  # HasRelativePath | HasArguments | IsUnicode
    clsid = bytes.fromhex("0114020000000000c000000000000046")
    header = struct.pack("<L16sLLQQQLLLHHLL", 0x4C, clsid, flags, 0x20, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0)

    def string(text: str) -> bytes:
        return struct.pack("<H", len(text)) + text.encode("utf-16-le")

    return header + string(target) + string(arguments)


def iso_image(files: list[tuple[str, bytes]], volume: str) -> bytes:
    """An ISO 9660 image (Joliet names) holding the files, as disc-image droppers ship them.

    pycdlib stamps the volume with the current time and time zone; both are
    pinned while it writes, so the image is the same on every run.
    """
    import time
    from unittest import mock

    import pycdlib

    fixed = datetime(*FIXED_DATE).timestamp()
    with mock.patch("time.time", return_value=fixed), mock.patch("time.localtime", lambda t=None: time.gmtime(t)):
        return _iso_image(pycdlib, files, volume)


def _iso_image(pycdlib, files: list[tuple[str, bytes]], volume: str) -> bytes:
    iso = pycdlib.PyCdlib()
    iso.new(interchange_level=3, joliet=3, vol_ident=volume)
    for index, (name, data) in enumerate(files):
        iso.add_fp(io.BytesIO(data), len(data), f"/FILE{index};1", joliet_path=f"/{name}")
    out = io.BytesIO()
    iso.write_fp(out)
    iso.close()
    return out.getvalue()


def gzip_bytes(name: str, data: bytes) -> bytes:
    import gzip

    buffer = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=buffer, mtime=int(datetime(2026, 11, 16).timestamp())) as gz:
        gz.write(data)
    return buffer.getvalue()
