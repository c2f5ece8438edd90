"""Open the attachments of a message, and the archives inside them, within limits.

Every file the stages should look at comes out of :func:`unpack_message` as
a :class:`File`: the message's decoded parts first, then, recursively, the
members of the ZIP, TAR, gzip, bzip2, xz and 7z archives and ISO 9660 disc
images (:mod:`rempart.engine.iso9660`) among them. What
could not be opened, or should not be, is a :class:`Finding` rather than an
exception: a zip bomb is a verdict, never a crash or a memory blow-up.

How the limits hold:

- declared sizes are checked before anything is decompressed: a member
  that claims more than :attr:`Limits.max_member_size` is not read, and is a
  bomb when it also claims more than :attr:`Limits.max_ratio` times its
  compressed size (real files compress 2 to 20 times; deflate tops out near
  1000 and bombs sit there);
- actual output is read in 64 KiB steps with a cap, so a lying header
  cannot make us hold more than the cap;
- one :class:`Budget` per message bounds the bytes decompressed and the
  members listed over all archives, so ten medium archives cannot add up to
  a bomb either;
- nesting deeper than :attr:`Limits.max_depth` and stacked ZIP members
  (several directory entries sharing one compressed body, the "overlapping
  files" bomb) are bombs.

RAR, CAB, ACE and ARJ archives are recognised but not opened (RAR needs
the non-free unrar; the engine runs no external program): they become
``unopened`` findings. Disk images other than ISO 9660 (UDF-only, FAT, VHD)
are not opened either; the attachment stage judges them all by their names
and types.
"""

from __future__ import annotations

import bz2
import hashlib
import io
import lzma
import posixpath
import struct
import tarfile
import zipfile
import zlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator

from rempart.engine import iso9660
from rempart.engine.filetype import FileType, detect

MiB = 1024 * 1024
_STEP = 64 * 1024
_SMALL_STEP = 4 * 1024


@dataclass(frozen=True)
class Limits:
    """How far the engine digs into archives; all sizes in bytes.

    A high ratio makes a bomb only together with a size we would not read
    (over ``max_member_size``, or over the message's ``max_total_size`` for
    a 7z): a few MiB of zeros compress 1000:1 and are harmless to read.
    ``bomb_members`` is the member count beyond which one archive is itself
    a bomb; ``max_members`` only stops the listing (a legitimate source
    tarball may hold thousands of files).
    """

    max_depth: int = 5
    max_members: int = 1000
    bomb_members: int = 10000
    max_member_size: int = 16 * MiB
    max_total_size: int = 64 * MiB
    max_ratio: int = 100


DEFAULT_LIMITS = Limits()


@dataclass(eq=False)
class File:
    """A file to inspect: a decoded MIME part (depth 0) or an archive member.

    ``data`` is None when the content was not read (encrypted, over a
    limit, unreadable); ``size`` is the size the container declared, when it
    declares one. ``attachment`` is False only for the message's own text
    and HTML bodies. ``cache`` lets the stages of one scan share work done
    on this file (macro extraction, for one).
    """

    path: str
    name: str
    data: bytes | None
    depth: int = 0
    encrypted: bool = False
    size: int | None = None
    container: str = ""
    content_type: str = ""
    attachment: bool = True
    cache: dict = field(default_factory=dict, repr=False)

    @cached_property
    def type(self) -> FileType:
        return detect(self.data or b"")

    @cached_property
    def sha256(self) -> str | None:
        return hashlib.sha256(self.data).hexdigest() if self.data is not None else None

    @property
    def extension(self) -> str:
        return extension_of(self.name)


@dataclass(frozen=True)
class Finding:
    """Something about an archive worth a symbol: bomb, limit, encrypted, unopened or malformed."""

    kind: str
    path: str
    detail: str


@dataclass
class Unpacked:
    """All files of one message and what the unpacking found on the way."""

    files: list[File] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def found(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]


class Budget:
    """What is left to spend on one message: decompressed bytes and listed members."""

    def __init__(self, limits: Limits) -> None:
        self.bytes = limits.max_total_size
        self.members = limits.max_members


