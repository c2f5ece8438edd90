"""The files of an ISO 9660 disc image, listed by a small bounded reader.

Disc images replaced Office macros as the container of choice for mailed
malware: Windows mounts an ``.iso`` on a double click and shows the
``.exe`` or ``.lnk`` inside, outside any archive a filter opens. This module
lists what such an image holds, in pure Python, so that the archive code
can inspect the members like those of a ZIP (pycdlib is only a test
dependency; the engine runs no external program).

What is read (ECMA-119):

- the volume descriptors from sector 16 on, up to the set terminator: the
  primary one and, when there is one, the Joliet supplementary one, whose
  UCS-2 names are what Windows shows (the primary names of an image made
  for Windows are often ``FILE0;1``, the real name and its extension being
  in Joliet only);
- directory records, breadth first from the root of the Joliet tree when
  there is one, else of the primary tree, with Rock Ridge ``NM`` names
  (images made on Linux) when the records carry them.

Bounds: every offset is checked against the image, each directory extent
is read once, at most ``max_depth`` levels and ``max_directory_bytes`` of
directory records are walked, and the listing stops at ``max_entries``
files. A bound reached is said in :attr:`Listing.stopped`, never an
exception; a structure that cannot be an ISO 9660 image raises
:class:`ISOError`. Multi-extent files (over 4 GiB, never seen in mail) are
listed by their first extent; UDF-only images are not read.
"""

from __future__ import annotations

import struct
from collections import deque
from dataclasses import dataclass, field

SECTOR = 2048
FIRST_DESCRIPTOR = 16 * SECTOR
MAX_DESCRIPTORS = 32
JOLIET_ESCAPES = (b"%/@", b"%/C", b"%/E")  # UCS-2 levels 1 to 3
_RECORD_MIN = 34
_DIRECTORY = 0x02


class ISOError(ValueError):
    """The bytes are not a readable ISO 9660 image."""


@dataclass(frozen=True)
class Entry:
    """One file of the image: its path inside it, where its content starts and its declared size (bytes)."""

    path: str
    offset: int
    size: int


@dataclass
class Listing:
    """The files found and, when a bound cut the walk short, which one."""

    entries: list[Entry] = field(default_factory=list)
    stopped: str = ""


def list_files(data: bytes, max_entries: int = 1000, max_depth: int = 16,
               max_directory_bytes: int = 4 * 1024 * 1024) -> Listing:
    """The files of the ISO 9660 image ``data``; raises ISOError when it has no usable volume descriptor."""
    primary, joliet = _descriptors(data)
    descriptor = joliet if joliet is not None else primary
    listing = Listing()
    block = struct.unpack_from("<H", descriptor, 128)[0]
    if block not in (512, 1024, 2048):
        raise ISOError(f"logical block size {block}")
    root = _record(descriptor, 156, 156 + _RECORD_MIN)
    if root is None or not root.flags & _DIRECTORY:
        raise ISOError("no root directory record")
    _walk(data, root, block, joliet is not None, listing, max_entries, max_depth, max_directory_bytes)
    return listing


def _descriptors(data: bytes) -> tuple[bytes, bytes | None]:
    """(primary, Joliet or None) volume descriptors, read up to the set terminator."""
    primary = joliet = None
    for index in range(MAX_DESCRIPTORS):
        start = FIRST_DESCRIPTOR + index * SECTOR
        descriptor = data[start:start + SECTOR]
        if len(descriptor) < SECTOR or descriptor[1:6] != b"CD001":
            break
        kind = descriptor[0]
        if kind == 255:
            break
        if kind == 1 and primary is None:
            primary = descriptor
        elif kind == 2 and joliet is None and descriptor[88:91] in JOLIET_ESCAPES:
            joliet = descriptor
    if primary is None:
        raise ISOError("no primary volume descriptor")
    return primary, joliet


@dataclass(frozen=True)
class _Record:
    extent: int
    size: int
    flags: int
    name: bytes
    system_use: bytes


def _record(data: bytes, start: int, end: int) -> _Record | None:
    """The directory record at ``start``; None when it is not a whole record before ``end``."""
    length = data[start] if start < len(data) else 0
    if length < _RECORD_MIN or start + length > min(end, len(data)):
        return None
    extent, size = struct.unpack_from("<I", data, start + 2)[0], struct.unpack_from("<I", data, start + 10)[0]
    name_length = data[start + 32]
    name_end = start + 33 + name_length
    if name_end > start + length:
        return None
    padding = 1 if name_length % 2 == 0 else 0
    return _Record(extent, size, data[start + 25], data[start + 33:name_end], data[name_end + padding:start + length])


def _walk(data: bytes, root: _Record, block: int, joliet: bool, listing: Listing,
          max_entries: int, max_depth: int, max_directory_bytes: int) -> None:
    queue = deque([(root, "", 0)])
    seen: set[int] = set()
    budget = max_directory_bytes
    while queue:
        directory, path, depth = queue.popleft()
        if directory.extent in seen:
            continue
        seen.add(directory.extent)
        start = directory.extent * block
        end = min(start + directory.size, len(data))
        if start >= len(data):
            continue
        if end - start > budget:
            listing.stopped = f"more than {max_directory_bytes} bytes of directories"
            return
        budget -= end - start
        for record in _records(data, start, end, block):
            if record.name in (b"\x00", b"\x01"):  # the directory itself and its parent
                continue
            name = _name(record, joliet)
            if not name:
                continue
            if record.flags & _DIRECTORY:
                if depth + 1 >= max_depth:
                    listing.stopped = f"directories nested more than {max_depth} deep"
                    continue
                queue.append((record, f"{path}{name}/", depth + 1))
                continue
            if len(listing.entries) >= max_entries:
                listing.stopped = f"more than {max_entries} files"
                return
            listing.entries.append(Entry(path + name, record.extent * block, record.size))


def _records(data: bytes, start: int, end: int, block: int):
    """The records of one directory extent; a zero length byte pads to the next sector."""
    position = start
    while position < end:
        if data[position] == 0:
            position = (position // block + 1) * block
            continue
        record = _record(data, position, end)
        if record is None:
            return
        yield record
        position += data[position]


def _name(record: _Record, joliet: bool) -> str:
    """The name as a reader sees it: Joliet or Rock Ridge when there, without the ``;1`` version."""
    name = _rock_ridge_name(record.system_use) if not joliet else None
    if name is None:
        name = _text(record.name, joliet)
        name = name.split(";", 1)[0]
        if not joliet:
            name = name.rstrip(".")  # "README.;1": ISO 9660 writes the dot of an empty extension
    return name.replace("/", "_").replace("\x00", "")


def _rock_ridge_name(system_use: bytes) -> str | None:
    """The POSIX name of Rock Ridge ``NM`` entries (continued ones joined), if the record has them."""
    parts, position = [], 0
    while position + 4 <= len(system_use):
        signature, length = system_use[position:position + 2], system_use[position + 2]
        if length < 4:
            break
        if signature == b"NM" and length >= 5:
            if system_use[position + 4] & 0x06:  # "." or "..": no name of its own
                return None
            parts.append(system_use[position + 5:position + length])
        position += length
    return b"".join(parts).decode("utf-8", "replace") if parts else None


def _text(raw: bytes, joliet: bool) -> str:
    if joliet:
        return raw[: len(raw) // 2 * 2].decode("utf-16-be", "replace")
    return raw.decode("latin-1")
