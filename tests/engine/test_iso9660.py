"""The ISO 9660 reader lists what a disc image holds, by the names a reader sees, within bounds."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rempart.engine.iso9660 import ISOError, list_files
from tests.support import files

PAYLOAD = files.pe_exe()


def contents(data: bytes, **bounds) -> dict[str, bytes]:
    return {e.path: data[e.offset:e.offset + e.size] for e in list_files(data, **bounds).entries}


def test_joliet_names_are_the_ones_windows_shows():
    image = files.iso_with({"DHL_AWB_7734120985.exe": PAYLOAD, "Read me.txt": b"hello"})
    assert contents(image) == {"DHL_AWB_7734120985.exe": PAYLOAD, "Read me.txt": b"hello"}


def test_rock_ridge_names_are_read_when_there_is_no_joliet():
    image = files.iso_with({"setup.exe": PAYLOAD}, joliet=False, rock_ridge=True)
    assert contents(image) == {"setup.exe": PAYLOAD}


def test_plain_iso9660_names_lose_their_version_and_empty_extension():
    image = files.iso_with({"setup.exe": PAYLOAD}, joliet=False)
    assert contents(image) == {"F0": PAYLOAD}


def test_files_in_subdirectories_are_listed_with_their_path():
    image = files.iso_with({"docs/2026/invoice.pdf": b"%PDF-1.7", "docs/run.js": b"WScript.Echo(1)"})
    assert contents(image) == {"docs/run.js": b"WScript.Echo(1)", "docs/2026/invoice.pdf": b"%PDF-1.7"}


def test_the_listing_stops_at_the_entry_limit_and_says_so():
    image = files.iso_with({f"file{i}.txt": b"x" for i in range(5)})
    listing = list_files(image, max_entries=2)
    assert len(listing.entries) == 2 and listing.stopped == "more than 2 files"


def test_directories_nested_too_deep_are_not_walked():
    image = files.iso_with({"a/b/c/d/deep.exe": PAYLOAD, "top.txt": b"x"})
    listing = list_files(image, max_depth=3)
    assert [e.path for e in listing.entries] == ["top.txt"]
    assert listing.stopped == "directories nested more than 3 deep"


def test_directory_bytes_read_are_bounded():
    image = files.iso_with({"a/one.txt": b"1", "b/two.txt": b"2"})
    listing = list_files(image, max_directory_bytes=2048)
    assert listing.stopped == "more than 2048 bytes of directories"


def test_a_directory_pointing_back_at_the_root_is_walked_once():
    image = bytearray(files.iso_with({"loop/file.txt": b"x"}, joliet=False))
    root_extent = struct.unpack_from("<I", image, 16 * 2048 + 156 + 2)[0]
    root = root_extent * 2048
    subdirectory = root + image[root] + image[root + image[root]]  # after "." and ".."
    assert image[subdirectory + 25] & 0x02
    struct.pack_into("<I", image, subdirectory + 2, root_extent)
    struct.pack_into(">I", image, subdirectory + 6, root_extent)
    assert list_files(bytes(image)).entries == []


def test_a_header_with_no_root_directory_is_an_error():
    with pytest.raises(ISOError):
        list_files(files.iso_image())


def test_bytes_without_a_volume_descriptor_are_an_error():
    with pytest.raises(ISOError):
        list_files(b"\x00" * 40000)


IMAGE = files.iso_with({"a/setup.exe": PAYLOAD, "b.txt": b"x"})


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=256), st.integers(min_value=0, max_value=len(IMAGE) - 16 * 2048),
       st.integers(min_value=16 * 2048, max_value=len(IMAGE)))
def test_damaged_or_truncated_images_raise_nothing_but_iso_error(noise, where, length):
    image = bytearray(IMAGE)
    image[16 * 2048 + where:16 * 2048 + where + len(noise)] = noise
    try:
        listing = list_files(bytes(image[:length]))
    except ISOError:
        return
    assert len(listing.entries) <= 1000