def extension_of(name: str) -> str:
    """The last extension of a file name, lower case, without the dot; spaces and dots around it ignored."""
    base = posixpath.basename(name.replace("\\", "/")).strip().rstrip(". ")
    stem, dot, ext = base.rpartition(".")
    return ext.strip().lower() if dot and stem else ""


NOTES_KEY = "unpacked"


def message_files(message, notes: dict, limits: Limits = DEFAULT_LIMITS) -> Unpacked:
    """The unpacked files of ``message``, computed once per scan and shared through ``notes``."""
    unpacked = notes.get(NOTES_KEY)
    if unpacked is None:
        unpacked = notes[NOTES_KEY] = unpack_message(message, limits)
    return unpacked


def unpack_message(message, limits: Limits = DEFAULT_LIMITS) -> Unpacked:
    """Every decoded part of ``message`` and, recursively, the members of its archives."""
    result = Unpacked()
    budget = Budget(limits)
    for index, part in enumerate(message.parts, 1):
        # Each Part property parses its header again: ask each once.
        name = part.filename or ""
        content_type = part.content_type
        body = content_type.startswith("text/") and not name and not part.is_attachment
        file = File(path=name or f"part {index}", name=name, data=part.payload,
                    content_type=content_type, attachment=not body)
        result.files.append(file)
        _expand(file, result, budget, limits)
    return result


def unpack(data: bytes, name: str = "", limits: Limits = DEFAULT_LIMITS) -> Unpacked:
    """One file and, recursively, the members of the archive it may be."""
    result = Unpacked()
    file = File(path=name or "file", name=name, data=data)
    result.files.append(file)
    _expand(file, result, Budget(limits), limits)
    return result


def _expand(file: File, result: Unpacked, budget: Budget, limits: Limits) -> None:
    if file.data is None:
        return
    kind = file.type.kind
    opener = _OPENERS.get(kind)
    if opener is None:
        if kind in _UNOPENED:
            result.findings.append(Finding("unopened", file.path, f"{file.type.description} not opened"))
        return
    if file.depth >= limits.max_depth:
        result.findings.append(Finding("bomb", file.path, f"archives nested more than {limits.max_depth} deep"))
        return
    try:
        for member in opener(file, result, budget, limits):
            result.files.append(member)
            _expand(member, result, budget, limits)
    except Exception as exc:  # corrupt or hostile archive: say so, keep what was listed
        result.findings.append(Finding("malformed", file.path, f"{exc.__class__.__name__}: {exc}"[:200]))


def _member(parent: File, name: str, container: str, size: int | None = None, encrypted: bool = False) -> File:
    return File(path=f"{parent.path}/{name}", name=posixpath.basename(name.replace("\\", "/")), data=None,
                depth=parent.depth + 1, encrypted=encrypted, size=size, container=container)


def _take_member(budget: Budget, result: Unpacked, parent: File, limits: Limits) -> bool:
    """Count one more listed member; False (and a finding, once) when the budget is spent."""
    if budget.members <= 0:
        if not any(f.kind == "limit" and f.path == parent.path for f in result.findings):
            result.findings.append(Finding("limit", parent.path, f"more than {limits.max_members} files; the rest not inspected"))
        return False
    budget.members -= 1
    return True


def _room(size: int | None, budget: Budget, limits: Limits, result: Unpacked, member: File) -> bool:
    """Whether a member of declared ``size`` may be read; a limit finding when not."""
    if size is not None and size > limits.max_member_size:
        result.findings.append(Finding("limit", member.path, f"{size} bytes, more than {limits.max_member_size} inspected"))
        return False
    if (size or 0) > budget.bytes or budget.bytes <= 0:
        result.findings.append(Finding("limit", member.path, f"over the {limits.max_total_size}-byte budget of a message"))
        return False
    return True


def _is_bomb_ratio(out: int, consumed: int, limits: Limits) -> bool:
    return out > limits.max_ratio * max(consumed, 1)


