"""The true type of a file from its first bytes, whatever its name says.

A small table of our own rather than libmagic: the engine only needs to tell
the kinds that matter for mail security apart (executables, scripts, Office
and PDF documents, archives, disk images, shortcuts, active markup, images),
and a few ``startswith`` and fixed-offset comparisons do that in
microseconds. Detection reads at most the first 64 KiB plus, for ZIP and
disk images, a bounded look at known offsets and at the end of the file; it
never raises. What it cannot name is ``unknown`` (binary) or ``text``.

Each kind lists the extensions it legitimately wears, so a stage can tell a
PE executable named ``invoice.pdf`` (a disguise) from a ``.docx`` that is,
as it should be, a ZIP with ``[Content_Types].xml``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

EXECUTABLE = "executable"
SCRIPT = "script"
DOCUMENT = "document"
ARCHIVE = "archive"
DISK_IMAGE = "disk_image"
SHORTCUT = "shortcut"
MARKUP = "markup"  # HTML and SVG: pages that can carry forms and script
IMAGE = "image"
TEXT = "text"
UNKNOWN = "unknown"

# Kinds whose true type is dangerous to open, whatever the extension claims.
DANGEROUS_CATEGORIES = frozenset({EXECUTABLE, SCRIPT, DISK_IMAGE, SHORTCUT})


@dataclass(frozen=True)
class FileType:
    """A detected kind: short name, broad category, description, usual extensions."""

    kind: str
    category: str
    description: str
    extensions: frozenset[str]

    def fits(self, extension: str) -> bool:
        """Whether a file of this kind may honestly carry ``extension`` (no dot, lower case)."""
        return extension in self.extensions


def _kind(kind: str, category: str, description: str, extensions: str = "") -> FileType:
    return FileType(kind, category, description, frozenset(extensions.split()))


KINDS: dict[str, FileType] = {t.kind: t for t in (
    _kind("pe", EXECUTABLE, "Windows executable (PE)", "exe dll scr com cpl ocx sys drv efi mui xll wll pif msstyles ax"),
    _kind("dos", EXECUTABLE, "DOS executable", "exe com"),
    _kind("elf", EXECUTABLE, "ELF executable", "so o elf bin axf prx ko"),
    _kind("macho", EXECUTABLE, "Mach-O executable", "dylib bundle o"),
    _kind("java_class", EXECUTABLE, "Java class", "class"),
    _kind("dex", EXECUTABLE, "Android DEX bytecode", "dex"),
    _kind("jar", EXECUTABLE, "Java archive", "jar war ear"),
    _kind("apk", EXECUTABLE, "Android package", "apk"),
    _kind("msi", EXECUTABLE, "Windows Installer package", "msi msp mst"),
    _kind("chm", EXECUTABLE, "Compiled HTML help", "chm"),
    _kind("shebang", SCRIPT, "Script with a shebang line", "sh bash py pl rb php command tool"),
    _kind("doc", DOCUMENT, "Word 97-2003 document", "doc dot wiz"),
    _kind("xls", DOCUMENT, "Excel 97-2003 workbook", "xls xlt xla xlm"),
    _kind("ppt", DOCUMENT, "PowerPoint 97-2003 presentation", "ppt pot pps ppa"),
    _kind("msg", DOCUMENT, "Outlook message", "msg oft"),
    _kind("ole", DOCUMENT, "OLE2 compound file", "doc xls ppt msg pub vsd mpp db thumbs"),
    _kind("docx", DOCUMENT, "Word document", "docx dotx"),
    _kind("docm", DOCUMENT, "Word document with macros", "docm dotm docx"),
    _kind("xlsx", DOCUMENT, "Excel workbook", "xlsx xltx"),
    _kind("xlsm", DOCUMENT, "Excel workbook with macros", "xlsm xltm xlsb xlam xlsx"),
    _kind("pptx", DOCUMENT, "PowerPoint presentation", "pptx potx ppsx"),
    _kind("pptm", DOCUMENT, "PowerPoint presentation with macros", "pptm potm ppsm ppam pptx"),
    _kind("ooxml", DOCUMENT, "Office Open XML document", "docx xlsx pptx vsdx xps oxps"),
    _kind("office_encrypted", DOCUMENT, "Password-protected Office document", "docx xlsx pptx docm xlsm pptm doc xls ppt"),
    _kind("odf", DOCUMENT, "OpenDocument file", "odt ods odp odg ott ots otp"),
    _kind("onenote", DOCUMENT, "OneNote section", "one onepkg onetoc2"),
    _kind("pdf", DOCUMENT, "PDF document", "pdf ai"),
    _kind("rtf", DOCUMENT, "Rich Text document", "rtf doc wri"),
    _kind("office_xml", DOCUMENT, "Office 2003 XML document", "xml doc xls"),
    _kind("zip", ARCHIVE, "ZIP archive", "zip zipx"),
    _kind("rar", ARCHIVE, "RAR archive", "rar r00 cbr"),
    _kind("7z", ARCHIVE, "7-Zip archive", "7z"),
    _kind("gzip", ARCHIVE, "gzip stream", "gz tgz gzip z"),
    _kind("bzip2", ARCHIVE, "bzip2 stream", "bz2 tbz tbz2 bzip2"),
    _kind("xz", ARCHIVE, "xz stream", "xz txz"),
    _kind("zstd", ARCHIVE, "Zstandard stream", "zst tzst"),
    _kind("tar", ARCHIVE, "tar archive", "tar"),
    _kind("cab", ARCHIVE, "Cabinet archive", "cab"),
    _kind("ace", ARCHIVE, "ACE archive", "ace"),
    _kind("arj", ARCHIVE, "ARJ archive", "arj"),
    _kind("iso", DISK_IMAGE, "ISO 9660 disk image", "iso img"),
    _kind("udf", DISK_IMAGE, "UDF disk image", "iso img udf"),
    _kind("img", DISK_IMAGE, "Raw disk image (FAT/NTFS)", "img ima vfd flp bin"),
    _kind("vhd", DISK_IMAGE, "Virtual hard disk (VHD)", "vhd"),
    _kind("vhdx", DISK_IMAGE, "Virtual hard disk (VHDX)", "vhdx"),
    _kind("vmdk", DISK_IMAGE, "VMware disk image", "vmdk"),
    _kind("dmg", DISK_IMAGE, "Apple disk image", "dmg"),
    _kind("lnk", SHORTCUT, "Windows shortcut (LNK)", "lnk"),
    _kind("url_shortcut", SHORTCUT, "Internet shortcut", "url website"),
    _kind("html", MARKUP, "HTML page", "html htm shtml xhtml mht mhtml hta xht"),
    _kind("svg", MARKUP, "SVG image", "svg svgz"),
    _kind("png", IMAGE, "PNG image", "png"),
    _kind("jpeg", IMAGE, "JPEG image", "jpg jpeg jpe jfif"),
    _kind("gif", IMAGE, "GIF image", "gif"),
    _kind("bmp", IMAGE, "BMP image", "bmp dib"),
    _kind("webp", IMAGE, "WebP image", "webp"),
    _kind("tiff", IMAGE, "TIFF image", "tif tiff"),
    _kind("heic", IMAGE, "HEIF image", "heic heif avif"),
    _kind("text", TEXT, "Text", ""),
    _kind("unknown", UNKNOWN, "Unknown binary data", ""),
)}

# Images stand in for one another in practice (a PNG saved as .jpg is
# common and harmless), so a stage should not call that a mismatch.
IMAGE_EXTENSIONS = frozenset().union(*(t.extensions for t in KINDS.values() if t.category == IMAGE))

_PREFIXES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"\x7fELF", "elf"),
    (b"\xfe\xed\xfa\xce", "macho"), (b"\xfe\xed\xfa\xcf", "macho"),
    (b"\xce\xfa\xed\xfe", "macho"), (b"\xcf\xfa\xed\xfe", "macho"),
    (b"dex\n", "dex"),
    (b"Rar!\x1a\x07", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x1f\x8b", "gzip"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"MSCF\x00\x00\x00\x00", "cab"),
    (b"ITSF\x03\x00\x00\x00", "chm"),
    (b"conectix", "vhd"),
    (b"vhdxfile", "vhdx"),
    (b"KDMV", "vmdk"),
    (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46", "lnk"),
    (b"\xe4\x52\x5c\x7b\x8c\xd8\xa7\x4d\xae\xb1\x53\x78\xd0\x29\x96\xd3", "onenote"),
    (b"{\\rtf", "rtf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"), (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"),
)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_HEAD = 65536  # bytes looked at for names and markers
_MSI_CLSID = bytes.fromhex("84100c0000000000c000000000000046")

_TEXT_BYTES = bytes([9, 10, 11, 12, 13, *range(32, 256)])  # deleted to count control bytes

_MARKUP_TAGS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<script", b"<meta", b"<iframe",
                b"<form", b"<title", b"<!--", b"<div", b"<table", b"<a ", b"<p>", b"<style", b"<base ")


def detect(data: bytes) -> FileType:
    """The kind of ``data``; ``text`` or ``unknown`` when nothing more precise fits."""
    try:
        return KINDS[_detect(data)]
    except Exception:  # hostile headers (short reads, odd offsets) never escape
        return KINDS["unknown"]


def _detect(data: bytes) -> str:
    if not data:
        return "text"
    for prefix, kind in _PREFIXES:
        if data.startswith(prefix):
            return kind
    if data.startswith(b"MZ"):
        return _pe_or_dos(data)
    if data.startswith(_OLE_MAGIC):
        return _ole_kind(data)
    if data.startswith(_ZIP_MAGICS):
        return _zip_kind(data)
    if data.startswith(b"\xca\xfe\xba\xbe") and len(data) >= 8:
        # Fat Mach-O and Java class share a magic; the next word is a small
        # architecture count for Mach-O and a class file version (>= 45) for Java.
        return "macho" if struct.unpack(">I", data[4:8])[0] < 40 else "java_class"
    if data.startswith(b"BZh") and data[3:4].isdigit() and data[4:10] == b"1AY&SY":
        return "bzip2"
    if data[7:14] == b"**ACE**":
        return "ace"
    if data.startswith(b"\x60\xea") and len(data) > 10:
        return "arj"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "webp"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        return "heic"
    if data.startswith(b"BM") and len(data) > 26 and struct.unpack("<I", data[14:18])[0] in (12, 40, 52, 56, 108, 124):
        return "bmp"
    if data[257:262] == b"ustar":
        return "tar"
    disk = _disk_image(data)
    if disk:
        return disk
    return _text_kind(data)


def _pe_or_dos(data: bytes) -> str:
    if len(data) >= 64:
        offset = struct.unpack("<I", data[60:64])[0]
        if offset < len(data) - 4 and data[offset:offset + 4] == b"PE\x00\x00":
            return "pe"
    return "dos"


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def _ole_kind(data: bytes) -> str:
    """Tell Word, Excel, PowerPoint, MSI, Outlook and encrypted OOXML apart by stream names."""
    try:
        sector = 1 << struct.unpack("<H", data[30:32])[0]
        first_dir = struct.unpack("<I", data[48:52])[0]
        root = (first_dir + 1) * sector
        if data[root + 80:root + 96] == _MSI_CLSID:
            return "msi"
    except struct.error:
        pass
    # Directory entries hold UTF-16 names; the directory sits anywhere in
    # the file, but names are short and distinctive, so a search suffices.
    if _utf16("EncryptedPackage") in data and _utf16("EncryptionInfo") in data:
        return "office_encrypted"
    if _utf16("WordDocument") in data:
        return "doc"
    if _utf16("Workbook") in data or _utf16("Book\x00") in data:
        return "xls"
    if _utf16("PowerPoint Document") in data:
        return "ppt"
    if _utf16("__substg1.0_") in data:
        return "msg"
    return "ole"


def _zip_kind(data: bytes) -> str:
    """OOXML, ODF, JAR and APK are ZIPs; their member names give them away."""
    if b"[Content_Types].xml" in data:
        macros = b"vbaProject.bin" in data
        for marker, plain, with_macros in ((b"word/", "docx", "docm"), (b"xl/", "xlsx", "xlsm"),
                                           (b"ppt/", "pptx", "pptm")):
            if marker in data:
                return with_macros if macros else plain
        return "ooxml"
    if data[30:38] == b"mimetype" and b"application/vnd.oasis.opendocument" in data[:200]:
        return "odf"
    if b"AndroidManifest.xml" in data and b"classes.dex" in data:
        return "apk"
    if b"META-INF/MANIFEST.MF" in data and b".class" in data:
        return "jar"
    return "zip"


def _disk_image(data: bytes) -> str | None:
    for offset in (0x8001, 0x8801, 0x9001):
        marker = data[offset:offset + 5]
        if marker == b"CD001":
            return "iso"
        if marker in (b"BEA01", b"NSR02", b"NSR03"):
            return "udf"
    if len(data) >= 512 and data[510:512] == b"\x55\xaa" and (
        data[54:59] in (b"FAT12", b"FAT16") or data[82:87] == b"FAT32" or data[3:11] in (b"NTFS    ", b"EXFAT   ")
    ):
        return "img"
    if len(data) >= 1024:
        tail = data[-512:]
        if tail.startswith(b"conectix"):
            return "vhd"
        if tail.startswith(b"koly"):
            return "dmg"
    return None


def _text_kind(data: bytes) -> str:
    head = data[:_HEAD]
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                head = head.decode("utf-16").encode("utf-8", "replace")
            except UnicodeDecodeError:
                return "unknown"
        else:
            head = head[3:]
    start = head.lstrip()[:1024].lower()
    if start.startswith(b"#!"):
        return "shebang"
    if start.startswith(b"[internetshortcut]"):
        return "url_shortcut"
    if start.startswith(b"<?xml") or start.startswith(b"<!doctype svg"):
        if b"<svg" in head[:4096].lower():
            return "svg"
        if b"progid=\"word.document\"" in start or b"progid=\"excel.sheet\"" in start:
            return "office_xml"
        if b"<html" in head[:4096].lower():
            return "html"
        return "text"
    if start.startswith(b"<svg"):
        return "svg"
    if start.startswith(_MARKUP_TAGS) or b"<html" in start[:512] or b"<script" in start[:512]:
        return "html"
    sample = head[:4096]
    if b"\x00" in sample:
        return "unknown"
    controls = len(sample.translate(None, _TEXT_BYTES))
    return "text" if controls * 20 < len(sample) + 1 else "unknown"
