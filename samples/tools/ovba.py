"""Build an Office VBA project (``vbaProject.bin``) from source text.

Why this exists: the malware samples need a document with a real auto-exec
macro that oletools (and Office) would recognise, and nothing in our
dependencies writes one. This writes just enough of [MS-CFB] and [MS-OVBA]:

- a version-3 compound file with one FAT sector and no mini stream (every
  stream is padded to at least 4096 bytes, the mini-stream cutoff, which
  the formats allow: the ``PROJECT`` stream ignores blank lines, the dir
  stream is read only up to its terminator, ``_VBA_PROJECT`` ignores its
  performance cache);
- the dir stream and the module source "compressed" with raw chunks and
  literal-only tokens, which every decompressor accepts.

The result is inert data: nothing here runs the macro.
"""

from __future__ import annotations

import struct

SECTOR = 512
ENDOFCHAIN = 0xFFFFFFFE
FREESECT = 0xFFFFFFFF
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF
MIN_STREAM = 4096  # the mini-stream cutoff: streams this long live in normal sectors


def compress(data: bytes) -> bytes:
    """An MS-OVBA CompressedContainer for ``data`` (raw chunks, then literal tokens)."""
    out = bytearray(b"\x01")
    for start in range(0, len(data), 4096):
        block = data[start:start + 4096]
        if len(block) == 4096:
            out += struct.pack("<H", 0x3FFF) + block  # raw chunk: size 4098, flag 0
            continue
        body = bytearray()
        for group in range(0, len(block), 8):
            body += b"\x00" + block[group:group + 8]  # flag byte 0: eight literals
        out += struct.pack("<H", 0xB000 | (len(body) + 2 - 3)) + body
    return bytes(out)


def _record(record_id: int, payload: bytes) -> bytes:
    return struct.pack("<HL", record_id, len(payload)) + payload


def dir_stream(project: str, module: str, codepage: int = 1252) -> bytes:
    """The decompressed dir stream: project information, no references, one document module."""
    name = module.encode("cp1252")
    unicode_name = module.encode("utf-16-le")
    data = b"".join([
        _record(0x0001, struct.pack("<L", 1)),  # SYSKIND: 32-bit Windows
        _record(0x0002, struct.pack("<L", 0x409)),  # LCID
        _record(0x0014, struct.pack("<L", 0x409)),  # LCIDINVOKE
        _record(0x0003, struct.pack("<H", codepage)),
        _record(0x0004, project.encode("cp1252")),
        _record(0x0005, b""), _record(0x0040, b""),  # DOCSTRING and its unicode twin
        _record(0x0006, b""), _record(0x003D, b""),  # HELPFILEPATH 1 and 2
        _record(0x0007, struct.pack("<L", 0)),  # HELPCONTEXT
        _record(0x0008, struct.pack("<L", 0)),  # LIBFLAGS
        struct.pack("<HLLH", 0x0009, 4, 0x5A8E0D12, 6),  # VERSION (reserved size 4)
        _record(0x000C, b""), _record(0x003C, b""),  # CONSTANTS
        _record(0x000F, struct.pack("<H", 1)),  # MODULES: count 1
        _record(0x0013, struct.pack("<H", 0xFFFF)),  # PROJECTCOOKIE
        _record(0x0019, name), _record(0x0047, unicode_name),
        _record(0x001A, name), _record(0x0032, unicode_name),
        _record(0x001C, b""), _record(0x0048, b""),
        _record(0x0031, struct.pack("<L", 0)),  # MODULEOFFSET: source starts at 0
        _record(0x001E, struct.pack("<L", 0)),
        _record(0x002C, struct.pack("<H", 0xFFFF)),
        _record(0x0022, b""),  # MODULETYPE: document module
        _record(0x002B, b""),  # module TERMINATOR
        _record(0x0010, b""),  # dir TERMINATOR
    ])
    return data


def project_stream(module: str) -> bytes:
    text = (
        'ID="{5C3B8E2A-91F4-4D7B-A0C6-3E2F1B9D8A74}"\r\n'
        f"Document={module}/&H00000000\r\n"
        'Name="Project"\r\nHelpContextID="0"\r\nVersionCompatible32="393222000"\r\n'
        'CMG="0D0FA1C5A5C5A5C5A5C5"\r\nDPB="7F7DD3B7D3B7D3"\r\nGC="2D2F81E381E37E"\r\n\r\n'
        "[Host Extender Info]\r\n&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000\r\n\r\n"
        f"[Workspace]\r\n{module}=0, 0, 0, 0, C\r\n"
    ).encode("cp1252")
    return text.ljust(MIN_STREAM, b"\r") if len(text) < MIN_STREAM else text