def _read_capped(stream, cap: int) -> tuple[bytes, bool]:
    """At most ``cap`` bytes from ``stream`` in small steps; True when more was there."""
    chunks, total = [], 0
    while total <= cap:
        chunk = stream.read(min(_STEP, cap + 1 - total))
        if not chunk:
            return b"".join(chunks), False
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)[:cap], True


# -- ZIP ---------------------------------------------------------------------

def _zip_entry_count(data: bytes) -> int:
    """Central-directory entries counted by their signature, before zipfile builds an object for each."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65557))
    if end < 0:
        return 0
    size, offset = struct.unpack("<II", data[end + 12:end + 20])
    start = offset if offset + size <= end else max(0, end - size)
    return data.count(b"PK\x01\x02", start, end)


def _zip_overlap(data: bytes, infos: list[zipfile.ZipInfo]) -> str | None:
    """Two directory entries whose compressed bodies share bytes: the stacked zip bomb."""
    spans = []
    for info in infos:
        start = info.header_offset
        name_len, extra_len = struct.unpack("<HH", data[start + 26:start + 30] or b"\0\0\0\0")
        spans.append((start, start + 30 + name_len + extra_len + info.compress_size, info.filename))
    spans.sort()
    for (_, end, name), (start, _, other) in zip(spans, spans[1:]):
        if start < end:
            return f"members {name!r} and {other!r} overlap"
    return None


def _open_zip(file: File, result: Unpacked, budget: Budget, limits: Limits) -> Iterator[File]:
    data = file.data
    if _zip_entry_count(data) > limits.bomb_members:
        result.findings.append(Finding("bomb", file.path, f"more than {limits.bomb_members} members"))
        return
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        overlap = _zip_overlap(data, infos)
        if overlap:
            result.findings.append(Finding("bomb", file.path, overlap))
            return
        for info in infos:
            if not _take_member(budget, result, file, limits):
                return
            member = _member(file, info.filename, "zip", info.file_size, encrypted=bool(info.flag_bits & 0x1))
            if member.encrypted:
                result.findings.append(Finding("encrypted", member.path, "encrypted ZIP member"))
            elif info.file_size > limits.max_member_size and _is_bomb_ratio(info.file_size, info.compress_size, limits):
                result.findings.append(Finding("bomb", member.path,
                                               f"{info.file_size} bytes from {info.compress_size} (ratio over {limits.max_ratio}:1)"))
            elif _room(info.file_size, budget, limits, result, member):
                try:
                    with archive.open(info) as stream:
                        member.data, _ = _read_capped(stream, min(limits.max_member_size, budget.bytes))
                except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, lzma.LZMAError, OSError) as exc:
                    result.findings.append(Finding("malformed", member.path, f"{exc.__class__.__name__}: {exc}"[:200]))
                else:
                    budget.bytes -= len(member.data)
            yield member


# -- TAR ---------------------------------------------------------------------

def _open_tar(file: File, result: Unpacked, budget: Budget, limits: Limits) -> Iterator[File]:
    with tarfile.open(fileobj=io.BytesIO(file.data), mode="r:") as archive:
        for info in archive:
            if not info.isfile():
                continue
            if not _take_member(budget, result, file, limits):
                return
            member = _member(file, info.name, "tar", info.size)
            if _room(info.size, budget, limits, result, member):
                stream = archive.extractfile(info)
                member.data, _ = _read_capped(stream, min(limits.max_member_size, budget.bytes))
                budget.bytes -= len(member.data)
            yield member


# -- single compressed streams -------------------------------------------------

def _inflate_zlib(data: bytes, cap: int) -> tuple[bytes, int, bool]:
    """gzip: at most cap+1 bytes out; returns (output, input consumed, output exceeded cap)."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out, fed = bytearray(), 0
    while fed < len(data) and not decompressor.eof:
        pending = data[fed:fed + _STEP]
        fed += len(pending)
        while pending and not decompressor.eof:
            out += decompressor.decompress(pending, cap + 1 - len(out))
            pending = decompressor.unconsumed_tail
            if len(out) > cap:
                return bytes(out[:cap]), fed - len(pending), True
    return bytes(out), fed, False


