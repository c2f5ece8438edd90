"""True file types from magic bytes, whatever the name says."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import tarfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rempart.engine import filetype
from tests.support import files


def _tar() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo("notes.txt")
        info.size = 5
        archive.addfile(info, io.BytesIO(b"hello"))
    return buffer.getvalue()


def _docx() -> bytes:
    return files.zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})


def _xlsx() -> bytes:
    return files.zip_bytes({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})


def _fat_image() -> bytes:
    sector = bytearray(512)
    sector[0:3] = b"\xeb\x3c\x90"
    sector[54:62] = b"FAT12   "
    sector[510:512] = b"\x55\xaa"
    return bytes(sector) + bytes(4096)


SAMPLES = {
    "pe": files.pe_exe,
    "elf": files.elf_binary,
    "pdf": files.plain_pdf,
    "zip": lambda: files.zip_bytes({"a.txt": b"hello"}),
    "docx": _docx,
    "xlsx": _xlsx,
    "docm": files.docm,
    "doc": files.macro_doc,
    "office_encrypted": files.encrypted_docx,
    "7z": lambda: files.seven_zip({"a.txt": b"hello"}),
    "gzip": lambda: gzip.compress(b"hello"),
    "bzip2": lambda: bz2.compress(b"hello"),
    "xz": lambda: lzma.compress(b"hello"),
    "tar": _tar,
    "iso": files.iso_image,
    "img": _fat_image,
    "vhdx": lambda: b"vhdxfile" + bytes(1024),
    "lnk": files.lnk,
    "onenote": lambda: bytes.fromhex("e4525c7b8cd8a74daeb15378d02996d3") + bytes(64),
    "rar": lambda: b"Rar!\x1a\x07\x01\x00" + bytes(32),
    "cab": lambda: b"MSCF\x00\x00\x00\x00" + bytes(32),
    "html": lambda: files.credential_page().encode(),
    "svg": lambda: b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>',
    "rtf": lambda: b"{\\rtf1\\ansi hello}",
    "png": files.plain_png,
    "jpeg": lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(32),
    "gif": lambda: b"GIF89a" + bytes(32),
    "shebang": lambda: b"#!/bin/sh\necho hello\n",
    "url_shortcut": lambda: b"[InternetShortcut]\r\nURL=https://example.org/\r\n",
    "text": lambda: b"Dear Alice,\nthe figures are attached.\n",
}


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_kind_is_recognised_from_content(kind):
    assert filetype.detect(SAMPLES[kind]()).kind == kind


def test_html_with_bom_and_leading_blank_lines_is_html():
    assert filetype.detect(b"\xef\xbb\xbf\n\n  <!DOCTYPE html><html></html>").kind == "html"


def test_utf16_html_is_html():
    assert filetype.detect("<html><body>hi</body></html>".encode("utf-16")).kind == "html"


def test_fat_mach_o_and_java_class_share_a_magic_but_are_told_apart():
    assert filetype.detect(b"\xca\xfe\xba\xbe\x00\x00\x00\x02" + bytes(32)).kind == "macho"
    assert filetype.detect(b"\xca\xfe\xba\xbe\x00\x00\x00\x34" + bytes(32)).kind == "java_class"


def test_mz_without_pe_header_is_a_dos_executable():
    assert filetype.detect(b"MZ" + bytes(100)).kind == "dos"


def test_binary_junk_is_unknown_and_empty_is_text():
    assert filetype.detect(b"\x00\x01\x02\x03" * 100).kind == "unknown"
    assert filetype.detect(b"").kind == "text"


def test_kinds_say_which_extensions_they_wear():
    pe = filetype.KINDS["pe"]
    assert pe.fits("exe") and pe.fits("dll") and not pe.fits("pdf")
    assert filetype.KINDS["docm"].fits("docm")
    assert pe.category in filetype.DANGEROUS_CATEGORIES


def test_truncated_headers_do_not_raise():
    for sample in SAMPLES.values():
        data = sample()
        for cut in (1, 3, 8, 30, 61, 300):
            filetype.detect(data[:cut])


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_detection_never_raises(data):
    assert filetype.detect(data).kind in filetype.KINDS