def _pad(data: bytes) -> bytes:
    return data + b"\x00" * (MIN_STREAM - len(data)) if len(data) < MIN_STREAM else data


def _direntry(name: str, kind: int, left=NOSTREAM, right=NOSTREAM, child=NOSTREAM,
              start=ENDOFCHAIN, size=0) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le") if name else b""
    return struct.pack(
        "<64sHBBLLL16sLQQLQ",
        encoded, len(encoded), kind, 1, left, right, child, b"\x00" * 16, 0, 0, 0, start, size,
    )


def compound_file(streams: list[tuple[str, bytes]]) -> bytes:
    """A CFB file holding Root/VBA storage and the given streams (paths ``PROJECT``, ``VBA/x``).

    The directory tree is fixed for the layout this module writes: the root
    holds ``VBA`` and ``PROJECT``; ``VBA`` holds dir, the module and
    ``_VBA_PROJECT`` (names compare by length, then upper-cased).
    """
    by_path = dict(streams)
    module = next(p.split("/", 1)[1] for p in by_path if p.startswith("VBA/") and p not in ("VBA/dir", "VBA/_VBA_PROJECT"))
    order = ["PROJECT", "VBA/_VBA_PROJECT", "VBA/dir", f"VBA/{module}"]
    sector = 3  # 0: FAT, 1-2: directory
    fat = [FATSECT, 2, ENDOFCHAIN]
    starts, body = {}, bytearray()
    for path in order:
        data = by_path[path]
        count = -(-len(data) // SECTOR)
        starts[path] = sector
        fat += [sector + i + 1 for i in range(count - 1)] + [ENDOFCHAIN]
        body += data.ljust(count * SECTOR, b"\x00")
        sector += count
    if len(fat) > SECTOR // 4:
        raise ValueError("streams too large for a one-sector FAT")
    fat += [FREESECT] * (SECTOR // 4 - len(fat))
    names = {3: "_VBA_PROJECT", 4: "dir", 5: module}
    paths = {3: "VBA/_VBA_PROJECT", 4: "VBA/dir", 5: f"VBA/{module}"}
    entries = [
        _direntry("Root Entry", 5, child=2),
        _direntry("VBA", 1, child=5),
        _direntry("PROJECT", 2, left=1, start=starts["PROJECT"], size=len(by_path["PROJECT"])),
    ]
    for index in (3, 4, 5):
        links = {"left": 4, "right": 3} if index == 5 else {}
        entries.append(_direntry(names[index], 2, start=starts[paths[index]], size=len(by_path[paths[index]]), **links))
    entries += [_direntry("", 0)] * (8 - len(entries))
    header = struct.pack(
        "<8s16sHHHHH6sLLLLLLLLL",
        bytes.fromhex("D0CF11E0A1B11AE1"), b"\x00" * 16, 0x3E, 3, 0xFFFE, 9, 6, b"\x00" * 6,
        0, 1, 1, 0, MIN_STREAM, ENDOFCHAIN, 0, ENDOFCHAIN, 0,
    ) + struct.pack("<L", 0) + struct.pack("<108L", *([FREESECT] * 108))
    return header + struct.pack(f"<{SECTOR // 4}L", *fat) + b"".join(entries) + bytes(body)


def vba_project(source: str, module: str = "ThisDocument") -> bytes:
    """``vbaProject.bin`` with one document module holding ``source`` (CRLF line ends)."""
    code = source.replace("\r\n", "\n").replace("\n", "\r\n").encode("cp1252")
    if len(code) < 2 * MIN_STREAM:  # compressed form must exceed the mini-stream cutoff too
        code += b"\r\n".join([b"' " + b"-" * 70] * ((2 * MIN_STREAM - len(code)) // 74 + 1)) + b"\r\n"
    dir_data = dir_stream("Project", module)
    dir_data += b"\x00" * (2 * MIN_STREAM - len(dir_data))
    return compound_file([
        ("PROJECT", project_stream(module)),
        ("VBA/_VBA_PROJECT", _pad(struct.pack("<HHBH", 0x61CC, 0xFFFF, 0, 0))),
        ("VBA/dir", compress(dir_data)),
        (f"VBA/{module}", compress(code)),
    ])