def _inflate_buffered(decompressor, data: bytes, cap: int) -> tuple[bytes, int, bool]:
    """bzip2 and xz, whose decompressors keep their own input buffer: fed in small pieces,
    so that the input count stays close to what was consumed."""
    out, fed = bytearray(), 0
    while not decompressor.eof:
        if decompressor.needs_input:
            if fed >= len(data):
                break
            piece = data[fed:fed + _SMALL_STEP]
            fed += len(piece)
        else:
            piece = b""
        chunk = decompressor.decompress(piece, cap + 1 - len(out))
        out += chunk
        if len(out) > cap:
            return bytes(out[:cap]), fed, True
        if not chunk and not piece:
            break
    return bytes(out), fed, False


_STREAM_SUFFIXES = {"gzip": (".gz", ".gzip", ".z"), "bzip2": (".bz2", ".bzip2"), "xz": (".xz",)}


def gzip_original_name(data: bytes) -> str:
    """The file name a gzip stream's header records (RFC 1952 FNAME), which is what unpacking tools restore;
    empty when there is none. Attackers name the archive "invoice.gz" and the member "invoice.pdf.exe"."""
    if len(data) < 10 or data[:2] != b"\x1f\x8b" or not data[3] & 0x08:
        return ""
    position = 10
    if data[3] & 0x04:  # FEXTRA: two bytes of length, then the field
        if len(data) < 12:
            return ""
        position += 2 + int.from_bytes(data[10:12], "little")
    end = data.find(b"\x00", position, position + 1024)
    if end == -1:
        return ""
    name = data[position:end].decode("latin-1").replace("\\", "/").rsplit("/", 1)[-1]
    return name.strip()


def _open_stream(file: File, result: Unpacked, budget: Budget, limits: Limits) -> Iterator[File]:
    kind = file.type.kind
    name = file.name
    for suffix in _STREAM_SUFFIXES[kind]:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    else:
        if name.lower().endswith((".tgz", ".tbz", ".tbz2", ".txz")):
            name = name.rsplit(".", 1)[0] + ".tar"
    if kind == "gzip":
        name = gzip_original_name(file.data) or name
    if not _take_member(budget, result, file, limits):
        return
    member = _member(file, name or "content", kind)
    cap = min(limits.max_member_size, budget.bytes)
    if cap <= 0:
        _room(None, budget, limits, result, member)
        yield member
        return
    if kind == "gzip":
        data, fed, over = _inflate_zlib(file.data, cap)
    else:
        decompressor = bz2.BZ2Decompressor() if kind == "bzip2" else lzma.LZMADecompressor()
        data, fed, over = _inflate_buffered(decompressor, file.data, cap)
    budget.bytes -= len(data)
    if over and _is_bomb_ratio(len(data), fed, limits):
        result.findings.append(Finding("bomb", member.path, f"{len(data)}+ bytes from {fed} (ratio over {limits.max_ratio}:1)"))
    elif over:
        result.findings.append(Finding("limit", member.path, f"more than {cap} bytes; not inspected"))
    else:
        member.data = data
        member.size = len(data)
    yield member


# -- 7z ----------------------------------------------------------------------

def _open_7z(file: File, result: Unpacked, budget: Budget, limits: Limits) -> Iterator[File]:
    import py7zr
    from py7zr.exceptions import PasswordRequired

    try:
        archive = py7zr.SevenZipFile(io.BytesIO(file.data), mode="r")
    except PasswordRequired:
        result.findings.append(Finding("encrypted", file.path, "7z archive with encrypted names"))
        return
    with archive:
        infos = [i for i in archive.list() if not i.is_directory]
        if len(infos) > limits.bomb_members:
            result.findings.append(Finding("bomb", file.path, f"more than {limits.bomb_members} members"))
            return
        encrypted = archive.needs_password()
        if encrypted:
            result.findings.append(Finding("encrypted", file.path, "encrypted 7z archive"))
        declared = sum(i.uncompressed or 0 for i in infos)
        bomb = declared > limits.max_total_size and _is_bomb_ratio(declared, len(file.data), limits)
        if bomb:
            result.findings.append(Finding("bomb", file.path,
                                           f"{declared} bytes from {len(file.data)} (ratio over {limits.max_ratio}:1)"))
        # Solid blocks decompress whole: read only when everything declared fits the budget.
        readable = not (encrypted or bomb)
        if readable and declared > budget.bytes:
            result.findings.append(Finding("limit", file.path, f"{declared} bytes declared, over the budget of a message"))
            readable = False
        members, wanted = [], {}
        for info in infos:
            if not _take_member(budget, result, file, limits):
                break
            member = _member(file, info.filename, "7z", info.uncompressed, encrypted=encrypted)
            members.append(member)
            safe = ".." not in info.filename.replace("\\", "/").split("/") and not info.filename.startswith("/")
            if readable and safe and _room(info.uncompressed, budget, limits, result, member):
                wanted[info.filename] = member
        if wanted:
            _extract_7z(archive, wanted, budget, limits, result, file)
        yield from members


def _extract_7z(archive, wanted: dict[str, File], budget: Budget, limits: Limits, result: Unpacked, file: File) -> None:
    from py7zr.io import Py7zIO, WriterFactory

    class Capped(Py7zIO):
        def __init__(self) -> None:
            self.buffer = bytearray()

        def write(self, data) -> int:
            room = limits.max_member_size - len(self.buffer)
            if room > 0:
                self.buffer += data[:room]
            return len(data)

        def read(self, size=None) -> bytes:
            return bytes(self.buffer)

        def seek(self, offset, whence=0) -> int:
            return 0

        def flush(self) -> None:
            pass

        def size(self) -> int:
            return len(self.buffer)

    class Factory(WriterFactory):
        def __init__(self) -> None:
            self.products: dict[str, Capped] = {}

        def create(self, filename: str) -> Py7zIO:
            product = self.products[filename] = Capped()
            return product

    factory = Factory()
    archive.max_extract_size = budget.bytes
    try:
        archive.extract(targets=list(wanted), factory=factory)
    except Exception as exc:
        result.findings.append(Finding("malformed", file.path, f"{exc.__class__.__name__}: {exc}"[:200]))
    for name, product in factory.products.items():
        member = wanted.get(name)
        if member is not None:
            member.data = bytes(product.buffer)
            budget.bytes -= len(member.data)


# -- ISO 9660 disc images ------------------------------------------------------

def _open_iso(file: File, result: Unpacked, budget: Budget, limits: Limits) -> Iterator[File]:
    """Members of a disc image: stored, not compressed, so only the byte budget and the size cap apply."""
    data = file.data
    listing = iso9660.list_files(data, max_entries=limits.bomb_members + 1)
    if len(listing.entries) > limits.bomb_members:
        result.findings.append(Finding("bomb", file.path, f"more than {limits.bomb_members} files"))
        return
    if listing.stopped:
        result.findings.append(Finding("limit", file.path, f"{listing.stopped}; the rest not inspected"))
    for entry in listing.entries:
        if not _take_member(budget, result, file, limits):
            return
        member = _member(file, entry.path, "iso", entry.size)
        if entry.offset + entry.size > len(data):
            result.findings.append(Finding("malformed", member.path, "extends past the end of the image"))
        elif _room(entry.size, budget, limits, result, member):
            member.data = data[entry.offset:entry.offset + entry.size]
            budget.bytes -= len(member.data)
        yield member


_OPENERS = {
    "zip": _open_zip,
    "tar": _open_tar,
    "gzip": _open_stream,
    "bzip2": _open_stream,
    "xz": _open_stream,
    "7z": _open_7z,
    "iso": _open_iso,
}
_UNOPENED = frozenset({"rar", "cab", "ace", "arj", "zstd"})
